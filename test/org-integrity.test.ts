import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { employeeOffices, employees, positions, tppClassAmounts } from '../src/db/tables';
import { createHarness, type Harness, makeOffice, nipFor } from './support/harness';
import {
  csvOf,
  EMPLOYEE_HEADER,
  employeeCells,
  POSITION_HEADER,
  uploadFile,
} from './support/import-files';
import { auditRows, makeOrgWorld, type OrgWorld } from './support/org-world';
import { testEngine } from './support/test-database';

/** QA findings on the org module: cross-agency links, empty patches, the TPP table, etc. */
describe(`org integrity (${testEngine})`, () => {
  let h: Harness;
  let w: OrgWorld;
  let shared: Awaited<ReturnType<typeof makeOffice>>;
  let seq = 800;

  const send = (method: 'POST' | 'PATCH' | 'PUT', url: string, as: string, payload: object) =>
    h.request({ method, url, as, payload });
  const newEmployee = (o: Record<string, unknown> = {}) => ({
    nip: nipFor(++seq),
    name: 'Pegawai Uji',
    status: 'PNS',
    rank: 'III/a',
    gender: 'L',
    agencyId: w.agencyA.id,
    positionId: w.positions.staffA.id,
    ...o,
  });
  const positionBody = (o: Record<string, unknown> = {}) => ({
    code: `QA-${++seq}`,
    name: 'Jabatan Uji',
    type: 'pelaksana',
    kelasJabatan: 7,
    agencyId: w.agencyA.id,
    ...o,
  });

  beforeAll(async () => {
    h = await createHarness();
    w = await makeOrgWorld(h);
    shared = await makeOffice(h.db, { code: 'KANTOR-BERSAMA', agencyId: null });
  });
  afterAll(async () => h.close());

  describe('a position’s parent lies in its own agency', () => {
    it('refuses an admin OPD a parent of another agency on create and patch', async () => {
      const created = await send(
        'POST',
        '/api/org/positions',
        w.as.opdA,
        positionBody({ parentId: w.positions.headB.id }),
      );
      expect(created.statusCode).toBe(403);
      expect(created.json().error).toMatchObject({
        code: 'forbidden',
        details: { field: 'parentId' },
      });
      const moved = await send('PATCH', `/api/org/positions/${w.positions.staffA.id}`, w.as.opdA, {
        parentId: w.positions.headB.id,
      });
      expect(moved.statusCode).toBe(403);
      expect(moved.json().error.details.field).toBe('parentId');
      const [staffA] = await h.db
        .select()
        .from(positions)
        .where(eq(positions.id, w.positions.staffA.id));
      expect(staffA.parentId).toBe(w.positions.kabidA.id);
    });

    it('lets admin BKPSDM place an agency head under another agency’s position', async () => {
      const head = await send(
        'POST',
        '/api/org/positions',
        w.as.bkpsdm,
        positionBody({ type: 'jpt', kelasJabatan: 14, parentId: w.positions.headB.id }),
      );
      expect(head.statusCode).toBe(201);
      // The agency may still rename it: the parent is not changed.
      const rename = await send('PATCH', `/api/org/positions/${head.json().id}`, w.as.opdA, {
        name: 'Kepala Baru',
        parentId: w.positions.headB.id,
      });
      expect(rename.statusCode).toBe(200);
      const own = await send('POST', '/api/org/positions', w.as.opdA, positionBody());
      expect(own.statusCode).toBe(201);
    });

    it('refuses the same through the position import', async () => {
      const file = await csvOf([
        POSITION_HEADER,
        ['QA-IMP', 'Staf Impor', 'pelaksana', 7, 'B-HEAD', 'DINAS-A', '', ''],
      ]);
      const res = await uploadFile(h, 'positions', { as: w.as.opdA, filename: 'j.csv', file });
      expect(res.json().error.details.errors).toMatchObject([{ row: 2, column: 'parent_code' }]);
    });
  });

  describe('an employee’s offices are the agency’s own or shared', () => {
    it('refuses an admin OPD another agency’s office on create and patch', async () => {
      const created = await send(
        'POST',
        '/api/org/employees',
        w.as.opdA,
        newEmployee({ officeIds: [w.offices.officeB.id] }),
      );
      expect(created.statusCode).toBe(403);
      expect(created.json().error).toMatchObject({
        code: 'forbidden',
        details: { field: 'officeIds' },
      });
      const id = w.people.staffA.id;
      const patched = await send('PATCH', `/api/org/employees/${id}`, w.as.opdA, {
        officeIds: [w.offices.officeA.id, w.offices.officeB.id],
      });
      expect(patched.statusCode).toBe(403);
      expect(patched.json().error.details.field).toBe('officeIds');
      const links = await h.db
        .select()
        .from(employeeOffices)
        .where(eq(employeeOffices.employeeId, id));
      expect(links).toEqual([]);
    });

    it('accepts the agency’s own and shared offices; admin BKPSDM may assign any', async () => {
      const own = await send(
        'POST',
        '/api/org/employees',
        w.as.opdA,
        newEmployee({ officeIds: [shared.id, w.offices.officeA.id] }),
      );
      expect(own.statusCode).toBe(201);
      const any = await send(
        'POST',
        '/api/org/employees',
        w.as.bkpsdm,
        newEmployee({ officeIds: [w.offices.officeB.id] }),
      );
      expect(any.statusCode).toBe(201);
    });

    it('refuses the same through the employee import', async () => {
      const file = await csvOf([
        EMPLOYEE_HEADER,
        employeeCells({
          nip: nipFor(++seq),
          name: 'Impor',
          status: 'PNS',
          rank: 'III/a',
          gender: 'L',
          position_code: 'A-STAFF',
          office_codes: 'KANTOR-B',
        }),
      ]);
      const res = await uploadFile(h, 'employees', { as: w.as.opdA, filename: 'p.csv', file });
      expect(res.json().error.details.errors).toMatchObject([{ row: 2, column: 'office_codes' }]);
    });
  });

  it('answers an empty PATCH with the record as it is, without an audit row', async () => {
    const urls = [
      `/api/org/positions/${w.positions.kabidA.id}`,
      `/api/org/agencies/${w.agencyA.id}`,
      `/api/org/offices/${w.offices.officeA.id}`,
      `/api/org/units/${w.unitA.id}`,
      `/api/org/employees/${w.people.kabidA.id}`,
    ];
    for (const url of urls) {
      const res = await send('PATCH', url, w.as.bkpsdm, {});
      expect(res.statusCode, url).toBe(200);
      expect(res.json().id, url).toBe(url.split('/').at(-1));
    }
    const entities = ['position', 'agency', 'office', 'unit', 'employee'];
    for (const [i, url] of urls.entries()) {
      const id = url.split('/').at(-1);
      expect(await auditRows(h, `${entities[i]}.update`, id), url).toEqual([]);
    }
    // An admin OPD may not read another agency's record through an empty patch.
    const other = await send('PATCH', `/api/org/positions/${w.positions.headB.id}`, w.as.opdA, {});
    expect(other.statusCode).toBe(403);
  });

  describe('the kelas jabatan table is replaced whole', () => {
    const full = () =>
      Array.from({ length: 17 }, (_, i) => ({ kelas: i + 1, amount: 1_000_000 + i * 100_000 }));

    it('refuses a partial, empty, repeated or non-positive table and keeps the stored one', async () => {
      expect(
        (await send('PUT', '/api/org/tpp-classes', w.as.bkpsdm, { items: full() })).statusCode,
      ).toBe(200);
      const repeated = full();
      repeated[16] = { kelas: 16, amount: 5 };
      const zero = full();
      zero[0] = { kelas: 1, amount: 0 };
      const bad = [full().slice(0, 16), [], repeated, zero, [...full(), { kelas: 17, amount: 1 }]];
      for (const items of bad) {
        const res = await send('PUT', '/api/org/tpp-classes', w.as.bkpsdm, { items });
        expect(res.statusCode).toBe(400);
        expect(res.json().error.code).toBe('validation_failed');
        expect(res.json().error.details.fields[0].field).toMatch(/^items/);
      }
      const partial = await send('PUT', '/api/org/tpp-classes', w.as.bkpsdm, {
        items: full().slice(0, 3),
      });
      expect(partial.json().error.details.fields).toContainEqual({
        field: 'items',
        reason: 'harus memuat kelas 1–17, masing-masing sekali',
      });
      expect(await h.db.select().from(tppClassAmounts)).toHaveLength(17);
      expect(await auditRows(h, 'tpp_class.replace')).toHaveLength(1);
    });
  });

  describe('the schedule must exist', () => {
    it('refuses an unknown schedule on create, patch and import', async () => {
      const created = await send(
        'POST',
        '/api/org/employees',
        w.as.opdA,
        newEmployee({ schedule: 'nope' }),
      );
      expect(created.statusCode).toBe(400);
      expect(created.json().error).toMatchObject({
        code: 'invalid_reference',
        details: { field: 'schedule' },
      });
      const patched = await send('PATCH', `/api/org/employees/${w.people.staffA2.id}`, w.as.opdA, {
        schedule: 'nope',
      });
      expect(patched.json().error).toMatchObject({
        code: 'invalid_reference',
        details: { field: 'schedule' },
      });
      const ok = await send('PATCH', `/api/org/employees/${w.people.staffA2.id}`, w.as.opdA, {
        schedule: 'shift',
      });
      expect(ok.json().schedule).toBe('shift');
      const file = await csvOf([
        EMPLOYEE_HEADER,
        employeeCells({
          nip: nipFor(++seq),
          name: 'Impor',
          status: 'PNS',
          rank: 'III/a',
          gender: 'L',
          position_code: 'A-STAFF',
          schedule: 'nope',
        }),
      ]);
      const res = await uploadFile(h, 'employees', { as: w.as.opdA, filename: 'p.csv', file });
      expect(res.json().error.details.errors).toMatchObject([{ row: 2, column: 'schedule' }]);
    });
  });

  describe('a NIP may not be born or start service in the future', () => {
    // The harness clock is 2026-11-02.
    it('refuses it on create, patch and import, naming the part', async () => {
      const future = '209901012117121005';
      const created = await send(
        'POST',
        '/api/org/employees',
        w.as.opdA,
        newEmployee({ nip: future }),
      );
      expect(created.statusCode).toBe(400);
      expect(created.json().error).toMatchObject({
        code: 'invalid_nip',
        details: { field: 'nip', part: 'birth_date' },
      });
      const patched = await send('PATCH', `/api/org/employees/${w.people.staffA2.id}`, w.as.opdA, {
        nip: nipFor(++seq, { service: '202612' }),
      });
      expect(patched.json().error).toMatchObject({
        code: 'invalid_nip',
        details: { part: 'service_start' },
      });
      const file = await csvOf([
        EMPLOYEE_HEADER,
        employeeCells({
          nip: future,
          name: 'Impor',
          status: 'PNS',
          rank: 'III/a',
          gender: 'L',
          position_code: 'A-STAFF',
        }),
      ]);
      const res = await uploadFile(h, 'employees', { as: w.as.opdA, filename: 'p.csv', file });
      expect(res.json().error.details.errors).toMatchObject([{ row: 2, column: 'nip' }]);
      expect(await h.db.select().from(employees).where(eq(employees.nip, future))).toEqual([]);
      const thisMonth = await send(
        'POST',
        '/api/org/employees',
        w.as.opdA,
        newEmployee({ nip: nipFor(++seq, { service: '202611' }) }),
      );
      expect(thisMonth.statusCode).toBe(201);
    });
  });
});
