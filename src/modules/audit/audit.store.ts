import { and, count, desc, eq, gte, lt } from 'drizzle-orm';
import type { Tx } from '../../db/client';
import { auditLog } from '../../db/tables';
import type { Actor } from '../auth/actor';

export type AuditEntry = {
  action: string;
  entity: string;
  entityId?: string | null;
  details?: unknown;
  /**
   * When it happened: pass the app clock (`app.ctx.now()`) so rows written under a
   * simulated clock (scenario runner, tests) line up with the data they describe.
   * Omitted: the database's now().
   */
  at?: Date;
};

/**
 * Appends one audit row. Call it inside the same transaction as the change it records,
 * so a change without its audit row (or the reverse) cannot be committed.
 */
export async function writeAudit(tx: Tx, actor: Actor, entry: AuditEntry): Promise<void> {
  await tx.insert(auditLog).values({
    at: entry.at,
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

export type AuditFilter = {
  entity?: string;
  entityId?: string;
  action?: string;
  actorAccountId?: string;
  /** Inclusive. */
  from?: Date;
  /** Exclusive, so consecutive windows do not overlap. */
  to?: Date;
  limit: number;
  offset: number;
};

/** Newest first; `id` breaks ties between rows written in the same instant. */
export async function listAudit(
  tx: Tx,
  f: AuditFilter,
): Promise<{ rows: Array<typeof auditLog.$inferSelect>; total: number }> {
  const where = and(
    f.entity ? eq(auditLog.entity, f.entity) : undefined,
    f.entityId ? eq(auditLog.entityId, f.entityId) : undefined,
    f.action ? eq(auditLog.action, f.action) : undefined,
    f.actorAccountId ? eq(auditLog.actorAccountId, f.actorAccountId) : undefined,
    f.from ? gte(auditLog.at, f.from) : undefined,
    f.to ? lt(auditLog.at, f.to) : undefined,
  );
  const rows = await tx
    .select()
    .from(auditLog)
    .where(where)
    .orderBy(desc(auditLog.at), desc(auditLog.id))
    .limit(f.limit)
    .offset(f.offset);
  const [{ total }] = await tx.select({ total: count() }).from(auditLog).where(where);
  return { rows, total };
}
