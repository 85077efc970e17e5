import { and, asc, count, eq } from 'drizzle-orm';
import type { Tx } from '../../db/client';
import { agencies, positions, units } from '../../db/tables';
import { searchAny } from './paging.store';

export type AgencyRow = typeof agencies.$inferSelect;
export type UnitRow = typeof units.$inferSelect;

export async function listAgencies(
  tx: Tx,
  f: { q?: string; agencyId?: string; limit: number; offset: number },
): Promise<{ items: AgencyRow[]; total: number }> {
  const where = and(
    f.agencyId ? eq(agencies.id, f.agencyId) : undefined,
    searchAny(f.q, [agencies.name, agencies.code]),
  );
  const [items, [{ total }]] = await Promise.all([
    tx
      .select()
      .from(agencies)
      .where(where)
      .orderBy(asc(agencies.code))
      .limit(f.limit)
      .offset(f.offset),
    tx.select({ total: count() }).from(agencies).where(where),
  ]);
  return { items, total };
}

export async function findAgency(tx: Tx, id: string): Promise<AgencyRow | undefined> {
  const [row] = await tx.select().from(agencies).where(eq(agencies.id, id));
  return row;
}

export async function findAgencyByCode(tx: Tx, code: string): Promise<AgencyRow | undefined> {
  const [row] = await tx.select().from(agencies).where(eq(agencies.code, code));
  return row;
}

export async function insertAgency(
  tx: Tx,
  values: typeof agencies.$inferInsert,
): Promise<AgencyRow> {
  const [row] = await tx.insert(agencies).values(values).returning();
  return row;
}

export async function updateAgency(
  tx: Tx,
  id: string,
  values: Partial<typeof agencies.$inferInsert>,
): Promise<AgencyRow> {
  const [row] = await tx.update(agencies).set(values).where(eq(agencies.id, id)).returning();
  return row;
}

export async function listUnits(tx: Tx, agencyId: string): Promise<UnitRow[]> {
  return tx.select().from(units).where(eq(units.agencyId, agencyId)).orderBy(asc(units.code));
}

export async function findUnit(tx: Tx, id: string): Promise<UnitRow | undefined> {
  const [row] = await tx.select().from(units).where(eq(units.id, id));
  return row;
}

export async function findUnitByCode(
  tx: Tx,
  agencyId: string,
  code: string,
): Promise<UnitRow | undefined> {
  const [row] = await tx
    .select()
    .from(units)
    .where(and(eq(units.agencyId, agencyId), eq(units.code, code)));
  return row;
}

export async function insertUnit(tx: Tx, values: typeof units.$inferInsert): Promise<UnitRow> {
  const [row] = await tx.insert(units).values(values).returning();
  return row;
}

export async function updateUnit(
  tx: Tx,
  id: string,
  values: Partial<typeof units.$inferInsert>,
): Promise<UnitRow> {
  const [row] = await tx.update(units).set(values).where(eq(units.id, id)).returning();
  return row;
}

export async function deleteUnit(tx: Tx, id: string): Promise<void> {
  await tx.delete(units).where(eq(units.id, id));
}

/** Positions placed in the unit: a unit in use cannot be deleted. */
export async function countUnitPositions(tx: Tx, unitId: string): Promise<number> {
  const [{ n }] = await tx
    .select({ n: count() })
    .from(positions)
    .where(eq(positions.unitId, unitId));
  return n;
}
