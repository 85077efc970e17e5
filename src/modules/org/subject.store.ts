import { eq, inArray } from 'drizzle-orm';
import type { Tx } from '../../db/client';
import { employees } from '../../db/tables';

/** The employee fields the leave and report services check a request against. */
export type SubjectEmployee = {
  id: string;
  nip: string;
  name: string;
  status: string;
  gender: string;
  schedule: string;
  agencyId: string;
  positionId: string | null;
  annualLeaveCarry: number;
  active: boolean;
};

const subjectColumns = {
  id: employees.id,
  nip: employees.nip,
  name: employees.name,
  status: employees.status,
  gender: employees.gender,
  schedule: employees.schedule,
  agencyId: employees.agencyId,
  positionId: employees.positionId,
  annualLeaveCarry: employees.annualLeaveCarry,
  active: employees.active,
};

/**
 * The employee row, locked for the rest of the transaction: two requests of one person
 * checked at once (leave, report items) could otherwise both pass the overlap checks.
 */
export async function lockEmployee(tx: Tx, id: string): Promise<SubjectEmployee | undefined> {
  const [row] = await tx
    .select(subjectColumns)
    .from(employees)
    .where(eq(employees.id, id))
    .for('update');
  return row;
}

export async function findEmployees(tx: Tx, ids: readonly string[]): Promise<SubjectEmployee[]> {
  if (ids.length === 0) return [];
  return tx
    .select(subjectColumns)
    .from(employees)
    .where(inArray(employees.id, [...ids]));
}
