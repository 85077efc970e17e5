import { describe, expect, it } from 'vitest';
import type { DayStatus } from '../../attendance/rules/attendance-day.rules.js';
import { eachDate, isWeekend } from '../../attendance/rules/calendar.rules.js';
import {
  assessYearlyAbsence,
  crossedLevels,
  DISCIPLINE_LABELS_ID,
  DISCIPLINE_LEVELS,
  disciplineLevelFor,
  longestAbsentRun,
} from './discipline-levels.rules.js';

describe('disciplineLevelFor — cumulative days in a year (PP 94/2021)', () => {
  it.each([
    [0, 'none'],
    [2, 'none'],
    [3, 'verbal_warning'],
    [4, 'written_warning'],
    [6, 'written_warning'],
    [7, 'statement_of_dissatisfaction'],
    [10, 'statement_of_dissatisfaction'],
    [11, 'allowance_cut_25_6_months'],
    [13, 'allowance_cut_25_6_months'],
    [14, 'allowance_cut_25_9_months'],
    [16, 'allowance_cut_25_9_months'],
    [17, 'allowance_cut_25_12_months'],
    [20, 'allowance_cut_25_12_months'],
    [21, 'demotion_12_months'],
    [24, 'demotion_12_months'],
    [25, 'release_to_executor_12_months'],
    [27, 'release_to_executor_12_months'],
    [28, 'dismissal_proceedings'],
    [60, 'dismissal_proceedings'],
  ])('%i days -> %s', (days, level) => {
    expect(disciplineLevelFor(days)).toBe(level);
  });

  it.each([
    [9, 9, 'statement_of_dissatisfaction'],
    [10, 10, 'dismissal_proceedings'],
    [12, 10, 'dismissal_proceedings'],
  ])('%i days with a run of %i -> %s', (days, run, level) => {
    expect(disciplineLevelFor(days, run)).toBe(level);
  });

  it('has an Indonesian label for every level', () => {
    for (const level of DISCIPLINE_LEVELS) expect(DISCIPLINE_LABELS_ID[level]).toBeTruthy();
  });
});

function workingDays(from: string, to: string, status: DayStatus) {
  return eachDate(from, to).map((date) => ({
    date,
    status: isWeekend(date) ? ('off' as const) : status,
  }));
}

describe('longestAbsentRun', () => {
  it('weekends do not break a run: Mon 2 to Fri 13 Nov is 10 working days', () => {
    expect(longestAbsentRun(workingDays('2026-11-02', '2026-11-13', 'absent'))).toBe(10);
  });

  it('holidays do not break a run either', () => {
    const days = [
      ...workingDays('2026-12-21', '2026-12-23', 'absent'),
      { date: '2026-12-24', status: 'holiday' as const },
      { date: '2026-12-25', status: 'holiday' as const },
      ...workingDays('2026-12-26', '2026-12-31', 'absent'),
    ];
    expect(longestAbsentRun(days)).toBe(7);
  });

  it.each(['present', 'late', 'leave', 'duty'] as const)('a %s day breaks the run', (status) => {
    const days = workingDays('2026-11-02', '2026-11-13', 'absent').map((d) =>
      d.date === '2026-11-09' ? { ...d, status } : d,
    );
    expect(longestAbsentRun(days)).toBe(5);
  });

  it('sorts by date first', () => {
    expect(longestAbsentRun(workingDays('2026-11-02', '2026-11-13', 'absent').reverse())).toBe(10);
  });
});

describe('assessYearlyAbsence', () => {
  it('ten consecutive absent working days start dismissal proceedings', () => {
    expect(assessYearlyAbsence(workingDays('2026-11-02', '2026-11-13', 'absent'))).toEqual({
      absentDays: 10,
      longestRun: 10,
      level: 'dismissal_proceedings',
    });
  });

  it('nine consecutive days are a statement of dissatisfaction', () => {
    expect(assessYearlyAbsence(workingDays('2026-11-02', '2026-11-12', 'absent')).level).toBe(
      'statement_of_dissatisfaction',
    );
  });
});

describe('crossedLevels', () => {
  it.each([
    [{ absentDays: 2, longestRun: 1 }, { absentDays: 3, longestRun: 1 }, ['verbal_warning']],
    [{ absentDays: 3, longestRun: 1 }, { absentDays: 3, longestRun: 1 }, []],
    [{ absentDays: 5, longestRun: 1 }, { absentDays: 6, longestRun: 1 }, []],
    [
      { absentDays: 2, longestRun: 1 },
      { absentDays: 7, longestRun: 1 },
      ['verbal_warning', 'written_warning', 'statement_of_dissatisfaction'],
    ],
    [
      { absentDays: 27, longestRun: 2 },
      { absentDays: 28, longestRun: 2 },
      ['dismissal_proceedings'],
    ],
    [
      { absentDays: 9, longestRun: 9 },
      { absentDays: 10, longestRun: 10 },
      ['dismissal_proceedings'],
    ],
  ] as const)('%j -> %j warns %j', (before, after, warned) => {
    expect(crossedLevels(before, after)).toEqual(warned);
  });
});
