import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  attendanceEvents,
  auditLog,
  employees,
  leaveRequests,
  months,
  ruleSets,
} from '../src/db/tables';
import { AppError } from '../src/http/errors';
import { recordAttendance } from '../src/modules/attendance/check-in.service';
import { invalidateReference } from '../src/modules/attendance/reference.cache';
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

/** Mean Earth radius turf uses: along a meridian, metres convert to degrees exactly. */
const R = 6_371_008.8;
const CENTRE = { lat: -5.47, lon: 122.6 };
const north = (m: number, from = CENTRE) => ({
  lat: from.lat + (m / R) * (180 / Math.PI),
  lon: from.lon,
});
const MONDAY_0720 = '2026-11-02T07:20:00+08:00';

let seq = 0;
const cid = () => `c-${++seq}`;

describe(`attendance check-in (${testEngine})`, () => {
  let h: Harness;
  let agencyId: string;
  let officeId: string;

  /** An employee allowed at `offices` (default: Kantor BKPSDM), logged in. */
  async function employee(offices?: string[], o: Parameters<typeof makeEmployee>[2] = {}) {
    const e = await makeEmployee(h.db, agencyId, o);
    await allowOffices(h.db, e.id, offices ?? [officeId]);
    await makeAccount(h.db, { username: e.nip, employeeId: e.id, label: e.name });
    return { ...e, cookie: await h.login(e.nip) };
  }

  function send(
    cookie: string | undefined,
    body: Record<string, unknown>,
    kind: 'check-in' | 'check-out' = 'check-in',
  ) {
    return h.request({
      method: 'POST',
      url: `/api/attendance/${kind}`,
      payload: { clientId: cid(), accuracyM: 10, ...CENTRE, ...body },
      as: cookie,
    });
  }

  const eventsOf = (employeeId: string) =>
    h.db.select().from(attendanceEvents).where(eq(attendanceEvents.employeeId, employeeId));

  beforeAll(async () => {
    h = await createHarness();
    agencyId = (await makeAgency(h.db)).id;
    officeId = (await makeOffice(h.db, { name: 'Kantor BKPSDM', code: 'BKPSDM', ...CENTRE })).id;
  });
  beforeEach(() => h.setNow(MONDAY_0720));
  afterAll(async () => h.close());

  describe('geofence', () => {
    it('accepts a check-in inside the circle, stores it and audits it', async () => {
      const e = await employee();
      const res = await send(e.cookie, { clientId: 'first-tap', ...north(30) });
      expect(res.statusCode).toBe(200);
      expect(res.json()).toMatchObject({
        status: 'accepted',
        at: '2026-11-01T23:20:00.000Z',
        attendanceDate: '2026-11-02',
        officeCode: 'BKPSDM',
        officeName: 'Kantor BKPSDM',
        timezone: 'Asia/Makassar',
        zoneLabel: 'WITA',
        offline: false,
        dutyAnywhere: false,
        offshift: false,
        message: 'Tercatat 07:20 WITA di Kantor BKPSDM',
        repeated: false,
      });
      const [row] = await eventsOf(e.id);
      expect(row).toMatchObject({ status: 'accepted', kind: 'check_in', officeId, reason: null });
      const audit = await h.db
        .select()
        .from(auditLog)
        .where(eq(auditLog.entityId, res.json().eventId));
      expect(audit).toHaveLength(1);
      expect(audit[0]).toMatchObject({ action: 'attendance.check_in', entity: 'attendance_event' });
    });

    it('accepts a point exactly on the radius', async () => {
      const e = await employee();
      const res = await send(e.cookie, north(100));
      expect(res.statusCode).toBe(200);
      expect(res.json().status).toBe('accepted');
    });

    it('refuses a point outside with the distance to the nearest office, and stores it', async () => {
      const e = await employee();
      const res = await send(e.cookie, north(412));
      expect(res.statusCode).toBe(422);
      const body = res.json();
      expect(body.error).toEqual({
        code: 'outside_geofence',
        message: 'Anda 312 m dari Kantor BKPSDM. Mendekatlah lalu coba lagi.',
        details: {
          distanceM: 312,
          officeCode: 'BKPSDM',
          officeName: 'Kantor BKPSDM',
          repeated: false,
        },
      });
      expect(body.requestId).toBeTruthy();
      const [row] = await eventsOf(e.id);
      expect(row).toMatchObject({ status: 'refused', reason: 'outside_geofence', distanceM: 312 });
    });

    it('names the nearest of several allowed offices', async () => {
      const far = await makeOffice(h.db, { name: 'Kantor Jauh', ...north(5000) });
      const e = await employee([far.id, officeId]);
      const res = await send(e.cookie, north(250));
      expect(res.json().error.details).toMatchObject({ distanceM: 150, officeCode: 'BKPSDM' });
    });

    it('uses a polygon office: inside accepted, outside refused with the distance to the edge', async () => {
      // A square of about 220 m a side around CENTRE, as [lon, lat] pairs.
      const d = 0.001;
      const ring: Array<[number, number]> = [
        [CENTRE.lon - d, CENTRE.lat - d],
        [CENTRE.lon + d, CENTRE.lat - d],
        [CENTRE.lon + d, CENTRE.lat + d],
        [CENTRE.lon - d, CENTRE.lat + d],
        [CENTRE.lon - d, CENTRE.lat - d],
      ];
      const poly = await makeOffice(h.db, {
        name: 'Kompleks Poligon',
        radiusM: null,
        polygon: ring,
      });
      const e = await employee([poly.id]);
      const inside = await send(e.cookie, north(100));
      expect(inside.json()).toMatchObject({ status: 'accepted', officeName: 'Kompleks Poligon' });
      const outside = await send(e.cookie, north(311.19));
      expect(outside.statusCode).toBe(422);
      expect(outside.json().error.details.distanceM).toBe(200);
    });

    it('refuses an employee without any allowed office', async () => {
      const e = await employee([]);
      const res = await send(e.cookie, {});
      expect(res.statusCode).toBe(422);
      expect(res.json().error.code).toBe('outside_geofence');
    });
  });

  describe('accuracy and mocked positions', () => {
    it('passes accuracy of exactly 100 m and refuses 100.5 m', async () => {
      const e = await employee();
      expect((await send(e.cookie, { accuracyM: 100 })).statusCode).toBe(200);
      const res = await send(e.cookie, { accuracyM: 100.5 });
      expect(res.statusCode).toBe(422);
      expect(res.json().error.code).toBe('low_accuracy');
      expect(res.json().error.message).toMatch(/GPS belum akurat/);
    });

    it('takes the accuracy limit from the rule set in force', async () => {
      await h.db.insert(ruleSets).values({
        id: 'ketat-2026',
        validFrom: '2026-11-01',
        values: { accuracy_limit_m: 50 },
        createdAt: new Date(),
        createdBy: 'test',
      });
      invalidateReference(h.db);
      try {
        const e = await employee();
        expect((await send(e.cookie, { accuracyM: 50 })).statusCode).toBe(200);
        expect((await send(e.cookie, { accuracyM: 60 })).json().error.code).toBe('low_accuracy');
        // Before the new set's valid_from the default (100 m) still holds.
        h.setNow('2026-10-30T07:20:00+08:00');
        expect((await send(e.cookie, { accuracyM: 60 })).statusCode).toBe(200);
      } finally {
        await h.db.delete(ruleSets).where(eq(ruleSets.id, 'ketat-2026'));
        invalidateReference(h.db);
      }
    });

    it('refuses a mocked position and keeps it for review', async () => {
      const e = await employee();
      const res = await send(e.cookie, { mocked: true });
      expect(res.statusCode).toBe(422);
      expect(res.json().error.code).toBe('mocked_location');
      const [row] = await eventsOf(e.id);
      expect(row).toMatchObject({ status: 'refused', reason: 'mocked_location', mocked: true });
    });

    it('checks a mocked position before accuracy and geofence', async () => {
      const e = await employee();
      const res = await send(e.cookie, { mocked: true, accuracyM: 500, ...north(5000) });
      expect(res.json().error.code).toBe('mocked_location');
    });
  });

  describe('offline events', () => {
    const at = (iso: string) => new Date(iso).toISOString();

    it('takes the device time and marks the event offline', async () => {
      const e = await employee();
      h.setNow('2026-11-02T09:00:00+08:00');
      const res = await send(e.cookie, { offline: true, deviceAt: '2026-11-02T07:25:00+08:00' });
      expect(res.json()).toMatchObject({
        status: 'accepted',
        offline: true,
        at: at('2026-11-02T07:25:00+08:00'),
        message: 'Tercatat 07:25 WITA di Kantor BKPSDM',
      });
    });

    it('refuses a device time in the future', async () => {
      const e = await employee();
      const res = await send(e.cookie, { offline: true, deviceAt: '2026-11-02T07:21:00+08:00' });
      expect(res.statusCode).toBe(422);
      expect(res.json().error.code).toBe('future_time');
    });

    it('accepts exactly 72 hours and refuses older events as stale', async () => {
      const e = await employee();
      h.setNow('2026-11-05T07:25:00+08:00');
      const ok = await send(e.cookie, { offline: true, deviceAt: '2026-11-02T07:25:00+08:00' });
      expect(ok.statusCode).toBe(200);
      const stale = await send(e.cookie, { offline: true, deviceAt: '2026-11-02T07:24:59+08:00' });
      expect(stale.statusCode).toBe(422);
      expect(stale.json().error.code).toBe('stale_offline');
    });

    it('refuses an event earlier than the previous one of the device', async () => {
      const e = await employee();
      h.setNow('2026-11-02T17:00:00+08:00');
      const out = { offline: true, deviceAt: '2026-11-02T16:05:00+08:00' };
      expect((await send(e.cookie, out, 'check-out')).statusCode).toBe(200);
      const late = await send(e.cookie, { offline: true, deviceAt: '2026-11-02T07:25:00+08:00' });
      expect(late.statusCode).toBe(422);
      expect(late.json().error.code).toBe('out_of_order');
    });

    it('accepts a queued check-in synced after an online check-out (another queue)', async () => {
      const e = await employee();
      h.setNow('2026-11-02T16:05:00+08:00');
      expect((await send(e.cookie, {}, 'check-out')).statusCode).toBe(200);
      h.setNow('2026-11-02T17:00:00+08:00');
      const queued = await send(e.cookie, { offline: true, deviceAt: '2026-11-02T07:25:00+08:00' });
      expect(queued.statusCode).toBe(200);
      expect(queued.json()).toMatchObject({ offline: true, attendanceDate: '2026-11-02' });
      // The phone's queue still has an order: an older queued event after it is refused.
      const older = await send(
        e.cookie,
        { offline: true, deviceAt: '2026-11-02T07:20:00+08:00' },
        'check-out',
      );
      expect(older.json().error.code).toBe('out_of_order');
    });

    it('checks the offline time before the position', async () => {
      const e = await employee();
      const res = await send(e.cookie, {
        offline: true,
        deviceAt: '2026-11-03T07:00:00+08:00',
        mocked: true,
      });
      expect(res.json().error.code).toBe('future_time');
    });
  });

  describe('repeated client ids', () => {
    it('answers a repeat with the first answer and stores one row', async () => {
      const e = await employee();
      const first = await send(e.cookie, { clientId: 'tap-1' });
      h.setNow('2026-11-02T07:40:00+08:00');
      // A different position and kind: the first event stands all the same.
      const again = await send(e.cookie, { clientId: 'tap-1', ...north(900) }, 'check-out');
      expect(again.statusCode).toBe(200);
      expect(again.json()).toEqual({ ...first.json(), repeated: true });
      expect(await eventsOf(e.id)).toHaveLength(1);
    });

    it('repeats a refusal as a refusal', async () => {
      const e = await employee();
      const first = await send(e.cookie, { clientId: 'tap-2', ...north(412) });
      const again = await send(e.cookie, { clientId: 'tap-2' });
      expect(again.statusCode).toBe(422);
      expect(again.json().error).toEqual({
        ...first.json().error,
        details: { ...first.json().error.details, repeated: true },
      });
      expect(await eventsOf(e.id)).toHaveLength(1);
    });

    it('stores one row when the same client id arrives concurrently', async () => {
      const e = await employee();
      const answers = await Promise.all(
        Array.from({ length: 6 }, () => send(e.cookie, { clientId: 'tap-race' })),
      );
      const ids = new Set(answers.map((r) => r.json().eventId));
      expect(ids.size).toBe(1);
      expect(answers.filter((r) => !r.json().repeated)).toHaveLength(1);
      expect(await eventsOf(e.id)).toHaveLength(1);
      const audit = await h.db
        .select()
        .from(auditLog)
        .where(eq(auditLog.entityId, [...ids][0]));
      expect(audit).toHaveLength(1);
    });

    it('keeps client ids per employee', async () => {
      const [a, b] = [await employee(), await employee()];
      expect((await send(a.cookie, { clientId: 'shared' })).json().repeated).toBe(false);
      expect((await send(b.cookie, { clientId: 'shared' })).json().repeated).toBe(false);
    });
  });

  describe('dinas luar', () => {
    async function duty(employeeId: string, status: string) {
      await h.db.insert(leaveRequests).values({
        employeeId,
        kind: 'duty',
        fromDate: '2026-11-02',
        toDate: '2026-11-03',
        workingDays: 2,
        status,
        createdAt: new Date('2026-10-30T00:00:00Z'),
      });
    }

    it('accepts an employee on approved dinas luar anywhere, marked so', async () => {
      const e = await employee();
      await duty(e.id, 'approved');
      const res = await send(e.cookie, { lat: -6.2, lon: 106.8 });
      expect(res.statusCode).toBe(200);
      expect(res.json()).toMatchObject({
        status: 'accepted',
        dutyAnywhere: true,
        officeCode: null,
        message: 'Tercatat 07:20 WITA (dinas luar)',
      });
      const [row] = await eventsOf(e.id);
      expect(row.dutyAnywhere).toBe(true);
    });

    it('does not free a merely requested dinas luar, nor a mocked position', async () => {
      const e = await employee();
      await duty(e.id, 'pending');
      expect((await send(e.cookie, { lat: -6.2, lon: 106.8 })).json().error.code).toBe(
        'outside_geofence',
      );
      const f = await employee();
      await duty(f.id, 'approved');
      expect((await send(f.cookie, { lat: -6.2, lon: 106.8, mocked: true })).statusCode).toBe(422);
    });
  });

  describe('windows and closed months', () => {
    it('stores a check-in outside every window as offshift', async () => {
      const e = await employee();
      h.setNow('2026-11-02T17:00:00+08:00');
      const evening = await send(e.cookie, {});
      expect(evening.json()).toMatchObject({
        status: 'accepted',
        offshift: true,
        attendanceDate: null,
      });
      expect(evening.json().message).toMatch(/di luar jam jadwal/i);
      h.setNow('2026-11-07T08:00:00+08:00'); // Saturday
      expect((await send(e.cookie, {})).json().offshift).toBe(true);
      expect(await eventsOf(e.id)).toHaveLength(2);
    });

    it('refuses an event whose day is in a closed month, storing nothing', async () => {
      const e = await employee();
      await h.db.insert(months).values({ month: '2026-10', status: 'closed' });
      try {
        const res = await send(e.cookie, { offline: true, deviceAt: '2026-10-30T07:25:00+08:00' });
        expect(res.statusCode).toBe(409);
        expect(res.json().error.code).toBe('month_closed');
        expect(await eventsOf(e.id)).toHaveLength(0);
      } finally {
        await h.db.delete(months).where(eq(months.month, '2026-10'));
      }
    });
  });

  describe('access and validation', () => {
    it('answers 401 without a session', async () => {
      expect((await send(undefined, {})).statusCode).toBe(401);
    });

    it('refuses a non-employee account (admin) with 403', async () => {
      await makeAccount(h.db, { username: 'admin.kota', roles: ['admin_bkpsdm'] });
      const cookie = await h.login('admin.kota');
      const res = await send(cookie, {});
      expect(res.statusCode).toBe(403);
      expect(res.json().error.code).toBe('forbidden');
      expect(
        (await h.request({ method: 'GET', url: '/api/attendance/today', as: cookie })).statusCode,
      ).toBe(403);
    });

    it.each([
      ['lat', { lat: 91 }],
      ['lon', { lon: 'x' }],
      ['accuracyM', { accuracyM: -1 }],
      ['clientId', { clientId: '' }],
      ['clientId', { clientId: 'x'.repeat(101) }],
      ['deviceAt', { deviceAt: 'kemarin' }],
      ['deviceAt', { offline: true }],
      ['extra', { extra: 1 }],
    ])('refuses bad %s with validation_failed naming it, storing nothing', async (field, bad) => {
      const e = await employee();
      const res = await send(e.cookie, bad);
      expect(res.statusCode).toBe(400);
      const { error } = res.json();
      expect(error.code).toBe('validation_failed');
      expect(error.details.fields.map((f: { field: string }) => f.field)).toContain(field);
      expect(await eventsOf(e.id)).toHaveLength(0);
    });

    it('throws unknown_employee for an unknown or inactive employee', async () => {
      const input = { kind: 'check_in' as const, clientId: cid(), ...CENTRE, accuracyM: 5 };
      await expect(recordAttendance(h.db, randomUUID(), input, new Date())).rejects.toMatchObject({
        code: 'unknown_employee',
      });
      const e = await employee();
      await h.db.update(employees).set({ active: false }).where(eq(employees.id, e.id));
      const err = await recordAttendance(h.db, e.id, input, new Date()).catch((x) => x);
      expect(err).toBeInstanceOf(AppError);
      expect(err.code).toBe('unknown_employee');
      expect(await eventsOf(e.id)).toHaveLength(0);
    });
  });
});
