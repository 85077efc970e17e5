import { and, asc, count, eq, inArray, sql } from 'drizzle-orm';
import { queryRows, type Tx } from '../../db/client';
import { actingAssignments, employees, positions } from '../../db/tables';
import { searchAny } from './paging.store';

export type PositionRow = typeof positions.$inferSelect;
export type PositionRef = { id: string; code: string; name: string };

export async function listPositions(
  tx: Tx,
  f: {
    q?: string;
    agencyId?: string;
    unitId?: string;
    parentId?: string;
    limit: number;
    offset: number;
  },
): Promise<{ items: PositionRow[]; total: number }> {
  const where = and(
    f.agencyId ? eq(positions.agencyId, f.agencyId) : undefined,
    f.unitId ? eq(positions.unitId, f.unitId) : undefined,
    f.parentId ? eq(positions.parentId, f.parentId) : undefined,
    searchAny(f.q, [positions.name, positions.code]),
  );
  const [items, [{ total }]] = await Promise.all([
    tx
      .select()
      .from(positions)
      .where(where)
      .orderBy(asc(positions.code))
      .limit(f.limit)
      .offset(f.offset),
    tx.select({ total: count() }).from(positions).where(where),
  ]);
  return { items, total };
}

export async function findPosition(tx: Tx, id: string): Promise<PositionRow | undefined> {
  const [row] = await tx.select().from(positions).where(eq(positions.id, id));
  return row;
}

export async function findPositionByCode(tx: Tx, code: string): Promise<PositionRow | undefined> {
  const [row] = await tx.select().from(positions).where(eq(positions.code, code));
  return row;
}

export async function findPositionsByCodes(tx: Tx, codes: string[]): Promise<PositionRow[]> {
  if (codes.length === 0) return [];
  return tx.select().from(positions).where(inArray(positions.code, codes));
}

export async function insertPosition(
  tx: Tx,
  values: typeof positions.$inferInsert,
): Promise<PositionRow> {
  const [row] = await tx.insert(positions).values(values).returning();
  return row;
}

export async function updatePosition(
  tx: Tx,
  id: string,
  values: Partial<typeof positions.$inferInsert>,
): Promise<PositionRow> {
  const [row] = await tx.update(positions).set(values).where(eq(positions.id, id)).returning();
  return row;
}

export async function deletePosition(tx: Tx, id: string): Promise<void> {
  await tx.delete(positions).where(eq(positions.id, id));
}

/**
 * The path from the top of the tree down to the position itself, in one recursive query.
 * The depth bound keeps a corrupted (cyclic) tree from looping forever.
 */
export async function positionPath(tx: Tx, positionId: string): Promise<PositionRef[]> {
  const rows = await queryRows<PositionRef & { depth: number }>(
    tx,
    sql`
    with recursive up as (
      select p.id, p.code, p.name, p.parent_id, 0 as depth from positions p
       where p.id = ${positionId}::uuid
      union all
      select p.id, p.code, p.name, p.parent_id, up.depth + 1
        from up join positions p on p.id = up.parent_id
       where up.depth < 64
    )
    select id, code, name, depth from up order by depth desc`,
  );
  return rows.map(({ id, code, name }) => ({ id, code, name }));
}

/** What still points at a position: a position with any of these cannot be deleted. */
export async function positionDependents(tx: Tx, id: string) {
  const [[children], [holders], [acting]] = await Promise.all([
    tx.select({ n: count() }).from(positions).where(eq(positions.parentId, id)),
    tx.select({ n: count() }).from(employees).where(eq(employees.positionId, id)),
    tx.select({ n: count() }).from(actingAssignments).where(eq(actingAssignments.positionId, id)),
  ]);
  return { children: children.n, holders: holders.n, acting: acting.n };
}
