import {
  addDays,
  eachDate,
  type HolidayIndex,
  type IsoDate,
  weekdayOf,
} from './rules/calendar.rules';
import {
  type DateRange,
  type PlannedShift,
  parseClockTime,
  planRosterShift,
  planShifts,
  type RosterEntry,
  type WeekPattern,
} from './rules/schedule.rules';

/** A schedule as the planner sees it: a weekly pattern, or rostered shifts. */
export type ScheduleDef = {
  code: string;
  name: string;
  kind: 'weekly' | 'shift';
  /** Null for shift schedules. */
  week: WeekPattern | null;
};

/** A date range (Ramadan) in which standard-schedule staff follow another weekly plan. */
export type SpecialPeriodDef = { from: IsoDate; to: IsoDate; week: WeekPattern };

export type PlanEmployeeInput = {
  range: DateRange;
  /** Zone of the employee's first allowed office. */
  zone: string;
  schedule: ScheduleDef;
  holidays: HolidayIndex;
  specialPeriods: readonly SpecialPeriodDef[];
  /** Roster entries; used for shift schedules only. */
  roster: readonly RosterEntry[];
};

/**
 * The planned shifts of one employee over a range of dates, ordered by start.
 *
 * Rostered schedules go straight to the rules' planShifts (a rostered shift counts even
 * on a holiday). Weekly schedules are planned here because planShifts knows only the
 * built-in standard and Ramadan weeks, while admins may define other weeks (a six-day
 * school week) and special periods carry their own week: on a holiday there is no shift,
 * otherwise the day's plan of the week (a special period's week for `standard` staff)
 * decides. For the built-in weeks the result equals planShifts'.
 */
export function planEmployeeShifts(input: PlanEmployeeInput): PlannedShift[] {
  const { range, zone, schedule, holidays } = input;
  if (schedule.kind === 'shift') {
    return planShifts({ range, zone, schedule: 'shifts', holidays, roster: input.roster });
  }
  const shifts: PlannedShift[] = [];
  for (const date of eachDate(range.from, range.to)) {
    if (holidays.has(date)) continue;
    const period =
      schedule.code === 'standard'
        ? input.specialPeriods.find((p) => p.from <= date && date <= p.to)
        : undefined;
    const day = (period ? period.week : schedule.week)?.[weekdayOf(date)];
    if (!day) continue;
    const planned = planRosterShift({ date, start: day.start, end: day.end }, zone);
    const pause = day.break ? parseClockTime(day.break.end) - parseClockTime(day.break.start) : 0;
    shifts.push({
      ...planned,
      workingMinutes: planned.workingMinutes - pause,
      source: period ? 'ramadan' : 'standard',
    });
  }
  return shifts;
}

/** The range a single instant's shift can come from: the day before to the day after. */
export function rangeAround(date: IsoDate): DateRange {
  return { from: addDays(date, -1), to: addDays(date, 1) };
}
