import { and, asc, count, eq, inArray, isNull, or } from 'drizzle-orm';
import type { Tx } from '../../db/client';
import { employeeOffices, offices } from '../../db/tables';
import { searchAny } from './paging.store';

export type OfficeRow = typeof offices.$inferSelect;

/**
 * Offices of one agency, or all. `withShared` adds the offices that belong to no agency
 * (a city hall used by several OPDs), which every agency may assign to its staff.
 */
export async function listOffices(
  tx: Tx,
  f: { q?: string; agencyId?: string; withShared: boolean; limit: number; offset: number },
): Promise<{ items: OfficeRow[]; total: number }> {
  const scope = f.agencyId
    ? f.withShared
      ? or(eq(offices.agencyId, f.agencyId), isNull(offices.agencyId))
      : eq(offices.agencyId, f.agencyId)
    : undefined;
  const where = and(scope, searchAny(f.q, [offices.name, offices.code]));
  const [items, [{ total }]] = await Promise.all([
    tx
      .select()
      .from(offices)
      .where(where)
      .orderBy(asc(offices.code))
      .limit(f.limit)
      .offset(f.offset),
    tx.select({ total: count() }).from(offices).where(where),
  ]);
  return { items, total };
}

export async function findOffice(tx: Tx, id: string): Promise<OfficeRow | undefined> {
  const [row] = await tx.select().from(offices).where(eq(offices.id, id));
  return row;
}

export async function findOfficeByCode(tx: Tx, code: string): Promise<OfficeRow | undefined> {
  const [row] = await tx.select().from(offices).where(eq(offices.code, code));
  return row;
}

export async function findOfficesByIds(tx: Tx, ids: string[]): Promise<OfficeRow[]> {
  if (ids.length === 0) return [];
  return tx.select().from(offices).where(inArray(offices.id, ids));
}

export async function findOfficesByCodes(tx: Tx, codes: string[]): Promise<OfficeRow[]> {
  if (codes.length === 0) return [];
  return tx.select().from(offices).where(inArray(offices.code, codes));
}

export async function insertOffice(
  tx: Tx,
  values: typeof offices.$inferInsert,
): Promise<OfficeRow> {
  const [row] = await tx.insert(offices).values(values).returning();
  return row;
}

export async function updateOffice(
  tx: Tx,
  id: string,
  values: Partial<typeof offices.$inferInsert>,
): Promise<OfficeRow> {
  const [row] = await tx.update(offices).set(values).where(eq(offices.id, id)).returning();
  return row;
}

export async function deleteOffice(tx: Tx, id: string): Promise<void> {
  await tx.delete(offices).where(eq(offices.id, id));
}

/** Employees allowed to use the office: an office in use cannot be deleted. */
export async function countOfficeEmployees(tx: Tx, officeId: string): Promise<number> {
  const [{ n }] = await tx
    .select({ n: count() })
    .from(employeeOffices)
    .where(eq(employeeOffices.officeId, officeId));
  return n;
}
