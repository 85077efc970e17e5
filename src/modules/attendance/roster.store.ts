import { and, asc, eq, gte, inArray, lte, or } from 'drizzle-orm';
import type { Tx } from '../../db/client';
import { employees, rosters } from '../../db/tables';

/** Roster queries. */

export type RosterEntryRow = {
  id: string;
  employeeId: string;
  employeeName: string;
  date: string;
  start: string;
  end: string;
};

/** Entries of an agency's employees between two dates (inclusive). */
export async function listAgencyRoster(
  tx: Tx,
  agencyId: string,
  from: string,
  to: string,
): Promise<RosterEntryRow[]> {
  return tx
    .select({
      id: rosters.id,
      employeeId: rosters.employeeId,
      employeeName: employees.name,
      date: rosters.date,
      start: rosters.start,
      end: rosters.end,
    })
    .from(rosters)
    .innerJoin(employees, eq(employees.id, rosters.employeeId))
    .where(and(eq(employees.agencyId, agencyId), gte(rosters.date, from), lte(rosters.date, to)))
    .orderBy(asc(rosters.date), asc(employees.name), asc(rosters.start));
}

/** Which of the given employees belong to the agency. */
export async function employeesOfAgency(
  tx: Tx,
  agencyId: string,
  ids: readonly string[],
): Promise<Set<string>> {
  const rows = await tx
    .select({ id: employees.id })
    .from(employees)
    .where(and(eq(employees.agencyId, agencyId), inArray(employees.id, [...ids])));
  return new Set(rows.map((r) => r.id));
}

/** Replaces the entries of each (employee, date) given: one shift per employee and date. */
export async function replaceRosterEntries(
  tx: Tx,
  entries: ReadonlyArray<{ employeeId: string; date: string; start: string; end: string }>,
): Promise<void> {
  await tx
    .delete(rosters)
    .where(
      or(
        ...entries.map((e) => and(eq(rosters.employeeId, e.employeeId), eq(rosters.date, e.date))),
      ),
    );
  await tx.insert(rosters).values(entries.map((e) => ({ ...e })));
}

export async function findRosterEntry(
  tx: Tx,
  id: string,
): Promise<(RosterEntryRow & { agencyId: string }) | undefined> {
  const [row] = await tx
    .select({
      id: rosters.id,
      employeeId: rosters.employeeId,
      employeeName: employees.name,
      agencyId: employees.agencyId,
      date: rosters.date,
      start: rosters.start,
      end: rosters.end,
    })
    .from(rosters)
    .innerJoin(employees, eq(employees.id, rosters.employeeId))
    .where(eq(rosters.id, id));
  return row;
}

export async function deleteRosterEntry(tx: Tx, id: string): Promise<void> {
  await tx.delete(rosters).where(eq(rosters.id, id));
}
