import { and, asc, eq, gte, lte } from 'drizzle-orm';
import type { Tx } from '../../db/client';
import { holidays, ruleSets, schedules, specialPeriods, tenant } from '../../db/tables';
import type { StoredWeek } from './week';

/** Queries of the calendar: holidays, schedules, special periods, and what the cache reads. */

export type HolidayRow = typeof holidays.$inferSelect;
export type ScheduleRow = typeof schedules.$inferSelect;
export type SpecialPeriodRow = typeof specialPeriods.$inferSelect;

/** Holidays of a year (all years when null), by date then kind. */
export async function listHolidays(tx: Tx, year: number | null): Promise<HolidayRow[]> {
  const where =
    year === null
      ? undefined
      : and(gte(holidays.date, `${year}-01-01`), lte(holidays.date, `${year}-12-31`));
  return tx
    .select()
    .from(holidays)
    .where(where)
    .orderBy(asc(holidays.date), asc(holidays.kind), asc(holidays.name));
}

/** Inserts a holiday; null when the same date, kind and name already exist. */
export async function insertHoliday(
  tx: Tx,
  values: { date: string; name: string; kind: string },
): Promise<HolidayRow | null> {
  const [row] = await tx.insert(holidays).values(values).onConflictDoNothing().returning();
  return row ?? null;
}

export async function findHoliday(tx: Tx, id: string): Promise<HolidayRow | undefined> {
  const [row] = await tx.select().from(holidays).where(eq(holidays.id, id));
  return row;
}

export async function deleteHoliday(tx: Tx, id: string): Promise<void> {
  await tx.delete(holidays).where(eq(holidays.id, id));
}

export async function listSchedules(tx: Tx): Promise<ScheduleRow[]> {
  return tx.select().from(schedules).orderBy(asc(schedules.code));
}

export async function findSchedule(tx: Tx, code: string): Promise<ScheduleRow | undefined> {
  const [row] = await tx.select().from(schedules).where(eq(schedules.code, code));
  return row;
}

/** Inserts a schedule; null when the code is taken. */
export async function insertSchedule(
  tx: Tx,
  values: { code: string; name: string; kind: string; week: StoredWeek | null },
): Promise<ScheduleRow | null> {
  const [row] = await tx.insert(schedules).values(values).onConflictDoNothing().returning();
  return row ?? null;
}

export async function updateSchedule(
  tx: Tx,
  code: string,
  values: { name: string; week: StoredWeek },
): Promise<ScheduleRow> {
  const [row] = await tx.update(schedules).set(values).where(eq(schedules.code, code)).returning();
  return row;
}

/** Special periods overlapping a year (all when null), by start date. */
export async function listSpecialPeriods(tx: Tx, year: number | null): Promise<SpecialPeriodRow[]> {
  const where =
    year === null
      ? undefined
      : and(
          lte(specialPeriods.fromDate, `${year}-12-31`),
          gte(specialPeriods.toDate, `${year}-01-01`),
        );
  return tx
    .select()
    .from(specialPeriods)
    .where(where)
    .orderBy(asc(specialPeriods.fromDate), asc(specialPeriods.name));
}

export async function insertSpecialPeriod(
  tx: Tx,
  values: { name: string; fromDate: string; toDate: string; week: StoredWeek },
): Promise<SpecialPeriodRow> {
  const [row] = await tx.insert(specialPeriods).values(values).returning();
  return row;
}

export async function findSpecialPeriod(tx: Tx, id: string): Promise<SpecialPeriodRow | undefined> {
  const [row] = await tx.select().from(specialPeriods).where(eq(specialPeriods.id, id));
  return row;
}

export async function deleteSpecialPeriod(tx: Tx, id: string): Promise<void> {
  await tx.delete(specialPeriods).where(eq(specialPeriods.id, id));
}

/** Every rule set, newest first; a handful of rows. */
export async function listRuleSetRows(tx: Tx) {
  return tx
    .select({ id: ruleSets.id, validFrom: ruleSets.validFrom, values: ruleSets.values })
    .from(ruleSets);
}

/** The tenant's default zone, for an employee who has no office yet. */
export async function findTenantZone(tx: Tx): Promise<string | null> {
  const [row] = await tx.select({ timezone: tenant.timezone }).from(tenant).limit(1);
  return row?.timezone ?? null;
}
