import type { Tx } from '../../db/client';
import { holidays, schedules } from '../../db/tables';
import { HOLIDAYS_2026 } from './rules/calendar.rules';
import { STANDARD_WEEK } from './rules/schedule.rules';
import { toStoredWeek } from './week';

/** Codes of the built-in schedules: every database has them and admins cannot edit them. */
export const STANDARD_SCHEDULE = 'standard';
export const SHIFT_SCHEDULE = 'shift';
export const BUILT_IN_SCHEDULES: ReadonlySet<string> = new Set([STANDARD_SCHEDULE, SHIFT_SCHEDULE]);

/**
 * Tables that {@link seedReferenceData} fills on every migrate: a freshly migrated database
 * already holds these rows, so a copy merges into them instead of requiring them empty.
 */
export const SEEDED_TABLES: ReadonlySet<string> = new Set(['holidays', 'schedules']);

/**
 * The data every database needs before anyone uses it: the standard schedule (DOMAIN §2),
 * the rostered shift schedule, and the 2026 national holidays and cuti bersama.
 * Idempotent (ON CONFLICT DO NOTHING), so it runs on every start after the migrations and
 * never overwrites what is there.
 */
export async function seedReferenceData(db: Tx): Promise<void> {
  await db
    .insert(schedules)
    .values([
      {
        code: STANDARD_SCHEDULE,
        name: 'Jadwal standar (Senin–Jumat)',
        kind: 'weekly',
        week: toStoredWeek(STANDARD_WEEK),
      },
      { code: SHIFT_SCHEDULE, name: 'Shift (sesuai roster)', kind: 'shift', week: null },
    ])
    .onConflictDoNothing();
  await db
    .insert(holidays)
    .values(HOLIDAYS_2026.map((h) => ({ date: h.date, name: h.name, kind: h.kind })))
    .onConflictDoNothing();
}
