import type { Decimal } from 'decimal.js';
import type { DayResult, LeaveKind } from '../../attendance/rules/attendance-day.rules.js';
import { type AttendanceCode, Dec, type RuleSet, toDecimal } from './rule-set.js';

type Rules = Pick<
  RuleSet,
  | 'deduction_pct'
  | 'daily_cap_pct'
  | 'monthly_cap_pct'
  | 'free_special_leave_days'
  | 'special_leave_deduction_pct'
  | 'permission_deduction_pct'
  | 'prorated_leave_kinds'
>;

/** What a day's deduction comes from, for the explanation. */
export type DeductionSource =
  | 'none'
  | 'codes'
  | 'special_leave_free'
  | 'special_leave'
  | 'permission'
  | 'prorated';

/** The part of a day result that deductions depend on. */
export type DeductionDayInput = Pick<DayResult, 'date' | 'status' | 'leaveKind' | 'codes'>;

export type DayDeduction = {
  date: string;
  source: DeductionSource;
  /** Before the daily cap. */
  uncappedPct: Decimal;
  /** After the daily cap: what the day costs, in percent of D. */
  pct: Decimal;
};

/** Deductions of a month: per day (date order) and in total. */
export type MonthDeductions = {
  days: DayDeduction[];
  /** Sum of the daily (capped) deductions. */
  totalPct: Decimal;
  /** After the monthly cap: the share of D withheld, in percent. */
  cappedPct: Decimal;
};

// Cuti besar and cuti karena alasan penting share one allowance of free days a month.
const SPECIAL_LEAVE_KINDS: ReadonlySet<LeaveKind> = new Set(['long_service', 'important_reason']);

/**
 * Percent of D for one day's TL/PSW/TK codes. DOMAIN §4 caps only "TL and PSW on the
 * same day" (TL4 + PSW4 = 5 % becomes 3 %); TK stands alone and keeps its own rate even
 * when a regulation sets it above the cap.
 */
export function codesDeductionPct(
  codes: readonly AttendanceCode[],
  rules: Pick<RuleSet, 'deduction_pct' | 'daily_cap_pct'>,
): { uncapped: Decimal; capped: Decimal } {
  const sum = (list: readonly AttendanceCode[]) =>
    list.reduce((acc, code) => acc.plus(rules.deduction_pct[code]), new Dec(0));
  const absent = codes.filter((c) => c === 'TK');
  const lateOrEarly = codes.filter((c) => c !== 'TK');
  const uncapped = sum(codes);
  const capped = sum(absent).plus(minDecimal(sum(lateOrEarly), toDecimal(rules.daily_cap_pct)));
  return { uncapped, capped };
}

function minDecimal(a: Decimal, b: Decimal): Decimal {
  return a.lte(b) ? a : b;
}

function leaveDeduction(
  kind: LeaveKind,
  specialDaysSoFar: number,
  rules: Rules,
): { source: DeductionSource; pct: Decimal } {
  // Prorated kinds (CLTN, tugas belajar) cost the base instead; never both.
  if (rules.prorated_leave_kinds.includes(kind)) return { source: 'prorated', pct: new Dec(0) };
  if (SPECIAL_LEAVE_KINDS.has(kind)) {
    return specialDaysSoFar <= rules.free_special_leave_days
      ? { source: 'special_leave_free', pct: new Dec(0) }
      : { source: 'special_leave', pct: toDecimal(rules.special_leave_deduction_pct) };
  }
  if (kind === 'permission') {
    return { source: 'permission', pct: toDecimal(rules.permission_deduction_pct) };
  }
  // Annual, sick, maternity, duty: no deduction.
  return { source: 'none', pct: new Dec(0) };
}

/**
 * The month's deductions for one employee (DOMAIN §4). Days are taken in date order so
 * that the first free days of long_service / important_reason leave are the earliest.
 * Each day is capped at the daily cap; the month at the monthly cap.
 */
export function computeMonthDeductions(
  days: readonly DeductionDayInput[],
  rules: Rules,
): MonthDeductions {
  const ordered = [...days].sort((a, b) => a.date.localeCompare(b.date));
  let specialDays = 0;
  const result: DayDeduction[] = ordered.map((day) => {
    if ((day.status === 'leave' || day.status === 'duty') && day.leaveKind) {
      if (SPECIAL_LEAVE_KINDS.has(day.leaveKind)) specialDays += 1;
      const { source, pct } = leaveDeduction(day.leaveKind, specialDays, rules);
      // Leave rates are per day of leave; the daily cap is about TL + PSW only.
      return { date: day.date, source, uncappedPct: pct, pct };
    }
    if (day.codes.length === 0) {
      return { date: day.date, source: 'none', uncappedPct: new Dec(0), pct: new Dec(0) };
    }
    const { uncapped, capped } = codesDeductionPct(day.codes, rules);
    return { date: day.date, source: 'codes', uncappedPct: uncapped, pct: capped };
  });
  const totalPct = result.reduce((sum, day) => sum.plus(day.pct), new Dec(0));
  return {
    days: result,
    totalPct,
    cappedPct: minDecimal(totalPct, toDecimal(rules.monthly_cap_pct)),
  };
}
