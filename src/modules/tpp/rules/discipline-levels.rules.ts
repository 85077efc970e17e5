import type { DayStatus } from '../../attendance/rules/attendance-day.rules.js';
import type { IsoDate } from '../../attendance/rules/calendar.rules.js';

/**
 * Disciplinary levels for unexcused absence under PP 94/2021 (art. 9–11), mildest
 * first. The product only warns admins; imposing a penalty is a human decision.
 */
export const DISCIPLINE_LEVELS = [
  'none',
  'verbal_warning',
  'written_warning',
  'statement_of_dissatisfaction',
  'allowance_cut_25_6_months',
  'allowance_cut_25_9_months',
  'allowance_cut_25_12_months',
  'demotion_12_months',
  'release_to_executor_12_months',
  'dismissal_proceedings',
] as const;

export type DisciplineLevel = (typeof DISCIPLINE_LEVELS)[number];

/**
 * Cumulative absent working days in a calendar year at which each level starts.
 * DOMAIN §4 lists 3, 4–6, 7–10, 11–13, 14–16, 17–20 and 28. The 21–24 (demotion) and
 * 25–27 (release to an executor position) bands fill the gap as PP 94/2021 art. 11(2)(c)
 * sets them, so that 21–27 days do not fall back to a milder level.
 */
export const ABSENCE_THRESHOLDS: ReadonlyArray<{ fromDays: number; level: DisciplineLevel }> =
  Object.freeze([
    { fromDays: 28, level: 'dismissal_proceedings' },
    { fromDays: 25, level: 'release_to_executor_12_months' },
    { fromDays: 21, level: 'demotion_12_months' },
    { fromDays: 17, level: 'allowance_cut_25_12_months' },
    { fromDays: 14, level: 'allowance_cut_25_9_months' },
    { fromDays: 11, level: 'allowance_cut_25_6_months' },
    { fromDays: 7, level: 'statement_of_dissatisfaction' },
    { fromDays: 4, level: 'written_warning' },
    { fromDays: 3, level: 'verbal_warning' },
  ]);

/** Absence without a break of this many working days leads to dismissal proceedings. */
export const CONSECUTIVE_DISMISSAL_DAYS = 10;

/** Indonesian labels for admins' warnings. */
export const DISCIPLINE_LABELS_ID: Readonly<Record<DisciplineLevel, string>> = {
  none: 'Tidak ada',
  verbal_warning: 'Teguran lisan',
  written_warning: 'Teguran tertulis',
  statement_of_dissatisfaction: 'Pernyataan tidak puas secara tertulis',
  allowance_cut_25_6_months: 'Pemotongan tunjangan kinerja 25% selama 6 bulan',
  allowance_cut_25_9_months: 'Pemotongan tunjangan kinerja 25% selama 9 bulan',
  allowance_cut_25_12_months: 'Pemotongan tunjangan kinerja 25% selama 12 bulan',
  demotion_12_months: 'Penurunan jabatan setingkat lebih rendah selama 12 bulan',
  release_to_executor_12_months: 'Pembebasan dari jabatan menjadi pelaksana selama 12 bulan',
  dismissal_proceedings: 'Proses pemberhentian',
};

/**
 * The level for a year's unexcused absence: `absentDays` cumulative in the calendar
 * year, `longestRun` the longest run of consecutive absent working days.
 */
export function disciplineLevelFor(absentDays: number, longestRun = 0): DisciplineLevel {
  if (longestRun >= CONSECUTIVE_DISMISSAL_DAYS) return 'dismissal_proceedings';
  return ABSENCE_THRESHOLDS.find((t) => absentDays >= t.fromDays)?.level ?? 'none';
}

/**
 * Longest run of `absent` working days. Days that are not working days (`off`,
 * `holiday`) neither break nor extend a run: Friday and the next Monday are consecutive
 * working days. Any other status on a working day ends the run.
 */
export function longestAbsentRun(
  days: ReadonlyArray<{ date: IsoDate; status: DayStatus }>,
): number {
  const ordered = [...days].sort((a, b) => a.date.localeCompare(b.date));
  let longest = 0;
  let current = 0;
  for (const day of ordered) {
    if (day.status === 'off' || day.status === 'holiday') continue;
    current = day.status === 'absent' ? current + 1 : 0;
    longest = Math.max(longest, current);
  }
  return longest;
}

/** A calendar year's days summarised into the absence count, the longest run and the level. */
export function assessYearlyAbsence(days: ReadonlyArray<{ date: IsoDate; status: DayStatus }>): {
  absentDays: number;
  longestRun: number;
  level: DisciplineLevel;
} {
  const absentDays = days.filter((d) => d.status === 'absent').length;
  const longestRun = longestAbsentRun(days);
  return { absentDays, longestRun, level: disciplineLevelFor(absentDays, longestRun) };
}

/** A year's absence so far. */
export type AbsenceTally = { absentDays: number; longestRun: number };

/**
 * Levels whose threshold was crossed between two tallies of the same year, mildest
 * first; empty when none. Each is one warning for admins. A run reaching 10 days adds
 * dismissal proceedings without pretending the milder counts were reached.
 */
export function crossedLevels(before: AbsenceTally, after: AbsenceTally): DisciplineLevel[] {
  const crossed = new Set<DisciplineLevel>();
  for (const t of [...ABSENCE_THRESHOLDS].reverse()) {
    if (before.absentDays < t.fromDays && t.fromDays <= after.absentDays) crossed.add(t.level);
  }
  if (
    before.longestRun < CONSECUTIVE_DISMISSAL_DAYS &&
    after.longestRun >= CONSECUTIVE_DISMISSAL_DAYS
  ) {
    crossed.add('dismissal_proceedings');
  }
  return [...crossed];
}
