import { describe, expect, it } from 'vitest';
import {
  applyRuleSetOverrides,
  DEFAULT_RULE_SET,
  ruleSetOverridesSchema,
  toDecimal,
} from './rule-set.js';

describe('DEFAULT_RULE_SET', () => {
  it('carries the numbers of DOMAIN §4', () => {
    expect(DEFAULT_RULE_SET).toMatchObject({
      id: 'default-2026',
      discipline_share: '0.40',
      performance_share: '0.60',
      deduction_pct: {
        TL1: '0.5',
        TL2: '1',
        TL3: '1.25',
        TL4: '2.5',
        PSW1: '0.5',
        PSW2: '1',
        PSW3: '1.25',
        PSW4: '2.5',
        TK: '3',
      },
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
      prorated_leave_kinds: ['unpaid', 'study'],
      auto_approve_unverified: false,
      entry_deadline_days: 3,
      verification_deadline_day: 5,
    });
  });

  it('shares add up to the whole base', () => {
    const sum = toDecimal(DEFAULT_RULE_SET.discipline_share).plus(
      DEFAULT_RULE_SET.performance_share,
    );
    expect(sum.eq(1)).toBe(true);
  });

  it('is frozen', () => {
    expect(Object.isFrozen(DEFAULT_RULE_SET)).toBe(true);
    expect(Object.isFrozen(DEFAULT_RULE_SET.deduction_pct)).toBe(true);
  });
});

describe('ruleSetOverridesSchema', () => {
  it.each([
    [{ discipline_share: 0.4 }, { discipline_share: '0.4' }],
    [{ discipline_share: '0.40' }, { discipline_share: '0.4' }],
    [{ discipline_share: 0.1 }, { discipline_share: '0.1' }], // no 0.1000000000000000055
    [{ deduction_pct: { TK: 4 } }, { deduction_pct: { TK: '4' } }],
    [{ band_upper_minutes: [15, 30, 45] }, { band_upper_minutes: [15, 30, 45] }],
    [{ prorated_leave_kinds: ['unpaid'] }, { prorated_leave_kinds: ['unpaid'] }],
    [{ auto_approve_unverified: true }, { auto_approve_unverified: true }],
    [
      { grace_minutes: 5, accuracy_limit_m: 50.5 },
      { grace_minutes: 5, accuracy_limit_m: 50.5 },
    ],
    [{}, {}],
  ])('accepts %j', (input, output) => {
    expect(ruleSetOverridesSchema.parse(input)).toEqual(output);
  });

  it.each([
    [{ discipline_shares: 0.4 }, 'misspelt key'],
    [{ deduction_pct: { TL5: 1 } }, 'unknown code in the table'],
    [{ discipline_share: 1.2 }, 'share above 1'],
    [{ discipline_share: '40%' }, 'not a decimal'],
    [{ daily_cap_pct: -1 }, 'negative percent'],
    [{ monthly_cap_pct: 101 }, 'monthly cap above 100'],
    [{ band_upper_minutes: [30, 30, 90] }, 'bands not increasing'],
    [{ band_upper_minutes: [0, 30, 90] }, 'first band starts at 0'],
    [{ grace_minutes: 1.5 }, 'fractional minutes'],
    [{ prorated_leave_kinds: ['holiday'] }, 'unknown leave kind'],
    [{ verification_deadline_day: 0 }, 'day 0'],
    [{ valid_from: '2026-13-01' }, 'impossible date'],
    [{ auto_approve_unverified: 'yes' }, 'not a boolean'],
  ])('rejects %j (%s)', (input, _why) => {
    expect(ruleSetOverridesSchema.safeParse(input).success).toBe(false);
  });

  it('names the bad key in the error path', () => {
    const result = ruleSetOverridesSchema.safeParse({ deduction_pct: { TK: -2 } });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['deduction_pct', 'TK']);
  });
});

describe('applyRuleSetOverrides', () => {
  it('overrides by name and merges the deduction table key by key', () => {
    const overrides = ruleSetOverridesSchema.parse({
      discipline_share: 0.5,
      performance_share: 0.5,
      deduction_pct: { TK: 4 },
      grace_minutes: 10,
    });
    const merged = applyRuleSetOverrides(DEFAULT_RULE_SET, overrides);
    expect(merged).toMatchObject({
      id: 'default-2026',
      discipline_share: '0.5',
      performance_share: '0.5',
      grace_minutes: 10,
      deduction_pct: { TK: '4', TL1: '0.5', PSW4: '2.5' },
    });
    expect(DEFAULT_RULE_SET.deduction_pct.TK).toBe('3');
  });

  it('keeps everything without overrides and can rename the set', () => {
    expect(applyRuleSetOverrides(DEFAULT_RULE_SET, {})).toEqual(DEFAULT_RULE_SET);
    expect(applyRuleSetOverrides(DEFAULT_RULE_SET, { id: 'perwali-2027' }).id).toBe('perwali-2027');
  });
});
