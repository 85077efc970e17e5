import { describe, expect, it } from 'vitest';
import { HOLIDAYS_2026, indexHolidays } from './calendar.rules.js';
import {
  employeeZone,
  localDateOf,
  parseClockTime,
  planRosterShift,
  planShifts,
  RAMADAN_WEEK,
  STANDARD_WEEK,
  shiftInProgress,
  toInstant,
  workingMinutesOf,
} from './schedule.rules.js';

const holidays = indexHolidays(HOLIDAYS_2026);
const WITA = 'Asia/Makassar';
const iso = (d: Date) => d.toISOString();

describe('weekly patterns', () => {
  it.each([1, 2, 3, 4, 5] as const)('standard weekday %i has 450 working minutes', (day) => {
    const workDay = STANDARD_WEEK[day];
    expect(workDay && workingMinutesOf(workDay)).toBe(450);
  });

  it('standard week is 37.5 hours and weekends are off', () => {
    const total = ([1, 2, 3, 4, 5] as const).reduce((sum, d) => {
      const day = STANDARD_WEEK[d];
      return sum + (day ? workingMinutesOf(day) : 0);
    }, 0);
    expect(total).toBe(37.5 * 60);
    expect(STANDARD_WEEK[6]).toBeNull();
    expect(STANDARD_WEEK[7]).toBeNull();
  });

  it('Friday: 07:30–16:30 with break 11:30–13:00', () => {
    expect(STANDARD_WEEK[5]).toEqual({
      start: '07:30',
      end: '16:30',
      break: { start: '11:30', end: '13:00' },
    });
  });

  it('Ramadan: Mon–Thu 08:00–15:00, Fri 08:00–15:30, 390 minutes each', () => {
    expect(RAMADAN_WEEK[1]?.start).toBe('08:00');
    expect(RAMADAN_WEEK[4]?.end).toBe('15:00');
    expect(RAMADAN_WEEK[5]?.end).toBe('15:30');
    for (const d of [1, 2, 3, 4, 5] as const) {
      const day = RAMADAN_WEEK[d];
      expect(day && workingMinutesOf(day)).toBe(390);
    }
  });
});

describe('clock times and instants', () => {
  it.each(['00:00', '07:30', '23:59'])('parses %s', (value) => {
    expect(parseClockTime(value)).toBeGreaterThanOrEqual(0);
  });

  it.each(['7:30', '24:00', '12:60', '', '07:30:00', 'ab:cd'])('rejects %j', (value) => {
    expect(() => parseClockTime(value)).toThrow(RangeError);
  });

  it.each([
    ['Asia/Jakarta', '2026-11-02T00:30:00.000Z'],
    ['Asia/Makassar', '2026-11-01T23:30:00.000Z'],
    ['Asia/Jayapura', '2026-11-01T22:30:00.000Z'],
  ])('07:30 on 2 Nov in %s is %s', (zone, expected) => {
    expect(iso(toInstant('2026-11-02', '07:30', zone))).toBe(expected);
  });

  it('rejects an unknown zone', () => {
    expect(() => toInstant('2026-11-02', '07:30', 'Asia/Baubau')).toThrow(RangeError);
  });

  it('finds the local date of an instant per zone', () => {
    const instant = new Date('2026-11-01T23:30:00Z');
    expect(localDateOf(instant, 'Asia/Jakarta')).toBe('2026-11-02');
    expect(localDateOf(instant, 'Asia/Makassar')).toBe('2026-11-02');
    expect(localDateOf(instant, 'UTC')).toBe('2026-11-01');
  });
});

describe('planShifts — standard schedule', () => {
  it('plans one shift per weekday in the office zone', () => {
    const shifts = planShifts({
      range: { from: '2026-11-02', to: '2026-11-08' },
      zone: WITA,
      schedule: 'standard',
      holidays,
    });
    expect(shifts.map((s) => s.date)).toEqual([
      '2026-11-02',
      '2026-11-03',
      '2026-11-04',
      '2026-11-05',
      '2026-11-06',
    ]);
    expect(iso(shifts[0]!.start)).toBe('2026-11-01T23:30:00.000Z');
    expect(iso(shifts[0]!.end)).toBe('2026-11-02T08:00:00.000Z');
    expect(iso(shifts[4]!.end)).toBe('2026-11-06T08:30:00.000Z');
    expect(shifts.every((s) => s.workingMinutes === 450 && s.source === 'standard')).toBe(true);
  });

  it('skips holidays and cuti bersama', () => {
    const shifts = planShifts({
      range: { from: '2026-12-21', to: '2026-12-27' },
      zone: WITA,
      schedule: 'standard',
      holidays,
    });
    expect(shifts.map((s) => s.date)).toEqual(['2026-12-21', '2026-12-22', '2026-12-23']);
  });

  it('uses Ramadan hours inside a Ramadan period only', () => {
    const shifts = planShifts({
      range: { from: '2026-03-02', to: '2026-03-09' },
      zone: 'Asia/Jakarta',
      schedule: 'standard',
      holidays,
      ramadan: [{ from: '2026-02-19', to: '2026-03-06' }],
    });
    const friday = shifts.find((s) => s.date === '2026-03-06');
    const monday = shifts.find((s) => s.date === '2026-03-09');
    expect(friday?.source).toBe('ramadan');
    expect(iso(friday!.start)).toBe('2026-03-06T01:00:00.000Z');
    expect(iso(friday!.end)).toBe('2026-03-06T08:30:00.000Z');
    expect(friday?.workingMinutes).toBe(390);
    expect(monday?.source).toBe('standard');
  });

  it('ignores a roster for a standard-schedule employee', () => {
    const shifts = planShifts({
      range: { from: '2026-11-07', to: '2026-11-07' },
      zone: WITA,
      schedule: 'standard',
      holidays,
      roster: [{ date: '2026-11-07', start: '08:00', end: '12:00' }],
    });
    expect(shifts).toEqual([]);
  });
});

describe('planShifts — rostered shifts', () => {
  it('a night shift crosses midnight and belongs to its start date', () => {
    const shift = planRosterShift({ date: '2026-11-02', start: '22:00', end: '06:00' }, WITA);
    expect(shift.date).toBe('2026-11-02');
    expect(iso(shift.start)).toBe('2026-11-02T14:00:00.000Z');
    expect(iso(shift.end)).toBe('2026-11-02T22:00:00.000Z');
    expect(shift.workingMinutes).toBe(480);
  });

  it.each([
    ['07:00', '14:00', 420],
    ['14:00', '21:00', 420],
    ['21:00', '07:00', 600],
    ['23:59', '00:00', 1],
    ['08:00', '08:00', 1440],
  ])('%s–%s counts %i minutes in full (no break)', (start, end, minutes) => {
    expect(planRosterShift({ date: '2026-11-02', start, end }, WITA).workingMinutes).toBe(minutes);
  });

  it('counts a rostered shift on a holiday and on a weekend', () => {
    const shifts = planShifts({
      range: { from: '2026-12-24', to: '2026-12-27' },
      zone: 'Asia/Jayapura',
      schedule: 'shifts',
      holidays,
      roster: [
        { date: '2026-12-27', start: '07:00', end: '14:00' },
        { date: '2026-12-25', start: '22:00', end: '06:00' },
        { date: '2026-12-28', start: '07:00', end: '14:00' },
      ],
    });
    expect(shifts.map((s) => s.date)).toEqual(['2026-12-25', '2026-12-27']);
    expect(iso(shifts[0]!.start)).toBe('2026-12-25T13:00:00.000Z');
  });

  it('plans no day without a roster entry', () => {
    expect(
      planShifts({
        range: { from: '2026-11-01', to: '2026-11-30' },
        zone: WITA,
        schedule: 'shifts',
        holidays,
      }),
    ).toEqual([]);
  });

  it('refuses two roster entries on one date', () => {
    expect(() =>
      planShifts({
        range: { from: '2026-11-01', to: '2026-11-30' },
        zone: WITA,
        schedule: 'shifts',
        holidays,
        roster: [
          { date: '2026-11-02', start: '07:00', end: '14:00' },
          { date: '2026-11-02', start: '14:00', end: '21:00' },
        ],
      }),
    ).toThrow(/Two roster entries/);
  });
});

describe('employeeZone', () => {
  it.each([
    [['Asia/Jayapura', 'Asia/Makassar'], 'Asia/Jayapura'],
    [['Asia/Jakarta'], 'Asia/Jakarta'],
    [[null, 'Asia/Jakarta'], WITA],
    [[], WITA],
  ])('offices %j -> %s', (zones, zone) => {
    expect(employeeZone(zones, WITA)).toBe(zone);
  });
});

describe('shiftInProgress', () => {
  const night = planRosterShift({ date: '2026-11-02', start: '22:00', end: '06:00' }, WITA);
  it.each([
    ['2026-11-02T21:59:59+08:00', false],
    ['2026-11-02T22:00:00+08:00', true],
    ['2026-11-03T05:59:59+08:00', true],
    ['2026-11-03T06:00:00+08:00', false],
  ])('%s -> in progress %s', (instant, inProgress) => {
    expect(shiftInProgress(new Date(instant), [night]) !== null).toBe(inProgress);
  });
});
