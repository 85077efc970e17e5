import { describe, expect, it } from 'vitest';
import {
  addDays,
  countLeaveWorkingDays,
  cutiBersamaOfYear,
  datesOfMonth,
  eachDate,
  HOLIDAYS_2026,
  indexHolidays,
  isStandardWorkingDay,
  isWeekend,
  weekdayOf,
  workingDaysOfMonth,
} from './calendar.rules.js';

const holidays = indexHolidays(HOLIDAYS_2026);

describe('HOLIDAYS_2026', () => {
  it('lists exactly the national holidays of DOMAIN §2', () => {
    const national = HOLIDAYS_2026.filter((h) => h.kind === 'national').map((h) => h.date);
    expect(national).toEqual(
      [
        '01-01',
        '01-16',
        '02-17',
        '03-19',
        '03-21',
        '03-22',
        '04-03',
        '04-05',
        '05-01',
        '05-14',
        '05-27',
        '05-31',
        '06-01',
        '06-16',
        '08-17',
        '08-25',
        '12-25',
      ].map((md) => `2026-${md}`),
    );
  });

  it('lists exactly the cuti bersama of DOMAIN §2', () => {
    expect(cutiBersamaOfYear(2026, holidays)).toEqual(
      ['02-16', '03-18', '03-20', '03-23', '03-24', '05-15', '05-28', '12-24'].map(
        (md) => `2026-${md}`,
      ),
    );
  });

  it('names every day in Indonesian and has no duplicate date', () => {
    expect(new Set(HOLIDAYS_2026.map((h) => h.date)).size).toBe(HOLIDAYS_2026.length);
    for (const h of HOLIDAYS_2026) expect(h.name.length).toBeGreaterThan(5);
    expect(holidays.get('2026-08-17')?.name).toContain('Kemerdekaan');
  });
});

describe('isStandardWorkingDay', () => {
  it.each([
    ['2026-11-02', true, 'Monday'],
    ['2026-11-06', true, 'Friday'],
    ['2026-11-07', false, 'Saturday'],
    ['2026-11-08', false, 'Sunday'],
    ['2026-12-24', false, 'cuti bersama on a Thursday'],
    ['2026-12-25', false, 'Christmas on a Friday'],
    ['2026-03-21', false, 'Idul Fitri on a Saturday'],
    ['2026-12-31', true, 'last weekday of the year'],
    ['2026-01-01', false, 'New Year'],
  ])('%s -> %s (%s)', (date, expected) => {
    expect(isStandardWorkingDay(date, holidays)).toBe(expected);
  });

  it('treats a tenant holiday like a national one', () => {
    const local = indexHolidays(HOLIDAYS_2026, [
      { date: '2026-11-20', name: 'Hari jadi Kota', kind: 'local' },
    ]);
    expect(isStandardWorkingDay('2026-11-20', local)).toBe(false);
    expect(workingDaysOfMonth('2026-11', local)).toHaveLength(20);
  });
});

describe('workingDaysOfMonth', () => {
  it.each([
    ['2026-01', 20],
    ['2026-02', 18],
    ['2026-03', 17],
    ['2026-04', 21],
    ['2026-05', 16],
    ['2026-06', 20],
    ['2026-07', 23],
    ['2026-08', 19],
    ['2026-09', 22],
    ['2026-10', 22],
    ['2026-11', 21],
    ['2026-12', 21],
  ])('%s has %i working days', (month, count) => {
    expect(workingDaysOfMonth(month, holidays)).toHaveLength(count);
  });

  it('example 01: November 2026 has 21, from Mon 2 to Mon 30', () => {
    const days = workingDaysOfMonth('2026-11', holidays);
    expect(days[0]).toBe('2026-11-02');
    expect(days.at(-1)).toBe('2026-11-30');
  });

  it('example 02: December 2026 has 21 (24 and 25 off)', () => {
    const days = workingDaysOfMonth('2026-12', holidays);
    expect(days).toHaveLength(21);
    expect(days).not.toContain('2026-12-24');
    expect(days).not.toContain('2026-12-25');
  });

  it('rejects a malformed month', () => {
    expect(() => workingDaysOfMonth('2026-13', holidays)).toThrow(RangeError);
    expect(() => workingDaysOfMonth('2026-1', holidays)).toThrow(RangeError);
  });
});

describe('countLeaveWorkingDays', () => {
  it.each([
    ['2026-12-10', '2026-12-15', 4, 'Thu–Tue over a weekend'],
    ['2026-12-11', '2026-12-14', 2, 'Fri–Mon'],
    ['2026-12-12', '2026-12-13', 0, 'weekend only'],
    ['2026-12-24', '2026-12-25', 0, 'cuti bersama and Christmas'],
    ['2026-12-21', '2026-12-31', 7, 'Christmas fortnight'],
    ['2026-03-16', '2026-03-27', 5, 'Lebaran fortnight'],
    ['2026-11-02', '2026-11-02', 1, 'single day'],
    ['2026-11-03', '2026-11-02', 0, 'end before start'],
  ])('%s..%s -> %i (%s)', (from, to, count) => {
    expect(countLeaveWorkingDays(from, to, holidays)).toBe(count);
  });

  it('uses a custom working-day test for shift workers', () => {
    const rostered = new Set(['2026-12-12', '2026-12-13', '2026-12-25']);
    const count = countLeaveWorkingDays('2026-12-10', '2026-12-31', holidays, (d) =>
      rostered.has(d),
    );
    expect(count).toBe(3);
  });
});

describe('date helpers', () => {
  it('walks months and years', () => {
    expect(datesOfMonth('2026-02')).toHaveLength(28);
    expect(datesOfMonth('2028-02')).toHaveLength(29);
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-11-01', -1)).toBe('2026-10-31');
    expect(eachDate('2026-12-30', '2027-01-02')).toEqual([
      '2026-12-30',
      '2026-12-31',
      '2027-01-01',
      '2027-01-02',
    ]);
  });

  it('gives ISO weekdays', () => {
    expect(weekdayOf('2026-11-02')).toBe(1);
    expect(weekdayOf('2026-11-08')).toBe(7);
    expect(isWeekend('2026-11-07')).toBe(true);
    expect(isWeekend('2026-11-06')).toBe(false);
  });

  it('rejects impossible dates', () => {
    expect(() => weekdayOf('2026-02-30')).toThrow(RangeError);
    expect(() => weekdayOf('2026-2-3')).toThrow(RangeError);
    expect(() => indexHolidays([{ date: 'x', name: 'x', kind: 'local' }])).toThrow(RangeError);
  });

  it('keeps the first of two holidays on one date', () => {
    const index = indexHolidays(HOLIDAYS_2026, [
      { date: '2026-12-25', name: 'Lokal', kind: 'local' },
    ]);
    expect(index.get('2026-12-25')?.kind).toBe('national');
  });

  it('counts cuti bersama per year only', () => {
    expect(cutiBersamaOfYear(2027, holidays)).toEqual([]);
  });
});
