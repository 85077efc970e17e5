import { DateTime } from 'luxon';

/** A calendar date `YYYY-MM-DD`, with no zone: the date on the office's wall calendar. */
export type IsoDate = string;

/** A month `YYYY-MM`. */
export type IsoMonth = string;

/** 1 = Monday … 7 = Sunday (ISO weekday, as luxon numbers them). */
export type Weekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

/**
 * `national` and `cuti_bersama` come from the yearly joint ministerial decree (SKB 3
 * Menteri); `local` is a tenant's own holiday (e.g. the city's anniversary).
 */
export type HolidayKind = 'national' | 'cuti_bersama' | 'local';

export type Holiday = { date: IsoDate; name: string; kind: HolidayKind };

/** Holidays by date; build it once with {@link indexHolidays}. */
export type HolidayIndex = ReadonlyMap<IsoDate, Holiday>;

/**
 * 2026 national holidays and cuti bersama, exactly as DOMAIN.md §2 lists them. Later
 * years are maintained by admins as data, not code.
 */
export const HOLIDAYS_2026: readonly Holiday[] = Object.freeze([
  { date: '2026-01-01', name: 'Tahun Baru 2026 Masehi', kind: 'national' },
  { date: '2026-01-16', name: 'Isra Mikraj Nabi Muhammad SAW', kind: 'national' },
  { date: '2026-02-16', name: 'Cuti Bersama Tahun Baru Imlek', kind: 'cuti_bersama' },
  { date: '2026-02-17', name: 'Tahun Baru Imlek 2577 Kongzili', kind: 'national' },
  { date: '2026-03-18', name: 'Cuti Bersama Hari Suci Nyepi', kind: 'cuti_bersama' },
  { date: '2026-03-19', name: 'Hari Suci Nyepi Tahun Baru Saka 1948', kind: 'national' },
  { date: '2026-03-20', name: 'Cuti Bersama Idul Fitri 1447 H', kind: 'cuti_bersama' },
  { date: '2026-03-21', name: 'Idul Fitri 1447 Hijriah', kind: 'national' },
  { date: '2026-03-22', name: 'Idul Fitri 1447 Hijriah', kind: 'national' },
  { date: '2026-03-23', name: 'Cuti Bersama Idul Fitri 1447 H', kind: 'cuti_bersama' },
  { date: '2026-03-24', name: 'Cuti Bersama Idul Fitri 1447 H', kind: 'cuti_bersama' },
  { date: '2026-04-03', name: 'Wafat Yesus Kristus', kind: 'national' },
  { date: '2026-04-05', name: 'Kebangkitan Yesus Kristus (Paskah)', kind: 'national' },
  { date: '2026-05-01', name: 'Hari Buruh Internasional', kind: 'national' },
  { date: '2026-05-14', name: 'Kenaikan Yesus Kristus', kind: 'national' },
  { date: '2026-05-15', name: 'Cuti Bersama Kenaikan Yesus Kristus', kind: 'cuti_bersama' },
  { date: '2026-05-27', name: 'Idul Adha 1447 Hijriah', kind: 'national' },
  { date: '2026-05-28', name: 'Cuti Bersama Idul Adha 1447 H', kind: 'cuti_bersama' },
  { date: '2026-05-31', name: 'Hari Raya Waisak 2570 BE', kind: 'national' },
  { date: '2026-06-01', name: 'Hari Lahir Pancasila', kind: 'national' },
  { date: '2026-06-16', name: 'Tahun Baru Islam 1448 Hijriah', kind: 'national' },
  { date: '2026-08-17', name: 'Hari Proklamasi Kemerdekaan RI', kind: 'national' },
  { date: '2026-08-25', name: 'Maulid Nabi Muhammad SAW', kind: 'national' },
  { date: '2026-12-24', name: 'Cuti Bersama Hari Raya Natal', kind: 'cuti_bersama' },
  { date: '2026-12-25', name: 'Hari Raya Natal', kind: 'national' },
]);

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const ISO_MONTH = /^\d{4}-\d{2}$/;

// Calendar dates carry no zone; UTC is used only as a neutral frame for date arithmetic.
function parseDate(date: IsoDate): DateTime {
  const parsed = ISO_DATE.test(date) ? DateTime.fromISO(date, { zone: 'utc' }) : null;
  if (!parsed?.isValid) throw new RangeError(`Not a calendar date: ${date}`);
  return parsed;
}

function formatDate(value: DateTime): IsoDate {
  return value.toFormat('yyyy-MM-dd');
}

/**
 * Builds a date index from national and tenant holidays. When two lists name the same
 * date the first wins, so pass the national calendar first.
 */
export function indexHolidays(...lists: ReadonlyArray<readonly Holiday[]>): HolidayIndex {
  const index = new Map<IsoDate, Holiday>();
  for (const holiday of lists.flat()) {
    parseDate(holiday.date);
    if (!index.has(holiday.date)) index.set(holiday.date, holiday);
  }
  return index;
}

/** The date `days` after (or before, if negative) `date`. */
export function addDays(date: IsoDate, days: number): IsoDate {
  return formatDate(parseDate(date).plus({ days }));
}

/** ISO weekday of a date: 1 Monday … 7 Sunday. */
export function weekdayOf(date: IsoDate): Weekday {
  // luxon's ISO weekday is always 1..7; its typings only say `number`.
  return parseDate(date).weekday as Weekday;
}

/** Every date from `from` to `to`, both included; empty when `to` is before `from`. */
export function eachDate(from: IsoDate, to: IsoDate): IsoDate[] {
  const dates: IsoDate[] = [];
  let cursor = parseDate(from);
  const last = parseDate(to);
  while (cursor <= last) {
    dates.push(formatDate(cursor));
    cursor = cursor.plus({ days: 1 });
  }
  return dates;
}

/** Every calendar date of a month `YYYY-MM`. */
export function datesOfMonth(month: IsoMonth): IsoDate[] {
  if (!ISO_MONTH.test(month)) throw new RangeError(`Not a month: ${month}`);
  const first = parseDate(`${month}-01`);
  return eachDate(formatDate(first), formatDate(first.endOf('month')));
}

/** True on Saturday and Sunday. */
export function isWeekend(date: IsoDate): boolean {
  return weekdayOf(date) >= 6;
}

/**
 * Whether `date` is a working day on the standard schedule: Monday to Friday and not a
 * holiday or cuti bersama. Rostered shift workers have their own days (schedule rules).
 */
export function isStandardWorkingDay(date: IsoDate, holidays: HolidayIndex): boolean {
  return !isWeekend(date) && !holidays.has(date);
}

/** Standard-schedule working days of a month, in date order (the scenario `working_days`). */
export function workingDaysOfMonth(month: IsoMonth, holidays: HolidayIndex): IsoDate[] {
  return datesOfMonth(month).filter((date) => isStandardWorkingDay(date, holidays));
}

/**
 * Leave days between two dates (both included) counted in working days: weekends and
 * holidays inside the period are not leave days. Pass `isWorkingDay` for an employee
 * whose days are not the standard ones (a rostered shift worker).
 */
export function countLeaveWorkingDays(
  from: IsoDate,
  to: IsoDate,
  holidays: HolidayIndex,
  isWorkingDay: (date: IsoDate) => boolean = (date) => isStandardWorkingDay(date, holidays),
): number {
  return eachDate(from, to).filter(isWorkingDay).length;
}

/** Cuti bersama dates of a calendar year, all of them (they reduce the annual leave balance). */
export function cutiBersamaOfYear(year: number, holidays: HolidayIndex): IsoDate[] {
  const prefix = `${year}-`;
  return [...holidays.values()]
    .filter((h) => h.kind === 'cuti_bersama' && h.date.startsWith(prefix))
    .map((h) => h.date)
    .sort();
}
