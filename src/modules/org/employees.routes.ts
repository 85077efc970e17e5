import type { FastifyInstance } from 'fastify';
import { stdErrors, zodApp } from '../../http/route-helpers';
import { requireActor } from '../auth/auth.hook';
import {
  employeeCreateBody,
  employeeDetailResponse,
  employeeListQuery,
  employeePatchBody,
  employeeResponse,
} from './employee.schema';
import * as service from './employees.service';
import { idParams, pageOf } from './org.schema';

const tags = ['org'];

/** Employees: PNS and PPPK with NIP, rank, position and allowed offices. */
export async function employeesRoutes(fastify: FastifyInstance): Promise<void> {
  const app = zodApp(fastify);
  const { database, config, now } = app.ctx;
  const db = database.db;

  app.get(
    '/api/org/employees',
    {
      schema: {
        tags,
        summary: 'List employees; search `q` over name and NIP',
        querystring: employeeListQuery,
        response: { 200: pageOf(employeeResponse), ...stdErrors },
      },
    },
    async (req) => service.listEmployees(db, requireActor(req), req.query),
  );

  app.post(
    '/api/org/employees',
    {
      schema: {
        tags,
        summary: 'Create an employee; the NIP is checked part by part (invalid_nip)',
        body: employeeCreateBody,
        response: { 201: employeeResponse, ...stdErrors },
      },
    },
    async (req, reply) => {
      const created = await service.createEmployee(db, requireActor(req), req.body, now());
      return reply.status(201).send(created);
    },
  );

  app.get(
    '/api/org/employees/:id',
    {
      schema: {
        tags,
        summary: 'One employee with position path and today’s supervisor(s)',
        description:
          'Readable by admins of the agency, admin BKPSDM, inspektorat, the employee and ' +
          'their direct supervisors.',
        params: idParams,
        response: { 200: employeeDetailResponse, ...stdErrors },
      },
    },
    async (req) =>
      service.getEmployee(db, requireActor(req), req.params.id, {
        now: now(),
        defaultZone: config.tzDefault,
      }),
  );

  app.patch(
    '/api/org/employees/:id',
    {
      schema: {
        tags,
        summary: 'Change an employee; `officeIds` replaces the allowed offices in order',
        params: idParams,
        body: employeePatchBody,
        response: { 200: employeeResponse, ...stdErrors },
      },
    },
    async (req) => service.updateEmployee(db, requireActor(req), req.params.id, req.body, now()),
  );
}
