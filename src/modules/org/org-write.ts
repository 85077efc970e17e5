import type { Db, Tx } from '../../db/client';
import { fail } from '../../http/errors';
import { writeAudit } from '../audit/audit.store';
import type { Actor } from '../auth/actor';
import type { Action, Resource } from '../auth/permissions';
import { authorise, duplicateCode, isEmptyPatch, rethrowDuplicate } from './org.access';

/** The pieces of one org entity that a guarded, audited write needs. */
type Audited<Row, Out> = {
  /** Audit entity; the actions are `<entity>.update` and `<entity>.delete`. */
  entity: string;
  find: (tx: Tx, id: string) => Promise<Row | undefined>;
  permission: Action;
  /** The resource the permission is checked on, from the stored record. */
  scope?: (before: Row) => Resource;
  present: (row: Row) => Out;
};

export type UpdateAudited<Row, Patch, Out> = Audited<Row, Out> & {
  /** Checks run before the code check (their order decides which error answers). */
  checkFirst?: (tx: Tx, before: Row) => Promise<void>;
  findByCode: (tx: Tx, code: string, before: Row) => Promise<unknown>;
  /** Checks run after the code check. */
  checkAfter?: (tx: Tx, before: Row) => Promise<void>;
  update: (tx: Tx, id: string, patch: Patch) => Promise<Row>;
};

export type DeleteAudited<Row, Out> = Audited<Row, Out> & {
  /** What still points at the record: a `conflict` with these details and message. */
  inUse: (tx: Tx, id: string) => Promise<{ details: unknown; message: string } | undefined>;
  remove: (tx: Tx, id: string) => Promise<void>;
};

/**
 * PATCH of an org record in one transaction: `not_found`, permission on the stored
 * record, `duplicate_code` for a code taken by another record, then the update and an
 * audit row with the record before and the changes. An empty patch changes nothing:
 * it answers the record as it is, without an audit row.
 */
export async function updateAudited<
  Row extends { code: string },
  Patch extends { code?: string },
  Out,
>(
  db: Db,
  actor: Actor,
  id: string,
  patch: Patch,
  now: Date,
  o: UpdateAudited<Row, Patch, Out>,
): Promise<Out> {
  return db.transaction(async (tx) => {
    const before = await o.find(tx, id);
    if (!before) throw fail('not_found');
    authorise(actor, o.permission, o.scope?.(before));
    if (isEmptyPatch(patch)) return o.present(before);
    await o.checkFirst?.(tx, before);
    if (patch.code && patch.code !== before.code && (await o.findByCode(tx, patch.code, before))) {
      throw duplicateCode();
    }
    await o.checkAfter?.(tx, before);
    const row = await o.update(tx, id, patch).catch(rethrowDuplicate('duplicate_code', 'code'));
    await writeAudit(tx, actor, {
      at: now,
      action: `${o.entity}.update`,
      entity: o.entity,
      entityId: id,
      details: { before: o.present(before), changes: patch },
    });
    return o.present(row);
  });
}

/**
 * DELETE of an org record in one transaction: `not_found`, permission on the stored
 * record, `conflict` while something still refers to it, then the delete and an audit
 * row with the record as it was.
 */
export async function deleteAudited<Row, Out>(
  db: Db,
  actor: Actor,
  id: string,
  now: Date,
  o: DeleteAudited<Row, Out>,
): Promise<void> {
  await db.transaction(async (tx) => {
    const before = await o.find(tx, id);
    if (!before) throw fail('not_found');
    authorise(actor, o.permission, o.scope?.(before));
    const used = await o.inUse(tx, id);
    if (used) throw fail('conflict', used.details, used.message);
    await o.remove(tx, id);
    await writeAudit(tx, actor, {
      at: now,
      action: `${o.entity}.delete`,
      entity: o.entity,
      entityId: id,
      details: o.present(before),
    });
  });
}
