import { describe, expect, it } from 'vitest';
import { LEAVE_KINDS } from '../../attendance/rules/attendance-day.rules.js';
import { HOLIDAYS_2026, indexHolidays } from '../../attendance/rules/calendar.rules.js';
import {
  annualLeaveEntitlement,
  type LeaveRange,
  type LeaveRequestInput,
  leaveByDate,
  leaveDaysOf,
  standardWorkingDays,
  validateLeaveRequest,
} from './leave.rules.js';

const holidays = indexHolidays(HOLIDAYS_2026);
const isWorkingDay = standardWorkingDays(holidays);

function request(
  kind: LeaveRange['kind'],
  from: string,
  to: string,
  more: Partial<LeaveRequestInput> = {},
): LeaveRequestInput {
  return { request: { kind, from, to }, existing: [], isWorkingDay, holidays, ...more };
}

describe('leaveDaysOf', () => {
  it.each([
    ['2026-12-10', '2026-12-15', ['2026-12-10', '2026-12-11', '2026-12-14', '2026-12-15']],
    ['2026-12-23', '2026-12-28', ['2026-12-23', '2026-12-28']],
    ['2026-12-26', '2026-12-27', []],
  ])('%s..%s counts working days only', (from, to, days) => {
    expect(leaveDaysOf({ from, to }, isWorkingDay)).toEqual(days);
  });
});

describe('annualLeaveEntitlement', () => {
  it.each([
    [2026, 0, 4], // 12 − 8 cuti bersama
    [2026, 3, 7],
    [2026, 6, 10],
    [2026, 9, 10], // carry-over capped at 6
    [2026, -2, 4],
    [2027, 0, 12], // no cuti bersama known for 2027 yet
  ])('%i with %i carried over -> %i days', (year, carry, days) => {
    expect(annualLeaveEntitlement(year, carry, holidays)).toBe(days);
  });

  it('never goes below zero', () => {
    const many = indexHolidays(
      Array.from({ length: 20 }, (_, i) => ({
        date: `2027-02-${String(i + 1).padStart(2, '0')}`,
        name: 'Cuti bersama',
        kind: 'cuti_bersama' as const,
      })),
    );
    expect(annualLeaveEntitlement(2027, 0, many)).toBe(0);
  });
});

describe('validateLeaveRequest', () => {
  it('example 02: 4 annual days 10–15 Dec use exactly the 2026 balance', () => {
    expect(validateLeaveRequest(request('annual', '2026-12-10', '2026-12-15'))).toEqual({
      ok: true,
      days: ['2026-12-10', '2026-12-11', '2026-12-14', '2026-12-15'],
    });
  });

  it.each([
    [
      'one day more than the balance',
      request('annual', '2026-12-09', '2026-12-15'),
      'insufficient_balance',
    ],
    [
      'balance already used in February',
      request('annual', '2026-12-10', '2026-12-15', {
        existing: [{ kind: 'annual', from: '2026-02-02', to: '2026-02-02' }],
      }),
      'insufficient_balance',
    ],
    [
      'carry-over makes room',
      request('annual', '2026-12-09', '2026-12-15', { carryOverByYear: { 2026: 1 } }),
      null,
    ],
    [
      'annual leave of another year does not count',
      request('annual', '2026-12-10', '2026-12-15', {
        existing: [{ kind: 'annual', from: '2025-12-01', to: '2025-12-05' }],
      }),
      null,
    ],
    [
      'other kinds do not use the annual balance',
      request('annual', '2026-12-10', '2026-12-15', {
        existing: [{ kind: 'sick', from: '2026-02-02', to: '2026-02-06' }],
      }),
      null,
    ],
    ['end before start', request('annual', '2026-12-15', '2026-12-10'), 'invalid_date_range'],
    ['a weekend only', request('sick', '2026-12-12', '2026-12-13'), 'no_working_days'],
    [
      'cuti bersama and Christmas only',
      request('annual', '2026-12-24', '2026-12-25'),
      'no_working_days',
    ],
    [
      'overlapping another leave',
      request('sick', '2026-12-14', '2026-12-16', {
        existing: [{ kind: 'annual', from: '2026-12-10', to: '2026-12-15' }],
      }),
      'leave_overlap',
    ],
    [
      'overlapping on a weekend only still overlaps',
      request('permission', '2026-12-13', '2026-12-14', {
        existing: [{ kind: 'duty', from: '2026-12-11', to: '2026-12-13' }],
      }),
      'leave_overlap',
    ],
    [
      'touching another leave',
      request('sick', '2026-12-16', '2026-12-17', {
        existing: [{ kind: 'annual', from: '2026-12-10', to: '2026-12-15' }],
      }),
      null,
    ],
  ] as const)('%s -> %s', (_label, input, reason) => {
    const decision = validateLeaveRequest(input);
    if (reason === null) expect(decision.ok).toBe(true);
    else expect(decision).toMatchObject({ ok: false, reason });
  });

  it('annual leave across the new year is charged to each year', () => {
    // 2026: 28–31 Dec = 4 days (the whole balance); 2027: 1, 4, 5 Jan = 3 of 12.
    const decision = validateLeaveRequest(request('annual', '2026-12-28', '2027-01-05'));
    expect(decision).toMatchObject({ ok: true });
    expect(decision.ok && decision.days).toHaveLength(7);
    expect(validateLeaveRequest(request('annual', '2026-12-25', '2027-01-05')).ok).toBe(true);
    expect(validateLeaveRequest(request('annual', '2026-12-23', '2027-01-05')).ok).toBe(false);
  });

  it.each(LEAVE_KINDS.filter((k) => k !== 'annual'))('%s needs no balance', (kind) => {
    expect(validateLeaveRequest(request(kind, '2026-11-02', '2026-11-27')).ok).toBe(true);
  });

  it('a shift worker counts leave on rostered days', () => {
    const rostered = new Set(['2026-12-26', '2026-12-27']);
    const decision = validateLeaveRequest(
      request('sick', '2026-12-26', '2026-12-27', { isWorkingDay: (d) => rostered.has(d) }),
    );
    expect(decision).toEqual({ ok: true, days: ['2026-12-26', '2026-12-27'] });
  });

  it('explains the refusal in Indonesian', () => {
    const decision = validateLeaveRequest(request('annual', '2026-12-09', '2026-12-15'));
    expect(decision.ok || decision.detail).toBe('Sisa cuti tahunan 2026: 4 hari, diminta 5 hari');
  });
});

describe('leaveByDate', () => {
  it('maps every date of each approved leave to its kind', () => {
    const map = leaveByDate([
      { kind: 'annual', from: '2026-12-10', to: '2026-12-15' },
      { kind: 'duty', from: '2026-12-16', to: '2026-12-16' },
    ]);
    expect(map.get('2026-12-12')).toBe('annual');
    expect(map.get('2026-12-16')).toBe('duty');
    expect(map.has('2026-12-17')).toBe(false);
    expect(map.size).toBe(7);
  });
});
