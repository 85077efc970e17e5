import type { Db, Tx } from '../../db/client';
import { fail } from '../../http/errors';
import { writeAudit } from '../audit/audit.store';
import type { Actor } from '../auth/actor';
import { can } from '../auth/permissions';
import { assertMonthOpen } from '../tpp/month.store';
import { detectEvidenceType, safeFilename } from './file-type';
import type { EvidenceDto } from './report.schema';
import { authoriseRead } from './report.service';
import * as store from './report.store';
import { presentEvidence } from './report-present';
import { type ItemState, isEditable } from './rules/report-item.rules';

/** Evidence (a photo or a PDF) of a report item, kept in the database with the item. */

export const MAX_EVIDENCE_BYTES = 2 * 1024 * 1024;
/** Enough for a few photos of an activity; more belongs in a document. */
export const MAX_EVIDENCE_PER_ITEM = 5;

export const tooLarge = () =>
  fail(
    'body_too_large',
    { field: 'file', maxBytes: MAX_EVIDENCE_BYTES },
    'Berkas bukti maksimal 2 MB.',
  );

/** The owner's item, locked, while it may still change (a draft or returned item). */
async function editableOwnItem(tx: Tx, actor: Actor, itemId: string) {
  const item = await store.findItem(tx, itemId, true);
  if (!item) throw fail('not_found');
  if (!can(actor, 'report.write', { employeeId: item.employeeId })) throw fail('forbidden');
  if (!isEditable(item.status as ItemState)) {
    throw fail(
      'conflict',
      { field: 'status', status: item.status },
      'Bukti hanya dapat diubah sebelum laporan dikirim atau saat dikembalikan untuk perbaikan.',
    );
  }
  await assertMonthOpen(tx, item.date);
  return item;
}

/**
 * Attaches a file to the caller's own item. The type is decided by the content (JPEG,
 * PNG, WebP or PDF), never by the name or the declared type, and the size is at most
 * 2 MB.
 */
export async function addEvidence(
  db: Db,
  actor: Actor,
  itemId: string,
  file: { filename?: string; data: Buffer },
  now: Date,
): Promise<EvidenceDto> {
  if (file.data.length > MAX_EVIDENCE_BYTES) throw tooLarge();
  const type = detectEvidenceType(file.data);
  if (!type) {
    throw fail(
      'unsupported_media_type',
      { field: 'file' },
      'Bukti harus berupa foto (JPEG, PNG, WebP) atau PDF.',
    );
  }
  return db.transaction(async (tx) => {
    const item = await editableOwnItem(tx, actor, itemId);
    if ((await store.countEvidence(tx, item.id)) >= MAX_EVIDENCE_PER_ITEM) {
      throw fail(
        'conflict',
        { field: 'file', max: MAX_EVIDENCE_PER_ITEM },
        `Paling banyak ${MAX_EVIDENCE_PER_ITEM} berkas bukti untuk satu kegiatan.`,
      );
    }
    const row = await store.insertEvidence(tx, {
      itemId: item.id,
      filename: safeFilename(file.filename, type),
      mime: type.mime,
      size: file.data.length,
      data: file.data,
      createdAt: now,
    });
    await writeAudit(tx, actor, {
      action: 'report.evidence.add',
      entity: 'report_item',
      entityId: item.id,
      details: { evidenceId: row.id, filename: row.filename, mime: row.mime, size: row.size },
      at: now,
    });
    return presentEvidence(row);
  });
}

/** Removes a file from the caller's own item while the item may still change. */
export async function removeEvidence(
  db: Db,
  actor: Actor,
  evidenceId: string,
  now: Date,
): Promise<void> {
  await db.transaction(async (tx) => {
    const evidence = await store.findEvidence(tx, evidenceId);
    if (!evidence) throw fail('not_found');
    const item = await editableOwnItem(tx, actor, evidence.itemId);
    await store.deleteEvidence(tx, evidence.id);
    await writeAudit(tx, actor, {
      action: 'report.evidence.remove',
      entity: 'report_item',
      entityId: item.id,
      details: { evidenceId: evidence.id, filename: evidence.filename },
      at: now,
    });
  });
}

/**
 * A file for whoever may read the item's owner's reports: the owner, their supervisor,
 * admins of their agency, admin BKPSDM and inspektorat.
 */
export async function readEvidence(
  db: Db,
  actor: Actor,
  evidenceId: string,
): Promise<{ filename: string; mime: string; data: Buffer }> {
  const evidence = await store.findEvidence(db, evidenceId);
  if (!evidence) throw fail('not_found');
  const item = await store.findItem(db, evidence.itemId);
  const [owner] = item ? await store.findEmployees(db, [item.employeeId]) : [];
  if (!item || !owner) throw fail('not_found');
  await authoriseRead(db, actor, owner, item.date);
  return { filename: evidence.filename, mime: evidence.mime, data: evidence.data };
}
