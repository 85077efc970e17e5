import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { stdErrors, zodApp } from '../../http/route-helpers';
import { requireActor } from '../auth/auth.hook';
import {
  activityCreateBody,
  activityIdParams,
  activityListQuery,
  activityListResponse,
  activityPatchBody,
  activityResponse,
} from './activities.schema';
import * as activities from './activities.service';
import { allowOwn } from './route-access';

const tags = ['activities'];

/** The activity catalogue: each employee's own view, and admin BKPSDM's upkeep. */
export async function activitiesRoutes(fastify: FastifyInstance): Promise<void> {
  const app = zodApp(fastify);
  const db = app.ctx.database.db;

  app.get(
    '/api/activities/mine',
    {
      schema: {
        tags,
        summary: 'The activities of my position (what I can report as duties)',
        response: { 200: activityListResponse, ...stdErrors },
      },
    },
    async (req) => activities.listMyActivities(db, allowOwn(requireActor(req), 'report.write')),
  );

  app.get(
    '/api/activities',
    {
      schema: {
        tags,
        summary: 'The whole catalogue (admins and read-only roles)',
        querystring: activityListQuery,
        response: { 200: activityListResponse, ...stdErrors },
      },
    },
    async (req) => activities.listActivities(db, requireActor(req), req.query),
  );

  app.post(
    '/api/activities',
    {
      schema: {
        tags,
        summary: 'Add an activity (admin BKPSDM)',
        body: activityCreateBody,
        response: { 201: activityResponse, ...stdErrors },
      },
    },
    async (req, reply) => {
      const created = await activities.createActivity(
        db,
        requireActor(req),
        req.body,
        app.ctx.now(),
      );
      return reply.status(201).send(created);
    },
  );

  app.patch(
    '/api/activities/:id',
    {
      schema: {
        tags,
        summary: 'Change an activity (admin BKPSDM); entered items keep their minutes',
        params: activityIdParams,
        body: activityPatchBody,
        response: { 200: activityResponse, ...stdErrors },
      },
    },
    async (req) =>
      activities.updateActivity(db, requireActor(req), req.params.id, req.body, app.ctx.now()),
  );

  app.delete(
    '/api/activities/:id',
    {
      schema: {
        tags,
        summary: 'Delete an activity no report uses (admin BKPSDM)',
        params: activityIdParams,
        response: { 200: z.object({ ok: z.literal(true) }), ...stdErrors },
      },
    },
    async (req) => {
      await activities.deleteActivity(db, requireActor(req), req.params.id, app.ctx.now());
      return { ok: true as const };
    },
  );
}
