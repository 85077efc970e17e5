import type { Db } from '../../db/client';
import { fail } from '../../http/errors';
import type { TodayView } from './attendance.schema';
import { type DayEvent, listEventsBetween, loadCheckInContext } from './check-in.store';
import { loadReference } from './reference.cache';
import { assignEventsToShifts } from './rules/attendance-day.rules';
import { addDays } from './rules/calendar.rules';
import { localDateOf, toInstant } from './rules/schedule.rules';
import { planEmployeeShifts, rangeAround } from './shift-plan';
import { clockIn, zoneLabel } from './zone';

type EventView = TodayView['events'][number];

/**
 * The home screen of an employee: today's date and schedule in their zone, today's
 * events, and the offices they may check in at (with zones, for the map). Each event
 * carries the attendance day whose window holds it, as the month computes it, so an
 * `offshift` check-in at 01:19 or last night's shift check-out is not today's
 * `checkIn` / `checkOut`.
 */
export async function getToday(db: Db, employeeId: string, now: Date): Promise<TodayView> {
  const utcDate = now.toISOString().slice(0, 10);
  const [ref, ctx] = await Promise.all([
    loadReference(db),
    loadCheckInContext(db, {
      employeeId,
      clientId: null,
      from: addDays(utcDate, -2),
      to: addDays(utcDate, 2),
      // Closed months do not matter here: a month that cannot be closed yet.
      minMonth: '9999-12',
      previousSince: null,
    }),
  ]);
  if (!ctx?.active) throw fail('unknown_employee', { employeeId });
  const zone = ctx.offices[0]?.timezone ?? ref.tenantZone;
  const date = localDateOf(now, zone);
  const schedule = ref.schedules.get(ctx.schedule) ?? ref.schedules.get('standard');
  if (!schedule) throw new Error('the standard schedule is missing: reference data not seeded');
  // The neighbouring days' shifts compete for the events (a night shift's check-out).
  const planned = planEmployeeShifts({
    range: rangeAround(date),
    zone,
    schedule,
    holidays: ref.holidays,
    specialPeriods: ref.specialPeriods,
    roster: ctx.roster,
  });
  const shifts = planned.filter((s) => s.date === date);
  const dayStart = toInstant(date, '00:00', zone).getTime();
  const dayEnd = toInstant(addDays(date, 1), '00:00', zone).getTime();
  // Today's shift may take events of the calendar days either side of today.
  const around = await listEventsBetween(
    db,
    employeeId,
    toInstant(addDays(date, -1), '00:00', zone),
    toInstant(addDays(date, 2), '00:00', zone),
  );
  const views = viewsOf(planned, around);
  const ofToday = views.filter((v) => v.status === 'accepted' && v.attendanceDate === date);
  const holiday = ref.holidays.get(date);
  return {
    date,
    timezone: zone,
    zoneLabel: zoneLabel(zone, now),
    schedule: { code: schedule.code, name: schedule.name, kind: schedule.kind },
    shifts: shifts.map((s) => ({
      start: s.start.toISOString(),
      end: s.end.toISOString(),
      startLocal: clockIn(zone, s.start),
      endLocal: clockIn(zone, s.end),
    })),
    holiday: holiday ? { name: holiday.name, kind: holiday.kind } : null,
    onDuty: ctx.duty.some((d) => d.from <= date && date <= d.to),
    events: views.filter((_, i) => {
      const at = around[i].at.getTime();
      return dayStart <= at && at < dayEnd;
    }),
    checkIn: ofToday.find((v) => v.kind === 'check_in') ?? null,
    checkOut: ofToday.findLast((v) => v.kind === 'check_out') ?? null,
    offices: ctx.offices.map((o) => ({ ...o, zoneLabel: zoneLabel(o.timezone, now) })),
  };
}

/** Events as shown, oldest first; only accepted ones belong to an attendance day. */
function viewsOf(
  shifts: Parameters<typeof assignEventsToShifts>[0],
  events: readonly DayEvent[],
): EventView[] {
  const assigned = assignEventsToShifts(shifts, events);
  return assigned.map(({ event, shift }) => {
    const accepted = event.status === 'accepted';
    return {
      ...event,
      at: event.at.toISOString(),
      attendanceDate: accepted ? (shift?.date ?? null) : null,
      offshift: accepted && shift === null,
    };
  });
}
