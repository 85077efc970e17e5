import type { FastifyInstance } from 'fastify';
import { stdErrors, zodApp } from '../../http/route-helpers';
import { requireActor } from '../auth/auth.hook';
import {
  officeCreateBody,
  officeListQuery,
  officePatchBody,
  officeResponse,
} from './offices.schema';
import * as service from './offices.service';
import { idParams, okResponse, pageOf } from './org.schema';

const tags = ['org'];

/** Offices with their geofences (circle and/or polygon). */
export async function officesRoutes(fastify: FastifyInstance): Promise<void> {
  const app = zodApp(fastify);
  const { database, now } = app.ctx;
  const db = database.db;

  app.get(
    '/api/org/offices',
    {
      schema: {
        tags,
        summary: 'List offices; an admin OPD sees its own and the shared ones',
        querystring: officeListQuery,
        response: { 200: pageOf(officeResponse), ...stdErrors },
      },
    },
    async (req) => service.listOffices(db, requireActor(req), req.query),
  );

  app.post(
    '/api/org/offices',
    {
      schema: {
        tags,
        summary: 'Create an office; an office without agencyId is shared (admin BKPSDM)',
        body: officeCreateBody,
        response: { 201: officeResponse, ...stdErrors },
      },
    },
    async (req, reply) => {
      const created = await service.createOffice(db, requireActor(req), req.body, now());
      return reply.status(201).send(created);
    },
  );

  app.get(
    '/api/org/offices/:id',
    {
      schema: {
        tags,
        summary: 'One office',
        params: idParams,
        response: { 200: officeResponse, ...stdErrors },
      },
    },
    async (req) => service.getOffice(db, requireActor(req), req.params.id),
  );

  app.patch(
    '/api/org/offices/:id',
    {
      schema: {
        tags,
        summary: 'Change an office or its geofence',
        params: idParams,
        body: officePatchBody,
        response: { 200: officeResponse, ...stdErrors },
      },
    },
    async (req) => service.updateOffice(db, requireActor(req), req.params.id, req.body, now()),
  );

  app.delete(
    '/api/org/offices/:id',
    {
      schema: {
        tags,
        summary: 'Delete an office no employee is allowed to use',
        params: idParams,
        response: { 200: okResponse, ...stdErrors },
      },
    },
    async (req) => {
      await service.deleteOffice(db, requireActor(req), req.params.id, now());
      return { ok: true as const };
    },
  );
}
