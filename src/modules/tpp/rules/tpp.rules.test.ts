import { describe, expect, it } from 'vitest';
import {
  datesOfMonth,
  HOLIDAYS_2026,
  indexHolidays,
  isStandardWorkingDay,
} from '../../attendance/rules/calendar.rules.js';
import { month } from './month.fixtures.js';
import { DEFAULT_RULE_SET, Dec, type RuleSet } from './rule-set.js';
import {
  computeMonthlyTpp,
  countVerifiedMinutes,
  formatDecimal,
  type TppDayInput,
  type TppItemInput,
} from './tpp.rules.js';

const holidays = indexHolidays(HOLIDAYS_2026);
const rules = DEFAULT_RULE_SET;

const leave = (kind: TppDayInput['leaveKind']): Partial<TppDayInput> => ({
  status: kind === 'duty' ? 'duty' : 'leave',
  leaveKind: kind,
});

function item(
  date: string,
  minutes: number,
  state: TppItemInput['state'] = 'approved',
  id = `${date}-${minutes}`,
): TppItemInput {
  return { id, date, minutes, state };
}

describe('computeMonthlyTpp — example numbers', () => {
  it('example 01: 1.5 % deduction, 240 of 6,300 minutes', () => {
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
      ruleSetId: 'default-2026',
      workingDays: 21,
      deductionPct: '1.5',
      verifiedMinutes: 240,
      targetMinutes: 6300,
      productivityPct: '3.81',
      disciplinePaid: 1_182_000,
      performancePaid: 68_571,
      total: 1_250_571,
    });
  });

  it('SCENARIOS.md illustration: 1,800,000 × 120 / 6,300 = 34,285.71 -> 34,286', () => {
    const result = computeMonthlyTpp({
      base: 3_000_000,
      days: month('2026-11', { '2026-11-02': { status: 'late', codes: ['TL1'] } }),
      items: [item('2026-11-02', 120)],
      rules,
    });
    expect(result).toMatchObject({
      productivityPct: '1.9',
      disciplinePaid: 1_194_000,
      performancePaid: 34_286,
      total: 1_228_286,
    });
  });

  it('example 02: 4 annual leave days leave 17 × 300 = 5,100 target minutes', () => {
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
      targetMinutes: 5100,
      productivityPct: '0',
      disciplinePaid: 1_200_000,
      performancePaid: 0,
      total: 1_200_000,
    });
  });
});

describe('computeMonthlyTpp — proration (CLTN, tugas belajar)', () => {
  it.each([
    ['unpaid', 1, 1_142_857, 1_714_286],
    ['study', 1, 1_142_857, 1_714_286],
    ['unpaid', 21, 0, 0],
  ] as const)('%s for %i of 21 days', (kind, count, discipline, performance) => {
    const leaveDates = datesOfMonth('2026-11')
      .filter((d) => isStandardWorkingDay(d, holidays))
      .slice(0, count);
    const days = month('2026-11', Object.fromEntries(leaveDates.map((d) => [d, leave(kind)])));
    const items = days.filter((d) => d.status === 'present').map((d) => item(d.date, 300));
    const result = computeMonthlyTpp({ base: 3_000_000, days, items, rules });
    // 3,000,000 × 20/21 × 0.4 = 1,142,857.14…; × 0.6 = 1,714,285.71… (full productivity)
    expect(result).toMatchObject({
      proratedDays: count,
      disciplinePaid: discipline,
      performancePaid: performance,
      total: discipline + performance,
    });
  });

  it('a rule set may prorate another kind', () => {
    const custom: RuleSet = { ...rules, prorated_leave_kinds: ['unpaid', 'study', 'maternity'] };
    const days = month('2026-11', { '2026-11-02': leave('maternity') });
    expect(computeMonthlyTpp({ base: 2_100_000, days, items: [], rules: custom })).toMatchObject({
      proratedDays: 1,
      disciplinePaid: 800_000, // 2,100,000 × 20/21 × 0.4
    });
  });
});

describe('computeMonthlyTpp — rounding half up at the end of each part', () => {
  it('discipline 98.5 -> 99 (not 98 as banker’s rounding would)', () => {
    const days = month('2026-11', {
      '2026-11-03': { status: 'late', codes: ['TL1'] },
      '2026-11-04': { status: 'early_leave', codes: ['PSW2'] },
    });
    const result = computeMonthlyTpp({ base: 250, days, items: [], rules });
    expect(result.disciplinePaid).toBe(99); // 100 × 0.985
  });

  it('performance 0.5 -> 1', () => {
    // P = 150, productivity 21 / 6,300 = 1/300 -> 0.5
    const result = computeMonthlyTpp({
      base: 250,
      days: month('2026-11'),
      items: [item('2026-11-02', 21)],
      rules,
    });
    expect(result.performancePaid).toBe(1);
  });

  it('never rounds inside: 7 × 1/3 stays exact', () => {
    const days = month('2026-11', { '2026-11-02': leave('unpaid') });
    const result = computeMonthlyTpp({ base: 21, days, items: [], rules });
    expect(result.disciplinePaid).toBe(8); // 21 × 20/21 × 0.4 = 8 exactly
  });
});

describe('computeMonthlyTpp — productivity', () => {
  it.each([
    [0, '0', 0],
    [3150, '50', 900_000],
    [6300, '100', 1_800_000],
    [9000, '100', 1_800_000], // capped at 100 %
  ])('%i verified minutes -> %s %%, %i paid', (minutes, pct, paid) => {
    const days = month('2026-11');
    const working = days.filter((d) => d.status === 'present');
    // 150-minute items spread round-robin, so no day passes its 450-minute cap.
    const items = Array.from({ length: minutes / 150 }, (_, i) =>
      item(working[i % working.length]!.date, 150, 'approved', `i${i}`),
    );
    const result = computeMonthlyTpp({ base: 3_000_000, days, items, rules });
    expect(result.verifiedMinutes).toBe(minutes);
    expect(result.productivityPct).toBe(pct);
    expect(result.performancePaid).toBe(paid);
  });

  it('duty days stay in the target; every leave kind leaves it', () => {
    const days = month('2026-11', {
      '2026-11-02': leave('duty'),
      '2026-11-03': leave('sick'),
      '2026-11-04': leave('permission'),
      '2026-11-05': { status: 'absent', codes: ['TK'] },
    });
    expect(computeMonthlyTpp({ base: 0, days, items: [], rules }).targetMinutes).toBe(19 * 300);
  });

  it('target 0 (a whole month of maternity leave) -> productivity 100 %', () => {
    const days = month('2026-11');
    const allLeave = days.map((d) =>
      d.status === 'present' ? { ...d, ...leave('maternity') } : d,
    );
    expect(computeMonthlyTpp({ base: 3_000_000, days: allLeave, items: [], rules })).toMatchObject({
      targetMinutes: 0,
      productivityPct: '100',
      disciplinePaid: 1_200_000,
      performancePaid: 1_800_000,
    });
  });

  it('no working day at all (a shift worker without roster) pays the full base', () => {
    const days = month('2026-11').map((d) => ({
      ...d,
      status: 'off' as const,
      scheduledMinutes: 0,
    }));
    expect(computeMonthlyTpp({ base: 1_000_000, days, items: [], rules })).toMatchObject({
      workingDays: 0,
      total: 1_000_000,
    });
  });

  it('uses the target minutes of the rule set', () => {
    const custom = { ...rules, target_minutes_per_day: 330 };
    expect(
      computeMonthlyTpp({ base: 0, days: month('2026-11'), items: [], rules: custom })
        .targetMinutes,
    ).toBe(6930);
  });
});

describe('countVerifiedMinutes', () => {
  const days = month('2026-11', {
    '2026-11-03': { status: 'absent', codes: ['TK'] },
    '2026-11-04': leave('annual'),
    '2026-11-05': leave('duty'),
  });

  it.each([
    ['approved on a present day', item('2026-11-02', 240), 240, null],
    ['more than the day holds', item('2026-11-02', 500), 450, 'daily_cap'],
    ['on an absent day', item('2026-11-03', 60), 0, 'day_status'],
    ['on a leave day', item('2026-11-04', 60), 0, 'day_status'],
    ['on a duty day', item('2026-11-05', 60), 60, null],
    ['on a weekend', item('2026-11-07', 60), 0, 'day_status'],
    ['outside the month', item('2026-12-01', 60), 0, 'outside_month'],
    ['still submitted', item('2026-11-02', 60, 'submitted'), 0, 'unverified'],
    ['returned', item('2026-11-02', 60, 'returned'), 0, 'not_submitted'],
    ['draft', item('2026-11-02', 60, 'draft'), 0, 'not_submitted'],
    ['rejected', item('2026-11-02', 60, 'rejected'), 0, 'rejected'],
  ] as const)('%s', (_label, entry, counted, reason) => {
    const { verifiedMinutes, lines } = countVerifiedMinutes(days, [entry], rules);
    expect(verifiedMinutes).toBe(counted);
    expect(lines[0]).toMatchObject({ counted, refused: entry.minutes - counted, reason });
  });

  it('items fill a day up to its scheduled minutes, in order', () => {
    const items = [
      item('2026-11-02', 300, 'approved', 'a'),
      item('2026-11-02', 200, 'approved', 'b'),
      item('2026-11-02', 100, 'approved', 'c'),
    ];
    const { verifiedMinutes, lines } = countVerifiedMinutes(days, items, rules);
    expect(verifiedMinutes).toBe(450);
    expect(lines.map((l) => [l.itemId, l.counted, l.reason])).toEqual([
      ['a', 300, null],
      ['b', 150, 'daily_cap'],
      ['c', 0, 'daily_cap'],
    ]);
  });

  it('a rostered day caps at the full shift length', () => {
    const shiftDays: TppDayInput[] = [
      { date: '2026-11-02', status: 'present', leaveKind: null, codes: [], scheduledMinutes: 600 },
    ];
    expect(countVerifiedMinutes(shiftDays, [item('2026-11-02', 700)], rules).verifiedMinutes).toBe(
      600,
    );
  });

  it('auto-approve counts submitted items only', () => {
    const custom = { ...rules, auto_approve_unverified: true };
    const items = [
      item('2026-11-02', 60, 'submitted', 's'),
      item('2026-11-06', 60, 'returned', 'r'),
    ];
    expect(countVerifiedMinutes(days, items, custom).verifiedMinutes).toBe(60);
  });
});

describe('computeMonthlyTpp — caps and explanation', () => {
  it('the monthly cap stops the discipline part at zero', () => {
    const custom = {
      ...rules,
      daily_cap_pct: '10',
      deduction_pct: { ...rules.deduction_pct, TK: '5' },
    };
    const days = month('2026-11').map((d) =>
      d.status === 'present' ? { ...d, status: 'absent' as const, codes: ['TK' as const] } : d,
    );
    expect(computeMonthlyTpp({ base: 3_000_000, days, items: [], rules: custom })).toMatchObject({
      absentDays: 21,
      deductionPct: '100',
      disciplinePaid: 0,
    });
  });

  it('explains the rule set, every day, every item and the totals', () => {
    const days = month('2026-11', { '2026-11-03': { status: 'late', codes: ['TL1'] } });
    const result = computeMonthlyTpp({
      base: 3_000_000,
      days,
      items: [item('2026-11-07', 60)],
      rules,
    });
    expect(result.explanation[0]).toEqual({ kind: 'rule_set', ruleSetId: 'default-2026' });
    expect(result.explanation.filter((l) => l.kind === 'day')).toHaveLength(30);
    expect(result.explanation).toContainEqual(
      expect.objectContaining({
        kind: 'day',
        date: '2026-11-03',
        codes: ['TL1'],
        deductionPct: '0.5',
      }),
    );
    expect(result.explanation).toContainEqual(
      expect.objectContaining({
        kind: 'minutes',
        date: '2026-11-07',
        counted: 0,
        reason: 'day_status',
      }),
    );
    expect(result.explanation).toContainEqual({
      kind: 'deduction_total',
      totalPct: '0.5',
      cappedPct: '0.5',
    });
  });

  it('rejects a base that is not whole rupiah', () => {
    expect(() => computeMonthlyTpp({ base: 10.5, days: [], items: [], rules })).toThrow(RangeError);
    expect(() => computeMonthlyTpp({ base: -1, days: [], items: [], rules })).toThrow(RangeError);
  });
});

describe('formatDecimal', () => {
  it.each([
    ['1.5', '1.5'],
    ['1.50', '1.5'],
    ['0', '0'],
    ['1.904', '1.9'],
    ['1.905', '1.91'], // half up
    ['3.80952380952', '3.81'],
    ['100', '100'],
    ['0.004', '0'],
    ['0.005', '0.01'],
  ])('%s -> %s', (value, text) => {
    expect(formatDecimal(new Dec(value))).toBe(text);
  });
});
