import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, positions } from '../src/db/tables';
import { systemActor } from '../src/modules/auth/actor';
import { importPositions } from '../src/modules/org/import.service';
import { createHarness, type Harness } from './support/harness';
import { csvOf, POSITION_HEADER, uploadFile, xlsxOf } from './support/import-files';
import { auditRows, makeOrgWorld, type OrgWorld } from './support/org-world';
import { testEngine } from './support/test-database';

describe(`org import of positions (${testEngine})`, () => {
  let h: Harness;
  let w: OrgWorld;

  const upload = (
    kind: 'positions' | 'employees',
    as: string | undefined,
    filename: string,
    file: Buffer,
    partial?: boolean,
  ) => uploadFile(h, kind, { as, filename, file, partial });
  const positionCount = async () => (await h.db.select({ n: count() }).from(positions))[0].n;
  const auditCount = async () => (await h.db.select({ n: count() }).from(auditLog))[0].n;
  const positionByCode = async (code: string) =>
    (await h.db.select().from(positions).where(eq(positions.code, code)))[0];

  beforeAll(async () => {
    h = await createHarness();
    w = await makeOrgWorld(h);
  });
  afterAll(async () => h.close());

  it('imports positions from CSV, with parents earlier or later in the file', async () => {
    const file = await csvOf([
      POSITION_HEADER,
      ['IMP-KABID', 'Kepala Bidang Impor', 'Administrator', 11, 'A-HEAD', 'DINAS-A', 'BID1', ''],
      ['IMP-STAF1', 'Staf Impor', 'pelaksana', '7', 'IMP-KABID', 'DINAS-A', 'BID1', 'tidak'],
      ['IMP-JAGA', 'Penjaga Malam', 'pelaksana', 5, 'IMP-KASI', 'DINAS-A', '', 'ya'],
      ['IMP-KASI', 'Kepala Seksi Impor', 'pengawas', 9, 'IMP-KABID', 'DINAS-A', 'BID1', ''],
    ]);
    const res = await upload('positions', w.as.opdA, 'jabatan.csv', file);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ ok: true, created: 4, updated: 0, errors: [] });
    const [kabid, kasi, jaga] = await Promise.all(
      ['IMP-KABID', 'IMP-KASI', 'IMP-JAGA'].map(positionByCode),
    );
    expect(kabid).toMatchObject({ parentId: w.positions.headA.id, type: 'administrator' });
    expect(jaga).toMatchObject({ parentId: kasi.id, shiftBased: true, unitId: null });
    const [audit] = await auditRows(h, 'position.import');
    expect(audit.details).toMatchObject({ filename: 'jabatan.csv', created: 4, updated: 0 });
  });

  it('updates by code from XLSX', async () => {
    const file = await xlsxOf([
      POSITION_HEADER,
      ['IMP-STAF1', 'Pengadministrasi Impor', 'pelaksana', 6, 'IMP-KASI', 'DINAS-A', 'BID1', false],
      ['IMP-STAF2', 'Staf Kedua', 'pelaksana', 6, 'IMP-KASI', 'DINAS-A', null, null],
    ]);
    const res = await upload('positions', w.as.bkpsdm, 'jabatan.xlsx', file);
    expect(res.json()).toEqual({ ok: true, created: 1, updated: 1, errors: [] });
    const staf = await positionByCode('IMP-STAF1');
    expect(staf).toMatchObject({ name: 'Pengadministrasi Impor', kelasJabatan: 6 });
    expect(staf.parentId).toBe((await positionByCode('IMP-KASI')).id);
  });

  it('writes nothing when a row is bad, and reports row, column and reason', async () => {
    const [positionsBefore, auditBefore] = [await positionCount(), await auditCount()];
    const file = await csvOf([
      POSITION_HEADER,
      ['BAD-OK', 'Baik', 'pelaksana', 7, 'A-HEAD', 'DINAS-A', '', ''],
      ['BAD-KELAS', 'Kelas Salah', 'pelaksana', 18, '', 'DINAS-A', '', ''],
      ['BAD-OPD', 'OPD Salah', 'pelaksana', 7, '', 'DINAS-Z', '', ''],
      ['BAD-OK', 'Ganda', 'pelaksana', 7, '', 'DINAS-A', '', ''],
      ['BAD-LOOP1', 'Lingkar 1', 'pelaksana', 7, 'BAD-LOOP2', 'DINAS-A', '', ''],
      ['BAD-LOOP2', 'Lingkar 2', 'pelaksana', 7, 'BAD-LOOP1', 'DINAS-A', '', ''],
      ['A-HEAD', 'Kepala', 'jpt', 14, 'IMP-STAF1', 'DINAS-A', '', ''],
      ['BAD-UNIT', 'Unit Salah', 'tukang', 7, '', 'DINAS-A', 'BID9', 'mungkin'],
    ]);
    const res = await upload('positions', w.as.bkpsdm, 'salah.csv', file);
    expect(res.statusCode).toBe(422);
    const { error } = res.json();
    expect(error.code).toBe('import_invalid');
    expect(error.details).toMatchObject({ ok: false, created: 0, updated: 0 });
    const errs: Array<{ row: number; column: string; reason: string }> = error.details.errors;
    const at = (row: number) => errs.filter((e) => e.row === row).map((e) => e.column);
    expect(at(2)).toEqual([]);
    expect(at(3)).toEqual(['kelas_jabatan']);
    expect(at(4)).toEqual(['agency_code']);
    expect(errs.find((e) => e.row === 4)!.reason).toContain('DINAS-Z');
    expect(at(5)).toEqual(['code']);
    expect(errs.find((e) => e.row === 5)!.reason).toContain('baris 2');
    expect(at(6)).toEqual(['parent_code']);
    expect(at(7)).toEqual(['parent_code']);
    expect(at(8)).toEqual(['parent_code']);
    expect(errs.find((e) => e.row === 8)!.reason).toContain('melingkar');
    expect(at(9).sort()).toEqual(['shift_based', 'type']);
    expect(await positionCount()).toBe(positionsBefore);
    expect(await auditCount()).toBe(auditBefore);
    expect((await positionByCode('A-HEAD')).parentId).toBeNull();
  });

  it('with partial: true writes the good rows and reports the bad ones', async () => {
    const file = await csvOf([
      POSITION_HEADER,
      ['PART-1', 'Baik Satu', 'pelaksana', 7, 'A-KABID', 'DINAS-A', '', ''],
      ['PART-2', 'Kelas Salah', 'pelaksana', 0, '', 'DINAS-A', '', ''],
      ['PART-3', 'Anak Salah', 'pelaksana', 7, 'PART-2', 'DINAS-A', '', ''],
      ['PART-4', 'Baik Dua', 'pelaksana', 7, 'PART-1', 'DINAS-A', '', ''],
    ]);
    const res = await upload('positions', w.as.opdA, 'sebagian.csv', file, true);
    expect(res.statusCode).toBe(200);
    const report = res.json();
    expect(report).toMatchObject({ ok: false, created: 2, updated: 0 });
    expect(report.errors.map((e: { row: number; column: string }) => [e.row, e.column])).toEqual([
      [3, 'kelas_jabatan'],
      [4, 'parent_code'],
    ]);
    expect(await positionByCode('PART-1')).toBeDefined();
    expect(await positionByCode('PART-4')).toBeDefined();
    expect(await positionByCode('PART-2')).toBeUndefined();
  });

  it('keeps an admin OPD to its own agency and refuses inspektorat', async () => {
    const before = await positionCount();
    const file = await csvOf([
      POSITION_HEADER,
      ['OPD-B-1', 'Di Beta', 'pelaksana', 7, '', 'DINAS-B', '', ''],
      ['B-STAFF', 'Ambil Alih', 'pelaksana', 7, '', 'DINAS-A', '', ''],
    ]);
    const res = await upload('positions', w.as.opdA, 'lain.csv', file, true);
    expect(
      res.json().errors.map((e: { row: number; column: string }) => [e.row, e.column]),
    ).toEqual([
      [2, 'agency_code'],
      [3, 'agency_code'],
    ]);
    expect((await upload('positions', w.as.inspektorat, 'x.csv', file)).statusCode).toBe(403);
    expect((await upload('employees', w.as.staffA, 'x.csv', file)).statusCode).toBe(403);
    expect((await upload('positions', undefined, 'x.csv', file)).statusCode).toBe(401);
    expect(await positionCount()).toBe(before);
  });

  it('refuses a file whose header is wrong, naming the columns on row 1', async () => {
    const file = await csvOf([
      ['code', 'nama', 'type', 'kelas_jabatan', 'agency_code'],
      ['H-1', 'X', 'pelaksana', 7, 'DINAS-A'],
    ]);
    const res = await upload('positions', w.as.bkpsdm, 'judul.csv', file, true);
    expect(res.statusCode).toBe(200);
    expect(res.json().errors).toEqual([
      { row: 1, column: 'nama', reason: 'kolom tidak dikenal' },
      { row: 1, column: 'name', reason: 'kolom wajib tidak ada' },
    ]);
    expect(await positionByCode('H-1')).toBeUndefined();
  });

  it('reads a semicolon-separated CSV and refuses unreadable or unknown files', async () => {
    const file = await csvOf(
      [
        ['Code', 'Name', 'Type', 'Kelas Jabatan', 'Agency Code'],
        ['SEMI-1', 'Titik Koma', 'pelaksana', 7, 'DINAS-A'],
      ],
      ';',
    );
    const res = await upload('positions', w.as.bkpsdm, 'TITIK-KOMA.CSV', file);
    expect(res.json()).toMatchObject({ ok: true, created: 1 });
    const junk = await upload('positions', w.as.bkpsdm, 'rusak.xlsx', Buffer.from('bukan zip'));
    expect(junk.statusCode).toBe(400);
    expect(junk.json().error.code).toBe('import_unreadable');
    const txt = await upload('positions', w.as.bkpsdm, 'data.txt', file);
    expect(txt.json().error.details.fields[0].field).toBe('filename');
    const extra = await h.request({
      method: 'POST',
      url: '/api/org/import/positions',
      as: w.as.bkpsdm,
      payload: { filename: 'a.csv', contentBase64: file.toString('base64'), dryRun: true },
    });
    expect(JSON.stringify(extra.json().error.details)).toContain('dryRun');
  });

  it('limits the file to 5 MB and the body to 7 MiB', async () => {
    const big = await h.request({
      method: 'POST',
      url: '/api/org/import/positions',
      as: w.as.bkpsdm,
      payload: { filename: 'besar.csv', contentBase64: 'A'.repeat(7_000_000) },
    });
    expect(big.statusCode).toBe(400);
    expect(big.json().error.details.fields[0].field).toBe('contentBase64');
    const huge = await h.request({
      method: 'POST',
      url: '/api/org/import/positions',
      as: w.as.bkpsdm,
      payload: { filename: 'besar.csv', contentBase64: 'A'.repeat(7.5 * 1024 * 1024) },
    });
    expect(huge.statusCode).toBe(413);
  });

  it('serves the demo loader through the service with plain objects', async () => {
    const report = await importPositions(h.db, systemActor('demo'), [
      {
        code: 'DEMO-1',
        name: 'Demo',
        type: 'pelaksana',
        kelasJabatan: 5,
        parentCode: 'A-KABID',
        agencyCode: 'DINAS-A',
        unitCode: null,
        shiftBased: false,
      },
    ]);
    expect(report).toEqual({ ok: true, created: 1, updated: 0, errors: [] });
    expect((await positionByCode('DEMO-1')).parentId).toBe(w.positions.kabidA.id);
  });
});
