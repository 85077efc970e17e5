import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { employees } from '../src/db/tables';
import { createHarness, type Harness, makeOffice, nipFor } from './support/harness';
import { auditRows, makeOrgWorld, type OrgWorld } from './support/org-world';
import { testEngine } from './support/test-database';

describe(`org employees API (${testEngine})`, () => {
  let h: Harness;
  let w: OrgWorld;
  let shared: Awaited<ReturnType<typeof makeOffice>>;
  let seq = 500;

  const get = (url: string, as?: string) => h.request({ method: 'GET', url, as });
  const post = (url: string, as: string | undefined, payload: object) =>
    h.request({ method: 'POST', url, as, payload });
  const patch = (url: string, as: string | undefined, payload: object) =>
    h.request({ method: 'PATCH', url, as, payload });
  const employeeCount = async () => (await h.db.select({ n: count() }).from(employees))[0].n;

  /** A valid new employee of agency A on the staff position. */
  const newEmployee = (o: Record<string, unknown> = {}) => ({
    nip: nipFor(++seq),
    frontTitle: 'Dr.',
    name: 'Wa Ode Hasnia',
    backTitle: 'S.Kom., M.T.',
    status: 'PNS',
    rank: 'III/b',
    gender: 'L',
    agencyId: w.agencyA.id,
    positionId: w.positions.staffA.id,
    officeIds: [shared.id, w.offices.officeA.id],
    schedule: 'standard',
    tppIndividual: null,
    annualLeaveCarry: 3,
    ...o,
  });

  beforeAll(async () => {
    h = await createHarness();
    w = await makeOrgWorld(h);
    // A shared office (no agency): any agency may assign it, unlike agency B's office.
    shared = await makeOffice(h.db, { code: 'KANTOR-BERSAMA', agencyId: null });
  });
  afterAll(async () => h.close());

  it('refuses an unauthenticated caller with 401', async () => {
    expect((await get('/api/org/employees')).statusCode).toBe(401);
    expect((await get(`/api/org/employees/${w.people.staffA.id}`)).statusCode).toBe(401);
    const res = await post('/api/org/employees', undefined, newEmployee());
    expect(res.statusCode).toBe(401);
    expect(res.json().error.code).toBe('unauthenticated');
  });

  it('creates an employee with titles, ordered offices and an audit row', async () => {
    const res = await post('/api/org/employees', w.as.opdA, newEmployee());
    expect(res.statusCode).toBe(201);
    const body = res.json();
    expect(body).toMatchObject({
      displayName: 'Dr. Wa Ode Hasnia, S.Kom., M.T.',
      officeIds: [shared.id, w.offices.officeA.id],
      annualLeaveCarry: 3,
      active: true,
    });
    const [audit] = await auditRows(h, 'employee.create', body.id);
    // Stamped with the app clock, not the database's.
    expect(audit.at.toISOString()).toBe('2026-11-02T00:00:00.000Z');
  });

  it('accepts a PPPK NIP with the 21 marker and a PPPK grade', async () => {
    const nip = nipFor(++seq, { service: '202121', gender: 2 });
    const res = await post(
      '/api/org/employees',
      w.as.bkpsdm,
      newEmployee({ nip, status: 'PPPK', rank: 'IX', gender: 'P' }),
    );
    expect(res.statusCode).toBe(201);
  });

  it('refuses an invalid NIP, naming the wrong part', async () => {
    const before = await employeeCount();
    const cases: Array<[string, string, string]> = [
      ['19871315201001100', 'length', 'PNS'],
      ['198713152010011001', 'birth_date', 'PNS'],
      ['198703152010131001', 'service_start', 'PNS'],
      ['198703152021211001', 'service_start', 'PNS'],
      ['198703152010013001', 'gender', 'PNS'],
      ['19870315201001100X', 'digits', 'PNS'],
    ];
    for (const [nip, part, status] of cases) {
      const res = await post('/api/org/employees', w.as.bkpsdm, newEmployee({ nip, status }));
      expect(res.statusCode, nip).toBe(400);
      const { error } = res.json();
      expect(error.code).toBe('invalid_nip');
      expect(error.details).toEqual({ field: 'nip', part });
      expect(error.message).toMatch(/NIP/);
    }
    const res = await post(
      '/api/org/employees',
      w.as.bkpsdm,
      newEmployee({ nip: '198713152010011001' }),
    );
    expect(res.json().error.message).toContain('tanggal lahir');
    expect(await employeeCount()).toBe(before);
  });

  it('refuses a rank of the other scale and a gender that contradicts the NIP', async () => {
    const rank = await post('/api/org/employees', w.as.bkpsdm, newEmployee({ rank: 'IX' }));
    expect(rank.statusCode).toBe(400);
    expect(rank.json().error.details.fields[0].field).toBe('rank');
    const gender = await post('/api/org/employees', w.as.bkpsdm, newEmployee({ gender: 'P' }));
    expect(gender.statusCode).toBe(400);
    expect(gender.json().error.details.fields[0].field).toBe('gender');
  });

  it('refuses a duplicate NIP', async () => {
    const res = await post(
      '/api/org/employees',
      w.as.bkpsdm,
      newEmployee({ nip: w.people.staffB.nip }),
    );
    expect(res.statusCode).toBe(409);
    expect(res.json().error).toMatchObject({ code: 'duplicate_nip', details: { field: 'nip' } });
  });

  it('refuses unknown fields and out-of-range values, naming the field', async () => {
    const extra = await post('/api/org/employees', w.as.bkpsdm, newEmployee({ salary: 1 }));
    expect(extra.statusCode).toBe(400);
    expect(extra.json().error.code).toBe('validation_failed');
    expect(JSON.stringify(extra.json().error.details)).toContain('salary');
    const carry = await post(
      '/api/org/employees',
      w.as.bkpsdm,
      newEmployee({ annualLeaveCarry: 7 }),
    );
    expect(carry.statusCode).toBe(400);
    expect(carry.json().error.details.fields[0].field).toBe('annualLeaveCarry');
    const patchExtra = await patch(`/api/org/employees/${w.people.staffA.id}`, w.as.bkpsdm, {
      nickname: 'x',
    });
    expect(patchExtra.statusCode).toBe(400);
  });

  it('refuses references that do not exist or sit in another agency', async () => {
    const pos = await post(
      '/api/org/employees',
      w.as.bkpsdm,
      newEmployee({ positionId: w.positions.staffB.id }),
    );
    expect(pos.statusCode).toBe(400);
    expect(pos.json().error).toMatchObject({
      code: 'invalid_reference',
      details: { field: 'positionId' },
    });
    const office = await post(
      '/api/org/employees',
      w.as.bkpsdm,
      newEmployee({ officeIds: ['00000000-0000-4000-8000-000000000001'] }),
    );
    expect(office.json().error).toMatchObject({
      code: 'invalid_reference',
      details: { field: 'officeIds' },
    });
  });

  it('keeps an admin OPD inside its agency for reads and writes', async () => {
    const before = await employeeCount();
    const other = w.people.staffB.id;
    expect((await get(`/api/org/employees/${other}`, w.as.opdA)).statusCode).toBe(403);
    expect((await get(`/api/org/employees?agencyId=${w.agencyB.id}`, w.as.opdA)).statusCode).toBe(
      403,
    );
    const create = await post(
      '/api/org/employees',
      w.as.opdA,
      newEmployee({ agencyId: w.agencyB.id, positionId: null }),
    );
    expect(create.statusCode).toBe(403);
    expect(create.json().error.code).toBe('forbidden');
    const change = await patch(`/api/org/employees/${other}`, w.as.opdA, { name: 'Diubah' });
    expect(change.statusCode).toBe(403);
    // Moving one's own employee into another agency takes that agency's rights too.
    const transfer = await patch(`/api/org/employees/${w.people.staffA2.id}`, w.as.opdA, {
      agencyId: w.agencyB.id,
      positionId: null,
    });
    expect(transfer.statusCode).toBe(403);
    expect(await employeeCount()).toBe(before);
    const [b] = await h.db.select().from(employees).where(eq(employees.id, other));
    expect(b.name).toBe('Staf Beta');
    const list = await get('/api/org/employees?limit=200', w.as.opdA);
    expect(list.statusCode).toBe(200);
    expect(list.json().items.every((e: { agencyId: string }) => e.agencyId === w.agencyA.id)).toBe(
      true,
    );
  });

  it('lets an employee read only themselves, and a supervisor their direct subordinates', async () => {
    const self = await get(`/api/org/employees/${w.people.staffA.id}`, w.as.staffA);
    expect(self.statusCode).toBe(200);
    expect((await get(`/api/org/employees/${w.people.staffB.id}`, w.as.staffA)).statusCode).toBe(
      403,
    );
    expect((await get(`/api/org/employees/${w.people.kabidA.id}`, w.as.staffA)).statusCode).toBe(
      403,
    );
    expect((await get('/api/org/employees', w.as.staffA)).statusCode).toBe(403);
    expect((await get(`/api/org/employees/${w.people.staffA.id}`, w.as.kabidA)).statusCode).toBe(
      200,
    );
    expect((await get(`/api/org/employees/${w.people.headA.id}`, w.as.kabidA)).statusCode).toBe(
      403,
    );
    const write = await patch(`/api/org/employees/${w.people.staffA.id}`, w.as.staffA, {
      tppIndividual: 99_000_000,
    });
    expect(write.statusCode).toBe(403);
  });

  it('lets inspektorat read but not write', async () => {
    expect(
      (await get(`/api/org/employees/${w.people.staffB.id}`, w.as.inspektorat)).statusCode,
    ).toBe(200);
    expect((await get('/api/org/employees', w.as.inspektorat)).statusCode).toBe(200);
    const res = await patch(`/api/org/employees/${w.people.staffB.id}`, w.as.inspektorat, {
      active: false,
    });
    expect(res.statusCode).toBe(403);
    const create = await post('/api/org/employees', w.as.inspektorat, newEmployee());
    expect(create.statusCode).toBe(403);
  });

  it('shows the position path and the derived supervisor', async () => {
    const res = await get(`/api/org/employees/${w.people.staffA.id}`, w.as.bkpsdm);
    const body = res.json();
    expect(body.positionPath.map((p: { code: string }) => p.code)).toEqual([
      'A-HEAD',
      'A-KABID',
      'A-STAFF',
    ]);
    expect(body.position.code).toBe('A-STAFF');
    expect(body.supervisors.map((s: { id: string }) => s.id)).toEqual([w.people.kabidA.id]);
  });

  it('searches by name or NIP and pages with a total', async () => {
    const byNip = await get(`/api/org/employees?q=${w.people.staffB.nip}`, w.as.bkpsdm);
    expect(byNip.json()).toMatchObject({ total: 1, items: [{ id: w.people.staffB.id }] });
    const byName = await get('/api/org/employees?q=staf%20alfa', w.as.bkpsdm);
    expect(byName.json().total).toBe(2);
    const page = await get('/api/org/employees?limit=2&offset=1', w.as.bkpsdm);
    expect(page.json().items).toHaveLength(2);
    expect(page.json().total).toBeGreaterThanOrEqual(5);
    expect(page.json()).toMatchObject({ limit: 2, offset: 1 });
    const wildcard = await get('/api/org/employees?q=%25', w.as.bkpsdm);
    expect(wildcard.json().total).toBe(0);
    expect((await get('/api/org/employees?limit=201', w.as.bkpsdm)).statusCode).toBe(400);
  });

  it('updates offices, rank and activity with an audit row; the NIP is re-checked', async () => {
    const id = w.people.staffA2.id;
    const res = await patch(`/api/org/employees/${id}`, w.as.opdA, {
      officeIds: [w.offices.officeA.id],
      rank: 'III/c',
      active: false,
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ officeIds: [w.offices.officeA.id], rank: 'III/c' });
    expect(await auditRows(h, 'employee.update', id)).toHaveLength(1);
    const bad = await patch(`/api/org/employees/${id}`, w.as.opdA, { status: 'PPPK' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details.fields[0].field).toBe('rank');
    const missing = await patch(
      '/api/org/employees/00000000-0000-4000-8000-000000000009',
      w.as.bkpsdm,
      { name: 'X' },
    );
    expect(missing.statusCode).toBe(404);
  });
});
