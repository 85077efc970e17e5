import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { stdErrors, zodApp } from '../../http/route-helpers';
import { requireActor } from '../auth/auth.hook';
import * as acting from './acting.service';
import {
  actingCreateBody,
  actingListQuery,
  actingPatchBody,
  actingResponse,
  idParams,
  okResponse,
  tppClassesBody,
  tppClassesResponse,
} from './org.schema';
import * as tppClasses from './tpp-classes.service';

const tags = ['org'];

/** Acting assignments (Plt/Plh) and the kelas jabatan → TPP base table. */
export async function actingRoutes(fastify: FastifyInstance): Promise<void> {
  const app = zodApp(fastify);
  const { database, now } = app.ctx;
  const db = database.db;

  app.get(
    '/api/org/acting',
    {
      schema: {
        tags,
        summary: 'List Plt/Plh assignments, optionally those in force on a date',
        querystring: actingListQuery,
        response: { 200: z.object({ items: z.array(actingResponse) }), ...stdErrors },
      },
    },
    async (req) => acting.listActing(db, requireActor(req), req.query),
  );

  app.post(
    '/api/org/acting',
    {
      schema: {
        tags,
        summary: 'Appoint a Plt or Plh for a period (dates inclusive; toDate null = open)',
        body: actingCreateBody,
        response: { 201: actingResponse, ...stdErrors },
      },
    },
    async (req, reply) => {
      const created = await acting.createActing(db, requireActor(req), req.body, now());
      return reply.status(201).send(created);
    },
  );

  app.patch(
    '/api/org/acting/:id',
    {
      schema: {
        tags,
        summary: 'Change the kind or period of an acting assignment',
        params: idParams,
        body: actingPatchBody,
        response: { 200: actingResponse, ...stdErrors },
      },
    },
    async (req) => acting.updateActing(db, requireActor(req), req.params.id, req.body, now()),
  );

  app.delete(
    '/api/org/acting/:id',
    {
      schema: {
        tags,
        summary: 'Remove an acting assignment',
        params: idParams,
        response: { 200: okResponse, ...stdErrors },
      },
    },
    async (req) => {
      await acting.deleteActing(db, requireActor(req), req.params.id, now());
      return { ok: true as const };
    },
  );

  app.get(
    '/api/org/tpp-classes',
    {
      schema: {
        tags,
        summary: 'The kelas jabatan → monthly TPP base table (rupiah)',
        response: { 200: tppClassesResponse, ...stdErrors },
      },
    },
    async (req) => tppClasses.listTppClasses(db, requireActor(req)),
  );

  app.put(
    '/api/org/tpp-classes',
    {
      schema: {
        tags,
        summary: 'Replace the kelas jabatan → TPP base table (admin BKPSDM)',
        body: tppClassesBody,
        response: { 200: tppClassesResponse, ...stdErrors },
      },
    },
    async (req) => tppClasses.replaceTppClasses(db, requireActor(req), req.body.items, now()),
  );
}
