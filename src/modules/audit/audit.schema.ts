import { z } from 'zod';

const text = z.string().trim().min(1).max(200);
const instant = z.iso.datetime({ offset: true, message: 'waktu ISO 8601 dengan zona' });

export const listAuditQuery = z
  .object({
    /** e.g. `account`, `daily_report`. */
    entity: text.optional(),
    entityId: text.optional(),
    /** e.g. `auth.login`, `account.created`. */
    action: text.optional(),
    /** Account id of whoever acted. */
    actor: z.uuid().optional(),
    /** From this instant, inclusive. */
    from: instant.optional(),
    /** Up to this instant, exclusive. */
    to: instant.optional(),
    limit: z.coerce.number().int().min(1).max(200).default(50),
    offset: z.coerce.number().int().min(0).default(0),
  })
  .strict()
  .refine((q) => !q.from || !q.to || Date.parse(q.from) < Date.parse(q.to), {
    path: ['to'],
    message: 'harus setelah from',
  });

export const auditEntry = z.object({
  id: z.number().int(),
  at: z.string(),
  actorAccountId: z.string().nullable(),
  actorLabel: z.string(),
  ip: z.string().nullable(),
  action: z.string(),
  entity: z.string(),
  entityId: z.string().nullable(),
  details: z.unknown(),
});

export const auditPage = z.object({
  items: z.array(auditEntry),
  total: z.number().int(),
});
