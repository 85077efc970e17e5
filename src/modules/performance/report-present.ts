import type { Tx } from '../../db/client';
import type { EvidenceDto, ReportItemDto } from './report.schema';
import * as store from './report.store';

/** Stored items as the API and the scenario runner see them (two queries for any count). */

export function presentEvidence(e: store.EvidenceMeta): EvidenceDto {
  return {
    id: e.id,
    itemId: e.itemId,
    filename: e.filename,
    mime: e.mime,
    size: e.size,
    createdAt: e.createdAt.toISOString(),
  };
}

export async function presentItems(
  tx: Tx,
  rows: readonly store.ItemRow[],
): Promise<ReportItemDto[]> {
  const ids = rows.map((r) => r.id);
  // One after the other: inside a transaction both queries share one connection.
  const activityRefs = await store.findActivityRefs(
    tx,
    rows.flatMap((r) => (r.activityId ? [r.activityId] : [])),
  );
  const evidence = await store.listEvidenceOf(tx, ids);
  return rows.map((r) => ({
    id: r.id,
    employeeId: r.employeeId,
    date: r.date,
    kind: r.kind as ReportItemDto['kind'],
    activity: r.activityId ? (activityRefs.get(r.activityId) ?? null) : null,
    quantity: r.quantity,
    task: r.task,
    start: r.startTime,
    end: r.endTime,
    minutes: r.minutes,
    output: r.output,
    status: r.status as ReportItemDto['status'],
    reason: r.reason,
    submittedAt: r.submittedAt?.toISOString() ?? null,
    verifiedBy: r.verifiedBy,
    verifiedAt: r.verifiedAt?.toISOString() ?? null,
    createdAt: r.createdAt.toISOString(),
    evidence: (evidence.get(r.id) ?? []).map(presentEvidence),
  }));
}

export async function presentItem(tx: Tx, row: store.ItemRow): Promise<ReportItemDto> {
  const [item] = await presentItems(tx, [row]);
  return item;
}
