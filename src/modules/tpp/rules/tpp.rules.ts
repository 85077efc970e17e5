import { Decimal } from 'decimal.js';
import type {
  DayResult,
  DayStatus,
  LeaveKind,
} from '../../attendance/rules/attendance-day.rules.js';
import type { IsoDate } from '../../attendance/rules/calendar.rules.js';
import type { ItemState } from '../../performance/rules/report-item.rules.js';
import { computeMonthDeductions, type DeductionSource } from './deductions.rules.js';
import { type AttendanceCode, Dec, type RuleSet, toDecimal } from './rule-set.js';

/** The part of a day result the month computation needs. */
export type TppDayInput = Pick<
  DayResult,
  'date' | 'status' | 'leaveKind' | 'codes' | 'scheduledMinutes'
>;

/** A report item with its minutes already computed (report-item rules). */
export type TppItemInput = { id: string; date: IsoDate; minutes: number; state: ItemState };

/** Input of {@link computeMonthlyTpp}: plain data, no database rows. */
export type ComputeTppInput = {
  /** Monthly base B in whole rupiah. */
  base: number;
  /** Every calendar day of the month. */
  days: readonly TppDayInput[];
  /** The employee's items dated in the month, in submission order. */
  items: readonly TppItemInput[];
  rules: RuleSet;
};

/**
 * Why minutes of an item did not (fully) count. `unverified`: still submitted at close,
 * so the supervisor belongs on the late-verification list; `not_submitted`: a draft or
 * an item returned for revision and never resubmitted.
 */
export type MinutesRefusal =
  | 'unverified'
  | 'not_submitted'
  | 'rejected'
  | 'day_status'
  | 'daily_cap'
  | 'outside_month';

/** One line of the on-screen explanation of a month's figures. */
export type ExplanationLine =
  | { kind: 'rule_set'; ruleSetId: string }
  | {
      kind: 'day';
      date: IsoDate;
      status: DayStatus;
      leaveKind: LeaveKind | null;
      codes: AttendanceCode[];
      source: DeductionSource;
      deductionPct: string;
    }
  | {
      kind: 'minutes';
      date: IsoDate;
      itemId: string;
      minutes: number;
      counted: number;
      refused: number;
      reason: MinutesRefusal | null;
    }
  | { kind: 'proration'; workingDays: number; proratedDays: number; proratedBase: string }
  | { kind: 'deduction_total'; totalPct: string; cappedPct: string };

/** One employee's month: the figures of the scenario result plus their explanation. */
export type TppMonthResult = {
  ruleSetId: string;
  /** The employee's scheduled working days (not off, not holiday). */
  workingDays: number;
  /** Working days of prorated leave kinds (CLTN, tugas belajar). */
  proratedDays: number;
  absentDays: number;
  /** Month deduction after the monthly cap, percent of D, display string. */
  deductionPct: string;
  verifiedMinutes: number;
  targetMinutes: number;
  productivityPct: string;
  base: number;
  disciplinePaid: number;
  performancePaid: number;
  total: number;
  explanation: ExplanationLine[];
};

// Minutes reported on these days do not count: the employee was not at work.
const NON_WORK_STATUSES: ReadonlySet<DayStatus> = new Set(['absent', 'leave', 'off', 'holiday']);

/**
 * A percentage (or rupiah figure) for display: rounded half up to two places, trailing
 * zeros dropped ("1.5", "0", "3.81", "100"). One format everywhere; outside checks
 * compare these as decimals, so "1.5" equals the "1.50" a person might write.
 */
export function formatDecimal(value: Decimal): string {
  return value.toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed();
}

/** Rounds a non-negative exact amount half up to whole rupiah. */
export function roundRupiah(value: Decimal): number {
  return value.toDecimalPlaces(0, Decimal.ROUND_HALF_UP).toNumber();
}

function isCounted(state: ItemState, rules: RuleSet): MinutesRefusal | null {
  if (state === 'approved') return null;
  if (state === 'submitted') return rules.auto_approve_unverified ? null : 'unverified';
  return state === 'rejected' ? 'rejected' : 'not_submitted';
}

/**
 * Verified minutes after the exclusions and the per-day cap (that day's scheduled
 * working minutes). Items fill a day's cap in the order given; the excess is refused.
 */
export function countVerifiedMinutes(
  days: readonly TppDayInput[],
  items: readonly TppItemInput[],
  rules: RuleSet,
): { verifiedMinutes: number; lines: Extract<ExplanationLine, { kind: 'minutes' }>[] } {
  const dayByDate = new Map(days.map((day) => [day.date, day]));
  const usedByDate = new Map<IsoDate, number>();
  const lines = items.map((item) => {
    const day = dayByDate.get(item.date);
    let reason = isCounted(item.state, rules);
    if (!reason && !day) reason = 'outside_month';
    if (!reason && day && NON_WORK_STATUSES.has(day.status)) reason = 'day_status';
    let counted = 0;
    if (!reason && day) {
      const used = usedByDate.get(item.date) ?? 0;
      counted = Math.max(0, Math.min(item.minutes, day.scheduledMinutes - used));
      usedByDate.set(item.date, used + counted);
      if (counted < item.minutes) reason = 'daily_cap';
    }
    return {
      kind: 'minutes' as const,
      date: item.date,
      itemId: item.id,
      minutes: item.minutes,
      counted,
      refused: item.minutes - counted,
      reason,
    };
  });
  return { verifiedMinutes: lines.reduce((sum, l) => sum + l.counted, 0), lines };
}

/**
 * One employee's TPP for one month (DOMAIN §4), from plain data.
 *
 * With wd working days and u days of prorated leave: B' = B × (wd − u) / wd,
 * D = discipline_share × B', P = performance_share × B'. Discipline paid =
 * D × (1 − capped deductions); performance paid = P × min(verified / target, 1), with
 * target = target_minutes_per_day × working days that are not leave (duty stays in),
 * and productivity 100 % when the target is 0. Each part is computed as one exact
 * fraction and rounded half up to whole rupiah only at the end.
 */
export function computeMonthlyTpp(input: ComputeTppInput): TppMonthResult {
  const { base, days, items, rules } = input;
  if (!Number.isSafeInteger(base) || base < 0) {
    throw new RangeError('Base must be whole rupiah');
  }
  const working = days.filter((d) => d.status !== 'off' && d.status !== 'holiday');
  const prorated = working.filter(
    (d) => d.leaveKind !== null && rules.prorated_leave_kinds.includes(d.leaveKind),
  ).length;
  const workingDays = working.length;
  const expected = working.filter((d) => d.status !== 'leave').length;
  const targetMinutes = expected * rules.target_minutes_per_day;

  const deductions = computeMonthDeductions(days, rules);
  const { verifiedMinutes, lines: minuteLines } = countVerifiedMinutes(days, items, rules);

  // Numerator and denominator stay whole until one final division per part, so a
  // value like 3,000,000 × 20 / 21 never gets rounded in the middle.
  const paidDays = workingDays === 0 ? new Dec(1) : new Dec(workingDays - prorated);
  const perDays = workingDays === 0 ? new Dec(1) : new Dec(workingDays);
  const baseShare = new Dec(base).times(paidDays);
  const keptPct = Dec.max(0, new Dec(100).minus(deductions.cappedPct));
  const disciplineExact = baseShare
    .times(toDecimal(rules.discipline_share))
    .times(keptPct)
    .dividedBy(perDays.times(100));
  const productivity =
    targetMinutes === 0
      ? new Dec(1)
      : Dec.min(verifiedMinutes, targetMinutes).dividedBy(targetMinutes);
  const performanceExact =
    targetMinutes === 0
      ? baseShare.times(toDecimal(rules.performance_share)).dividedBy(perDays)
      : baseShare
          .times(toDecimal(rules.performance_share))
          .times(Math.min(verifiedMinutes, targetMinutes))
          .dividedBy(perDays.times(targetMinutes));
  const disciplinePaid = roundRupiah(disciplineExact);
  const performancePaid = roundRupiah(performanceExact);

  const explanation: ExplanationLine[] = [{ kind: 'rule_set', ruleSetId: rules.id }];
  const deductionByDate = new Map(deductions.days.map((d) => [d.date, d]));
  for (const day of days) {
    const deduction = deductionByDate.get(day.date);
    explanation.push({
      kind: 'day',
      date: day.date,
      status: day.status,
      leaveKind: day.leaveKind,
      codes: [...day.codes],
      source: deduction?.source ?? 'none',
      deductionPct: formatDecimal(deduction?.pct ?? new Dec(0)),
    });
  }
  explanation.push(...minuteLines);
  explanation.push({
    kind: 'proration',
    workingDays,
    proratedDays: prorated,
    proratedBase: formatDecimal(new Dec(base).times(paidDays).dividedBy(perDays)),
  });
  explanation.push({
    kind: 'deduction_total',
    totalPct: formatDecimal(deductions.totalPct),
    cappedPct: formatDecimal(deductions.cappedPct),
  });

  return {
    ruleSetId: rules.id,
    workingDays,
    proratedDays: prorated,
    absentDays: days.filter((d) => d.status === 'absent').length,
    deductionPct: formatDecimal(deductions.cappedPct),
    verifiedMinutes,
    targetMinutes,
    productivityPct: formatDecimal(productivity.times(100)),
    base,
    disciplinePaid,
    performancePaid,
    total: disciplinePaid + performancePaid,
    explanation,
  };
}
