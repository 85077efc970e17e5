import type { Tx } from '../../db/client';
import { auditLog } from '../../db/tables';
import type { Actor } from '../auth/actor';

export type AuditEntry = {
  action: string;
  entity: string;
  entityId?: string | null;
  details?: unknown;
};

/**
 * Appends one audit row. Call it inside the same transaction as the change it records,
 * so a change without its audit row (or the reverse) cannot be committed.
 */
export async function writeAudit(tx: Tx, actor: Actor, entry: AuditEntry): Promise<void> {
  await tx.insert(auditLog).values({
    actorAccountId: actor.accountId === systemAccountId ? null : actor.accountId,
    actorLabel: actor.label,
    ip: actor.ip || null,
    action: entry.action,
    entity: entry.entity,
    entityId: entry.entityId ?? null,
    details: entry.details ?? null,
  });
}

const systemAccountId = '00000000-0000-0000-0000-000000000000';
