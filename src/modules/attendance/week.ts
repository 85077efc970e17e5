import type { DayPlan } from '../../db/schema/attendance.schema';
import type { Weekday } from './rules/calendar.rules';
import type { WeekPattern, WorkDay } from './rules/schedule.rules';

/**
 * Conversions between the stored weekly plan (`schedules.week`, `special_periods.week`:
 * ISO weekday as a string key, `{ start, end, breakStart?, breakEnd? }`) and the rules'
 * {@link WeekPattern}. Pure: no I/O.
 */

/** A stored weekly plan: "1" (Monday) … "7" (Sunday) to a day plan or null (day off). */
export type StoredWeek = Record<string, DayPlan | null>;

export const WEEKDAYS: readonly Weekday[] = [1, 2, 3, 4, 5, 6, 7];

export function toStoredWeek(week: WeekPattern): StoredWeek {
  const out: StoredWeek = {};
  for (const d of WEEKDAYS) {
    const day = week[d];
    out[String(d)] = day
      ? {
          start: day.start,
          end: day.end,
          ...(day.break ? { breakStart: day.break.start, breakEnd: day.break.end } : {}),
        }
      : null;
  }
  return out;
}

export function toWeekPattern(stored: StoredWeek | null | undefined): WeekPattern {
  const out = {} as Record<Weekday, WorkDay | null>;
  for (const d of WEEKDAYS) {
    const plan = stored?.[String(d)] ?? null;
    out[d] = plan
      ? {
          start: plan.start,
          end: plan.end,
          break:
            plan.breakStart && plan.breakEnd
              ? { start: plan.breakStart, end: plan.breakEnd }
              : null,
        }
      : null;
  }
  return out;
}
