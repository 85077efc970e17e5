import { describe, expect, it } from 'vitest';
import { type DayFacts, dayFlags } from './queue-flags';

const workday: DayFacts = {
  isWorkingDay: true,
  scheduledMinutes: 450,
  leaveKind: null,
  hasCheckIn: true,
  reportedMinutes: 300,
};

describe('dayFlags', () => {
  it.each([
    ['an ordinary day', {}, []],
    ['exactly the scheduled minutes', { reportedMinutes: 450 }, []],
    ['one minute over', { reportedMinutes: 451 }, ['over_scheduled_minutes']],
    ['no check-in', { hasCheckIn: false }, ['no_check_in']],
    [
      'a weekend',
      { isWorkingDay: false, scheduledMinutes: 0, hasCheckIn: false },
      ['not_working_day'],
    ],
    ['annual leave', { leaveKind: 'annual', hasCheckIn: false }, ['on_leave']],
    ['dinas luar without check-in', { leaveKind: 'duty', hasCheckIn: false }, []],
    [
      'leave and too many minutes',
      { leaveKind: 'sick', hasCheckIn: false, reportedMinutes: 500 },
      ['on_leave', 'over_scheduled_minutes'],
    ],
  ] as const)('%s', (_, facts, expected) => {
    expect(dayFlags({ ...workday, ...facts })).toEqual(expected);
  });
});
