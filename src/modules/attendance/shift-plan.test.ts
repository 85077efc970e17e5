import { describe, expect, it } from 'vitest';
import { HOLIDAYS_2026, indexHolidays } from './rules/calendar.rules';
import { planShifts, RAMADAN_WEEK, STANDARD_WEEK } from './rules/schedule.rules';
import { planEmployeeShifts, type ScheduleDef } from './shift-plan';
import { toStoredWeek, toWeekPattern } from './week';
import { clockIn, zoneLabel } from './zone';

const holidays = indexHolidays(HOLIDAYS_2026);
const standard: ScheduleDef = {
  code: 'standard',
  name: 'Standar',
  kind: 'weekly',
  week: STANDARD_WEEK,
};
const zone = 'Asia/Makassar';

describe('planEmployeeShifts', () => {
  it('equals the rules’ planShifts for the standard week, with Ramadan periods', () => {
    const range = { from: '2026-02-09', to: '2026-03-27' };
    const ramadan = [{ from: '2026-02-18', to: '2026-03-19' }];
    const ours = planEmployeeShifts({
      range,
      zone,
      schedule: standard,
      holidays,
      specialPeriods: ramadan.map((r) => ({ ...r, week: RAMADAN_WEEK })),
      roster: [],
    });
    expect(ours).toEqual(planShifts({ range, zone, schedule: 'standard', holidays, ramadan }));
  });

  it('follows a custom week (Saturday working) and skips holidays', () => {
    const day = { start: '07:00', end: '14:00', break: null };
    const week = { ...STANDARD_WEEK, 6: day };
    const shifts = planEmployeeShifts({
      range: { from: '2026-08-15', to: '2026-08-17' },
      zone,
      schedule: { code: 'sekolah', name: 'Sekolah', kind: 'weekly', week },
      holidays,
      specialPeriods: [{ from: '2026-08-01', to: '2026-08-31', week: RAMADAN_WEEK }],
      roster: [],
    });
    // Saturday 15th works 07:00–14:00; Sunday off; Monday 17th is Independence Day.
    expect(shifts.map((s) => [s.date, s.workingMinutes])).toEqual([['2026-08-15', 420]]);
  });

  it('gives a roster shift across midnight its start date, also on a holiday', () => {
    const shifts = planEmployeeShifts({
      range: { from: '2026-12-24', to: '2026-12-26' },
      zone,
      schedule: { code: 'shift', name: 'Shift', kind: 'shift', week: null },
      holidays,
      specialPeriods: [],
      roster: [{ date: '2026-12-25', start: '22:00', end: '06:00' }],
    });
    expect(shifts).toHaveLength(1);
    expect(shifts[0]).toMatchObject({ date: '2026-12-25', workingMinutes: 480 });
    expect(shifts[0].end.toISOString()).toBe('2026-12-25T22:00:00.000Z');
  });
});

describe('week conversions', () => {
  it('round-trips the stored form', () => {
    expect(toWeekPattern(toStoredWeek(STANDARD_WEEK))).toEqual(STANDARD_WEEK);
    expect(toStoredWeek(STANDARD_WEEK)['6']).toBeNull();
  });
});

describe('zone labels', () => {
  it.each([
    ['Asia/Jakarta', 'WIB', '22:30'],
    ['Asia/Pontianak', 'WIB', '22:30'],
    ['Asia/Makassar', 'WITA', '23:30'],
    ['Asia/Jayapura', 'WIT', '00:30'],
  ])('%s is %s', (z, label, clock) => {
    const at = new Date('2026-11-02T15:30:00Z');
    expect(zoneLabel(z, at)).toBe(label);
    expect(clockIn(z, at)).toBe(clock);
  });

  it('falls back to the offset outside Indonesia', () => {
    expect(zoneLabel('Asia/Kolkata', new Date('2026-11-02T00:00:00Z'))).toBe('UTC+5:30');
  });
});
