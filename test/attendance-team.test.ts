import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { leaveRequests } from '../src/db/tables';
import { recordAttendance } from '../src/modules/attendance/check-in.service';
import {
  allowOffices,
  createHarness,
  type Harness,
  makeAccount,
  makeAgency,
  makeEmployee,
  makeOffice,
  makePosition,
} from './support/harness';
import { testEngine } from './support/test-database';

describe(`team board today (${testEngine})`, () => {
  let h: Harness;
  let head: { id: string; cookie: string };
  let staff: Array<{ id: string; nip: string; cookie: string }>;
  const office = { lat: -5.47, lon: 122.6 };

  beforeAll(async () => {
    h = await createHarness();
    const agency = await makeAgency(h.db);
    const officeRow = await makeOffice(h.db, { agencyId: agency.id, ...office, radiusM: 100 });
    const top = await makePosition(h.db, agency.id, { type: 'pengawas', kelasJabatan: 9 });
    const desk = await makePosition(h.db, agency.id, { parentId: top.id });
    const person = async (positionId: string) => {
      const e = await makeEmployee(h.db, agency.id, { positionId });
      await allowOffices(h.db, e.id, [officeRow.id]);
      await makeAccount(h.db, { username: e.nip, employeeId: e.id, label: e.name });
      return { id: e.id, nip: e.nip, cookie: await h.login(e.nip) };
    };
    head = await person(top.id);
    staff = [
      await person(desk.id),
      await person(desk.id),
      await person(desk.id),
      await person(desk.id),
    ];
    const checkIn = (id: string, at: string) =>
      recordAttendance(
        h.db,
        id,
        { kind: 'check_in', clientId: `c-${id}`, ...office, accuracyM: 10 },
        new Date(at),
      );
    await checkIn(staff[0].id, '2026-11-04T07:20:00+08:00');
    await checkIn(staff[1].id, '2026-11-04T07:52:00+08:00');
    await h.db.insert(leaveRequests).values({
      employeeId: staff[2].id,
      kind: 'annual',
      fromDate: '2026-11-04',
      toDate: '2026-11-04',
      workingDays: 1,
      status: 'approved',
      createdAt: new Date('2026-11-01T00:00:00Z'),
    });
    h.setNow('2026-11-04T09:00:00+08:00');
  });
  afterAll(async () => h.close());

  it('shows who is present, late, on leave and not checked in yet', async () => {
    const res = await h.request({
      method: 'GET',
      url: '/api/attendance/team-today',
      as: head.cookie,
    });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.date).toBe('2026-11-04');
    const byId = new Map(body.members.map((m: { employeeId: string }) => [m.employeeId, m]));
    expect(byId.get(staff[0].id)).toMatchObject({ status: 'present', checkIn: '07:20' });
    expect(byId.get(staff[1].id)).toMatchObject({ status: 'late', lateMinutes: 22 });
    expect(byId.get(staff[2].id)).toMatchObject({ status: 'leave', kind: 'annual' });
    expect(byId.get(staff[3].id)).toMatchObject({ status: 'not_yet', checkIn: null });
    expect(byId.has(head.id)).toBe(false);
  });

  it('shows an employee without subordinates an empty board, never someone else', async () => {
    const res = await h.request({
      method: 'GET',
      url: '/api/attendance/team-today',
      as: staff[0].cookie,
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().members).toEqual([]);
  });

  it('refuses a caller who is not logged in, or not an employee', async () => {
    expect((await h.request({ method: 'GET', url: '/api/attendance/team-today' })).statusCode).toBe(
      401,
    );
    await makeAccount(h.db, { username: 'admin.x', roles: ['admin_bkpsdm'] });
    const admin = await h.login('admin.x');
    const res = await h.request({ method: 'GET', url: '/api/attendance/team-today', as: admin });
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('not_supervisor');
  });
});
