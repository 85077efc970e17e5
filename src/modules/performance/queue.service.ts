import { DateTime } from 'luxon';
import type { Db } from '../../db/client';
import { fail } from '../../http/errors';
import type { LeaveKind } from '../attendance/rules/attendance-day.rules';
import { addDays, type IsoDate } from '../attendance/rules/calendar.rules';
import { localDateOf } from '../attendance/rules/schedule.rules';
import type { Actor } from '../auth/actor';
import { invalidField } from './parse-input';
import { dayFlags } from './queue-flags';
import type { QueueDto } from './report.schema';
import * as store from './report.store';
import { presentItems } from './report-present';
import { leaveByDate } from './rules/leave.rules';
import { subordinatesByDate } from './team-scope';
import { employeeZoneOf, loadCalendarContext, loadEmployeeCalendar } from './work-calendar.store';

const MAX_QUEUE_DAYS = 100;

/**
 * Submitted items of the caller's direct subordinates (supervision on each item's date),
 * grouped by person and day, each day with its anomaly flags. The default window is the
 * one in which verification is still possible: from the first day of last month to today.
 */
export async function reviewQueue(
  db: Db,
  actor: Actor,
  query: { from?: IsoDate; to?: IsoDate },
  now: Date,
): Promise<QueueDto> {
  const supervisorId = actor.employeeId;
  if (!supervisorId) throw fail('forbidden');
  const today = localDateOf(now, await employeeZoneOf(db, supervisorId));
  const range = {
    from:
      query.from ??
      DateTime.fromISO(today, { zone: 'utc' }).minus({ months: 1 }).startOf('month').toISODate()!,
    to: query.to ?? today,
  };
  if (range.to < range.from) throw invalidField('to', 'tanggal akhir sebelum tanggal awal');
  if (addDays(range.from, MAX_QUEUE_DAYS) < range.to) {
    throw invalidField('to', `paling banyak ${MAX_QUEUE_DAYS} hari sekali tampil`);
  }
  const team = await subordinatesByDate(
    db,
    supervisorId,
    await store.listSubmittedDates(db, range),
  );
  const candidates = [...new Set([...team.values()].flatMap((ids) => [...ids]))];
  const rows = await store.listItemsOfMany(db, candidates, range, ['submitted', 'approved']);
  const queued = rows.filter(
    (r) => r.status === 'submitted' && team.get(r.date)?.has(r.employeeId),
  );
  if (queued.length === 0) return { groups: [] };

  const people = [...new Set(queued.map((r) => r.employeeId))];
  const [employees, leaves, items, ctx] = await Promise.all([
    store.findEmployees(db, people),
    store.listApprovedLeave(db, people, range),
    presentItems(db, queued),
    loadCalendarContext(db, range),
  ]);
  const itemById = new Map(items.map((i) => [i.id, i]));
  const groups: QueueDto['groups'] = [];
  for (const employee of employees.sort((a, b) => a.name.localeCompare(b.name))) {
    const calendar = await loadEmployeeCalendar(db, ctx, employee);
    const leaveDays = leaveByDate(
      leaves
        .filter((l) => l.employeeId === employee.id)
        .map((l) => ({ kind: l.kind as LeaveKind, from: l.from, to: l.to })),
    );
    const checkIns = await store.listCheckIns(db, employee.id, {
      from: DateTime.fromISO(range.from, { zone: calendar.zone }).toJSDate(),
      to: DateTime.fromISO(addDays(range.to, 1), { zone: calendar.zone }).toJSDate(),
    });
    const checkInDates = new Set(checkIns.map((at) => localDateOf(at, calendar.zone)));
    const mine = rows.filter((r) => r.employeeId === employee.id);
    const dates = [
      ...new Set(queued.filter((r) => r.employeeId === employee.id).map((r) => r.date)),
    ];
    const days = dates.sort().map((date) => {
      const shift = calendar.shifts.get(date);
      const facts = {
        isWorkingDay: shift !== undefined,
        scheduledMinutes: shift?.workingMinutes ?? 0,
        leaveKind: leaveDays.get(date) ?? null,
        hasCheckIn: checkInDates.has(date),
        reportedMinutes: mine.filter((r) => r.date === date).reduce((s, r) => s + r.minutes, 0),
      };
      const flags = dayFlags(facts);
      return {
        date,
        scheduledMinutes: facts.scheduledMinutes,
        reportedMinutes: facts.reportedMinutes,
        leaveKind: facts.leaveKind,
        flags,
        items: queued
          .filter((r) => r.employeeId === employee.id && r.date === date)
          .map((r) => ({ ...itemById.get(r.id)!, flags })),
      };
    });
    groups.push({ employee: { id: employee.id, nip: employee.nip, name: employee.name }, days });
  }
  return { groups };
}
