import type { LeaveKind } from '../attendance/rules/attendance-day.rules';
import type { AnomalyFlag } from './report.schema';

/** What is known about one employee's day when a supervisor reviews its items. */
export type DayFacts = {
  /** A planned shift exists that day (schedule or roster). */
  isWorkingDay: boolean;
  /** The day's scheduled working minutes (end − start − break; a shift's full length). */
  scheduledMinutes: number;
  /** Approved leave covering the day, if any (dinas luar included). */
  leaveKind: LeaveKind | null;
  /** At least one accepted check-in on that date (office time). */
  hasCheckIn: boolean;
  /** Minutes of the day's submitted and approved items. */
  reportedMinutes: number;
};

/**
 * Anomaly flags for the supervisor (DOMAIN §4: minutes reported on a day that is
 * absent, leave, off or holiday do not count; a day counts up to its scheduled
 * minutes). Dinas luar is work done elsewhere: it is neither leave nor absence. Pure.
 */
export function dayFlags(f: DayFacts): AnomalyFlag[] {
  const flags: AnomalyFlag[] = [];
  const onLeave = f.leaveKind !== null && f.leaveKind !== 'duty';
  if (!f.isWorkingDay) flags.push('not_working_day');
  if (onLeave) flags.push('on_leave');
  if (f.isWorkingDay && f.leaveKind === null && !f.hasCheckIn) flags.push('no_check_in');
  if (f.isWorkingDay && f.reportedMinutes > f.scheduledMinutes) {
    flags.push('over_scheduled_minutes');
  }
  return flags;
}
