import { DateTime } from 'luxon';
import type { IsoDate } from '../../attendance/rules/calendar.rules.js';
import { type ClockTime, parseClockTime } from '../../attendance/rules/schedule.rules.js';
import type { ReasonCode } from '../../shared-rules/reason-codes.js';
import type { RuleSet } from '../../tpp/rules/rule-set.js';

/** Life of a report item: draft -> submitted -> approved | rejected | returned. */
export type ItemState = 'draft' | 'submitted' | 'approved' | 'rejected' | 'returned';

/** What someone does to an item. `return` sends it back for revision ("revise"). */
export type ItemAction = 'submit' | 'approve' | 'reject' | 'return';

/** A duty from the position's activity catalogue. */
export type DutyItemBody = { type: 'duty'; quantity: number; standardMinutes: number };

/**
 * An additional task with times of day in office time. An end before the start means
 * the task ran past midnight (night shifts; the service allows it for shift workers
 * only); an end equal to the start is invalid.
 */
export type TaskItemBody = { type: 'task'; start: ClockTime; end: ClockTime };

export type ItemBody = DutyItemBody | TaskItemBody;

/** A timed item already stored for the same employee, for the overlap check. */
export type TimedItem = {
  id: string;
  date: IsoDate;
  start: ClockTime;
  end: ClockTime;
  state: ItemState;
};

/** Outcome of a check: allowed, or refused with a stable reason code. */
export type RuleDecision = { ok: true } | { ok: false; reason: ReasonCode };

/** Outcome of {@link transitionItem}. */
export type TransitionDecision = { ok: true; state: ItemState } | { ok: false; reason: ReasonCode };

const DAY_MINUTES = 24 * 60;

/** Minutes after midnight of the report date at which a task starts and ends. */
export function taskInterval(start: ClockTime, end: ClockTime): { from: number; to: number } {
  const from = parseClockTime(start);
  const rawTo = parseClockTime(end);
  if (rawTo === from) throw new RangeError('A task must end after it starts');
  return { from, to: rawTo < from ? rawTo + DAY_MINUTES : rawTo };
}

/**
 * Minutes of an item: quantity × standard minutes for a duty (rounded to whole minutes,
 * half up, since catalogue minutes may be fractional), end − start for a task.
 */
export function itemMinutes(body: ItemBody): number {
  if (body.type === 'task') {
    const { from, to } = taskInterval(body.start, body.end);
    return to - from;
  }
  if (!(body.quantity > 0) || !(body.standardMinutes > 0)) {
    throw new RangeError('Quantity and standard minutes must be positive');
  }
  return Math.round(body.quantity * body.standardMinutes);
}

/** Whole days from `from` to `to` (ISO dates; UTC arithmetic, so no zone can shift it). */
function daysFrom(from: IsoDate, to: IsoDate): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/**
 * The first stored timed item whose time overlaps the candidate, or null. Times are
 * placed on one line from midnight of the candidate's date, so a night task past
 * midnight (22:00–02:00 on the 2nd) also meets the early items of the next date
 * (01:00–03:00 on the 3rd), and the other way round; items two or more days apart never
 * overlap. Touching ends (09:00–10:00 then 10:00–11:00) do not overlap; rejected items
 * free their time; the candidate's own earlier version (same id) is ignored so a
 * returned item can be corrected and submitted again.
 */
export function findOverlappingItem(
  candidate: { id?: string; date: IsoDate; start: ClockTime; end: ClockTime },
  existing: readonly TimedItem[],
): TimedItem | null {
  const mine = taskInterval(candidate.start, candidate.end);
  for (const item of existing) {
    if (item.state === 'rejected') continue;
    if (candidate.id !== undefined && item.id === candidate.id) continue;
    const days = daysFrom(candidate.date, item.date);
    if (Math.abs(days) > 1) continue;
    const other = taskInterval(item.start, item.end);
    const shift = days * DAY_MINUTES;
    if (mine.from < other.to + shift && other.from + shift < mine.to) return item;
  }
  return null;
}

// "Until the end of day X" is implemented as "before the start of day X + 1" in the
// office zone, which holds at any clock precision.
function startOfDayAfter(date: IsoDate, zone: string, plusDays: number): Date {
  const value = DateTime.fromISO(date, { zone })
    .plus({ days: plusDays + 1 })
    .startOf('day');
  if (!value.isValid) throw new RangeError(`Bad date or zone: ${date} ${zone}`);
  return value.toJSDate();
}

/** The first instant at which entering an item for `date` is too late. */
export function entryDeadline(date: IsoDate, zone: string, days: number): Date {
  return startOfDayAfter(date, zone, days);
}

/**
 * The first instant at which verifying an item for `date` is too late: the day after
 * day `day` of the following month (clamped to that month's last day).
 */
export function verificationDeadline(date: IsoDate, zone: string, day: number): Date {
  const nextMonth = DateTime.fromISO(date, { zone }).startOf('month').plus({ months: 1 });
  if (!nextMonth.isValid) throw new RangeError(`Bad date or zone: ${date} ${zone}`);
  const lastDay = nextMonth.daysInMonth ?? 28;
  return nextMonth
    .set({ day: Math.min(day, lastDay) })
    .plus({ days: 1 })
    .toJSDate();
}

/** Refuses an entry made after the end of day `date` + entry_deadline_days (office time). */
export function checkEntryDeadline(input: {
  date: IsoDate;
  now: Date;
  zone: string;
  rules: Pick<RuleSet, 'entry_deadline_days'>;
}): RuleDecision {
  const deadline = entryDeadline(input.date, input.zone, input.rules.entry_deadline_days);
  return input.now < deadline ? { ok: true } : { ok: false, reason: 'after_deadline' };
}

/** Input of {@link checkVerification}. */
export type VerificationInput = {
  verifierId: string;
  ownerId: string;
  /** Who may verify the owner's items: the direct supervisor (or the acting one). */
  supervisorIds: readonly string[];
  state: ItemState;
  date: IsoDate;
  now: Date;
  zone: string;
  rules: Pick<RuleSet, 'verification_deadline_day'>;
};

/**
 * Whether `verifierId` may verify this item now, in this order: own item
 * (self_verification — also for a head who has no supervisor), not the owner's
 * supervisor, item not awaiting verification (not_pending), too late (after_deadline).
 */
export function checkVerification(input: VerificationInput): RuleDecision {
  if (input.verifierId === input.ownerId) return { ok: false, reason: 'self_verification' };
  if (!input.supervisorIds.includes(input.verifierId)) {
    return { ok: false, reason: 'not_supervisor' };
  }
  if (input.state !== 'submitted') return { ok: false, reason: 'not_pending' };
  const deadline = verificationDeadline(
    input.date,
    input.zone,
    input.rules.verification_deadline_day,
  );
  return input.now < deadline ? { ok: true } : { ok: false, reason: 'after_deadline' };
}

const VERIFY_ACTIONS: ReadonlySet<ItemAction> = new Set(['approve', 'reject', 'return']);

/**
 * The state after an action. Verifying anything but a submitted item is `not_pending`;
 * rejecting needs a reason (DOMAIN §5); other impossible moves are `invalid_transition`.
 */
export function transitionItem(
  state: ItemState,
  action: ItemAction,
  reason?: string,
): TransitionDecision {
  if (VERIFY_ACTIONS.has(action)) {
    if (state !== 'submitted') return { ok: false, reason: 'not_pending' };
    if (action === 'reject' && !reason?.trim()) return { ok: false, reason: 'reason_required' };
    const next: ItemState =
      action === 'approve' ? 'approved' : action === 'reject' ? 'rejected' : 'returned';
    return { ok: true, state: next };
  }
  return isEditable(state)
    ? { ok: true, state: 'submitted' }
    : { ok: false, reason: 'invalid_transition' };
}

/** Items can be edited (and submitted) while a draft or after being returned. */
export function isEditable(state: ItemState): boolean {
  return state === 'draft' || state === 'returned';
}
