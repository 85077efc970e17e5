import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rosters } from '../src/db/tables';
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

// Offices far apart so that one position is inside exactly one of them.
const WIB = { lat: -6.2, lon: 106.8, timezone: 'Asia/Jakarta', name: 'Kantor Jakarta' };
const WITA = { lat: -5.47, lon: 122.6, timezone: 'Asia/Makassar', name: 'Kantor Baubau' };
const WIT = { lat: -2.53, lon: 140.7, timezone: 'Asia/Jayapura', name: 'Kantor Jayapura' };

let seq = 0;

describe(`attendance zones, shifts and the home screen (${testEngine})`, () => {
  let h: Harness;
  let agencyId: string;
  const office: Record<'wib' | 'wita' | 'wit', string> = { wib: '', wita: '', wit: '' };

  async function employee(offices: string[], schedule = 'standard') {
    const e = await makeEmployee(h.db, agencyId, { schedule });
    await allowOffices(h.db, e.id, offices);
    await makeAccount(h.db, { username: e.nip, employeeId: e.id, label: e.name });
    return { ...e, cookie: await h.login(e.nip) };
  }

  function send(
    cookie: string,
    at: string,
    where: { lat: number; lon: number },
    kind: 'check-in' | 'check-out' = 'check-in',
  ) {
    h.setNow(at);
    return h.request({
      method: 'POST',
      url: `/api/attendance/${kind}`,
      payload: { clientId: `z-${++seq}`, lat: where.lat, lon: where.lon, accuracyM: 8 },
      as: cookie,
    });
  }

  beforeAll(async () => {
    h = await createHarness();
    agencyId = (await makeAgency(h.db)).id;
    office.wib = (await makeOffice(h.db, { ...WIB, code: 'JKT' })).id;
    office.wita = (await makeOffice(h.db, { ...WITA, code: 'BBU' })).id;
    office.wit = (await makeOffice(h.db, { ...WIT, code: 'JYP' })).id;
  });
  afterAll(async () => h.close());

  it.each([
    ['WIB', 'wib', WIB, '2026-11-02T23:40:00Z', '06:40'],
    ['WITA', 'wita', WITA, '2026-11-02T22:40:00Z', '06:40'],
    ['WIT', 'wit', WIT, '2026-11-02T21:40:00Z', '06:40'],
  ] as const)(
    'labels %s and dates the event in the office zone',
    async (label, key, where, at, hhmm) => {
      const e = await employee([office[key]]);
      const res = await send(e.cookie, at, where);
      expect(res.json()).toMatchObject({
        status: 'accepted',
        attendanceDate: '2026-11-03',
        timezone: where.timezone,
        zoneLabel: label,
        message: `Tercatat ${hhmm} ${label} di ${where.name}`,
      });
    },
  );

  it("takes the attendance day from the first office's zone, the clock from the office used", async () => {
    // Friday 2026-11-06 14:30Z: 22:30 WITA, inside the check-out window (16:30 + 6 h),
    // but 23:30 WIT, outside it. The WIT office comes first, so its zone decides.
    const witFirst = await employee([office.wit, office.wita]);
    const res = await send(witFirst.cookie, '2026-11-06T14:30:00Z', WITA, 'check-out');
    expect(res.json()).toMatchObject({
      status: 'accepted',
      officeName: WITA.name,
      timezone: 'Asia/Jayapura',
      zoneLabel: 'WIT',
      offshift: true,
      attendanceDate: null,
      message: expect.stringMatching(/^Tercatat 22:30 WITA di Kantor Baubau/),
    });
    const witaFirst = await employee([office.wita, office.wit]);
    const same = await send(witaFirst.cookie, '2026-11-06T14:30:00Z', WITA, 'check-out');
    expect(same.json()).toMatchObject({ offshift: false, attendanceDate: '2026-11-06' });
  });

  it('gives a shift that crosses midnight the date it starts on', async () => {
    const e = await employee([office.wita], 'shift');
    await h.db.insert(rosters).values({
      employeeId: e.id,
      date: '2026-11-02',
      start: '22:00',
      end: '06:00',
    });
    const checkIn = await send(e.cookie, '2026-11-02T21:50:00+08:00', WITA);
    expect(checkIn.json()).toMatchObject({ attendanceDate: '2026-11-02', offshift: false });
    const checkOut = await send(e.cookie, '2026-11-03T06:05:00+08:00', WITA, 'check-out');
    expect(checkOut.json()).toMatchObject({ attendanceDate: '2026-11-02', offshift: false });
    // Without a roster entry a shift worker has no window at all.
    const noRoster = await send(e.cookie, '2026-11-04T07:30:00+08:00', WITA);
    expect(noRoster.json()).toMatchObject({ offshift: true, attendanceDate: null });
  });

  it('counts a rostered shift on a holiday', async () => {
    h.setNow('2026-12-24T00:00:00Z'); // log in close to the day: sessions last 14 days
    const e = await employee([office.wita], 'shift');
    await h.db.insert(rosters).values({
      employeeId: e.id,
      date: '2026-12-25',
      start: '07:00',
      end: '19:00',
    });
    const res = await send(e.cookie, '2026-12-25T06:55:00+08:00', WITA);
    expect(res.json()).toMatchObject({ attendanceDate: '2026-12-25', offshift: false });
    const standard = await employee([office.wita]);
    const off = await send(standard.cookie, '2026-12-25T07:20:00+08:00', WITA);
    expect(off.json()).toMatchObject({ offshift: true });
  });

  describe('GET /api/attendance/today', () => {
    it("shows today's schedule, events and offices in the employee's zone", async () => {
      const e = await employee([office.wit, office.wita]);
      await send(e.cookie, '2026-11-02T22:20:00Z', WIT);
      h.setNow('2026-11-03T01:00:00Z');
      const res = await h.request({ method: 'GET', url: '/api/attendance/today', as: e.cookie });
      expect(res.statusCode).toBe(200);
      const body = res.json();
      expect(body).toMatchObject({
        date: '2026-11-03',
        timezone: 'Asia/Jayapura',
        zoneLabel: 'WIT',
        schedule: { code: 'standard', kind: 'weekly' },
        shifts: [{ startLocal: '07:30', endLocal: '16:00', start: '2026-11-02T22:30:00.000Z' }],
        holiday: null,
        onDuty: false,
      });
      expect(body.events).toEqual([
        expect.objectContaining({ kind: 'check_in', status: 'accepted', officeCode: 'JYP' }),
      ]);
      expect(body.offices.map((o: { code: string; zoneLabel: string }) => o.zoneLabel)).toEqual([
        'WIT',
        'WITA',
      ]);
    });

    it('tells the client which check-in and check-out count for today', async () => {
      const e = await employee([office.wita]);
      const today = () =>
        h
          .request({ method: 'GET', url: '/api/attendance/today', as: e.cookie })
          .then((r) => r.json());
      // 01:19 is outside every window: stored, shown, but not today's check-in.
      await send(e.cookie, '2026-11-04T01:19:00+08:00', WITA);
      h.setNow('2026-11-04T01:30:00+08:00');
      const night = await today();
      expect(night.events).toEqual([
        expect.objectContaining({ kind: 'check_in', offshift: true, attendanceDate: null }),
      ]);
      expect(night).toMatchObject({ checkIn: null, checkOut: null });
      const first = await send(e.cookie, '2026-11-04T07:24:00+08:00', WITA);
      await send(e.cookie, '2026-11-04T07:40:00+08:00', WITA);
      await send(e.cookie, '2026-11-04T12:00:00+08:00', WITA, 'check-out');
      const last = await send(e.cookie, '2026-11-04T16:05:00+08:00', WITA, 'check-out');
      const day = await today();
      expect(day.events).toHaveLength(5);
      expect(day.checkIn).toMatchObject({
        id: first.json().eventId,
        at: '2026-11-03T23:24:00.000Z',
        offshift: false,
        attendanceDate: '2026-11-04',
      });
      expect(day.checkOut).toMatchObject({ id: last.json().eventId, attendanceDate: '2026-11-04' });
    });

    it("does not take last night's shift check-out for today's", async () => {
      const e = await employee([office.wita], 'shift');
      await h.db.insert(rosters).values([
        { employeeId: e.id, date: '2026-11-09', start: '22:00', end: '06:00' },
        { employeeId: e.id, date: '2026-11-10', start: '22:00', end: '06:00' },
      ]);
      await send(e.cookie, '2026-11-09T21:55:00+08:00', WITA);
      await send(e.cookie, '2026-11-10T06:02:00+08:00', WITA, 'check-out');
      h.setNow('2026-11-10T08:00:00+08:00');
      const res = await h.request({ method: 'GET', url: '/api/attendance/today', as: e.cookie });
      const body = res.json();
      expect(body.events).toEqual([
        expect.objectContaining({ kind: 'check_out', attendanceDate: '2026-11-09' }),
      ]);
      expect(body).toMatchObject({ checkIn: null, checkOut: null });
      expect(body.shifts).toHaveLength(1);
    });

    it('shows a holiday without shifts', async () => {
      const e = await employee([office.wita]);
      h.setNow('2026-08-17T02:00:00Z');
      const res = await h.request({ method: 'GET', url: '/api/attendance/today', as: e.cookie });
      expect(res.json()).toMatchObject({
        date: '2026-08-17',
        shifts: [],
        holiday: { kind: 'national' },
      });
    });

    it('answers 401 without a session', async () => {
      const res = await h.request({ method: 'GET', url: '/api/attendance/today' });
      expect(res.statusCode).toBe(401);
    });
  });
});
