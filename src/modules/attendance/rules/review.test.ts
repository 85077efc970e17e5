/**
 * Review probes: DOMAIN.md §2–§3 checked against the attendance rules, boundary by
 * boundary. Kept as regression tests.
 */
import { describe, expect, it } from 'vitest';
import {
  assignEventsToShifts,
  bandOf,
  earlyLeaveMinutesOf,
  evaluateDay,
  evaluateDays,
  lateMinutesOf,
} from './attendance-day.rules.js';
import {
  countLeaveWorkingDays,
  cutiBersamaOfYear,
  datesOfMonth,
  HOLIDAYS_2026,
  weekdayOf,
  workingDaysOfMonth,
} from './calendar.rules.js';
import { type CheckEventInput, decideCheckEvent } from './check-event.rules.js';
import {
  dayInput as day,
  holidays,
  monday,
  rules,
  standardShift,
  WITA,
  wita,
} from './day.fixtures.js';
import { type LatLon, measureFence, type Office } from './geofence.rules.js';
import {
  employeeZone,
  type PlannedShift,
  planRosterShift,
  planShifts,
  STANDARD_WEEK,
  workingMinutesOf,
} from './schedule.rules.js';

const at = wita;
const MS = 1;
const MIN = 60_000;
const HOUR = 60 * MIN;

const friday = standardShift('2026-11-06');

describe('review §2: the 2026 calendar, character by character against DOMAIN.md', () => {
  // Transcribed from DOMAIN.md §2.
  const national = [
    '2026-01-01',
    '2026-01-16',
    '2026-02-17',
    '2026-03-19',
    '2026-03-21',
    '2026-03-22',
    '2026-04-03',
    '2026-04-05',
    '2026-05-01',
    '2026-05-14',
    '2026-05-27',
    '2026-05-31',
    '2026-06-01',
    '2026-06-16',
    '2026-08-17',
    '2026-08-25',
    '2026-12-25',
  ];
  const cutiBersama = [
    '2026-02-16',
    '2026-03-18',
    '2026-03-20',
    '2026-03-23',
    '2026-03-24',
    '2026-05-15',
    '2026-05-28',
    '2026-12-24',
  ];

  it('national holidays are exactly the 17 dates of DOMAIN §2', () => {
    const dates = HOLIDAYS_2026.filter((h) => h.kind === 'national').map((h) => h.date);
    expect([...dates].sort()).toEqual(national);
  });

  it('cuti bersama are exactly the 8 dates of DOMAIN §2', () => {
    const dates = HOLIDAYS_2026.filter((h) => h.kind === 'cuti_bersama').map((h) => h.date);
    expect([...dates].sort()).toEqual(cutiBersama);
    expect(cutiBersamaOfYear(2026, holidays)).toEqual(cutiBersama);
  });

  it('no other entries, no duplicates, no local holidays shipped', () => {
    expect(HOLIDAYS_2026).toHaveLength(national.length + cutiBersama.length);
    expect(new Set(HOLIDAYS_2026.map((h) => h.date)).size).toBe(HOLIDAYS_2026.length);
  });

  it.each([
    ['2026-01', 20],
    ['2026-02', 18],
    ['2026-03', 17],
    ['2026-11', 21], // scenario 01
    ['2026-12', 21], // scenario 02
  ])('standard working days of %s = %i', (month, count) => {
    expect(workingDaysOfMonth(month, holidays)).toHaveLength(count);
  });

  it('a year of working days: 261 weekdays − 21 holidays/cuti bersama that fall on weekdays', () => {
    const all = Array.from(
      { length: 12 },
      (_, i) => `2026-${String(i + 1).padStart(2, '0')}`,
    ).flatMap((m) => datesOfMonth(m));
    const weekdays = all.filter((d) => weekdayOf(d) <= 5);
    const weekdayHolidays = HOLIDAYS_2026.filter((h) => weekdayOf(h.date) <= 5);
    expect(weekdays).toHaveLength(261);
    expect(weekdayHolidays).toHaveLength(21);
    const total = Array.from({ length: 12 }, (_, i) => `2026-${String(i + 1).padStart(2, '0')}`)
      .map((m) => workingDaysOfMonth(m, holidays).length)
      .reduce((a, b) => a + b, 0);
    expect(total).toBe(261 - 21);
  });

  it('leave is counted in working days: weekends, holidays and cuti bersama inside are not leave days', () => {
    // 16–27 Mar 2026: 10 weekdays, of which 18, 19, 20, 23, 24 are holidays/cuti bersama.
    expect(countLeaveWorkingDays('2026-03-16', '2026-03-27', holidays)).toBe(5);
    expect(countLeaveWorkingDays('2026-03-21', '2026-03-22', holidays)).toBe(0);
  });
});

describe('review §2: schedules', () => {
  it.each([1, 2, 3, 4, 5] as const)('standard weekday %i has 450 working minutes', (weekday) => {
    const pattern = STANDARD_WEEK[weekday];
    expect(pattern && workingMinutesOf(pattern)).toBe(450);
  });

  it('Mon–Thu 07:30–16:00, Fri 07:30–16:30, office time', () => {
    expect(monday.start).toEqual(at('2026-11-02', '07:30:00'));
    expect(monday.end).toEqual(at('2026-11-02', '16:00:00'));
    expect(friday.start).toEqual(at('2026-11-06', '07:30:00'));
    expect(friday.end).toEqual(at('2026-11-06', '16:30:00'));
    expect(monday.workingMinutes).toBe(450);
    expect(friday.workingMinutes).toBe(450);
  });

  it('a shift crossing midnight belongs to its start date and counts its full length', () => {
    const night = planRosterShift({ date: '2026-11-02', start: '22:00', end: '06:00' }, WITA);
    expect(night.date).toBe('2026-11-02');
    expect(night.start).toEqual(at('2026-11-02', '22:00:00'));
    expect(night.end).toEqual(at('2026-11-03', '06:00:00'));
    expect(night.workingMinutes).toBe(480);
  });

  it('a rostered shift is planned on a holiday and on a weekend', () => {
    const shifts = planShifts({
      range: { from: '2026-12-24', to: '2026-12-27' },
      zone: WITA,
      schedule: 'shifts',
      holidays,
      roster: [
        { date: '2026-12-25', start: '07:00', end: '15:00' },
        { date: '2026-12-26', start: '22:00', end: '06:00' },
      ],
    });
    expect(shifts.map((s) => s.date)).toEqual(['2026-12-25', '2026-12-26']);
  });

  it('standard employees have no shift on holidays, cuti bersama or weekends', () => {
    const shifts = planShifts({
      range: { from: '2026-03-16', to: '2026-03-27' },
      zone: WITA,
      schedule: 'standard',
      holidays,
    });
    expect(shifts.map((s) => s.date)).toEqual([
      '2026-03-16',
      '2026-03-17',
      '2026-03-25',
      '2026-03-26',
      '2026-03-27',
    ]);
  });

  it('the day lives in the zone of the first allowed office', () => {
    expect(employeeZone(['Asia/Jayapura', 'Asia/Jakarta'], WITA)).toBe('Asia/Jayapura');
    expect(employeeZone([null, 'Asia/Jakarta'], WITA)).toBe(WITA);
    const wib = planShifts({
      range: { from: '2026-11-02', to: '2026-11-02' },
      zone: 'Asia/Jakarta',
      schedule: 'standard',
      holidays,
    })[0];
    expect(wib?.start).toEqual(new Date('2026-11-02T07:30:00+07:00'));
  });
});

describe('review §3: late and early minutes are truncated whole minutes', () => {
  it.each([
    ['07:29:59.999', 0],
    ['07:30:00', 0],
    ['07:30:59', 0],
    ['07:30:59.999', 0],
    ['07:31:00', 1],
    ['08:00:59', 30],
    ['08:01:00', 31],
    ['08:30:59', 60],
    ['08:31:00', 61],
    ['09:00:59', 90],
    ['09:01:00', 91],
  ])('check-in %s → %i late minutes', (time, minutes) => {
    expect(lateMinutesOf(at('2026-11-02', time), monday.start)).toBe(minutes);
  });

  it.each([
    ['16:00:00', 0],
    ['15:59:30', 0],
    ['15:59:00.001', 0],
    ['15:59:00', 1],
    ['15:30:00', 30],
    ['15:29:59', 30],
    ['15:29:00', 31],
    ['14:30:00', 90],
    ['14:29:00', 91],
  ])('check-out %s on a Monday → %i early minutes', (time, minutes) => {
    expect(earlyLeaveMinutesOf(at('2026-11-02', time), monday.end)).toBe(minutes);
  });

  it('Friday ends at 16:30: a 16:05 check-out is 25 minutes early', () => {
    expect(earlyLeaveMinutesOf(at('2026-11-06', '16:05:00'), friday.end)).toBe(25);
  });
});

describe('review §4: bands 1–30 / 31–60 / 61–90 / >90', () => {
  it.each([
    [0, null],
    [1, 1],
    [30, 1],
    [31, 2],
    [60, 2],
    [61, 3],
    [90, 3],
    [91, 4],
    [600, 4],
  ])('%i minutes → band %s', (minutes, band) => {
    expect(bandOf(minutes, rules.band_upper_minutes)).toBe(band);
  });

  it.each([
    ['08:00:59', ['TL1'], 'late'],
    ['08:01:00', ['TL2'], 'late'],
    ['09:00:59', ['TL3'], 'late'],
    ['09:01:00', ['TL4'], 'late'],
  ])('check-in %s → %j, %s', (time, codes, status) => {
    const result = evaluateDay(day({ checkIns: [at('2026-11-02', time)] }));
    expect(result.codes).toEqual(codes);
    expect(result.status).toBe(status);
  });

  it.each([
    ['15:30:00', ['PSW1']],
    ['15:29:00', ['PSW2']],
    ['15:00:00', ['PSW2']],
    ['14:59:00', ['PSW3']],
    ['14:30:00', ['PSW3']],
    ['14:29:00', ['PSW4']],
  ])('check-out %s → %j, early_leave', (time, codes) => {
    const result = evaluateDay(day({ checkOuts: [at('2026-11-02', time)] }));
    expect(result.codes).toEqual(codes);
    expect(result.status).toBe('early_leave');
  });
});

describe('review §3: day status', () => {
  it('07:30:59 in and 15:59:30 out is present with no code', () => {
    const result = evaluateDay(
      day({ checkIns: [at('2026-11-02', '07:30:59')], checkOuts: [at('2026-11-02', '15:59:30')] }),
    );
    expect(result).toMatchObject({
      status: 'present',
      codes: [],
      lateMinutes: 0,
      earlyLeaveMinutes: 0,
    });
  });

  it('late and early on one day → late_and_early, TL before PSW', () => {
    const result = evaluateDay(
      day({ checkIns: [at('2026-11-02', '07:45:00')], checkOuts: [at('2026-11-02', '15:00:00')] }),
    );
    expect(result).toMatchObject({ status: 'late_and_early', codes: ['TL1', 'PSW2'] });
  });

  it('a check-in without a check-out counts as PSW4', () => {
    const onTime = evaluateDay(day({ checkOuts: [] }));
    expect(onTime).toMatchObject({
      status: 'early_leave',
      codes: ['PSW4'],
      earlyLeaveMinutes: null,
    });
    const late = evaluateDay(day({ checkIns: [at('2026-11-02', '07:40:00')], checkOuts: [] }));
    expect(late).toMatchObject({ status: 'late_and_early', codes: ['TL1', 'PSW4'] });
  });

  it('a check-out without a check-in counts as TL4', () => {
    const result = evaluateDay(day({ checkIns: [] }));
    expect(result).toMatchObject({ status: 'late', codes: ['TL4'], lateMinutes: null });
  });

  it('neither → absent, TK', () => {
    const result = evaluateDay(day({ checkIns: [], checkOuts: [] }));
    expect(result).toMatchObject({ status: 'absent', codes: ['TK'] });
  });

  it('first check-in and last check-out count', () => {
    const result = evaluateDay(
      day({
        checkIns: [
          at('2026-11-02', '07:45:00'),
          at('2026-11-02', '07:20:00'),
          at('2026-11-02', '08:10:00'),
        ],
        checkOuts: [
          at('2026-11-02', '12:00:00'),
          at('2026-11-02', '16:10:00'),
          at('2026-11-02', '15:00:00'),
        ],
      }),
    );
    expect(result).toMatchObject({ status: 'present', codes: [] });
  });

  it('approved leave wins over events; duty has its own status', () => {
    expect(evaluateDay(day({ leaveKind: 'annual', checkIns: [], checkOuts: [] }))).toMatchObject({
      status: 'leave',
      leaveKind: 'annual',
      codes: [],
    });
    expect(evaluateDay(day({ leaveKind: 'duty' }))).toMatchObject({
      status: 'duty',
      leaveKind: 'duty',
      codes: [],
    });
  });

  it('a holiday on a weekend shows holiday; a plain weekend shows off', () => {
    expect(weekdayOf('2026-03-21')).toBe(6);
    const { days } = evaluateDays({
      dates: ['2026-03-21', '2026-03-22', '2026-03-28', '2026-03-19'],
      shifts: [],
      events: [],
      holidays,
      leaveByDate: new Map(),
      rules,
    });
    expect(days.map((d) => d.status)).toEqual(['holiday', 'holiday', 'off', 'holiday']);
    expect(days.every((d) => d.codes.length === 0 && d.scheduledMinutes === 0)).toBe(true);
  });

  it('a rostered shift on a holiday counts: no event → absent (TK), not holiday', () => {
    const shift = planRosterShift({ date: '2026-12-25', start: '07:00', end: '15:00' }, WITA);
    const { days } = evaluateDays({
      dates: ['2026-12-25'],
      shifts: [shift],
      events: [],
      holidays,
      leaveByDate: new Map(),
      rules,
    });
    expect(days[0]).toMatchObject({ status: 'absent', codes: ['TK'], scheduledMinutes: 480 });
  });

  it('a night shift 22:00–06:00: both events belong to the start date', () => {
    const shift = planRosterShift({ date: '2026-11-02', start: '22:00', end: '06:00' }, WITA);
    const { days, offshift } = evaluateDays({
      dates: ['2026-11-02', '2026-11-03'],
      shifts: [shift],
      events: [
        { kind: 'check_in', at: at('2026-11-02', '22:10:00') },
        { kind: 'check_out', at: at('2026-11-03', '05:00:00') },
      ],
      holidays,
      leaveByDate: new Map(),
      rules,
    });
    expect(offshift).toEqual([]);
    expect(days[0]).toMatchObject({
      date: '2026-11-02',
      status: 'late_and_early',
      codes: ['TL1', 'PSW2'],
      lateMinutes: 10,
      earlyLeaveMinutes: 60,
    });
    expect(days[1]).toMatchObject({ date: '2026-11-03', status: 'off' });
  });
});

describe('review §3: windows (edges inclusive, nearest wins)', () => {
  const checkIn = (instant: Date) => ({ kind: 'check_in' as const, at: instant });
  const checkOut = (instant: Date) => ({ kind: 'check_out' as const, at: instant });
  const shiftOf = (shifts: PlannedShift[], event: { kind: 'check_in' | 'check_out'; at: Date }) =>
    assignEventsToShifts(shifts, [event])[0]?.shift?.date ?? null;

  it('check-in window: from 2 h before start to the end, both edges included', () => {
    const s = monday.start.getTime();
    const e = monday.end.getTime();
    expect(shiftOf([monday], checkIn(new Date(s - 2 * HOUR)))).toBe('2026-11-02');
    expect(shiftOf([monday], checkIn(new Date(s - 2 * HOUR - MS)))).toBeNull();
    expect(shiftOf([monday], checkIn(new Date(e)))).toBe('2026-11-02');
    expect(shiftOf([monday], checkIn(new Date(e + MS)))).toBeNull();
  });

  it('check-out window: from start to 6 h after the end, both edges included', () => {
    const s = monday.start.getTime();
    const e = monday.end.getTime();
    expect(shiftOf([monday], checkOut(new Date(s)))).toBe('2026-11-02');
    expect(shiftOf([monday], checkOut(new Date(s - MS)))).toBeNull();
    expect(shiftOf([monday], checkOut(new Date(e + 6 * HOUR)))).toBe('2026-11-02');
    expect(shiftOf([monday], checkOut(new Date(e + 6 * HOUR + MS)))).toBeNull();
  });

  it('a check-in at the very end of the window is TL4; a check-out at the start is PSW4', () => {
    const lateIn = evaluateDay(day({ checkIns: [monday.end] }));
    expect(lateIn.codes).toEqual(['TL4']);
    const earlyOut = evaluateDay(day({ checkOuts: [monday.start] }));
    expect(earlyOut.codes).toEqual(['PSW4']);
  });

  it('two windows: the nearest start wins a check-in, the nearest end a check-out', () => {
    // Night 2 Nov 22:00–06:00 and morning 3 Nov 06:00–14:00 (a double roster in two days).
    const night = planRosterShift({ date: '2026-11-02', start: '22:00', end: '06:00' }, WITA);
    const morning = planRosterShift({ date: '2026-11-03', start: '06:00', end: '14:00' }, WITA);
    const shifts = [morning, night];
    // 05:00: in the night's check-in window (7 h after its start) and the morning's (1 h before).
    expect(shiftOf(shifts, checkIn(at('2026-11-03', '05:00:00')))).toBe('2026-11-03');
    // 06:30: in the night's check-out window (30 min after its end) and the morning's (30 min after start; its end is 7.5 h away).
    expect(shiftOf(shifts, checkOut(at('2026-11-03', '06:30:00')))).toBe('2026-11-02');
    // 12:00: the night's check-out window closes here (inclusive), but the morning's end is nearer.
    expect(shiftOf(shifts, checkOut(at('2026-11-03', '12:00:00')))).toBe('2026-11-03');
  });

  it('the standard day: a check-in at 05:29 Tuesday is offshift, 05:30 belongs to Tuesday', () => {
    const tuesday = standardShift('2026-11-03');
    expect(shiftOf([monday, tuesday], checkIn(at('2026-11-03', '05:29:59')))).toBeNull();
    expect(shiftOf([monday, tuesday], checkIn(at('2026-11-03', '05:30:00')))).toBe('2026-11-03');
    expect(shiftOf([monday, tuesday], checkOut(at('2026-11-02', '22:00:00')))).toBe('2026-11-02');
    expect(shiftOf([monday, tuesday], checkOut(at('2026-11-02', '22:00:01')))).toBeNull();
  });

  it('an event outside every window is offshift and counts nowhere', () => {
    const { days, offshift } = evaluateDays({
      dates: ['2026-11-02'],
      shifts: [monday],
      events: [{ kind: 'check_in', at: at('2026-11-02', '05:00:00') }],
      holidays,
      leaveByDate: new Map(),
      rules,
    });
    expect(offshift).toHaveLength(1);
    expect(days[0]).toMatchObject({ status: 'absent', codes: ['TK'] });
  });
});

describe('review §3: check events — thresholds and refusal order', () => {
  const centre: LatLon = { lat: -5.47, lon: 122.6 };
  const kantor: Office = {
    id: 'kantor-a',
    name: 'Kantor A',
    fence: { kind: 'circle', center: centre, radiusM: 100 },
  };
  const received = new Date('2026-11-02T07:30:00+08:00');
  const far: LatLon = { lat: -5.48, lon: 122.6 };
  const ago = (ms: number) => new Date(received.getTime() - ms);
  const input = (o: Partial<CheckEventInput> = {}): CheckEventInput => ({
    kind: 'check_in',
    position: centre,
    accuracyM: 12,
    mocked: false,
    receivedAt: received,
    timing: { mode: 'online' },
    previousDeviceAt: null,
    offices: [kantor],
    onDuty: false,
    rules,
    ...o,
  });
  const reason = (o: Partial<CheckEventInput>) => {
    const d = decideCheckEvent(input(o));
    return d.ok ? 'ok' : d.reason;
  };

  it('accuracy exactly 100 m passes; any worse is refused', () => {
    expect(reason({ accuracyM: 100 })).toBe('ok');
    expect(reason({ accuracyM: 100.0001 })).toBe('low_accuracy');
    expect(reason({ accuracyM: Number.NaN })).toBe('low_accuracy');
  });

  it('the low-accuracy detail says "GPS belum akurat"', () => {
    const d = decideCheckEvent(input({ accuracyM: 150 }));
    expect(!d.ok && d.detail).toContain('GPS belum akurat');
  });

  it('offline: exactly 72 h old passes, 1 ms older is stale', () => {
    expect(reason({ timing: { mode: 'offline', deviceAt: ago(72 * HOUR) } })).toBe('ok');
    expect(reason({ timing: { mode: 'offline', deviceAt: ago(72 * HOUR + MS) } })).toBe(
      'stale_offline',
    );
  });

  it('offline: the device time equal to receipt passes, 1 ms ahead is future_time', () => {
    expect(reason({ timing: { mode: 'offline', deviceAt: received } })).toBe('ok');
    expect(reason({ timing: { mode: 'offline', deviceAt: ago(-MS) } })).toBe('future_time');
  });

  it('offline: equal to the previous device event passes, earlier is out_of_order', () => {
    const prev = ago(HOUR);
    expect(reason({ timing: { mode: 'offline', deviceAt: prev }, previousDeviceAt: prev })).toBe(
      'ok',
    );
    expect(
      reason({ timing: { mode: 'offline', deviceAt: ago(HOUR + MS) }, previousDeviceAt: prev }),
    ).toBe('out_of_order');
  });

  it('offline events take the device time and are marked offline', () => {
    const d = decideCheckEvent(input({ timing: { mode: 'offline', deviceAt: ago(HOUR) } }));
    expect(d).toMatchObject({ ok: true, offline: true, eventTime: ago(HOUR) });
  });

  it('order: offline time → mocked → accuracy → geofence', () => {
    const all = {
      timing: { mode: 'offline' as const, deviceAt: ago(73 * HOUR) },
      mocked: true,
      accuracyM: 500,
      position: far,
    };
    expect(reason(all)).toBe('stale_offline');
    expect(reason({ ...all, timing: { mode: 'offline', deviceAt: ago(HOUR) } })).toBe(
      'mocked_location',
    );
    expect(reason({ ...all, timing: { mode: 'online' }, mocked: false })).toBe('low_accuracy');
    expect(reason({ ...all, timing: { mode: 'online' }, mocked: false, accuracyM: 100 })).toBe(
      'outside_geofence',
    );
  });

  it('check-outs get the same refusals', () => {
    expect(reason({ kind: 'check_out', position: far })).toBe('outside_geofence');
    expect(reason({ kind: 'check_out', accuracyM: 101 })).toBe('low_accuracy');
    expect(reason({ kind: 'check_out', mocked: true })).toBe('mocked_location');
  });

  it('dinas luar skips only the geofence, and the event is marked', () => {
    expect(decideCheckEvent(input({ position: far, onDuty: true }))).toMatchObject({
      ok: true,
      dutyAnywhere: true,
    });
    expect(reason({ position: far, onDuty: true, mocked: true })).toBe('mocked_location');
    expect(reason({ position: far, onDuty: true, accuracyM: 101 })).toBe('low_accuracy');
  });

  it('a refusal outside the fence carries the distance to the nearest office', () => {
    const d = decideCheckEvent(input({ position: far }));
    expect(d.ok).toBe(false);
    if (!d.ok) {
      expect(d.distanceM).toBeGreaterThan(1000);
      expect(d.detail).toContain('Kantor A');
    }
  });
});

describe('review §3: a point exactly on the radius is inside', () => {
  // Great-circle destination on turf's sphere (mean Earth radius), the inverse of its haversine.
  const EARTH_RADIUS_M = 6_371_008.8;
  const onCircle = (centre: LatLon, metres: number, bearing: number): LatLon => {
    const rad = Math.PI / 180;
    const d = metres / EARTH_RADIUS_M;
    const lat1 = centre.lat * rad;
    const lon1 = centre.lon * rad;
    const b = bearing * rad;
    const lat2 = Math.asin(
      Math.sin(lat1) * Math.cos(d) + Math.cos(lat1) * Math.sin(d) * Math.cos(b),
    );
    const lon2 =
      lon1 +
      Math.atan2(
        Math.sin(b) * Math.sin(d) * Math.cos(lat1),
        Math.cos(d) - Math.sin(lat1) * Math.sin(lat2),
      );
    return { lat: lat2 / rad, lon: lon2 / rad };
  };
  const centre: LatLon = { lat: -5.47, lon: 122.6 };

  it.each([
    [100, 0],
    [100, 45],
    [100, 90],
    [100, 137],
    [100, 180],
    [100, 270],
    [50, 33],
    [250, 301],
    [1000, 211],
  ])(
    'radius %i m at bearing %i°: on the edge is inside, 10 cm further is outside',
    (r, bearing) => {
      const fence = { kind: 'circle' as const, center: centre, radiusM: r };
      expect(measureFence(onCircle(centre, r, bearing), fence).inside).toBe(true);
      expect(measureFence(onCircle(centre, r + 0.1, bearing), fence).inside).toBe(false);
    },
  );

  it('a polygon edge and corner are inside', () => {
    const ring: LatLon[] = [
      { lat: -5.47, lon: 122.6 },
      { lat: -5.47, lon: 122.601 },
      { lat: -5.471, lon: 122.601 },
      { lat: -5.471, lon: 122.6 },
    ];
    const fence = { kind: 'polygon' as const, ring };
    expect(measureFence({ lat: -5.47, lon: 122.6 }, fence).inside).toBe(true);
    expect(measureFence({ lat: -5.4705, lon: 122.6 }, fence).inside).toBe(true);
    expect(measureFence({ lat: -5.4705, lon: 122.59 }, fence).inside).toBe(false);
  });
});
