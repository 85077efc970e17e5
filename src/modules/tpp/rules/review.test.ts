/**
 * Review probes: DOMAIN.md §4 checked against the deduction and TPP rules, including
 * the example numbers of scenarios 01 and 02. Kept as regression tests.
 */
import { describe, expect, it } from 'vitest';
import type { LeaveKind } from '../../attendance/rules/attendance-day.rules.js';
import {
  datesOfMonth,
  HOLIDAYS_2026,
  indexHolidays,
  isStandardWorkingDay,
} from '../../attendance/rules/calendar.rules.js';
import { codesDeductionPct, computeMonthDeductions } from './deductions.rules.js';
import { month } from './month.fixtures.js';
import {
  type AttendanceCode,
  applyRuleSetOverrides,
  DEFAULT_RULE_SET,
  Dec,
  ruleSetOverridesSchema,
} from './rule-set.js';
import {
  computeMonthlyTpp,
  countVerifiedMinutes,
  type TppDayInput,
  type TppItemInput,
} from './tpp.rules.js';

const holidays = indexHolidays(HOLIDAYS_2026);
const rules = DEFAULT_RULE_SET;

const leave = (kind: LeaveKind): Partial<TppDayInput> => ({
  status: kind === 'duty' ? 'duty' : 'leave',
  leaveKind: kind,
});

/** The first `n` standard working days of November 2026 (all weekdays, no holiday). */
const NOV = datesOfMonth('2026-11').filter((d) => isStandardWorkingDay(d, holidays));

function withLeave(kind: LeaveKind, n: number, from = 0): Record<string, Partial<TppDayInput>> {
  return Object.fromEntries(NOV.slice(from, from + n).map((d) => [d, leave(kind)]));
}

const item = (
  date: string,
  minutes: number,
  state: TppItemInput['state'] = 'approved',
  id?: string,
) => ({
  id: id ?? `${date}-${minutes}-${state}`,
  date,
  minutes,
  state,
});

const pct = (codes: AttendanceCode[]) => codesDeductionPct(codes, rules).capped.toString();

describe('review §4: the deduction table', () => {
  it.each([
    [['TL1'], '0.5'],
    [['TL2'], '1'],
    [['TL3'], '1.25'],
    [['TL4'], '2.5'],
    [['PSW1'], '0.5'],
    [['PSW2'], '1'],
    [['PSW3'], '1.25'],
    [['PSW4'], '2.5'],
    [['TK'], '3'],
  ] as [AttendanceCode[], string][])('%j deducts %s %% of D', (codes, expected) => {
    expect(pct(codes)).toBe(expected);
  });

  it.each([
    [['TL1', 'PSW1'], '1'],
    [['TL2', 'PSW2'], '2'],
    [['TL3', 'PSW3'], '2.5'],
    [['TL1', 'PSW4'], '3'],
    [['TL3', 'PSW2'], '2.25'],
    [['TL2', 'PSW3'], '2.25'],
    [['TL3', 'PSW4'], '3'], // 3.75 capped
    [['TL4', 'PSW4'], '3'], // 5 capped
  ] as [AttendanceCode[], string][])('TL+PSW %j add up, capped at 3 %%: %s', (codes, expected) => {
    expect(pct(codes)).toBe(expected);
  });

  it('the monthly total is capped at 100 % of D', () => {
    const strict = applyRuleSetOverrides(
      rules,
      ruleSetOverridesSchema.parse({ deduction_pct: { TK: 10 }, daily_cap_pct: 10 }),
    );
    const days = month('2026-11', withAbsent(NOV.length));
    const result = computeMonthDeductions(days, strict);
    expect(result.totalPct.toString()).toBe('210');
    expect(result.cappedPct.toString()).toBe('100');
    const tpp = computeMonthlyTpp({ base: 3_000_000, days, items: [], rules: strict });
    expect(tpp.disciplinePaid).toBe(0);
    expect(tpp.deductionPct).toBe('100');
  });

  it('a month of TK under the defaults: 21 × 3 = 63 %', () => {
    const days = month('2026-11', withAbsent(NOV.length));
    const tpp = computeMonthlyTpp({ base: 3_000_000, days, items: [], rules });
    expect(tpp.deductionPct).toBe('63');
    expect(tpp.absentDays).toBe(21);
    expect(tpp.disciplinePaid).toBe(444_000); // 1,200,000 × 0.37
  });
});

function withAbsent(n: number): Record<string, Partial<TppDayInput>> {
  return Object.fromEntries(NOV.slice(0, n).map((d) => [d, { status: 'absent', codes: ['TK'] }]));
}

describe('review §4: leave deductions', () => {
  const monthPct = (changes: Record<string, Partial<TppDayInput>>) =>
    computeMonthDeductions(month('2026-11', changes), rules).cappedPct.toString();

  it.each(['annual', 'sick', 'maternity', 'duty'] as LeaveKind[])('%s: no deduction', (kind) => {
    expect(monthPct(withLeave(kind, 10))).toBe('0');
  });

  it('cuti bersama (holiday status) deducts nothing', () => {
    const days = month('2026-12');
    expect(days.find((d) => d.date === '2026-12-24')?.status).toBe('holiday');
    expect(computeMonthDeductions(days, rules).cappedPct.toString()).toBe('0');
  });

  it.each([
    [1, '0'],
    [5, '0'],
    [6, '2.5'],
    [7, '5'],
    [10, '12.5'],
  ])('long_service for %i working days → %s %%', (n, expected) => {
    expect(monthPct(withLeave('long_service', n))).toBe(expected);
    expect(monthPct(withLeave('important_reason', n))).toBe(expected);
  });

  it('long_service and important_reason share one count of 5 free days', () => {
    const changes = { ...withLeave('long_service', 3), ...withLeave('important_reason', 4, 3) };
    const result = computeMonthDeductions(month('2026-11', changes), rules);
    expect(result.cappedPct.toString()).toBe('5');
    // The earliest 5 days are free, the 6th and 7th pay.
    const paying = result.days.filter((d) => d.pct.gt(0)).map((d) => d.date);
    expect(paying).toEqual([NOV[5], NOV[6]]);
  });

  it('free days are counted per month, not per leave', () => {
    // 5 days at the end of November and 5 at the start of December: each month free.
    const nov = month('2026-11', withLeave('long_service', 5, NOV.length - 5));
    const decDates = datesOfMonth('2026-12').filter((d) => isStandardWorkingDay(d, holidays));
    const dec = month(
      '2026-12',
      Object.fromEntries(decDates.slice(0, 5).map((d) => [d, leave('long_service')])),
    );
    expect(computeMonthDeductions(nov, rules).cappedPct.toString()).toBe('0');
    expect(computeMonthDeductions(dec, rules).cappedPct.toString()).toBe('0');
  });

  it('permission (izin) deducts 1.5 % a day', () => {
    expect(monthPct(withLeave('permission', 1))).toBe('1.5');
    expect(monthPct(withLeave('permission', 3))).toBe('4.5');
  });

  it('unpaid and study leave deduct nothing from D: they prorate the base', () => {
    expect(monthPct(withLeave('unpaid', 3))).toBe('0');
    expect(monthPct(withLeave('study', 3))).toBe('0');
  });
});

describe("review §4: proration B' = B × (wd − days) / wd", () => {
  it.each([
    ['unpaid', 3],
    ['study', 7],
    ['unpaid', 1],
  ] as [LeaveKind, number][])(
    '%s for %i of 21 days, full attendance and productivity',
    (kind, n) => {
      const days = month('2026-11', withLeave(kind, n));
      const items = NOV.slice(n).map((d) => item(d, 450));
      const result = computeMonthlyTpp({ base: 3_000_000, days, items, rules });
      const bPrime = new Dec(3_000_000).times(21 - n).dividedBy(21);
      expect(result.workingDays).toBe(21);
      expect(result.proratedDays).toBe(n);
      expect(result.targetMinutes).toBe(300 * (21 - n));
      expect(result.disciplinePaid).toBe(
        bPrime.times('0.4').toDecimalPlaces(0, Dec.ROUND_HALF_UP).toNumber(),
      );
      expect(result.performancePaid).toBe(
        bPrime.times('0.6').toDecimalPlaces(0, Dec.ROUND_HALF_UP).toNumber(),
      );
    },
  );

  it("1 unpaid day of 21, with TL1 on another day: D from B' then the deduction", () => {
    const changes = {
      ...withLeave('unpaid', 1),
      [NOV[1] as string]: { status: 'late' as const, codes: ['TL1' as const] },
    };
    const days = month('2026-11', changes);
    const result = computeMonthlyTpp({ base: 3_000_000, days, items: [], rules });
    // B' = 3,000,000 × 20/21 = 2,857,142.857…; D = 1,142,857.142…; × 0.995 = 1,137,142.857… → 1,137,143.
    expect(result.disciplinePaid).toBe(1_137_143);
    expect(result.performancePaid).toBe(0);
  });

  it('all working days unpaid → nothing paid', () => {
    const days = month('2026-11', withLeave('unpaid', 21));
    const result = computeMonthlyTpp({ base: 3_000_000, days, items: [], rules });
    expect(result.total).toBe(0);
  });
});

describe('review §4: productivity', () => {
  it('verified / target, capped at 100 %', () => {
    const days = month('2026-11');
    const items = NOV.map((d) => item(d, 450)); // 9,450 > 6,300
    const result = computeMonthlyTpp({ base: 3_000_000, days, items, rules });
    expect(result.targetMinutes).toBe(6_300);
    expect(result.verifiedMinutes).toBe(9_450);
    expect(result.productivityPct).toBe('100');
    expect(result.performancePaid).toBe(1_800_000);
  });

  it('target = 300 × working days not on leave; duty days stay in the target, absent days too', () => {
    const changes = {
      ...withLeave('annual', 2),
      ...withLeave('duty', 3, 2),
      ...withLeave('permission', 1, 5),
      [NOV[10] as string]: { status: 'absent' as const, codes: ['TK' as const] },
    };
    const result = computeMonthlyTpp({
      base: 3_000_000,
      days: month('2026-11', changes),
      items: [],
      rules,
    });
    expect(result.targetMinutes).toBe(300 * (21 - 2 - 1));
  });

  it('target 0 (every working day on leave) → productivity 100 %', () => {
    const days = month('2026-11', withLeave('annual', 21));
    const result = computeMonthlyTpp({ base: 3_000_000, days, items: [], rules });
    expect(result.targetMinutes).toBe(0);
    expect(result.productivityPct).toBe('100');
    expect(result.performancePaid).toBe(1_800_000);
    expect(result.disciplinePaid).toBe(1_200_000);
  });

  it("per-day cap = the day's scheduled minutes (450 standard, a shift its full length)", () => {
    const days: TppDayInput[] = [
      { date: '2026-11-02', status: 'present', leaveKind: null, codes: [], scheduledMinutes: 450 },
      { date: '2026-11-03', status: 'present', leaveKind: null, codes: [], scheduledMinutes: 720 },
    ];
    const { verifiedMinutes, lines } = countVerifiedMinutes(
      days,
      [
        item('2026-11-02', 300, 'approved', 'a'),
        item('2026-11-02', 200, 'approved', 'b'),
        item('2026-11-03', 720, 'approved', 'c'),
        item('2026-11-03', 1, 'approved', 'd'),
      ],
      rules,
    );
    expect(verifiedMinutes).toBe(450 + 720);
    expect(lines.map((l) => [l.itemId, l.counted, l.reason])).toEqual([
      ['a', 300, null],
      ['b', 150, 'daily_cap'],
      ['c', 720, null],
      ['d', 0, 'daily_cap'],
    ]);
  });

  it.each(['absent', 'leave', 'off', 'holiday'] as const)(
    'minutes on a %s day do not count and are flagged',
    (status) => {
      const days: TppDayInput[] = [
        {
          date: '2026-11-02',
          status,
          leaveKind: status === 'leave' ? 'annual' : null,
          codes: [],
          scheduledMinutes: 450,
        },
      ];
      const { verifiedMinutes, lines } = countVerifiedMinutes(
        days,
        [item('2026-11-02', 120)],
        rules,
      );
      expect(verifiedMinutes).toBe(0);
      expect(lines[0]?.reason).toBe('day_status');
    },
  );

  it.each(['present', 'late', 'early_leave', 'late_and_early', 'duty'] as const)(
    'minutes on a %s day count',
    (status) => {
      const days: TppDayInput[] = [
        {
          date: '2026-11-02',
          status,
          leaveKind: status === 'duty' ? 'duty' : null,
          codes: [],
          scheduledMinutes: 450,
        },
      ];
      expect(countVerifiedMinutes(days, [item('2026-11-02', 120)], rules).verifiedMinutes).toBe(
        120,
      );
    },
  );

  it('only approved items count; unverified ones only with the auto-approve switch', () => {
    const days = month('2026-11');
    const items = [
      item('2026-11-02', 60, 'approved'),
      item('2026-11-03', 60, 'submitted'),
      item('2026-11-04', 60, 'draft'),
      item('2026-11-05', 60, 'rejected'),
      item('2026-11-06', 60, 'returned'),
    ];
    expect(countVerifiedMinutes(days, items, rules).verifiedMinutes).toBe(60);
    const auto = { ...rules, auto_approve_unverified: true };
    expect(countVerifiedMinutes(days, items, auto).verifiedMinutes).toBe(120);
  });
});

describe('review §4: rounding half up only at the end of each part', () => {
  it('performance part 1,800,003 × 3,150 / 6,300 = 900,001.5 → 900,002', () => {
    const days = month('2026-11');
    const items = NOV.map((d) => item(d, 150)); // 3,150 minutes
    const result = computeMonthlyTpp({ base: 3_000_005, days, items, rules });
    expect(result.performancePaid).toBe(900_002);
  });

  it('discipline part 1,200,050 × 0.99 = 1,188,049.5 → 1,188,050', () => {
    const days = month('2026-11', { [NOV[0] as string]: { status: 'late', codes: ['TL2'] } });
    const result = computeMonthlyTpp({ base: 3_000_125, days, items: [], rules });
    expect(result.disciplinePaid).toBe(1_188_050);
  });

  it('no intermediate rounding: 100 × 0.4 × (1 − 0.5 %) = 39.8 → 40, × 0.6 × 1/21 stays exact', () => {
    const days = month('2026-11', { [NOV[0] as string]: { status: 'late', codes: ['TL1'] } });
    const result = computeMonthlyTpp({
      base: 100,
      days,
      items: [item(NOV[1] as string, 300)],
      rules,
    });
    expect(result.disciplinePaid).toBe(40);
    expect(result.performancePaid).toBe(3); // 60 × 300 / 6,300 = 2.857…
    expect(result.total).toBe(43);
  });
});

describe('review: scenario examples through the TPP rules', () => {
  it('scenario 01: 1,182,000 + 68,571 = 1,250,571', () => {
    const days = month('2026-11', {
      '2026-11-03': { status: 'late', codes: ['TL1'] },
      '2026-11-04': { status: 'early_leave', codes: ['PSW2'] },
    });
    const result = computeMonthlyTpp({
      base: 3_000_000,
      days,
      items: [item('2026-11-02', 240)],
      rules,
    });
    expect(result).toMatchObject({
      workingDays: 21,
      deductionPct: '1.5',
      verifiedMinutes: 240,
      targetMinutes: 6_300,
      disciplinePaid: 1_182_000,
      performancePaid: 68_571,
      total: 1_250_571,
    });
  });

  it('scenario 02: 21 working days, annual leave 10–15 Dec → target 5,100, D paid in full', () => {
    const days = month('2026-12', {
      '2026-12-10': leave('annual'),
      '2026-12-11': leave('annual'),
      '2026-12-14': leave('annual'),
      '2026-12-15': leave('annual'),
    });
    const result = computeMonthlyTpp({ base: 3_000_000, days, items: [], rules });
    expect(result).toMatchObject({
      workingDays: 21,
      absentDays: 0,
      deductionPct: '0',
      targetMinutes: 5_100,
      disciplinePaid: 1_200_000,
      performancePaid: 0,
      total: 1_200_000,
    });
  });
});

describe('review §4: the default rule set carries the DOMAIN numbers', () => {
  it('shares, caps, limits and leave numbers', () => {
    expect(rules).toMatchObject({
      discipline_share: '0.40',
      performance_share: '0.60',
      band_upper_minutes: [30, 60, 90],
      daily_cap_pct: '3',
      monthly_cap_pct: '100',
      grace_minutes: 0,
      accuracy_limit_m: 100,
      offline_max_age_hours: 72,
      target_minutes_per_day: 300,
      free_special_leave_days: 5,
      special_leave_deduction_pct: '2.5',
      permission_deduction_pct: '1.5',
      auto_approve_unverified: false,
      entry_deadline_days: 3,
      verification_deadline_day: 5,
    });
    expect([...rules.prorated_leave_kinds].sort()).toEqual(['study', 'unpaid']);
  });
});
