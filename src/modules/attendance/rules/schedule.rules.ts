import { DateTime } from 'luxon';
import {
  addDays,
  eachDate,
  type HolidayIndex,
  type IsoDate,
  isStandardWorkingDay,
  type Weekday,
  weekdayOf,
} from './calendar.rules.js';

/** A wall-clock time `HH:MM` (24-hour) in the office's zone. */
export type ClockTime = string;

/** One day of a weekly schedule; `break` is unpaid and not working time. */
export type WorkDay = {
  start: ClockTime;
  end: ClockTime;
  break: { start: ClockTime; end: ClockTime } | null;
};

/** A weekly pattern, keyed by ISO weekday; `null` = not a working day. */
export type WeekPattern = Readonly<Record<Weekday, WorkDay | null>>;

/**
 * Standard schedule (DOMAIN §2): 37.5 hours a week, 450 working minutes every weekday.
 * Friday starts its break earlier for Friday prayers and ends later to keep 450.
 */
export const STANDARD_WEEK: WeekPattern = Object.freeze({
  1: { start: '07:30', end: '16:00', break: { start: '12:00', end: '13:00' } },
  2: { start: '07:30', end: '16:00', break: { start: '12:00', end: '13:00' } },
  3: { start: '07:30', end: '16:00', break: { start: '12:00', end: '13:00' } },
  4: { start: '07:30', end: '16:00', break: { start: '12:00', end: '13:00' } },
  5: { start: '07:30', end: '16:30', break: { start: '11:30', end: '13:00' } },
  6: null,
  7: null,
});

/**
 * Ramadan schedule. DOMAIN §2 gives only start and end; the breaks are those of the
 * MenPANRB circular on ASN working hours in Ramadan (Mon–Thu 12:00–12:30, Fri
 * 11:30–12:30), which makes 390 working minutes a day and 32.5 hours a week. Only the
 * per-day minute cap depends on the break; lateness uses start and end.
 */
export const RAMADAN_WEEK: WeekPattern = Object.freeze({
  1: { start: '08:00', end: '15:00', break: { start: '12:00', end: '12:30' } },
  2: { start: '08:00', end: '15:00', break: { start: '12:00', end: '12:30' } },
  3: { start: '08:00', end: '15:00', break: { start: '12:00', end: '12:30' } },
  4: { start: '08:00', end: '15:00', break: { start: '12:00', end: '12:30' } },
  5: { start: '08:00', end: '15:30', break: { start: '11:30', end: '12:30' } },
  6: null,
  7: null,
});

/** `standard`: the weekly pattern on working days. `shifts`: only the roster's days. */
export type ScheduleKind = 'standard' | 'shifts';

/**
 * A rostered shift on the date it starts. An end at or before the start means the
 * shift ends the next day (22:00–06:00); an end equal to the start is a 24-hour shift.
 */
export type RosterEntry = { date: IsoDate; start: ClockTime; end: ClockTime };

/** Inclusive range of dates. */
export type DateRange = { from: IsoDate; to: IsoDate };

/** A planned working period in absolute time, belonging to the attendance day `date`. */
export type PlannedShift = {
  /** Attendance day: the date on which the shift starts. */
  date: IsoDate;
  start: Date;
  end: Date;
  /** Minutes that count as work (end − start − break); the per-day productivity cap. */
  workingMinutes: number;
  source: 'standard' | 'ramadan' | 'roster';
};

const CLOCK_TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** Minutes after midnight of `HH:MM`; throws on anything else (e.g. "7:30", "24:00"). */
export function parseClockTime(value: ClockTime): number {
  const match = CLOCK_TIME.exec(value);
  if (!match) throw new RangeError(`Not a time of day HH:MM: ${value}`);
  return Number(match[1]) * 60 + Number(match[2]);
}

/**
 * The instant at which the wall clock in `zone` shows `clock` on `date`. Schedules are
 * wall-clock rules of the office; the server's own zone never enters.
 */
export function toInstant(date: IsoDate, clock: ClockTime, zone: string): Date {
  parseClockTime(clock);
  const value = DateTime.fromISO(`${date}T${clock}`, { zone });
  if (!value.isValid) throw new RangeError(`Bad date or zone: ${date} ${zone}`);
  return value.toJSDate();
}

/** The calendar date an instant falls on in `zone`. */
export function localDateOf(instant: Date, zone: string): IsoDate {
  const value = DateTime.fromJSDate(instant, { zone });
  if (!value.isValid) throw new RangeError(`Bad zone: ${zone}`);
  return value.toFormat('yyyy-MM-dd');
}

/**
 * The zone an employee's days, schedule and deadlines live in: that of their first
 * allowed office (an office without its own zone uses the tenant's).
 */
export function employeeZone(
  officeZones: readonly (string | null | undefined)[],
  tenantZone: string,
): string {
  return officeZones[0] || tenantZone;
}

/**
 * The planned shift in progress at an instant (start inclusive, end exclusive), or
 * null. Live location may only be collected while one is in progress.
 */
export function shiftInProgress(
  instant: Date,
  shifts: readonly PlannedShift[],
): PlannedShift | null {
  const t = instant.getTime();
  return shifts.find((s) => s.start.getTime() <= t && t < s.end.getTime()) ?? null;
}

/** Working minutes of a weekly day: end − start − break. */
export function workingMinutesOf(day: WorkDay): number {
  const span = parseClockTime(day.end) - parseClockTime(day.start);
  const pause = day.break ? parseClockTime(day.break.end) - parseClockTime(day.break.start) : 0;
  return span - pause;
}

function isInRanges(date: IsoDate, ranges: readonly DateRange[]): boolean {
  // ISO dates compare correctly as strings.
  return ranges.some((range) => range.from <= date && date <= range.to);
}

function planWeeklyDay(
  date: IsoDate,
  day: WorkDay,
  zone: string,
  source: 'standard' | 'ramadan',
): PlannedShift {
  return {
    date,
    start: toInstant(date, day.start, zone),
    end: toInstant(date, day.end, zone),
    workingMinutes: workingMinutesOf(day),
    source,
  };
}

/** Plans one roster entry; a rostered shift counts in full as working minutes. */
export function planRosterShift(entry: RosterEntry, zone: string): PlannedShift {
  const startMinute = parseClockTime(entry.start);
  const endMinute = parseClockTime(entry.end);
  const endDate = endMinute <= startMinute ? addDays(entry.date, 1) : entry.date;
  const start = toInstant(entry.date, entry.start, zone);
  const end = toInstant(endDate, entry.end, zone);
  return {
    date: entry.date,
    start,
    end,
    workingMinutes: Math.round((end.getTime() - start.getTime()) / 60_000),
    source: 'roster',
  };
}

/** Input of {@link planShifts}. */
export type PlanShiftsInput = {
  range: DateRange;
  /** IANA zone of the employee's first allowed office. */
  zone: string;
  schedule: ScheduleKind;
  holidays: HolidayIndex;
  /** Dates on which a standard-schedule employee follows {@link RAMADAN_WEEK}. */
  ramadan?: readonly DateRange[];
  /** Used for `shifts` schedules only. */
  roster?: readonly RosterEntry[];
};

/**
 * The planned shifts of one employee for a range of dates, ordered by start.
 *
 * Standard schedule: one shift per working day (weekday, not a holiday), with Ramadan
 * hours inside Ramadan periods. Shift schedule: the roster entries whose date is in
 * the range — also on holidays and weekends, since 24-hour services work them.
 * At most one roster entry per date (a double shift is entered as one longer shift);
 * two entries for one date are a data error and throw.
 */
export function planShifts(input: PlanShiftsInput): PlannedShift[] {
  const { range, zone, schedule, holidays } = input;
  if (schedule === 'shifts') {
    const seen = new Set<IsoDate>();
    const shifts: PlannedShift[] = [];
    for (const entry of input.roster ?? []) {
      if (entry.date < range.from || entry.date > range.to) continue;
      if (seen.has(entry.date)) throw new RangeError(`Two roster entries on ${entry.date}`);
      seen.add(entry.date);
      shifts.push(planRosterShift(entry, zone));
    }
    return shifts.sort((a, b) => a.start.getTime() - b.start.getTime());
  }
  const ramadan = input.ramadan ?? [];
  const shifts: PlannedShift[] = [];
  for (const date of eachDate(range.from, range.to)) {
    if (!isStandardWorkingDay(date, holidays)) continue;
    const isRamadan = isInRanges(date, ramadan);
    const day = (isRamadan ? RAMADAN_WEEK : STANDARD_WEEK)[weekdayOf(date)];
    if (day) shifts.push(planWeeklyDay(date, day, zone, isRamadan ? 'ramadan' : 'standard'));
  }
  return shifts;
}
