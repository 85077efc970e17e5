import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { fail } from '../../http/errors';
import { stdErrors, zodApp } from '../../http/route-helpers';
import { requireActor } from '../auth/auth.hook';
import { can } from '../auth/permissions';
import { okResponse, uuidParams } from './calendar.schema';
import { rosterList, rosterListQuery, rosterUpsertBody } from './roster.schema';
import * as service from './roster.service';

const tags = ['calendar'];

/**
 * Rosters per agency: the agency's admin OPD or admin BKPSDM edit them
 * (`schedule.write` scoped to the agency); readers of the agency's attendance read them.
 */
export async function rosterRoutes(fastify: FastifyInstance): Promise<void> {
  const app = zodApp(fastify);
  const { database, now } = app.ctx;
  const db = database.db;

  app.get(
    '/api/rosters',
    {
      schema: {
        tags,
        summary: "An agency's roster for a month",
        querystring: rosterListQuery,
        response: { 200: rosterList, ...stdErrors },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      const { agencyId, month } = req.query;
      if (!can(actor, 'attendance.read', { agencyId })) throw fail('forbidden');
      return { items: await service.listRoster(db, agencyId, month) };
    },
  );

  app.put(
    '/api/rosters',
    {
      schema: {
        tags,
        summary: 'Set shifts of employees of one agency (one per employee and date)',
        body: rosterUpsertBody,
        response: { 200: z.object({ ok: z.literal(true), count: z.number() }), ...stdErrors },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      if (!can(actor, 'schedule.write', { agencyId: req.body.agencyId })) throw fail('forbidden');
      const result = await service.upsertRoster(db, actor, req.body, now());
      req.log.info({ agencyId: req.body.agencyId, count: result.count }, 'roster updated');
      return result;
    },
  );

  app.delete(
    '/api/rosters/:id',
    {
      schema: {
        tags,
        summary: 'Remove one shift',
        params: uuidParams,
        response: { 200: okResponse, ...stdErrors },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      const entry = await service.loadRosterEntry(db, req.params.id);
      if (!can(actor, 'schedule.write', { agencyId: entry.agencyId })) throw fail('forbidden');
      await service.deleteRosterEntry(db, actor, entry, now());
      req.log.info({ rosterId: entry.id }, 'roster entry removed');
      return { ok: true as const };
    },
  );
}
