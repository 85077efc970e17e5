import { and, asc, count, eq, ilike, isNull, or } from 'drizzle-orm';
import type { Tx } from '../../db/client';
import { activities, employees, positions, reportItems } from '../../db/tables';

export type ActivityRow = typeof activities.$inferSelect;
export type ActivityInsert = typeof activities.$inferInsert;

export async function listActivities(
  tx: Tx,
  f: { q?: string; positionType?: string },
): Promise<ActivityRow[]> {
  const pattern = f.q ? `%${f.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%` : undefined;
  return tx
    .select()
    .from(activities)
    .where(
      and(
        pattern ? or(ilike(activities.name, pattern), ilike(activities.code, pattern)) : undefined,
        f.positionType
          ? or(eq(activities.positionType, f.positionType), isNull(activities.positionType))
          : undefined,
      ),
    )
    .orderBy(asc(activities.code));
}

export async function findActivity(tx: Tx, id: string): Promise<ActivityRow | undefined> {
  const [row] = await tx.select().from(activities).where(eq(activities.id, id));
  return row;
}

export async function findActivityByCode(tx: Tx, code: string): Promise<ActivityRow | undefined> {
  const [row] = await tx.select().from(activities).where(eq(activities.code, code));
  return row;
}

export async function insertActivity(tx: Tx, values: ActivityInsert): Promise<ActivityRow> {
  const [row] = await tx.insert(activities).values(values).returning();
  return row;
}

export async function updateActivity(
  tx: Tx,
  id: string,
  values: Partial<ActivityInsert>,
): Promise<ActivityRow> {
  const [row] = await tx.update(activities).set(values).where(eq(activities.id, id)).returning();
  return row;
}

export async function deleteActivity(tx: Tx, id: string): Promise<void> {
  await tx.delete(activities).where(eq(activities.id, id));
}

/** How many report items use the activity: a used activity is history and stays. */
export async function countItemsOf(tx: Tx, id: string): Promise<number> {
  const [row] = await tx
    .select({ n: count() })
    .from(reportItems)
    .where(eq(reportItems.activityId, id));
  return Number(row.n);
}

/** The position (type and name) an employee holds, for the catalogue filter. */
export async function findEmployeePosition(
  tx: Tx,
  employeeId: string,
): Promise<{ type: string; name: string } | null> {
  const [row] = await tx
    .select({ type: positions.type, name: positions.name })
    .from(employees)
    .innerJoin(positions, eq(positions.id, employees.positionId))
    .where(eq(employees.id, employeeId));
  return row ?? null;
}
