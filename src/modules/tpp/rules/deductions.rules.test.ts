import { describe, expect, it } from 'vitest';
import type { LeaveKind } from '../../attendance/rules/attendance-day.rules.js';
import { eachDate } from '../../attendance/rules/calendar.rules.js';
import {
  codesDeductionPct,
  computeMonthDeductions,
  type DeductionDayInput,
} from './deductions.rules.js';
import { type AttendanceCode, DEFAULT_RULE_SET, type RuleSet } from './rule-set.js';

const rules = DEFAULT_RULE_SET;

describe('codesDeductionPct', () => {
  it.each([
    [[], '0', '0'],
    [['TL1'], '0.5', '0.5'],
    [['TL2'], '1', '1'],
    [['TL3'], '1.25', '1.25'],
    [['TL4'], '2.5', '2.5'],
    [['PSW1'], '0.5', '0.5'],
    [['PSW2'], '1', '1'],
    [['PSW3'], '1.25', '1.25'],
    [['PSW4'], '2.5', '2.5'],
    [['TK'], '3', '3'],
    [['TL1', 'PSW2'], '1.5', '1.5'],
    [['TL3', 'PSW3'], '2.5', '2.5'],
    [['TL4', 'PSW1'], '3', '3'], // exactly the cap
    [['TL3', 'PSW4'], '3.75', '3'],
    [['TL4', 'PSW4'], '5', '3'],
  ] as Array<[AttendanceCode[], string, string]>)('%j -> %s, capped %s', (codes, raw, capped) => {
    const result = codesDeductionPct(codes, rules);
    expect(result.uncapped.toString()).toBe(raw);
    expect(result.capped.toString()).toBe(capped);
  });

  it('uses the daily cap of the rule set for TL + PSW', () => {
    const capped = codesDeductionPct(['TL4', 'PSW1'], { ...rules, daily_cap_pct: '2' }).capped;
    expect(capped.toString()).toBe('2');
  });

  it('does not cap TK: the cap is about TL and PSW on the same day', () => {
    const set = { ...rules, deduction_pct: { ...rules.deduction_pct, TK: '5' } };
    expect(codesDeductionPct(['TK'], set).capped.toString()).toBe('5');
  });
});

function leaveDays(kind: LeaveKind, from: string, to: string): DeductionDayInput[] {
  return eachDate(from, to).map((date) => ({
    date,
    status: kind === 'duty' ? 'duty' : 'leave',
    leaveKind: kind,
    codes: [],
  }));
}

function total(days: DeductionDayInput[], ruleSet: RuleSet = rules): string {
  return computeMonthDeductions(days, ruleSet).cappedPct.toString();
}

describe('computeMonthDeductions — leave', () => {
  it.each([
    ['annual', 10, '0'],
    ['sick', 10, '0'],
    ['maternity', 20, '0'],
    ['duty', 10, '0'],
    ['unpaid', 10, '0'], // prorated instead
    ['study', 10, '0'], // prorated instead
    ['long_service', 5, '0'],
    ['long_service', 6, '2.5'],
    ['long_service', 7, '5'],
    ['important_reason', 5, '0'],
    ['important_reason', 8, '7.5'],
    ['permission', 1, '1.5'],
    ['permission', 2, '3'],
  ] as const)('%s for %i days -> %s %%', (kind, count, pct) => {
    const days = leaveDays(kind, '2026-11-02', `2026-11-${String(1 + count).padStart(2, '0')}`);
    expect(total(days)).toBe(pct);
  });

  it('long service and important reason share one count of 5 free days', () => {
    const days = [
      ...leaveDays('long_service', '2026-11-02', '2026-11-04'),
      ...leaveDays('important_reason', '2026-11-05', '2026-11-07'),
    ];
    const result = computeMonthDeductions(days, rules);
    expect(result.days.map((d) => d.source)).toEqual([
      'special_leave_free',
      'special_leave_free',
      'special_leave_free',
      'special_leave_free',
      'special_leave_free',
      'special_leave',
    ]);
    expect(result.cappedPct.toString()).toBe('2.5');
  });

  it('the free days are the earliest ones, whatever the input order', () => {
    const days = leaveDays('important_reason', '2026-11-02', '2026-11-07').reverse();
    const result = computeMonthDeductions(days, rules);
    expect(result.days.at(-1)).toMatchObject({ date: '2026-11-07', source: 'special_leave' });
  });

  it('a prorated kind is never also deducted', () => {
    const result = computeMonthDeductions(leaveDays('unpaid', '2026-11-02', '2026-11-03'), rules);
    expect(result.days.map((d) => d.source)).toEqual(['prorated', 'prorated']);
  });

  it('follows rule-set overrides for free days and prices', () => {
    const custom = {
      ...rules,
      free_special_leave_days: 2,
      special_leave_deduction_pct: '1',
      permission_deduction_pct: '0.75',
    };
    expect(total(leaveDays('long_service', '2026-11-02', '2026-11-05'), custom)).toBe('2');
    expect(total(leaveDays('permission', '2026-11-02', '2026-11-05'), custom)).toBe('3');
  });
});

describe('computeMonthDeductions — codes and caps', () => {
  const codeDay = (date: string, codes: AttendanceCode[]): DeductionDayInput => ({
    date,
    status: codes[0] === 'TK' ? 'absent' : 'late',
    leaveKind: null,
    codes,
  });

  it('example 01: TL1 on the 3rd and PSW2 on the 4th make 1.5 %', () => {
    const result = computeMonthDeductions(
      [codeDay('2026-11-03', ['TL1']), codeDay('2026-11-04', ['PSW2'])],
      rules,
    );
    expect(result.totalPct.toString()).toBe('1.5');
    expect(result.cappedPct.toString()).toBe('1.5');
  });

  it('each day is capped before summing', () => {
    const result = computeMonthDeductions(
      [codeDay('2026-11-03', ['TL4', 'PSW4']), codeDay('2026-11-04', ['TL4', 'PSW4'])],
      rules,
    );
    expect(result.days.map((d) => d.pct.toString())).toEqual(['3', '3']);
    expect(result.days[0]?.uncappedPct.toString()).toBe('5');
    expect(result.totalPct.toString()).toBe('6');
  });

  it('23 absent days are 69 %, under the monthly cap', () => {
    const days = Array.from({ length: 23 }, (_, i) =>
      codeDay(`2026-07-${String(i + 1).padStart(2, '0')}`, ['TK']),
    );
    expect(total(days)).toBe('69');
  });

  it.each([
    ['5', '100', '100'], // 23 × 5 = 115 -> capped at 100
    ['4', '100', '92'],
    ['3', '50', '50'],
  ])('TK at %s %% with monthly cap %s -> %s', (tk, cap, expected) => {
    const custom = {
      ...rules,
      daily_cap_pct: '10',
      monthly_cap_pct: cap,
      deduction_pct: { ...rules.deduction_pct, TK: tk },
    };
    const days = Array.from({ length: 23 }, (_, i) =>
      codeDay(`2026-07-${String(i + 1).padStart(2, '0')}`, ['TK']),
    );
    expect(total(days, custom)).toBe(expected);
  });

  it('present, off and holiday days cost nothing', () => {
    const days: DeductionDayInput[] = [
      { date: '2026-11-02', status: 'present', leaveKind: null, codes: [] },
      { date: '2026-11-07', status: 'off', leaveKind: null, codes: [] },
      { date: '2026-12-25', status: 'holiday', leaveKind: null, codes: [] },
    ];
    expect(total(days)).toBe('0');
  });
});
