import type { FastifyInstance } from 'fastify';
import { stdErrors, zodApp } from '../../http/route-helpers';
import { requireActor } from '../auth/auth.hook';
import * as service from './agencies.service';
import {
  agencyCreateBody,
  agencyDetailResponse,
  agencyListQuery,
  agencyPatchBody,
  agencyResponse,
  idParams,
  okResponse,
  pageOf,
  unitBody,
  unitPatchBody,
  unitResponse,
} from './org.schema';

const tags = ['org'];

/** Agencies (OPD) and their units. */
export async function agenciesRoutes(fastify: FastifyInstance): Promise<void> {
  const app = zodApp(fastify);
  const { database, now } = app.ctx;
  const db = database.db;

  app.get(
    '/api/org/agencies',
    {
      schema: {
        tags,
        summary: 'List agencies (OPD); an admin OPD sees its own',
        querystring: agencyListQuery,
        response: { 200: pageOf(agencyResponse), ...stdErrors },
      },
    },
    async (req) => service.listAgencies(db, requireActor(req), req.query),
  );

  app.post(
    '/api/org/agencies',
    {
      schema: {
        tags,
        summary: 'Create an agency (admin BKPSDM)',
        body: agencyCreateBody,
        response: { 201: agencyResponse, ...stdErrors },
      },
    },
    async (req, reply) => {
      const created = await service.createAgency(db, requireActor(req), req.body, now());
      return reply.status(201).send(created);
    },
  );

  app.get(
    '/api/org/agencies/:id',
    {
      schema: {
        tags,
        summary: 'One agency with its units',
        params: idParams,
        response: { 200: agencyDetailResponse, ...stdErrors },
      },
    },
    async (req) => service.getAgency(db, requireActor(req), req.params.id),
  );

  app.patch(
    '/api/org/agencies/:id',
    {
      schema: {
        tags,
        summary: 'Change an agency (admin BKPSDM)',
        params: idParams,
        body: agencyPatchBody,
        response: { 200: agencyResponse, ...stdErrors },
      },
    },
    async (req) => service.updateAgency(db, requireActor(req), req.params.id, req.body, now()),
  );

  app.post(
    '/api/org/agencies/:id/units',
    {
      schema: {
        tags,
        summary: 'Add a unit (bidang/bagian) to an agency',
        params: idParams,
        body: unitBody,
        response: { 201: unitResponse, ...stdErrors },
      },
    },
    async (req, reply) => {
      const created = await service.createUnit(
        db,
        requireActor(req),
        req.params.id,
        req.body,
        now(),
      );
      return reply.status(201).send(created);
    },
  );

  app.patch(
    '/api/org/units/:id',
    {
      schema: {
        tags,
        summary: 'Change a unit',
        params: idParams,
        body: unitPatchBody,
        response: { 200: unitResponse, ...stdErrors },
      },
    },
    async (req) => service.updateUnit(db, requireActor(req), req.params.id, req.body, now()),
  );

  app.delete(
    '/api/org/units/:id',
    {
      schema: {
        tags,
        summary: 'Delete a unit no position uses',
        params: idParams,
        response: { 200: okResponse, ...stdErrors },
      },
    },
    async (req) => {
      await service.deleteUnit(db, requireActor(req), req.params.id, now());
      return { ok: true as const };
    },
  );
}
