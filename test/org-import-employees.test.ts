import { count, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, employeeOffices, employees } from '../src/db/tables';
import { systemActor } from '../src/modules/auth/actor';
import { importEmployees } from '../src/modules/org/import.service';
import { createHarness, type Harness, makeOffice, nipFor } from './support/harness';
import {
  type Cell,
  csvOf,
  EMPLOYEE_HEADER,
  employeeCells,
  uploadFile,
  xlsxOf,
} from './support/import-files';
import { auditRows, makeOrgWorld, type OrgWorld } from './support/org-world';
import { testEngine } from './support/test-database';

type Problem = { row: number; column: string; reason: string };

describe(`org import of employees (${testEngine})`, () => {
  let h: Harness;
  let w: OrgWorld;
  let shared: Awaited<ReturnType<typeof makeOffice>>;

  const upload = (as: string | undefined, filename: string, file: Buffer, partial?: boolean) =>
    uploadFile(h, 'employees', { as, filename, file, partial });
  const employeeCount = async () => (await h.db.select({ n: count() }).from(employees))[0].n;
  const auditCount = async () => (await h.db.select({ n: count() }).from(auditLog))[0].n;
  const employeeByNip = async (nip: string) =>
    (await h.db.select().from(employees).where(eq(employees.nip, nip)))[0];
  /** A valid PNS of agency A unless overridden. */
  const person = (o: Record<string, Cell>) =>
    employeeCells({ status: 'PNS', rank: 'II/a', gender: 'L', agency_code: 'DINAS-A', ...o });

  beforeAll(async () => {
    h = await createHarness();
    w = await makeOrgWorld(h);
    // A shared office (no agency): any agency may assign it, unlike KANTOR-B of agency B.
    shared = await makeOffice(h.db, { code: 'KANTOR-BERSAMA', agencyId: null });
  });
  afterAll(async () => h.close());

  it('imports from XLSX with ordered offices, titles and the agency of the position', async () => {
    const nipA = nipFor(701);
    const nipB = nipFor(702, { service: '202121', gender: 2 });
    // The grouped form a NIP is often typed in.
    const groupedB = `${nipB.slice(0, 8)} ${nipB.slice(8, 14)} ${nipB.slice(14, 15)} ${nipB.slice(15)}`;
    const file = await xlsxOf([
      EMPLOYEE_HEADER,
      employeeCells({
        nip: nipA,
        front_title: 'Dr.',
        name: 'La Ode Impor',
        back_title: 'S.E.',
        status: 'PNS',
        rank: 'iii/c',
        gender: 'L',
        position_code: 'A-STAFF',
        office_codes: 'KANTOR-BERSAMA; KANTOR-A',
        tpp_individual: '5.000.000',
        annual_leave_carry: 2,
        active: 'ya',
      }),
      person({
        nip: groupedB,
        name: 'Wa Ode Kontrak',
        status: 'pppk',
        rank: 'IX',
        gender: 'p',
        office_codes: 'KANTOR-A',
        schedule: 'shift',
        active: 'tidak',
      }),
    ]);
    const res = await upload(w.as.opdA, 'pegawai.xlsx', file);
    expect(res.json()).toEqual({ ok: true, created: 2, updated: 0, errors: [] });
    const a = await employeeByNip(nipA);
    expect(a).toMatchObject({
      agencyId: w.agencyA.id,
      positionId: w.positions.staffA.id,
      rank: 'III/c',
      tppIndividual: 5_000_000,
      annualLeaveCarry: 2,
      frontTitle: 'Dr.',
      backTitle: 'S.E.',
    });
    const links = await h.db
      .select()
      .from(employeeOffices)
      .where(eq(employeeOffices.employeeId, a.id))
      .orderBy(employeeOffices.ordinal);
    expect(links.map((l) => l.officeId)).toEqual([shared.id, w.offices.officeA.id]);
    expect(await employeeByNip(nipB)).toMatchObject({
      status: 'PPPK',
      active: false,
      gender: 'P',
      schedule: 'shift',
    });
    const [audit] = await auditRows(h, 'employee.import');
    expect(audit.details).toMatchObject({ filename: 'pegawai.xlsx', created: 2, updated: 0 });
  });

  it('refuses bad rows with row, column and the part of the NIP, and writes nothing', async () => {
    const [before, auditBefore] = [await employeeCount(), await auditCount()];
    const file = await xlsxOf([
      EMPLOYEE_HEADER,
      person({ nip: nipFor(711), name: 'Baik' }),
      person({ nip: '198713152010011001', name: 'Tanggal Salah' }),
      // Typed as a number, an 18-digit NIP arrives rounded.
      person({ nip: 198703152010011000, name: 'Angka' }),
      person({ nip: nipFor(711), name: 'Ganda' }),
      person({
        nip: nipFor(712),
        name: 'Golongan',
        status: 'PPPK',
        rank: 'III/a',
        office_codes: 'KANTOR-X',
      }),
      person({ nip: nipFor(713), name: 'Jabatan', position_code: 'B-STAFF' }),
      person({ nip: nipFor(714), name: '', gender: 'X', agency_code: null, position_code: 'NOPE' }),
      person({ nip: nipFor(715), name: 'Cuti', annual_leave_carry: 9, active: 'entah' }),
    ]);
    const res = await upload(w.as.bkpsdm, 'pegawai-salah.xlsx', file);
    expect(res.statusCode).toBe(422);
    expect(res.json().error).toMatchObject({
      code: 'import_invalid',
      details: { ok: false, created: 0, updated: 0 },
    });
    const errs: Problem[] = res.json().error.details.errors;
    const at = (row: number) => errs.filter((e) => e.row === row);
    const columnsAt = (row: number) =>
      at(row)
        .map((e) => e.column)
        .sort();
    expect(at(2)).toEqual([]);
    expect(at(3)).toEqual([
      { row: 3, column: 'nip', reason: expect.stringContaining('tanggal lahir') },
    ]);
    expect(at(4)).toEqual([{ row: 4, column: 'nip', reason: expect.stringContaining('teks') }]);
    expect(at(5)).toEqual([{ row: 5, column: 'nip', reason: expect.stringContaining('baris 2') }]);
    expect(columnsAt(6)).toEqual(['office_codes', 'rank']);
    expect(columnsAt(7)).toEqual(['position_code']);
    expect(columnsAt(8)).toEqual(['gender', 'name']);
    expect(columnsAt(9)).toEqual(['active', 'annual_leave_carry']);
    expect(await employeeCount()).toBe(before);
    expect(await auditCount()).toBe(auditBefore);
  });

  it('with partial: true writes the good rows, updating by NIP', async () => {
    const nip = nipFor(721);
    const file = await csvOf([
      EMPLOYEE_HEADER,
      person({ nip, name: 'Baru Sebagian', office_codes: 'KANTOR-A' }),
      person({
        nip: w.people.staffA2.nip,
        name: 'Staf Alfa Dua Diubah',
        back_title: 'S.H.',
        rank: 'III/a',
        agency_code: null,
        position_code: 'A-STAFF',
      }),
      person({ nip: '123', name: 'Pendek' }),
    ]);
    const res = await upload(w.as.opdA, 'sebagian.csv', file, true);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      ok: false,
      created: 1,
      updated: 1,
      errors: [{ row: 4, column: 'nip', reason: expect.stringContaining('18 digit') }],
    });
    expect(await employeeByNip(nip)).toBeDefined();
    expect(await employeeByNip(w.people.staffA2.nip)).toMatchObject({
      name: 'Staf Alfa Dua Diubah',
      backTitle: 'S.H.',
    });
    expect(await employeeByNip('123')).toBeUndefined();
  });

  it('keeps an admin OPD to its own agency', async () => {
    const file = await csvOf([
      EMPLOYEE_HEADER,
      person({ nip: nipFor(741), name: 'Ke Beta', agency_code: 'DINAS-B' }),
      person({ nip: w.people.staffB.nip, name: 'Ambil Alih' }),
    ]);
    const res = await upload(w.as.opdA, 'lain.csv', file, true);
    expect(res.json().errors.map((e: Problem) => [e.row, e.column])).toEqual([
      [2, 'agency_code'],
      [3, 'agency_code'],
    ]);
    expect((await employeeByNip(w.people.staffB.nip)).name).toBe('Staf Beta');
    expect((await upload(w.as.inspektorat, 'lain.csv', file)).statusCode).toBe(403);
  });

  it('serves the demo loader through the service with plain objects', async () => {
    const report = await importEmployees(h.db, systemActor('demo'), [
      {
        nip: nipFor(731),
        frontTitle: null,
        name: 'Pegawai Demo',
        backTitle: null,
        status: 'PNS',
        rank: 'II/c',
        gender: 'L',
        positionCode: 'A-STAFF',
        officeCodes: ['KANTOR-A'],
        schedule: 'standard',
        active: true,
        tppIndividual: null,
      },
    ]);
    expect(report).toEqual({ ok: true, created: 1, updated: 0, errors: [] });
    const refused = await importEmployees(h.db, systemActor('demo'), [
      {
        nip: nipFor(732),
        name: 'Salah',
        status: 'PNS',
        rank: 'II/c',
        gender: 'L',
        bogus: 1,
      } as never,
    ]);
    expect(refused.errors).toEqual([{ row: 2, column: 'bogus', reason: 'kolom tidak dikenal' }]);
  });

  it('imports 1,200 employees in batches', async () => {
    const rows = Array.from({ length: 1200 }, (_, i) => ({
      nip: nipFor((i % 999) + 1, { birth: `${1960 + Math.floor(i / 999)}0101` }),
      name: `Massal ${i}`,
      status: 'PNS',
      rank: 'II/a',
      gender: 'L',
      positionCode: 'B-STAFF',
      officeCodes: ['KANTOR-B'],
    }));
    const started = Date.now();
    const report = await importEmployees(h.db, systemActor(), rows);
    expect(report).toEqual({ ok: true, created: 1200, updated: 0, errors: [] });
    expect(Date.now() - started).toBeLessThan(30_000);
    const ids = (
      await h.db
        .select({ id: employees.id })
        .from(employees)
        .where(eq(employees.agencyId, w.agencyB.id))
    ).map((r) => r.id);
    const [{ n }] = await h.db
      .select({ n: count() })
      .from(employeeOffices)
      .where(inArray(employeeOffices.employeeId, ids));
    expect(n).toBe(1200);
  });
});
