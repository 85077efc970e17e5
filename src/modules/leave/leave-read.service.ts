import type { Db } from '../../db/client';
import { fail } from '../../http/errors';
import { cutiBersamaOfYear, eachDate } from '../attendance/rules/calendar.rules';
import { localDateOf } from '../attendance/rules/schedule.rules';
import type { Actor } from '../auth/actor';
import { can } from '../auth/permissions';
import {
  ANNUAL_LEAVE_DAYS,
  annualLeaveEntitlement,
  MAX_CARRY_OVER_DAYS,
} from '../performance/rules/leave.rules';
import { subordinatesByDate } from '../performance/team-scope';
import {
  employeeZoneOf,
  loadWorkCalendar,
  workingDayTest,
} from '../performance/work-calendar.store';
import type { LeaveBalanceDto, LeaveDto, PendingLeaveDto } from './leave.schema';
import { maxDate, minDate, presentLeave } from './leave.service';
import * as store from './leave.store';

/** Reads of leave: one's own requests and balance, and a supervisor's queue. */

function ownReader(actor: Actor): string {
  const employeeId = actor.employeeId;
  if (!employeeId || !can(actor, 'leave.read', { employeeId })) throw fail('forbidden');
  return employeeId;
}

export async function listMyLeave(
  db: Db,
  actor: Actor,
  query: { year?: number },
): Promise<{ items: LeaveDto[] }> {
  const rows = await store.listLeaveOf(db, ownReader(actor), query.year);
  return { items: rows.map(presentLeave) };
}

/**
 * Pending requests whose direct supervisor on the leave's first day is the caller (the
 * same test decideLeave applies), oldest period first.
 */
export async function listPendingForSupervisor(
  db: Db,
  actor: Actor,
): Promise<{ items: PendingLeaveDto[] }> {
  const supervisorId = actor.employeeId;
  if (!supervisorId) throw fail('forbidden');
  const pending = await store.listPendingLeave(db);
  const team = await subordinatesByDate(
    db,
    supervisorId,
    pending.map((l) => l.fromDate),
  );
  const mine = pending.filter((l) => team.get(l.fromDate)?.has(l.employeeId));
  const people = new Map(
    (await store.findEmployees(db, [...new Set(mine.map((l) => l.employeeId))])).map((e) => [
      e.id,
      e,
    ]),
  );
  return {
    items: mine.map((l) => {
      const e = people.get(l.employeeId);
      return {
        ...presentLeave(l),
        employee: { id: l.employeeId, nip: e?.nip ?? '', name: e?.name ?? '' },
      };
    }),
  };
}

/**
 * The caller's annual leave balance for a year (DOMAIN §2): 12 days plus the carry-over
 * (the current year only, at most 6) minus every cuti bersama day of the year, minus the
 * annual leave days approved or pending in that year.
 */
export async function leaveBalance(
  db: Db,
  actor: Actor,
  query: { year?: number },
  now: Date,
): Promise<LeaveBalanceDto> {
  const employeeId = ownReader(actor);
  const [employee] = await store.findEmployees(db, [employeeId]);
  if (!employee) throw fail('unknown_employee');
  const currentYear = Number(localDateOf(now, await employeeZoneOf(db, employeeId)).slice(0, 4));
  const year = query.year ?? currentYear;
  const range = { from: `${year}-01-01`, to: `${year}-12-31` };
  const calendar = await loadWorkCalendar(db, employee, range);
  const isWorkingDay = workingDayTest(calendar);
  const carry =
    year === currentYear
      ? Math.min(Math.max(employee.annualLeaveCarry, 0), MAX_CARRY_OVER_DAYS)
      : 0;
  const counts = { approved: 0, pending: 0 };
  for (const leave of await store.listHoldingLeave(db, employeeId, range)) {
    if (leave.kind !== 'annual') continue;
    const days = eachDate(
      maxDate(leave.fromDate, range.from),
      minDate(leave.toDate, range.to),
    ).filter(isWorkingDay).length;
    counts[leave.status === 'approved' ? 'approved' : 'pending'] += days;
  }
  const entitled = annualLeaveEntitlement(year, carry, calendar.holidays);
  return {
    year,
    entitlement: ANNUAL_LEAVE_DAYS,
    carryOver: carry,
    cutiBersama: cutiBersamaOfYear(year, calendar.holidays).length,
    approved: counts.approved,
    pending: counts.pending,
    remaining: Math.max(0, entitled - counts.approved - counts.pending),
  };
}
