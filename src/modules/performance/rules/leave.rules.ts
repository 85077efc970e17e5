import type { LeaveKind } from '../../attendance/rules/attendance-day.rules.js';
import {
  cutiBersamaOfYear,
  eachDate,
  type HolidayIndex,
  type IsoDate,
  isStandardWorkingDay,
} from '../../attendance/rules/calendar.rules.js';
import type { ReasonCode } from '../../shared-rules/reason-codes.js';

/** A leave period, both dates included. */
export type LeaveRange = { kind: LeaveKind; from: IsoDate; to: IsoDate };

/** Annual leave a year (PP 11/2017 art. 310). */
export const ANNUAL_LEAVE_DAYS = 12;
/** Unused annual leave that may be carried into the next year. */
export const MAX_CARRY_OVER_DAYS = 6;

/** Whether a date is a working day for the employee (standard schedule or roster). */
export type WorkingDayTest = (date: IsoDate) => boolean;

/** Standard-schedule working-day test over a holiday index. */
export function standardWorkingDays(holidays: HolidayIndex): WorkingDayTest {
  return (date) => isStandardWorkingDay(date, holidays);
}

/**
 * The leave days of a period: its working days only (weekends and holidays inside a
 * leave period are not leave days). Empty when `to` is before `from`.
 */
export function leaveDaysOf(
  range: Pick<LeaveRange, 'from' | 'to'>,
  isWorkingDay: WorkingDayTest,
): IsoDate[] {
  return eachDate(range.from, range.to).filter(isWorkingDay);
}

/**
 * A year's annual leave entitlement: 12 days plus the carry-over (at most 6), minus
 * every cuti bersama day of that year (cuti bersama is taken from annual leave), never
 * below 0. 2026 has 8 cuti bersama days, so 12 + 0 − 8 = 4.
 */
export function annualLeaveEntitlement(
  year: number,
  carryOverDays: number,
  holidays: HolidayIndex,
): number {
  const carry = Math.min(Math.max(0, Math.floor(carryOverDays)), MAX_CARRY_OVER_DAYS);
  return Math.max(0, ANNUAL_LEAVE_DAYS + carry - cutiBersamaOfYear(year, holidays).length);
}

/** Approved leave by date, for the attendance day rules. The first range wins a date. */
export function leaveByDate(leaves: readonly LeaveRange[]): Map<IsoDate, LeaveKind> {
  const map = new Map<IsoDate, LeaveKind>();
  for (const leave of leaves) {
    for (const date of eachDate(leave.from, leave.to)) {
      if (!map.has(date)) map.set(date, leave.kind);
    }
  }
  return map;
}

function countByYear(dates: readonly IsoDate[]): Map<number, number> {
  const counts = new Map<number, number>();
  for (const date of dates) {
    const year = Number(date.slice(0, 4));
    counts.set(year, (counts.get(year) ?? 0) + 1);
  }
  return counts;
}

/** Input of {@link validateLeaveRequest}. */
export type LeaveRequestInput = {
  request: LeaveRange;
  /** The employee's other leaves that still hold days: approved and pending, any kind. */
  existing: readonly LeaveRange[];
  isWorkingDay: WorkingDayTest;
  holidays: HolidayIndex;
  /** Days carried over into a year, by year; missing years carry 0. */
  carryOverByYear?: Readonly<Record<number, number>>;
};

/** Accepted with the leave's working days, or refused with a reason. */
export type LeaveDecision =
  | { ok: true; days: IsoDate[] }
  | { ok: false; reason: ReasonCode; detail: string };

/**
 * Checks a leave request, in this order: end before start (`invalid_date_range`), no
 * working day in the period (`no_working_days`), calendar overlap with another
 * approved or pending leave (`leave_overlap`), and for annual leave the year's balance
 * (`insufficient_balance`). Annual leave is charged to the year of each leave day, and
 * other annual leaves in `existing` are what has been used; asking for exactly the
 * remaining balance passes.
 */
export function validateLeaveRequest(input: LeaveRequestInput): LeaveDecision {
  const { request } = input;
  if (request.to < request.from) {
    return { ok: false, reason: 'invalid_date_range', detail: 'Tanggal selesai sebelum mulai' };
  }
  const days = leaveDaysOf(request, input.isWorkingDay);
  if (days.length === 0) {
    return {
      ok: false,
      reason: 'no_working_days',
      detail: 'Tidak ada hari kerja pada rentang itu',
    };
  }
  const clash = input.existing.find((o) => o.from <= request.to && request.from <= o.to);
  if (clash) {
    return {
      ok: false,
      reason: 'leave_overlap',
      detail: `Bertumpang tindih dengan cuti ${clash.from} s.d. ${clash.to}`,
    };
  }
  if (request.kind !== 'annual') return { ok: true, days };
  const used = countByYear(
    input.existing
      .filter((o) => o.kind === 'annual')
      .flatMap((o) => leaveDaysOf(o, input.isWorkingDay)),
  );
  for (const [year, asked] of countByYear(days)) {
    const carry = input.carryOverByYear?.[year] ?? 0;
    const remaining = annualLeaveEntitlement(year, carry, input.holidays) - (used.get(year) ?? 0);
    if (asked > remaining) {
      return {
        ok: false,
        reason: 'insufficient_balance',
        detail: `Sisa cuti tahunan ${year}: ${Math.max(0, remaining)} hari, diminta ${asked} hari`,
      };
    }
  }
  return { ok: true, days };
}
