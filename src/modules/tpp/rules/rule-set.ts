import { Decimal } from 'decimal.js';
import { z } from 'zod';
import { LEAVE_KINDS, type LeaveKind } from '../../attendance/rules/attendance-day.rules.js';

/**
 * Decimal constructor for all money and percentage arithmetic. 60 significant digits
 * keep every product of the month's integers and finite decimals exact; amounts are
 * rounded half up only once, at the end of each TPP part.
 */
export const Dec = Decimal.clone({ precision: 60, rounding: Decimal.ROUND_HALF_UP });

/** A decimal number kept as a string ("0.40", "1.25") so no binary float ever holds it. */
export type DecimalString = string;

/** Attendance codes that carry a deduction (DOMAIN §4 table). */
export const DEDUCTION_CODES = [
  'TL1',
  'TL2',
  'TL3',
  'TL4',
  'PSW1',
  'PSW2',
  'PSW3',
  'PSW4',
  'TK',
] as const;

/** TL1..TL4 (late), PSW1..PSW4 (left early), TK (absent without leave). */
export type AttendanceCode = (typeof DEDUCTION_CODES)[number];

/**
 * A versioned TPP rule set. Field names are snake_case because a scenario file's
 * `rules:` block (and the admin form) overrides them by name.
 */
export type RuleSet = {
  id: string;
  /** First day the set is in force; a month uses the set in force on its first day. */
  valid_from: string;
  /** Share of the (prorated) base that forms the discipline part D. */
  discipline_share: DecimalString;
  /** Share of the (prorated) base that forms the performance part P. */
  performance_share: DecimalString;
  /** Percent of D deducted per code and day. */
  deduction_pct: Readonly<Record<AttendanceCode, DecimalString>>;
  /**
   * Upper bounds (inclusive, minutes) of bands 1, 2 and 3; anything above the last is
   * band 4. Default [30, 60, 90] gives 1–30 / 31–60 / 61–90 / >90.
   */
  band_upper_minutes: readonly [number, number, number];
  daily_cap_pct: DecimalString;
  monthly_cap_pct: DecimalString;
  /** Lateness (and early leave) within this many minutes is forgiven entirely. */
  grace_minutes: number;
  /** Worst GPS accuracy accepted, metres; equal passes. */
  accuracy_limit_m: number;
  /** Oldest accepted offline event, hours before receipt; equal passes. */
  offline_max_age_hours: number;
  target_minutes_per_day: number;
  /** Free working days a month shared by long_service and important_reason leave. */
  free_special_leave_days: number;
  /** Deduction per further day of long_service / important_reason leave. */
  special_leave_deduction_pct: DecimalString;
  permission_deduction_pct: DecimalString;
  /** Leave kinds whose days are removed from the base (B' proration) instead of deducted. */
  prorated_leave_kinds: readonly LeaveKind[];
  /** Count items still `submitted` at month close as approved. */
  auto_approve_unverified: boolean;
  /** Items for a day may be entered until the end of day + this many days. */
  entry_deadline_days: number;
  /** Verification until the end of this day of the following month. */
  verification_deadline_day: number;
};

/** The default rule set the product ships with (DOMAIN.md §4, §3, §5). */
export const DEFAULT_RULE_SET: RuleSet = Object.freeze({
  id: 'default-2026',
  valid_from: '2026-01-01',
  discipline_share: '0.40',
  performance_share: '0.60',
  deduction_pct: Object.freeze({
    TL1: '0.5',
    TL2: '1',
    TL3: '1.25',
    TL4: '2.5',
    PSW1: '0.5',
    PSW2: '1',
    PSW3: '1.25',
    PSW4: '2.5',
    TK: '3',
  }),
  band_upper_minutes: Object.freeze([30, 60, 90] as const),
  daily_cap_pct: '3',
  monthly_cap_pct: '100',
  grace_minutes: 0,
  accuracy_limit_m: 100,
  offline_max_age_hours: 72,
  target_minutes_per_day: 300,
  free_special_leave_days: 5,
  special_leave_deduction_pct: '2.5',
  permission_deduction_pct: '1.5',
  prorated_leave_kinds: Object.freeze(['unpaid', 'study'] as const),
  auto_approve_unverified: false,
  entry_deadline_days: 3,
  verification_deadline_day: 5,
});

/** Parses a decimal string from a rule set into an exact Decimal. */
export function toDecimal(value: DecimalString | number): Decimal {
  return new Dec(value);
}

const DECIMAL_TEXT = /^-?\d+(\.\d+)?$/;

// Numbers are accepted for convenience in YAML; they are turned into their shortest
// decimal text (0.4 -> "0.4") before any arithmetic, so no float rounding leaks in.
const decimalInput = z
  .union([z.number().finite(), z.string().regex(DECIMAL_TEXT, 'must be a decimal number')])
  .transform((value) => new Dec(value).toString());

const percent = decimalInput.refine((v) => new Dec(v).gte(0), 'must not be negative');
const share = decimalInput.refine(
  (v) => new Dec(v).gte(0) && new Dec(v).lte(1),
  'must be between 0 and 1',
);
const wholeNumber = z.number().int().nonnegative();

const deductionTableOverrides = z
  .object({
    TL1: percent.optional(),
    TL2: percent.optional(),
    TL3: percent.optional(),
    TL4: percent.optional(),
    PSW1: percent.optional(),
    PSW2: percent.optional(),
    PSW3: percent.optional(),
    PSW4: percent.optional(),
    TK: percent.optional(),
  })
  .strict();

/**
 * Partial rule set as written in a scenario file's `rules:` block or an admin form.
 * `.strict()`: a misspelt key must fail, never silently fall back to a default.
 */
export const ruleSetOverridesSchema = z
  .object({
    id: z.string().min(1).optional(),
    valid_from: z.iso.date().optional(),
    discipline_share: share.optional(),
    performance_share: share.optional(),
    deduction_pct: deductionTableOverrides.optional(),
    band_upper_minutes: z
      .tuple([wholeNumber, wholeNumber, wholeNumber])
      .refine(([a, b, c]) => a >= 1 && a < b && b < c, 'must be increasing and start at 1 or more')
      .optional(),
    daily_cap_pct: percent.optional(),
    monthly_cap_pct: percent.refine((v) => new Dec(v).lte(100), 'must be at most 100').optional(),
    grace_minutes: wholeNumber.optional(),
    accuracy_limit_m: z.number().positive().optional(),
    offline_max_age_hours: z.number().positive().optional(),
    target_minutes_per_day: wholeNumber.optional(),
    free_special_leave_days: wholeNumber.optional(),
    special_leave_deduction_pct: percent.optional(),
    permission_deduction_pct: percent.optional(),
    prorated_leave_kinds: z.array(z.enum(LEAVE_KINDS)).optional(),
    auto_approve_unverified: z.boolean().optional(),
    entry_deadline_days: wholeNumber.optional(),
    verification_deadline_day: z.number().int().min(1).max(31).optional(),
  })
  .strict();

/** Validated overrides, decimals already normalised to strings. */
export type RuleSetOverrides = z.output<typeof ruleSetOverridesSchema>;

/**
 * Applies validated overrides to a base rule set. The deduction table merges key by key
 * so `deduction_pct: { TK: 4 }` changes TK only. The id stays the base's unless given.
 */
export function applyRuleSetOverrides(base: RuleSet, overrides: RuleSetOverrides): RuleSet {
  const { deduction_pct: table, band_upper_minutes: bands, ...flat } = overrides;
  const merged: RuleSet = { ...base };
  for (const [key, value] of Object.entries(flat)) {
    if (value !== undefined) Object.assign(merged, { [key]: value });
  }
  const deductions: Record<AttendanceCode, DecimalString> = { ...base.deduction_pct };
  for (const code of DEDUCTION_CODES) {
    const value = table?.[code];
    if (value !== undefined) deductions[code] = value;
  }
  merged.deduction_pct = deductions;
  if (bands) merged.band_upper_minutes = [bands[0], bands[1], bands[2]];
  return merged;
}
