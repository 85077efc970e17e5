import { inArray, sql } from 'drizzle-orm';
import { queryRows, type Tx } from '../../db/client';
import { agencies, employeeOffices, employees, positions, units } from '../../db/tables';
import type { PlannedEmployee } from './rules/employee-import.rules';
import type { PlannedPosition } from './rules/position-import.rules';

/**
 * Bulk reads and writes of the import: a few queries per file, whatever its length.
 * Writes are multi-row upserts in chunks that stay well under the 65,535 bind
 * parameters a PostgreSQL statement may carry.
 */

export const CHUNK = 500;

function chunks<T>(items: readonly T[], size = CHUNK): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

export async function agenciesByCodes(tx: Tx, codes: string[]) {
  if (codes.length === 0) return [];
  return tx
    .select({ id: agencies.id, code: agencies.code })
    .from(agencies)
    .where(inArray(agencies.code, codes));
}

export async function unitsOfAgencies(tx: Tx, agencyIds: string[]) {
  if (agencyIds.length === 0) return [];
  return tx.select().from(units).where(inArray(units.agencyId, agencyIds));
}

export async function unitsByIds(tx: Tx, ids: string[]) {
  if (ids.length === 0) return [];
  return tx.select().from(units).where(inArray(units.id, ids));
}

export async function positionsByIds(tx: Tx, ids: string[]) {
  if (ids.length === 0) return [];
  return tx
    .select({ id: positions.id, agencyId: positions.agencyId })
    .from(positions)
    .where(inArray(positions.id, ids));
}

/** The given positions and every position above them, in one recursive query. */
export async function positionsWithAncestors(
  tx: Tx,
  ids: string[],
): Promise<Array<{ id: string; code: string; parentId: string | null; agencyId: string }>> {
  if (ids.length === 0) return [];
  const list = sql.join(
    ids.map((id) => sql`${id}::uuid`),
    sql`, `,
  );
  return queryRows(
    tx,
    sql`
    with recursive up as (
      select p.id, p.code, p.parent_id, p.agency_id, 0 as depth from positions p
       where p.id in (${list})
      union
      select p.id, p.code, p.parent_id, p.agency_id, up.depth + 1
        from up join positions p on p.id = up.parent_id
       where up.depth < 64
    )
    select distinct id, code, parent_id as "parentId", agency_id as "agencyId" from up`,
  );
}

export async function upsertPositions(tx: Tx, plan: readonly PlannedPosition[]): Promise<void> {
  // Parents first (the plan is sorted by depth in the file), so every chunk's parent_id
  // points at a row that exists by the end of its statement.
  for (const part of chunks(plan)) {
    await tx
      .insert(positions)
      .values(part.map((p) => p.values))
      .onConflictDoUpdate({
        target: positions.code,
        set: {
          name: sql.raw('excluded.name'),
          type: sql.raw('excluded.type'),
          kelasJabatan: sql.raw('excluded.kelas_jabatan'),
          agencyId: sql.raw('excluded.agency_id'),
          unitId: sql.raw('excluded.unit_id'),
          parentId: sql.raw('excluded.parent_id'),
          shiftBased: sql.raw('excluded.shift_based'),
        },
      });
  }
}

export async function upsertEmployees(tx: Tx, plan: readonly PlannedEmployee[]): Promise<void> {
  for (const part of chunks(plan)) {
    await tx
      .insert(employees)
      .values(part.map((p) => p.values))
      .onConflictDoUpdate({
        target: employees.nip,
        set: {
          frontTitle: sql.raw('excluded.front_title'),
          name: sql.raw('excluded.name'),
          backTitle: sql.raw('excluded.back_title'),
          status: sql.raw('excluded.status'),
          rank: sql.raw('excluded.rank'),
          gender: sql.raw('excluded.gender'),
          agencyId: sql.raw('excluded.agency_id'),
          positionId: sql.raw('excluded.position_id'),
          schedule: sql.raw('excluded.schedule'),
          tppIndividual: sql.raw('excluded.tpp_individual'),
          annualLeaveCarry: sql.raw('excluded.annual_leave_carry'),
          active: sql.raw('excluded.active'),
        },
      });
  }
  const withOffices = plan.filter((p) => p.officeIds !== undefined);
  for (const part of chunks(withOffices)) {
    await tx.delete(employeeOffices).where(
      inArray(
        employeeOffices.employeeId,
        part.map((p) => p.values.id),
      ),
    );
    const links = part.flatMap((p) =>
      (p.officeIds ?? []).map((officeId, ordinal) => ({
        employeeId: p.values.id,
        officeId,
        ordinal,
      })),
    );
    if (links.length > 0) await tx.insert(employeeOffices).values(links);
  }
}
