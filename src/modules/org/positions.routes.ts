import type { FastifyInstance } from 'fastify';
import { stdErrors, zodApp } from '../../http/route-helpers';
import { requireActor } from '../auth/auth.hook';
import {
  idParams,
  okResponse,
  pageOf,
  positionCreateBody,
  positionDetailResponse,
  positionListQuery,
  positionPatchBody,
  positionResponse,
} from './org.schema';
import * as service from './positions.service';

const tags = ['org'];

/** The position tree. */
export async function positionsRoutes(fastify: FastifyInstance): Promise<void> {
  const app = zodApp(fastify);
  const { database, now } = app.ctx;
  const db = database.db;

  app.get(
    '/api/org/positions',
    {
      schema: {
        tags,
        summary: 'List positions; search `q` over name and code',
        querystring: positionListQuery,
        response: { 200: pageOf(positionResponse), ...stdErrors },
      },
    },
    async (req) => service.listPositions(db, requireActor(req), req.query),
  );

  app.post(
    '/api/org/positions',
    {
      schema: {
        tags,
        summary: 'Create a position',
        body: positionCreateBody,
        response: { 201: positionResponse, ...stdErrors },
      },
    },
    async (req, reply) => {
      const created = await service.createPosition(db, requireActor(req), req.body, now());
      return reply.status(201).send(created);
    },
  );

  app.get(
    '/api/org/positions/:id',
    {
      schema: {
        tags,
        summary: 'One position with its path from the top of the tree',
        params: idParams,
        response: { 200: positionDetailResponse, ...stdErrors },
      },
    },
    async (req) => service.getPosition(db, requireActor(req), req.params.id),
  );

  app.patch(
    '/api/org/positions/:id',
    {
      schema: {
        tags,
        summary: 'Change a position; a new parent may not lie below it (position_cycle)',
        params: idParams,
        body: positionPatchBody,
        response: { 200: positionResponse, ...stdErrors },
      },
    },
    async (req) => service.updatePosition(db, requireActor(req), req.params.id, req.body, now()),
  );

  app.delete(
    '/api/org/positions/:id',
    {
      schema: {
        tags,
        summary: 'Delete a position without children, holders or acting assignments',
        params: idParams,
        response: { 200: okResponse, ...stdErrors },
      },
    },
    async (req) => {
      await service.deletePosition(db, requireActor(req), req.params.id, now());
      return { ok: true as const };
    },
  );
}
