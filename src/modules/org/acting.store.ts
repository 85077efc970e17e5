import { and, asc, eq, gte, isNull, lte, ne, or, type SQL } from 'drizzle-orm';
import type { Tx } from '../../db/client';
import { actingAssignments, positions } from '../../db/tables';

export type ActingRow = typeof actingAssignments.$inferSelect;

/** Assignments in force on `on`: from ≤ on and (no end or end ≥ on). */
const inForceOn = (on: string): SQL | undefined =>
  and(
    lte(actingAssignments.fromDate, on),
    or(isNull(actingAssignments.toDate), gte(actingAssignments.toDate, on)),
  );

export async function listActing(
  tx: Tx,
  f: { agencyId?: string; positionId?: string; employeeId?: string; on?: string },
): Promise<ActingRow[]> {
  const rows = await tx
    .select({ a: actingAssignments })
    .from(actingAssignments)
    .innerJoin(positions, eq(positions.id, actingAssignments.positionId))
    .where(
      and(
        f.agencyId ? eq(positions.agencyId, f.agencyId) : undefined,
        f.positionId ? eq(actingAssignments.positionId, f.positionId) : undefined,
        f.employeeId ? eq(actingAssignments.employeeId, f.employeeId) : undefined,
        f.on ? inForceOn(f.on) : undefined,
      ),
    )
    .orderBy(asc(actingAssignments.fromDate))
    .limit(1000);
  return rows.map((r) => r.a);
}

export async function findActing(tx: Tx, id: string): Promise<ActingRow | undefined> {
  const [row] = await tx.select().from(actingAssignments).where(eq(actingAssignments.id, id));
  return row;
}

/** Assignments of the same kind on the same position whose periods meet [from, to]. */
export async function findOverlapping(
  tx: Tx,
  a: {
    positionId: string;
    kind: string;
    fromDate: string;
    toDate: string | null;
    exceptId?: string;
  },
): Promise<ActingRow[]> {
  return tx
    .select()
    .from(actingAssignments)
    .where(
      and(
        eq(actingAssignments.positionId, a.positionId),
        eq(actingAssignments.kind, a.kind),
        a.exceptId ? ne(actingAssignments.id, a.exceptId) : undefined,
        a.toDate ? lte(actingAssignments.fromDate, a.toDate) : undefined,
        or(isNull(actingAssignments.toDate), gte(actingAssignments.toDate, a.fromDate)),
      ),
    );
}

export async function insertActing(
  tx: Tx,
  values: typeof actingAssignments.$inferInsert,
): Promise<ActingRow> {
  const [row] = await tx.insert(actingAssignments).values(values).returning();
  return row;
}

export async function updateActing(
  tx: Tx,
  id: string,
  values: Partial<typeof actingAssignments.$inferInsert>,
): Promise<ActingRow> {
  const [row] = await tx
    .update(actingAssignments)
    .set(values)
    .where(eq(actingAssignments.id, id))
    .returning();
  return row;
}

export async function deleteActing(tx: Tx, id: string): Promise<void> {
  await tx.delete(actingAssignments).where(eq(actingAssignments.id, id));
}
