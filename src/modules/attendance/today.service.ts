import type { Db } from '../../db/client';
import { fail } from '../../http/errors';
import type { TodayView } from './attendance.schema';
import { listEventsBetween, loadCheckInContext } from './check-in.store';
import { loadReference } from './reference.cache';
import { addDays } from './rules/calendar.rules';
import { localDateOf, toInstant } from './rules/schedule.rules';
import { planEmployeeShifts } from './shift-plan';
import { clockIn, zoneLabel } from './zone';

/**
 * The home screen of an employee: today's date and schedule in their zone, today's
 * events, and the offices they may check in at (with zones, for the map).
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
  const shifts = planEmployeeShifts({
    range: { from: date, to: date },
    zone,
    schedule,
    holidays: ref.holidays,
    specialPeriods: ref.specialPeriods,
    roster: ctx.roster,
  });
  const events = await listEventsBetween(
    db,
    employeeId,
    toInstant(date, '00:00', zone),
    toInstant(addDays(date, 1), '00:00', zone),
  );
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
    events: events.map((e) => ({ ...e, at: e.at.toISOString() })),
    offices: ctx.offices.map((o) => ({ ...o, zoneLabel: zoneLabel(o.timezone, now) })),
  };
}
