/** Shared fixture of the TPP rule tests. */
import {
  datesOfMonth,
  HOLIDAYS_2026,
  indexHolidays,
  isStandardWorkingDay,
} from '../../attendance/rules/calendar.rules.js';
import type { TppDayInput } from './tpp.rules.js';

const holidays = indexHolidays(HOLIDAYS_2026);

/** Every day of a month: present on standard working days, off/holiday otherwise. */
export function month(
  iso: string,
  changes: Record<string, Partial<TppDayInput>> = {},
): TppDayInput[] {
  return datesOfMonth(iso).map((date) => {
    const working = isStandardWorkingDay(date, holidays);
    const day: TppDayInput = {
      date,
      status: working ? 'present' : holidays.has(date) ? 'holiday' : 'off',
      leaveKind: null,
      codes: [],
      scheduledMinutes: working ? 450 : 0,
    };
    return { ...day, ...changes[date] };
  });
}
