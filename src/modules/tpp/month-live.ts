import type { DayResult, DayStatus } from '../attendance/rules/attendance-day.rules';
import type { IsoDate } from '../attendance/rules/calendar.rules';
import type { PlannedShift } from '../attendance/rules/schedule.rules';
import { localDateOf } from '../attendance/rules/schedule.rules';
import type { AttendanceCode, RuleSet } from './rules/rule-set';

/**
 * The live view of an open month judges only days that are over (DOMAIN §3: TK, TL4 and
 * PSW4 say an event never came, which is known only once its window has closed). The
 * close never gets here: by then every day of the month is over.
 */

// A check-out counts up to 6 hours after the shift's end (DOMAIN §3, "Windows"), so a
// missing check-out (PSW4) or a day without events (TK) is final only after that.
const CHECK_OUT_TAIL_MS = 6 * 60 * 60_000;

const SETTLED: ReadonlySet<DayStatus> = new Set(['off', 'holiday', 'leave', 'duty']);

/**
 * The dates still pending at `now`: every date after today in the employee's zone, and a
 * working day (not leave) whose check-out window has not closed yet — today, or
 * yesterday under a night shift.
 */
export function pendingDates(
  days: readonly DayResult[],
  shiftByDate: ReadonlyMap<IsoDate, PlannedShift>,
  zone: string,
  now: Date,
): Set<IsoDate> {
  const today = localDateOf(now, zone);
  const pending = new Set<IsoDate>();
  for (const day of days) {
    if (day.date > today) {
      pending.add(day.date);
      continue;
    }
    const shift = shiftByDate.get(day.date);
    if (!shift || SETTLED.has(day.status)) continue;
    if (now.getTime() <= shift.end.getTime() + CHECK_OUT_TAIL_MS) pending.add(day.date);
  }
  return pending;
}

function statusOfCodes(codes: readonly AttendanceCode[]): DayStatus {
  const late = codes.some((c) => c.startsWith('TL'));
  const early = codes.some((c) => c.startsWith('PSW'));
  if (late && early) return 'late_and_early';
  if (late) return 'late';
  return early ? 'early_leave' : 'present';
}

/**
 * A pending day as shown: the codes the events so far give (a late check-in's TL), none
 * for events that may still come (TK, TL4 without a check-in, PSW4 without a check-out).
 * Without any event the status stays `absent` as the rules give it, but with no code.
 */
export function provisionalDay(day: DayResult): DayResult {
  if (SETTLED.has(day.status)) return day;
  if (!day.checkIn && !day.checkOut) return { ...day, status: 'absent', codes: [] };
  const codes = day.codes.filter(
    (c) => c !== 'TK' && !(c === 'TL4' && !day.checkIn) && !(c === 'PSW4' && !day.checkOut),
  );
  return { ...day, codes, status: statusOfCodes(codes) };
}

/**
 * A pending day as the month totals see it: no code and no deduction. A working day
 * counts as an ordinary working day (in the target, its minutes counted); a leave day
 * keeps its status (out of the target) and only a prorating kind, which changes the base
 * rather than deducting (CLTN, tugas belajar).
 */
export function pendingForTotals(day: DayResult, rules: RuleSet): DayResult {
  if (day.status === 'off' || day.status === 'holiday') return day;
  if (day.status === 'leave' || day.status === 'duty') {
    const prorated = day.leaveKind !== null && rules.prorated_leave_kinds.includes(day.leaveKind);
    return prorated ? day : { ...day, leaveKind: null };
  }
  return { ...day, status: 'present', codes: [] };
}
