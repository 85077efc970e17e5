import type { FastifyInstance } from 'fastify';
import { fail } from '../../http/errors';
import { stdErrors, zodApp } from '../../http/route-helpers';
import { requireActor } from '../auth/auth.hook';
import { can } from '../auth/permissions';
import { auditPage, listAuditQuery } from './audit.schema';
import { listAudit } from './audit.store';

/** The audit log, read-only: inspektorat and admin BKPSDM. */
export async function auditRoutes(fastify: FastifyInstance): Promise<void> {
  const app = zodApp(fastify);
  const { db } = app.ctx.database;

  app.get(
    '/api/audit',
    {
      schema: {
        tags: ['audit'],
        summary: 'Audit log, newest first (inspektorat, admin BKPSDM)',
        querystring: listAuditQuery,
        response: { 200: auditPage, ...stdErrors },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      if (!can(actor, 'audit.read')) throw fail('forbidden');
      const { actor: actorAccountId, from, to, ...rest } = req.query;
      const { rows, total } = await listAudit(db, {
        ...rest,
        actorAccountId,
        from: from ? new Date(from) : undefined,
        to: to ? new Date(to) : undefined,
      });
      return { items: rows.map((r) => ({ ...r, at: r.at.toISOString() })), total };
    },
  );
}
