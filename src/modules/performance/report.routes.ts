import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { errorResponse, stdErrors, zodApp } from '../../http/route-helpers';
import { requireActor } from '../auth/auth.hook';
import { reviewQueue } from './queue.service';
import {
  bulkApproveBody,
  bulkApproveResponse,
  itemIdParams,
  itemListQuery,
  itemListResponse,
  queueQuery,
  queueResponse,
  reportItemCreateBody,
  reportItemPatchBody,
  reportItemResponse,
  verifyBody,
} from './report.schema';
import * as report from './report.service';
import { allowOwn, allowSupervisor } from './route-access';

const tags = ['reports'];
const errors = { ...stdErrors, 422: errorResponse };

/**
 * Daily report items and their verification. Handlers authorise the coarse action; the
 * services decide what needs the record (owner, supervisor on the item's date, status).
 */
export async function reportRoutes(fastify: FastifyInstance): Promise<void> {
  const app = zodApp(fastify);
  const db = app.ctx.database.db;

  app.post(
    '/api/reports/items',
    {
      schema: {
        tags,
        summary: 'Enter an item (duty from my catalogue, or a task with start and end)',
        description: 'Submitted at once unless `submit: false` keeps it as a draft.',
        body: reportItemCreateBody,
        response: { 201: reportItemResponse, ...errors },
      },
    },
    async (req, reply) => {
      const actor = allowOwn(requireActor(req), 'report.write');
      const item = await report.createReportItem(db, actor, req.body, app.ctx.now());
      return reply.status(201).send(item);
    },
  );

  app.patch(
    '/api/reports/items/:id',
    {
      schema: {
        tags,
        summary: 'Correct a draft or returned item (fields left out keep their value)',
        description: 'Submitted (again) unless `submit: false`.',
        params: itemIdParams,
        body: reportItemPatchBody,
        response: { 200: reportItemResponse, ...errors },
      },
    },
    async (req) => {
      const actor = allowOwn(requireActor(req), 'report.write');
      return report.updateReportItem(db, actor, req.params.id, req.body, app.ctx.now());
    },
  );

  app.delete(
    '/api/reports/items/:id',
    {
      schema: {
        tags,
        summary: 'Delete a draft item',
        params: itemIdParams,
        response: { 200: z.object({ ok: z.literal(true) }), ...errors },
      },
    },
    async (req) => {
      const actor = allowOwn(requireActor(req), 'report.write');
      await report.deleteReportItem(db, actor, req.params.id, app.ctx.now());
      return { ok: true as const };
    },
  );

  app.get(
    '/api/reports/items',
    {
      schema: {
        tags,
        summary: 'Items in a date range: mine, or (with employeeId) a person I may read',
        querystring: itemListQuery,
        response: { 200: itemListResponse, ...errors },
      },
    },
    async (req) => report.listReportItems(db, requireActor(req), req.query),
  );

  app.get(
    '/api/reports/items/:id',
    {
      schema: {
        tags,
        summary: 'One item (owner, supervisor, agency admins, inspektorat)',
        params: itemIdParams,
        response: { 200: reportItemResponse, ...errors },
      },
    },
    async (req) => report.getReportItem(db, requireActor(req), req.params.id),
  );

  app.get(
    '/api/reports/queue',
    {
      schema: {
        tags,
        summary: 'Submitted items of my direct subordinates, by person and day, with flags',
        querystring: queueQuery,
        response: { 200: queueResponse, ...errors },
      },
    },
    async (req) => {
      const actor = allowSupervisor(requireActor(req), 'report.verify');
      return reviewQueue(db, actor, req.query, app.ctx.now());
    },
  );

  app.post(
    '/api/reports/items/:id/verify',
    {
      schema: {
        tags,
        summary: 'Approve, reject (reason required) or return an item for revision',
        params: itemIdParams,
        body: verifyBody,
        response: { 200: reportItemResponse, ...errors },
      },
    },
    async (req) => {
      const actor = allowSupervisor(requireActor(req), 'report.verify');
      const item = await report.verifyReportItem(
        db,
        actor,
        { itemId: req.params.id, ...req.body },
        app.ctx.now(),
      );
      req.log.info({ itemId: item.id, status: item.status }, 'report verified');
      return item;
    },
  );

  app.post(
    '/api/reports/bulk-approve',
    {
      schema: {
        tags,
        summary: 'Approve several items; each is checked on its own',
        body: bulkApproveBody,
        response: { 200: bulkApproveResponse, ...errors },
      },
    },
    async (req) => {
      const actor = allowSupervisor(requireActor(req), 'report.verify');
      const result = await report.bulkApprove(db, actor, req.body.itemIds, app.ctx.now());
      req.log.info(
        { approved: result.approved.length, refused: result.refused.length },
        'reports bulk-approved',
      );
      return result;
    },
  );
}
