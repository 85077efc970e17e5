import { and, asc, count, eq, inArray } from 'drizzle-orm';
import type { Tx } from '../../db/client';
import { employeeOffices, employees, schedules } from '../../db/tables';
import { searchAny } from './paging.store';

export type EmployeeRow = typeof employees.$inferSelect;
export type EmployeeWithOffices = EmployeeRow & { officeIds: string[] };

export async function listEmployees(
  tx: Tx,
  f: {
    q?: string;
    agencyId?: string;
    positionId?: string;
    active?: boolean;
    limit: number;
    offset: number;
  },
): Promise<{ items: EmployeeWithOffices[]; total: number }> {
  const where = and(
    f.agencyId ? eq(employees.agencyId, f.agencyId) : undefined,
    f.positionId ? eq(employees.positionId, f.positionId) : undefined,
    f.active === undefined ? undefined : eq(employees.active, f.active),
    searchAny(f.q, [employees.name, employees.nip]),
  );
  const [rows, [{ total }]] = await Promise.all([
    tx
      .select()
      .from(employees)
      .where(where)
      .orderBy(asc(employees.name), asc(employees.nip))
      .limit(f.limit)
      .offset(f.offset),
    tx.select({ total: count() }).from(employees).where(where),
  ]);
  return { items: await withOffices(tx, rows), total };
}

export async function findEmployee(tx: Tx, id: string): Promise<EmployeeWithOffices | undefined> {
  const [row] = await tx.select().from(employees).where(eq(employees.id, id));
  return row ? (await withOffices(tx, [row]))[0] : undefined;
}

export async function findEmployeeByNip(tx: Tx, nip: string): Promise<EmployeeRow | undefined> {
  const [row] = await tx.select().from(employees).where(eq(employees.nip, nip));
  return row;
}

export async function findEmployeesByIds(tx: Tx, ids: string[]): Promise<EmployeeRow[]> {
  if (ids.length === 0) return [];
  return tx.select().from(employees).where(inArray(employees.id, ids));
}

export async function findEmployeesByNips(tx: Tx, nips: string[]): Promise<EmployeeRow[]> {
  if (nips.length === 0) return [];
  return tx.select().from(employees).where(inArray(employees.nip, nips));
}

export async function insertEmployee(
  tx: Tx,
  values: typeof employees.$inferInsert,
): Promise<EmployeeRow> {
  const [row] = await tx.insert(employees).values(values).returning();
  return row;
}

export async function updateEmployee(
  tx: Tx,
  id: string,
  values: Partial<typeof employees.$inferInsert>,
): Promise<EmployeeRow> {
  const [row] = await tx.update(employees).set(values).where(eq(employees.id, id)).returning();
  return row;
}

/** Replaces the allowed offices; the list order becomes the ordinal (0 = first office). */
export async function setEmployeeOffices(
  tx: Tx,
  employeeId: string,
  officeIds: string[],
): Promise<void> {
  await tx.delete(employeeOffices).where(eq(employeeOffices.employeeId, employeeId));
  if (officeIds.length === 0) return;
  await tx
    .insert(employeeOffices)
    .values(officeIds.map((officeId, ordinal) => ({ employeeId, officeId, ordinal })));
}

async function withOffices(tx: Tx, rows: EmployeeRow[]): Promise<EmployeeWithOffices[]> {
  if (rows.length === 0) return [];
  const links = await tx
    .select()
    .from(employeeOffices)
    .where(
      inArray(
        employeeOffices.employeeId,
        rows.map((r) => r.id),
      ),
    )
    .orderBy(asc(employeeOffices.ordinal));
  const byEmployee = new Map<string, string[]>(rows.map((r) => [r.id, []]));
  for (const l of links) byEmployee.get(l.employeeId)?.push(l.officeId);
  return rows.map((r) => ({ ...r, officeIds: byEmployee.get(r.id) ?? [] }));
}

/** Which of the schedule codes exist (the schedules table belongs to attendance). */
export async function existingScheduleCodes(tx: Tx, codes: string[]): Promise<Set<string>> {
  if (codes.length === 0) return new Set();
  const rows = await tx
    .select({ code: schedules.code })
    .from(schedules)
    .where(inArray(schedules.code, codes));
  return new Set(rows.map((r) => r.code));
}
