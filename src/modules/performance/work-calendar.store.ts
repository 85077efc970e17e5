import { and, asc, eq, gte, lte } from 'drizzle-orm';
import type { Tx } from '../../db/client';
import {
  employeeOffices,
  holidays,
  offices,
  rosters,
  schedules,
  specialPeriods,
  tenant,
} from '../../db/tables';
import {
  type Holiday,
  type HolidayIndex,
  type IsoDate,
  indexHolidays,
} from '../attendance/rules/calendar.rules';
import {
  type DateRange,
  type PlannedShift,
  STANDARD_WEEK,
} from '../attendance/rules/schedule.rules';
import {
  planEmployeeShifts,
  type ScheduleDef,
  type SpecialPeriodDef,
} from '../attendance/shift-plan';
import { toWeekPattern } from '../attendance/week';

/**
 * An employee's working calendar over a range of dates: which dates are working days
 * (planned shifts of their schedule or roster) and how many minutes each holds. Leave
 * counting, report anomaly flags and deadlines read it. Loaded fresh, without the
 * check-in path's cache, because admins' holiday edits must show at once here.
 */
export type WorkCalendar = {
  zone: string;
  range: DateRange;
  holidays: HolidayIndex;
  /** Planned shifts by attendance date (the date a shift starts). */
  shifts: ReadonlyMap<IsoDate, PlannedShift>;
};

/** What is the same for every employee over a range: holidays, schedules, special periods. */
export type CalendarContext = {
  range: DateRange;
  holidays: HolidayIndex;
  schedules: ReadonlyMap<string, ScheduleDef>;
  specialPeriods: readonly SpecialPeriodDef[];
  tenantZone: string;
};

export type CalendarEmployee = { id: string; schedule: string };

const FALLBACK_ZONE = 'Asia/Makassar';
const HOLIDAY_RANK: Record<string, number> = { national: 0, cuti_bersama: 1, local: 2 };
const STANDARD: ScheduleDef = {
  code: 'standard',
  name: 'Jadwal standar',
  kind: 'weekly',
  week: STANDARD_WEEK,
};

export async function loadCalendarContext(tx: Tx, range: DateRange): Promise<CalendarContext> {
  // One after the other: inside a transaction the queries share one connection.
  const holidayRows = await tx
    .select({ date: holidays.date, name: holidays.name, kind: holidays.kind })
    .from(holidays)
    .where(and(gte(holidays.date, range.from), lte(holidays.date, range.to)))
    .orderBy(asc(holidays.date));
  const scheduleRows = await tx.select().from(schedules);
  const periodRows = await tx
    .select()
    .from(specialPeriods)
    .where(and(lte(specialPeriods.fromDate, range.to), gte(specialPeriods.toDate, range.from)));
  const tenantRows = await tx.select({ timezone: tenant.timezone }).from(tenant).limit(1);
  // National days first: a date that is also a local holiday keeps its national name and
  // a cuti bersama day stays cuti bersama (it is charged to annual leave).
  holidayRows.sort((a, b) => (HOLIDAY_RANK[a.kind] ?? 9) - (HOLIDAY_RANK[b.kind] ?? 9));
  const scheduleMap = new Map<string, ScheduleDef>([['standard', STANDARD]]);
  for (const s of scheduleRows) {
    const kind = s.kind === 'shift' ? 'shift' : 'weekly';
    const week = kind === 'shift' ? null : toWeekPattern(s.week);
    scheduleMap.set(s.code, { code: s.code, name: s.name, kind, week });
  }
  return {
    range,
    holidays: indexHolidays(holidayRows as Holiday[]),
    schedules: scheduleMap,
    specialPeriods: periodRows.map((p) => ({
      from: p.fromDate,
      to: p.toDate,
      week: toWeekPattern(p.week),
    })),
    tenantZone: tenantRows[0]?.timezone ?? FALLBACK_ZONE,
  };
}

/**
 * The zone of an employee's days and deadlines: their first allowed office's (ordinal 0),
 * else the tenant's (DOMAIN §3).
 */
export async function employeeZoneOf(tx: Tx, employeeId: string): Promise<string> {
  const [office] = await tx
    .select({ timezone: offices.timezone })
    .from(employeeOffices)
    .innerJoin(offices, eq(offices.id, employeeOffices.officeId))
    .where(eq(employeeOffices.employeeId, employeeId))
    .orderBy(asc(employeeOffices.ordinal), asc(employeeOffices.officeId))
    .limit(1);
  if (office) return office.timezone;
  const [row] = await tx.select({ timezone: tenant.timezone }).from(tenant).limit(1);
  return row?.timezone ?? FALLBACK_ZONE;
}

/**
 * Whether an employee's task on `date` may run past midnight (end before start): only a
 * shift worker's — their schedule is a rostered one, or a shift rostered on that date
 * crosses midnight (DOMAIN §2: 22:00–06:00). Everyone else ends a task on its date.
 */
export async function mayWorkPastMidnight(
  tx: Tx,
  employee: CalendarEmployee,
  date: IsoDate,
): Promise<boolean> {
  const [schedule] = await tx
    .select({ kind: schedules.kind })
    .from(schedules)
    .where(eq(schedules.code, employee.schedule))
    .limit(1);
  if (schedule?.kind === 'shift') return true;
  // HH:MM strings compare as times; an end at or before the start is the next day.
  const [overnight] = await tx
    .select({ id: rosters.id })
    .from(rosters)
    .where(
      and(
        eq(rosters.employeeId, employee.id),
        eq(rosters.date, date),
        lte(rosters.end, rosters.start),
      ),
    )
    .limit(1);
  return overnight !== undefined;
}

/** One employee's calendar over the context's range. */
export async function loadEmployeeCalendar(
  tx: Tx,
  ctx: CalendarContext,
  employee: CalendarEmployee,
): Promise<WorkCalendar> {
  // An unknown schedule code falls back to the standard week rather than to "never works".
  const schedule = ctx.schedules.get(employee.schedule) ?? STANDARD;
  const zone = await employeeZoneOf(tx, employee.id);
  const roster =
    schedule.kind === 'shift'
      ? await tx
          .select({ date: rosters.date, start: rosters.start, end: rosters.end })
          .from(rosters)
          .where(
            and(
              eq(rosters.employeeId, employee.id),
              gte(rosters.date, ctx.range.from),
              lte(rosters.date, ctx.range.to),
            ),
          )
          .orderBy(asc(rosters.date), asc(rosters.start))
      : [];
  const planned = planEmployeeShifts({
    range: ctx.range,
    zone,
    schedule,
    holidays: ctx.holidays,
    specialPeriods: ctx.specialPeriods,
    roster,
  });
  return {
    zone,
    range: ctx.range,
    holidays: ctx.holidays,
    shifts: new Map(planned.map((s) => [s.date, s])),
  };
}

/** Shortcut for a single employee. */
export async function loadWorkCalendar(
  tx: Tx,
  employee: CalendarEmployee,
  range: DateRange,
): Promise<WorkCalendar> {
  return loadEmployeeCalendar(tx, await loadCalendarContext(tx, range), employee);
}

/**
 * Working-day test over a loaded calendar. Shift workers' working days are their
 * rostered days (a leave over unrostered days counts none of them). Dates outside the
 * loaded range are a programming error, not "not a working day".
 */
export function workingDayTest(calendar: WorkCalendar): (date: IsoDate) => boolean {
  return (date) => {
    if (date < calendar.range.from || date > calendar.range.to) {
      throw new RangeError(`${date} is outside the loaded calendar`);
    }
    return calendar.shifts.has(date);
  };
}
