import { and, asc, eq, gte, inArray, lt, lte, ne, sql } from 'drizzle-orm';
import type { Tx } from '../../db/client';
import {
  activities,
  attendanceEvents,
  evidenceFiles,
  leaveRequests,
  reportItems,
} from '../../db/tables';
import { addDays } from '../attendance/rules/calendar.rules';

export type ItemRow = typeof reportItems.$inferSelect;
export type ItemInsert = typeof reportItems.$inferInsert;
export type EvidenceMeta = Omit<typeof evidenceFiles.$inferSelect, 'data'>;
export type ActivityRef = { id: string; code: string; name: string; unit: string };

const evidenceMeta = {
  id: evidenceFiles.id,
  itemId: evidenceFiles.itemId,
  filename: evidenceFiles.filename,
  mime: evidenceFiles.mime,
  size: evidenceFiles.size,
  createdAt: evidenceFiles.createdAt,
};

export type { SubjectEmployee as ReportEmployee } from '../org/subject.store';
export { findEmployees, lockEmployee } from '../org/subject.store';

export async function findItem(tx: Tx, id: string, lock = false): Promise<ItemRow | undefined> {
  const query = tx.select().from(reportItems).where(eq(reportItems.id, id));
  const [row] = lock ? await query.for('update') : await query;
  return row;
}

/**
 * Timed items (tasks) of an employee that still hold their time, on a date and the dates
 * either side: a night task past midnight meets the next date's early items.
 */
export async function listTimedItems(tx: Tx, employeeId: string, date: string): Promise<ItemRow[]> {
  return tx
    .select()
    .from(reportItems)
    .where(
      and(
        eq(reportItems.employeeId, employeeId),
        gte(reportItems.date, addDays(date, -1)),
        lte(reportItems.date, addDays(date, 1)),
        eq(reportItems.kind, 'task'),
        ne(reportItems.status, 'rejected'),
      ),
    );
}

export async function insertItem(tx: Tx, values: ItemInsert): Promise<ItemRow> {
  const [row] = await tx.insert(reportItems).values(values).returning();
  return row;
}

export async function updateItem(
  tx: Tx,
  id: string,
  values: Partial<ItemInsert>,
): Promise<ItemRow> {
  const [row] = await tx.update(reportItems).set(values).where(eq(reportItems.id, id)).returning();
  return row;
}

export async function deleteItem(tx: Tx, id: string): Promise<void> {
  await tx.delete(reportItems).where(eq(reportItems.id, id));
}

/** An employee's items in a date range, by date then entry. */
export async function listItemsOf(
  tx: Tx,
  employeeId: string,
  range: { from: string; to: string },
): Promise<ItemRow[]> {
  return tx
    .select()
    .from(reportItems)
    .where(
      and(
        eq(reportItems.employeeId, employeeId),
        gte(reportItems.date, range.from),
        lte(reportItems.date, range.to),
      ),
    )
    .orderBy(asc(reportItems.date), asc(reportItems.startTime), asc(reportItems.createdAt));
}

/** Dates in a range that have at least one submitted item (of anyone). */
export async function listSubmittedDates(
  tx: Tx,
  range: { from: string; to: string },
): Promise<string[]> {
  const rows = await tx
    .selectDistinct({ date: reportItems.date })
    .from(reportItems)
    .where(
      and(
        eq(reportItems.status, 'submitted'),
        gte(reportItems.date, range.from),
        lte(reportItems.date, range.to),
      ),
    );
  return rows.map((r) => r.date);
}

/** Items of the given employees in a range with the given statuses. */
export async function listItemsOfMany(
  tx: Tx,
  employeeIds: readonly string[],
  range: { from: string; to: string },
  statuses: readonly string[],
): Promise<ItemRow[]> {
  if (employeeIds.length === 0) return [];
  return tx
    .select()
    .from(reportItems)
    .where(
      and(
        inArray(reportItems.employeeId, [...employeeIds]),
        inArray(reportItems.status, [...statuses]),
        gte(reportItems.date, range.from),
        lte(reportItems.date, range.to),
      ),
    )
    .orderBy(asc(reportItems.date), asc(reportItems.startTime), asc(reportItems.createdAt));
}

export async function findActivityRefs(
  tx: Tx,
  ids: readonly string[],
): Promise<Map<string, ActivityRef>> {
  if (ids.length === 0) return new Map();
  const rows = await tx
    .select({
      id: activities.id,
      code: activities.code,
      name: activities.name,
      unit: activities.unit,
    })
    .from(activities)
    .where(inArray(activities.id, [...new Set(ids)]));
  return new Map(rows.map((r) => [r.id, r]));
}

export async function listEvidenceOf(
  tx: Tx,
  itemIds: readonly string[],
): Promise<Map<string, EvidenceMeta[]>> {
  const result = new Map<string, EvidenceMeta[]>();
  if (itemIds.length === 0) return result;
  const rows = await tx
    .select(evidenceMeta)
    .from(evidenceFiles)
    .where(inArray(evidenceFiles.itemId, [...new Set(itemIds)]))
    .orderBy(asc(evidenceFiles.createdAt));
  for (const r of rows) result.set(r.itemId, [...(result.get(r.itemId) ?? []), r]);
  return result;
}

export async function countEvidence(tx: Tx, itemId: string): Promise<number> {
  const [row] = await tx
    .select({ n: sql<number>`count(*)::int` })
    .from(evidenceFiles)
    .where(eq(evidenceFiles.itemId, itemId));
  return Number(row.n);
}

export async function insertEvidence(
  tx: Tx,
  values: typeof evidenceFiles.$inferInsert,
): Promise<EvidenceMeta> {
  const [row] = await tx.insert(evidenceFiles).values(values).returning(evidenceMeta);
  return row;
}

export async function findEvidence(tx: Tx, id: string) {
  const [row] = await tx.select().from(evidenceFiles).where(eq(evidenceFiles.id, id));
  return row;
}

/** Approved leave of the given employees touching a range (for the anomaly flags). */
export async function listApprovedLeave(
  tx: Tx,
  employeeIds: readonly string[],
  range: { from: string; to: string },
) {
  if (employeeIds.length === 0) return [];
  return tx
    .select({
      employeeId: leaveRequests.employeeId,
      kind: leaveRequests.kind,
      from: leaveRequests.fromDate,
      to: leaveRequests.toDate,
    })
    .from(leaveRequests)
    .where(
      and(
        inArray(leaveRequests.employeeId, [...employeeIds]),
        eq(leaveRequests.status, 'approved'),
        lte(leaveRequests.fromDate, range.to),
        gte(leaveRequests.toDate, range.from),
      ),
    )
    .orderBy(asc(leaveRequests.fromDate), asc(leaveRequests.createdAt));
}

/** Instants of accepted check-ins of one employee in [from, to). */
export async function listCheckIns(
  tx: Tx,
  employeeId: string,
  window: { from: Date; to: Date },
): Promise<Date[]> {
  const rows = await tx
    .select({ at: attendanceEvents.at })
    .from(attendanceEvents)
    .where(
      and(
        eq(attendanceEvents.employeeId, employeeId),
        eq(attendanceEvents.kind, 'check_in'),
        eq(attendanceEvents.status, 'accepted'),
        gte(attendanceEvents.at, window.from),
        lt(attendanceEvents.at, window.to),
      ),
    );
  return rows.map((r) => r.at);
}

export async function deleteEvidence(tx: Tx, id: string): Promise<void> {
  await tx.delete(evidenceFiles).where(eq(evidenceFiles.id, id));
}
