import type { AttendanceCode, RuleSet } from '../../tpp/rules/rule-set.js';
import type { HolidayIndex, IsoDate } from './calendar.rules.js';
import type { PlannedShift } from './schedule.rules.js';

/**
 * Leave kinds (DOMAIN §2). `duty` is dinas luar: the employee works elsewhere, so its
 * day status is `duty`, not `leave`.
 */
export const LEAVE_KINDS = [
  'annual',
  'long_service',
  'sick',
  'maternity',
  'important_reason',
  'unpaid',
  'study',
  'duty',
  'permission',
] as const;

export type LeaveKind = (typeof LEAVE_KINDS)[number];

/** Exactly one status per calendar day (DOMAIN §3). */
export type DayStatus =
  | 'present'
  | 'late'
  | 'early_leave'
  | 'late_and_early'
  | 'absent'
  | 'leave'
  | 'duty'
  | 'holiday'
  | 'off';

/** An accepted check-in or check-out at an absolute instant. */
export type AttendanceEvent = { kind: 'check_in' | 'check_out'; at: Date };

/** An event and the shift whose window took it; `shift: null` means `offshift`. */
export type AssignedEvent<E extends AttendanceEvent> = { event: E; shift: PlannedShift | null };

/** The outcome of one calendar day for one employee. */
export type DayResult = {
  date: IsoDate;
  status: DayStatus;
  /** Set when status is `leave` or `duty`. */
  leaveKind: LeaveKind | null;
  /** TL/PSW codes, or ["TK"] for absent; sorted TL before PSW. */
  codes: AttendanceCode[];
  /** Whole minutes late; null when there was no check-in (the code is then TL4). */
  lateMinutes: number | null;
  /** Whole minutes left early; null when there was no check-out (the code is then PSW4). */
  earlyLeaveMinutes: number | null;
  checkIn: Date | null;
  checkOut: Date | null;
  /** The day's scheduled working minutes (the productivity cap); 0 on off/holiday. */
  scheduledMinutes: number;
};

type Rules = Pick<RuleSet, 'grace_minutes' | 'band_upper_minutes'>;

const MINUTE_MS = 60_000;
const CHECK_IN_LEAD_MS = 2 * 60 * MINUTE_MS;
const CHECK_OUT_TAIL_MS = 6 * 60 * MINUTE_MS;

/**
 * Assigns each event to the shift whose window holds it (edges inclusive): a check-in
 * from 2 h before start to the end, a check-out from the start to 6 h after the end.
 * When two windows hold an event the nearest start (check-in) or end (check-out) wins;
 * an exact tie goes to the earlier shift so results never depend on input order.
 */
export function assignEventsToShifts<E extends AttendanceEvent>(
  shifts: readonly PlannedShift[],
  events: readonly E[],
): AssignedEvent<E>[] {
  const ordered = [...shifts].sort((a, b) => a.start.getTime() - b.start.getTime());
  return events.map((event) => {
    const at = event.at.getTime();
    let best: PlannedShift | null = null;
    let bestGap = Number.POSITIVE_INFINITY;
    for (const shift of ordered) {
      const start = shift.start.getTime();
      const end = shift.end.getTime();
      const isCheckIn = event.kind === 'check_in';
      const opens = isCheckIn ? start - CHECK_IN_LEAD_MS : start;
      const closes = isCheckIn ? end : end + CHECK_OUT_TAIL_MS;
      if (at < opens || at > closes) continue;
      const gap = Math.abs(at - (isCheckIn ? start : end));
      if (gap < bestGap) {
        best = shift;
        bestGap = gap;
      }
    }
    return { event, shift: best };
  });
}

/** Whole minutes from `from` to `to`, truncated; 0 when `to` is not after `from`. */
export function wholeMinutesBetween(from: Date, to: Date): number {
  return Math.max(0, Math.floor((to.getTime() - from.getTime()) / MINUTE_MS));
}

// A grace period forgives lateness within it entirely; beyond it, the whole lateness
// counts from the scheduled time (grace 5: 5 min -> 0, 6 min -> 6).
function applyGrace(minutes: number, graceMinutes: number): number {
  return minutes <= graceMinutes ? 0 : minutes;
}

/** Late minutes of a check-in against the shift start (truncated, grace applied). */
export function lateMinutesOf(checkIn: Date, start: Date, graceMinutes = 0): number {
  return applyGrace(wholeMinutesBetween(start, checkIn), graceMinutes);
}

/** Early-leave minutes of a check-out against the shift end (truncated, grace applied). */
export function earlyLeaveMinutesOf(checkOut: Date, end: Date, graceMinutes = 0): number {
  return applyGrace(wholeMinutesBetween(checkOut, end), graceMinutes);
}

/**
 * Band 1–4 for a number of minutes (1–30 / 31–60 / 61–90 / >90 by default); null for 0.
 */
export function bandOf(minutes: number, bands: Rules['band_upper_minutes']): 1 | 2 | 3 | 4 | null {
  if (minutes <= 0) return null;
  if (minutes <= bands[0]) return 1;
  if (minutes <= bands[1]) return 2;
  if (minutes <= bands[2]) return 3;
  return 4;
}

/** Input of {@link evaluateDay}. */
export type EvaluateDayInput = {
  date: IsoDate;
  /** The shift planned for this attendance day; null when it is not a working day. */
  shift: PlannedShift | null;
  isHoliday: boolean;
  /** Approved leave covering this date (a merely requested leave is not leave). */
  leaveKind: LeaveKind | null;
  /** Check-ins and check-outs assigned to this day's shift. */
  checkIns: readonly Date[];
  checkOuts: readonly Date[];
  rules: Rules;
};

function earliest(instants: readonly Date[]): Date | null {
  return instants.reduce<Date | null>((a, b) => (a && a <= b ? a : b), null);
}

function latest(instants: readonly Date[]): Date | null {
  return instants.reduce<Date | null>((a, b) => (a && a >= b ? a : b), null);
}

/**
 * The status of one day. Precedence: no planned shift -> `holiday` (a holiday, also on
 * a weekend) or `off`; approved leave -> `leave` with its kind (`duty` for dinas luar),
 * whatever events exist; no events -> `absent` (TK). Otherwise the first check-in and
 * last check-out give the codes; a missing one counts as TL4 / PSW4.
 */
export function evaluateDay(input: EvaluateDayInput): DayResult {
  const { date, shift, rules } = input;
  const checkIn = earliest(input.checkIns);
  const checkOut = latest(input.checkOuts);
  const base = { date, checkIn, checkOut, leaveKind: null, codes: [] };
  if (!shift) {
    const status = input.isHoliday ? 'holiday' : 'off';
    return { ...base, status, lateMinutes: 0, earlyLeaveMinutes: 0, scheduledMinutes: 0 };
  }
  const scheduledMinutes = shift.workingMinutes;
  if (input.leaveKind) {
    return {
      ...base,
      status: input.leaveKind === 'duty' ? 'duty' : 'leave',
      leaveKind: input.leaveKind,
      lateMinutes: 0,
      earlyLeaveMinutes: 0,
      scheduledMinutes,
    };
  }
  if (!checkIn && !checkOut) {
    return {
      ...base,
      status: 'absent',
      codes: ['TK'],
      lateMinutes: null,
      earlyLeaveMinutes: null,
      scheduledMinutes,
    };
  }
  const lateMinutes = checkIn ? lateMinutesOf(checkIn, shift.start, rules.grace_minutes) : null;
  const earlyLeaveMinutes = checkOut
    ? earlyLeaveMinutesOf(checkOut, shift.end, rules.grace_minutes)
    : null;
  const lateBand = lateMinutes === null ? 4 : bandOf(lateMinutes, rules.band_upper_minutes);
  const earlyBand =
    earlyLeaveMinutes === null ? 4 : bandOf(earlyLeaveMinutes, rules.band_upper_minutes);
  const codes: AttendanceCode[] = [];
  if (lateBand) codes.push(`TL${lateBand}`);
  if (earlyBand) codes.push(`PSW${earlyBand}`);
  return {
    ...base,
    status: statusFromBands(lateBand !== null, earlyBand !== null),
    codes,
    lateMinutes,
    earlyLeaveMinutes,
    scheduledMinutes,
  };
}

function statusFromBands(isLate: boolean, leftEarly: boolean): DayStatus {
  if (isLate && leftEarly) return 'late_and_early';
  if (isLate) return 'late';
  if (leftEarly) return 'early_leave';
  return 'present';
}

/** Input of {@link evaluateDays}. */
export type EvaluateDaysInput<E extends AttendanceEvent> = {
  /** The dates to report, e.g. every calendar day of a month. */
  dates: readonly IsoDate[];
  /**
   * Planned shifts; include a day either side of `dates` so a check-out after a night
   * shift, or a neighbouring shift's competing window, is judged correctly.
   */
  shifts: readonly PlannedShift[];
  events: readonly E[];
  holidays: HolidayIndex;
  leaveByDate: ReadonlyMap<IsoDate, LeaveKind>;
  rules: Rules;
};

/**
 * Evaluates each date in `dates`. Returns the day results in the given order and the
 * events that fell outside every window (`offshift`: stored, but they count nowhere).
 */
export function evaluateDays<E extends AttendanceEvent>(
  input: EvaluateDaysInput<E>,
): { days: DayResult[]; offshift: E[] } {
  const assigned = assignEventsToShifts(input.shifts, input.events);
  const shiftByDate = new Map(input.shifts.map((shift) => [shift.date, shift]));
  const days = input.dates.map((date) =>
    evaluateDay({
      date,
      shift: shiftByDate.get(date) ?? null,
      isHoliday: input.holidays.has(date),
      leaveKind: input.leaveByDate.get(date) ?? null,
      checkIns: assigned
        .filter((a) => a.shift?.date === date && a.event.kind === 'check_in')
        .map((a) => a.event.at),
      checkOuts: assigned
        .filter((a) => a.shift?.date === date && a.event.kind === 'check_out')
        .map((a) => a.event.at),
      rules: input.rules,
    }),
  );
  return { days, offshift: assigned.filter((a) => a.shift === null).map((a) => a.event) };
}
