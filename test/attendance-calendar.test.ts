import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { auditLog, months, rosters } from '../src/db/tables';
import {
  allowOffices,
  createHarness,
  type Harness,
  makeAccount,
  makeAgency,
  makeEmployee,
  makeOffice,
} from './support/harness';
import { testEngine } from './support/test-database';

const SPOT = { lat: -5.47, lon: 122.6 };
const workday = { start: '07:00', end: '14:00', breakStart: '10:00', breakEnd: '10:30' };
const sixDays = { 1: workday, 2: workday, 3: workday, 4: workday, 5: workday, 6: workday, 7: null };

let seq = 0;

describe(`attendance calendar administration (${testEngine})`, () => {
  let h: Harness;
  let agencyA: string;
  let agencyB: string;
  let officeId: string;
  let admin: string;
  let opdA: string;
  let pegawai: { id: string; cookie: string };

  async function employee(agencyId: string, schedule = 'standard') {
    const e = await makeEmployee(h.db, agencyId, { schedule });
    await allowOffices(h.db, e.id, [officeId]);
    await makeAccount(h.db, { username: e.nip, employeeId: e.id, label: e.name });
    return { id: e.id, cookie: await h.login(e.nip) };
  }

  const call = (
    method: 'GET' | 'POST' | 'PUT' | 'DELETE',
    url: string,
    as?: string,
    payload?: Record<string, unknown>,
  ) => h.request({ method, url, as, ...(payload === undefined ? {} : { payload }) });

  function checkIn(cookie: string, at: string) {
    h.setNow(at);
    return call('POST', '/api/attendance/check-in', cookie, {
      clientId: `cal-${++seq}`,
      ...SPOT,
      accuracyM: 5,
    });
  }

  const auditCount = (action: string) =>
    h.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.action, action))
      .then((rows) => rows.length);

  beforeAll(async () => {
    h = await createHarness();
    agencyA = (await makeAgency(h.db)).id;
    agencyB = (await makeAgency(h.db)).id;
    officeId = (await makeOffice(h.db, SPOT)).id;
    await makeAccount(h.db, { username: 'bkpsdm', roles: ['admin_bkpsdm'] });
    await makeAccount(h.db, { username: 'opd.a', roles: ['admin_opd'], agencyId: agencyA });
    admin = await h.login('bkpsdm');
    opdA = await h.login('opd.a');
    pegawai = await employee(agencyA);
  });
  beforeEach(() => h.setNow('2026-11-02T08:00:00+08:00'));
  afterAll(async () => h.close());

  describe('reference data', () => {
    it('ships the 2026 national holidays and cuti bersama', async () => {
      const res = await call('GET', '/api/holidays?year=2026', pegawai.cookie);
      expect(res.statusCode).toBe(200);
      const items: Array<{ date: string; kind: string }> = res.json().items;
      expect(items.filter((i) => i.kind === 'national')).toHaveLength(17);
      expect(items.filter((i) => i.kind === 'cuti_bersama').map((i) => i.date)).toEqual([
        '2026-02-16',
        '2026-03-18',
        '2026-03-20',
        '2026-03-23',
        '2026-03-24',
        '2026-05-15',
        '2026-05-28',
        '2026-12-24',
      ]);
    });

    it('ships the standard and shift schedules, read-only', async () => {
      const res = await call('GET', '/api/schedules', pegawai.cookie);
      expect(res.json().items).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ code: 'standard', kind: 'weekly', builtIn: true }),
          expect.objectContaining({ code: 'shift', kind: 'shift', builtIn: true, week: null }),
        ]),
      );
      const standard = res.json().items.find((s: { code: string }) => s.code === 'standard');
      expect(standard.week['5']).toEqual({
        start: '07:30',
        end: '16:30',
        breakStart: '11:30',
        breakEnd: '13:00',
      });
      const edit = await call('PUT', '/api/schedules/standard', admin, {
        name: 'x',
        week: sixDays,
      });
      expect(edit.statusCode).toBe(409);
    });

    it('requires a login to read', async () => {
      expect((await call('GET', '/api/holidays?year=2026')).statusCode).toBe(401);
    });
  });

  describe('holidays', () => {
    it('lets admin BKPSDM add a local holiday, audited, which frees the day', async () => {
      const res = await call('POST', '/api/holidays', admin, {
        date: '2026-11-12',
        name: 'Hari Jadi Kota',
      });
      expect(res.statusCode).toBe(201);
      expect(res.json()).toMatchObject({ date: '2026-11-12', kind: 'local' });
      expect(await auditCount('holiday.created')).toBe(1);
      const onHoliday = await checkIn(pegawai.cookie, '2026-11-12T07:20:00+08:00');
      expect(onHoliday.json()).toMatchObject({ status: 'accepted', offshift: true });
      const again = await call('POST', '/api/holidays', admin, {
        date: '2026-11-12',
        name: 'Hari Jadi Kota',
      });
      expect(again.statusCode).toBe(409);
    });

    it('refuses pegawai and admin OPD', async () => {
      const body = { date: '2026-11-23', name: 'Libur' };
      for (const who of [pegawai.cookie, opdA]) {
        const res = await call('POST', '/api/holidays', who, body);
        expect(res.statusCode).toBe(403);
        expect(res.json().error.code).toBe('forbidden');
      }
    });

    it('deletes local holidays only', async () => {
      const list = await call('GET', '/api/holidays?year=2026', admin);
      const national = list.json().items.find((i: { kind: string }) => i.kind === 'national');
      expect((await call('DELETE', `/api/holidays/${national.id}`, admin)).statusCode).toBe(409);
      const local = await call('POST', '/api/holidays', admin, { date: '2026-11-24', name: 'X' });
      const id = local.json().id;
      expect((await call('DELETE', `/api/holidays/${id}`, pegawai.cookie)).statusCode).toBe(403);
      expect((await call('DELETE', `/api/holidays/${id}`, admin)).statusCode).toBe(200);
      expect(await auditCount('holiday.deleted')).toBe(1);
    });

    it('refuses a holiday in a closed month', async () => {
      await h.db.insert(months).values({ month: '2026-09', status: 'closed' });
      const res = await call('POST', '/api/holidays', admin, { date: '2026-09-10', name: 'Y' });
      expect(res.statusCode).toBe(409);
      expect(res.json().error.code).toBe('month_closed');
    });

    it('names a bad field', async () => {
      const res = await call('POST', '/api/holidays', admin, { date: '2026-13-01', name: 'Z' });
      expect(res.statusCode).toBe(400);
      expect(res.json().error.details.fields[0].field).toBe('date');
    });
  });

  describe('schedules', () => {
    it('creates a six-day schedule that gives Saturday a window', async () => {
      const res = await call('POST', '/api/schedules', admin, {
        code: 'sekolah',
        name: 'Sekolah 6 hari',
        week: sixDays,
      });
      expect(res.statusCode).toBe(201);
      expect(res.json()).toMatchObject({ code: 'sekolah', kind: 'weekly', builtIn: false });
      const teacher = await employee(agencyA, 'sekolah');
      const saturday = await checkIn(teacher.cookie, '2026-11-07T06:50:00+08:00');
      expect(saturday.json()).toMatchObject({ attendanceDate: '2026-11-07', offshift: false });
      const dup = await call('POST', '/api/schedules', admin, {
        code: 'sekolah',
        name: 'lagi',
        week: sixDays,
      });
      expect(dup.statusCode).toBe(409);
      expect(dup.json().error.code).toBe('duplicate_code');
      const edit = await call('PUT', '/api/schedules/sekolah', admin, {
        name: 'Sekolah (revisi)',
        week: { ...sixDays, 6: null },
      });
      expect(edit.json()).toMatchObject({ name: 'Sekolah (revisi)', week: { 6: null } });
      expect(await auditCount('schedule.updated')).toBe(1);
      const after = await checkIn(teacher.cookie, '2026-11-14T06:50:00+08:00');
      expect(after.json().offshift).toBe(true);
    });

    it('refuses admin OPD and pegawai', async () => {
      for (const who of [opdA, pegawai.cookie]) {
        const res = await call('POST', '/api/schedules', who, {
          code: 'x1',
          name: 'X',
          week: sixDays,
        });
        expect(res.statusCode).toBe(403);
      }
    });

    it('validates the week and names the field', async () => {
      const bad = await call('POST', '/api/schedules', admin, {
        code: 'rusak',
        name: 'Rusak',
        week: { ...sixDays, 1: { start: '7:00', end: '14:00' } },
      });
      expect(bad.statusCode).toBe(400);
      expect(bad.json().error.details.fields[0].field).toBe('week.1.start');
      const breakOutside = await call('POST', '/api/schedules', admin, {
        code: 'rusak',
        name: 'Rusak',
        week: { ...sixDays, 2: { ...workday, breakStart: '15:00', breakEnd: '15:30' } },
      });
      expect(breakOutside.json().error.details.fields[0].field).toBe('week.2.breakStart');
    });
  });

  describe('special periods', () => {
    it('applies Ramadan hours to standard staff inside the period', async () => {
      const res = await call('POST', '/api/special-periods', admin, {
        name: 'Ramadan (uji)',
        fromDate: '2026-11-09',
        toDate: '2026-11-11',
      });
      expect(res.statusCode).toBe(201);
      expect(res.json().week['1']).toMatchObject({ start: '08:00', end: '15:00' });
      // A check-in window closes at the shift's end: 15:00 in Ramadan, 16:00 otherwise.
      const ramadan = await checkIn(pegawai.cookie, '2026-11-10T15:30:00+08:00');
      expect(ramadan.json().offshift).toBe(true);
      const normal = await checkIn(pegawai.cookie, '2026-11-05T15:30:00+08:00');
      expect(normal.json()).toMatchObject({ offshift: false, attendanceDate: '2026-11-05' });
      const list = await call('GET', '/api/special-periods?year=2026', pegawai.cookie);
      expect(list.json().items).toHaveLength(1);
      expect((await call('DELETE', `/api/special-periods/${res.json().id}`, opdA)).statusCode).toBe(
        403,
      );
      expect(
        (await call('DELETE', `/api/special-periods/${res.json().id}`, admin)).statusCode,
      ).toBe(200);
      expect(await auditCount('special_period.deleted')).toBe(1);
    });

    it('refuses an end before the start, naming toDate', async () => {
      const res = await call('POST', '/api/special-periods', admin, {
        name: 'Salah',
        fromDate: '2026-11-10',
        toDate: '2026-11-01',
      });
      expect(res.statusCode).toBe(400);
      expect(res.json().error.details.fields[0].field).toBe('toDate');
    });
  });

  describe('rosters', () => {
    it("lets an agency's admin OPD set, list and remove its staff's shifts, audited", async () => {
      const nurse = await employee(agencyA, 'shift');
      const entry = { employeeId: nurse.id, date: '2026-11-10', start: '22:00', end: '06:00' };
      const put = await call('PUT', '/api/rosters', opdA, { agencyId: agencyA, entries: [entry] });
      expect(put.statusCode).toBe(200);
      // Setting the same date again replaces the shift.
      await call('PUT', '/api/rosters', opdA, {
        agencyId: agencyA,
        entries: [{ ...entry, start: '14:00', end: '22:00' }],
      });
      const list = await call('GET', `/api/rosters?agencyId=${agencyA}&month=2026-11`, opdA);
      expect(list.json().items).toEqual([
        expect.objectContaining({ employeeId: nurse.id, date: '2026-11-10', start: '14:00' }),
      ]);
      expect(await auditCount('roster.upserted')).toBe(2);
      const night = await checkIn(nurse.cookie, '2026-11-10T13:55:00+08:00');
      expect(night.json()).toMatchObject({ attendanceDate: '2026-11-10', offshift: false });
      const id = list.json().items[0].id;
      expect((await call('DELETE', `/api/rosters/${id}`, opdA)).statusCode).toBe(200);
      expect(await h.db.select().from(rosters).where(eq(rosters.id, id))).toHaveLength(0);
    });

    it("refuses admin OPD on another agency's roster", async () => {
      const other = await employee(agencyB, 'shift');
      const entry = { employeeId: other.id, date: '2026-11-11', start: '07:00', end: '19:00' };
      const put = await call('PUT', '/api/rosters', opdA, { agencyId: agencyB, entries: [entry] });
      expect(put.statusCode).toBe(403);
      // Nor by naming its own agency with another agency's employee.
      const sneaky = await call('PUT', '/api/rosters', opdA, {
        agencyId: agencyA,
        entries: [entry],
      });
      expect(sneaky.statusCode).toBe(400);
      expect(sneaky.json().error.details).toEqual({ field: 'entries.0.employeeId' });
      expect(
        (await call('GET', `/api/rosters?agencyId=${agencyB}&month=2026-11`, opdA)).statusCode,
      ).toBe(403);
      const byAdmin = await call('PUT', '/api/rosters', admin, {
        agencyId: agencyB,
        entries: [entry],
      });
      expect(byAdmin.statusCode).toBe(200);
      const [row] = await h.db
        .select()
        .from(rosters)
        .where(and(eq(rosters.employeeId, other.id), eq(rosters.date, '2026-11-11')));
      expect((await call('DELETE', `/api/rosters/${row.id}`, opdA)).statusCode).toBe(403);
    });

    it('refuses pegawai', async () => {
      const entry = { employeeId: pegawai.id, date: '2026-11-12', start: '07:00', end: '19:00' };
      const res = await call('PUT', '/api/rosters', pegawai.cookie, {
        agencyId: agencyA,
        entries: [entry],
      });
      expect(res.statusCode).toBe(403);
    });

    it('refuses two shifts for one employee and date in one request', async () => {
      const entry = { employeeId: pegawai.id, date: '2026-11-12', start: '07:00', end: '19:00' };
      const res = await call('PUT', '/api/rosters', admin, {
        agencyId: agencyA,
        entries: [entry, { ...entry, start: '19:00', end: '07:00' }],
      });
      expect(res.statusCode).toBe(400);
      expect(res.json().error.details.fields[0].field).toBe('entries.1.date');
    });
  });
});
