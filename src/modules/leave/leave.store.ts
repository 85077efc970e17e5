import { and, asc, desc, eq, gte, inArray, lte } from 'drizzle-orm';
import type { Tx } from '../../db/client';
import { leaveRequests } from '../../db/tables';

export type LeaveRow = typeof leaveRequests.$inferSelect;
export type LeaveInsert = typeof leaveRequests.$inferInsert;

/** Statuses whose days are taken: they overlap-block and count against the balance. */
export const HOLDING_STATUSES = ['pending', 'approved'] as const;

export type { SubjectEmployee as LeaveEmployee } from '../org/subject.store';
export { findEmployees, lockEmployee } from '../org/subject.store';

/** Pending and approved leave of an employee that touches [from, to]. */
export async function listHoldingLeave(
  tx: Tx,
  employeeId: string,
  range: { from: string; to: string },
): Promise<LeaveRow[]> {
  return tx
    .select()
    .from(leaveRequests)
    .where(
      and(
        eq(leaveRequests.employeeId, employeeId),
        inArray(leaveRequests.status, [...HOLDING_STATUSES]),
        lte(leaveRequests.fromDate, range.to),
        gte(leaveRequests.toDate, range.from),
      ),
    )
    .orderBy(asc(leaveRequests.fromDate));
}

export async function insertLeave(tx: Tx, values: LeaveInsert): Promise<LeaveRow> {
  const [row] = await tx.insert(leaveRequests).values(values).returning();
  return row;
}

export async function lockLeave(tx: Tx, id: string): Promise<LeaveRow | undefined> {
  const [row] = await tx.select().from(leaveRequests).where(eq(leaveRequests.id, id)).for('update');
  return row;
}

export async function updateLeave(
  tx: Tx,
  id: string,
  values: Partial<Pick<LeaveRow, 'status' | 'decidedBy' | 'decidedAt' | 'decisionNote'>>,
): Promise<LeaveRow> {
  const [row] = await tx
    .update(leaveRequests)
    .set(values)
    .where(eq(leaveRequests.id, id))
    .returning();
  return row;
}

/** An employee's requests, newest period first; `year` keeps those touching that year. */
export async function listLeaveOf(tx: Tx, employeeId: string, year?: number): Promise<LeaveRow[]> {
  return tx
    .select()
    .from(leaveRequests)
    .where(
      and(
        eq(leaveRequests.employeeId, employeeId),
        year === undefined ? undefined : lte(leaveRequests.fromDate, `${year}-12-31`),
        year === undefined ? undefined : gte(leaveRequests.toDate, `${year}-01-01`),
      ),
    )
    .orderBy(desc(leaveRequests.fromDate), desc(leaveRequests.createdAt));
}

/** Every pending request, oldest period first (the supervisor's queue filters them). */
export async function listPendingLeave(tx: Tx): Promise<LeaveRow[]> {
  return tx
    .select()
    .from(leaveRequests)
    .where(eq(leaveRequests.status, 'pending'))
    .orderBy(asc(leaveRequests.fromDate), asc(leaveRequests.createdAt));
}

/** The newest pending-or-approved request of an employee that starts on `from`. */
export async function findHoldingLeaveStarting(
  tx: Tx,
  employeeId: string,
  from: string,
): Promise<LeaveRow | undefined> {
  const [row] = await tx
    .select()
    .from(leaveRequests)
    .where(
      and(
        eq(leaveRequests.employeeId, employeeId),
        eq(leaveRequests.fromDate, from),
        inArray(leaveRequests.status, [...HOLDING_STATUSES]),
      ),
    )
    .orderBy(desc(leaveRequests.createdAt), desc(leaveRequests.id))
    .limit(1);
  return row;
}
