import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { errorResponse, stdErrors, zodApp } from '../../http/route-helpers';
import { requireActor } from '../auth/auth.hook';
import { allowOwn, allowSupervisor } from '../performance/route-access';
import {
  leaveBalanceQuery,
  leaveBalanceResponse,
  leaveDecisionBody,
  leaveIdParams,
  leaveListQuery,
  leaveRequestBody,
  leaveResponse,
  pendingLeaveResponse,
} from './leave.schema';
import * as leave from './leave.service';
import * as read from './leave-read.service';

const tags = ['leave'];
const errors = { ...stdErrors, 422: errorResponse };

/**
 * Leave requests (cuti, dinas luar, izin, tugas belajar) and their approval by the
 * direct supervisor. Each handler authorises the caller for the coarse action; the
 * service applies the rules that need the record (whose supervisor, which status).
 */
export async function leaveRoutes(fastify: FastifyInstance): Promise<void> {
  const app = zodApp(fastify);
  const db = app.ctx.database.db;

  app.post(
    '/api/leave',
    {
      schema: {
        tags,
        summary: 'Ask for leave (own); it waits for the direct supervisor',
        body: leaveRequestBody,
        response: { 201: leaveResponse, ...errors },
      },
    },
    async (req, reply) => {
      const actor = allowOwn(requireActor(req), 'leave.request');
      const created = await leave.requestLeave(db, actor, req.body, app.ctx.now());
      req.log.info({ leaveId: created.id, kind: created.kind }, 'leave requested');
      return reply.status(201).send(created);
    },
  );

  app.get(
    '/api/leave/mine',
    {
      schema: {
        tags,
        summary: 'My leave requests, newest first (optionally those touching a year)',
        querystring: leaveListQuery,
        response: { 200: z.object({ items: z.array(leaveResponse) }), ...errors },
      },
    },
    async (req) => read.listMyLeave(db, allowOwn(requireActor(req), 'leave.read'), req.query),
  );

  app.get(
    '/api/leave/balance',
    {
      schema: {
        tags,
        summary: 'My annual leave balance for a year (default: this year)',
        querystring: leaveBalanceQuery,
        response: { 200: leaveBalanceResponse, ...errors },
      },
    },
    async (req) =>
      read.leaveBalance(db, allowOwn(requireActor(req), 'leave.read'), req.query, app.ctx.now()),
  );

  app.get(
    '/api/leave/pending',
    {
      schema: {
        tags,
        summary: 'Pending requests of my direct subordinates',
        response: { 200: z.object({ items: z.array(pendingLeaveResponse) }), ...errors },
      },
    },
    async (req) =>
      read.listPendingForSupervisor(db, allowSupervisor(requireActor(req), 'leave.decide')),
  );

  app.post(
    '/api/leave/:id/decision',
    {
      schema: {
        tags,
        summary: 'Approve or refuse a request (direct supervisor only)',
        params: leaveIdParams,
        body: leaveDecisionBody,
        response: { 200: leaveResponse, ...errors },
      },
    },
    async (req) => {
      // Whose supervisor is only known with the record: the service refuses not_supervisor.
      const actor = allowSupervisor(requireActor(req), 'leave.decide');
      const decided = await leave.decideLeave(
        db,
        actor,
        { leaveId: req.params.id, ...req.body },
        app.ctx.now(),
      );
      req.log.info({ leaveId: decided.id, status: decided.status }, 'leave decided');
      return decided;
    },
  );

  app.post(
    '/api/leave/:id/cancel',
    {
      schema: {
        tags,
        summary: 'Withdraw my own request while it is pending',
        params: leaveIdParams,
        response: { 200: leaveResponse, ...errors },
      },
    },
    async (req) => {
      const actor = allowOwn(requireActor(req), 'leave.request');
      return leave.cancelLeave(db, actor, req.params.id, app.ctx.now());
    },
  );
}
