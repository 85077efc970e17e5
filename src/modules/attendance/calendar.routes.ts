import type { FastifyInstance } from 'fastify';
import { fail } from '../../http/errors';
import { stdErrors, zodApp } from '../../http/route-helpers';
import { requireActor } from '../auth/auth.hook';
import { can } from '../auth/permissions';
import {
  codeParams,
  holidayCreateBody,
  holidayList,
  holidayListQuery,
  holidayView,
  okResponse,
  scheduleCreateBody,
  scheduleList,
  scheduleUpdateBody,
  scheduleView,
  specialPeriodCreateBody,
  specialPeriodList,
  specialPeriodListQuery,
  specialPeriodView,
  uuidParams,
} from './calendar.schema';
import * as service from './calendar.service';

const tags = ['calendar'];

/**
 * The working calendar: holidays, schedules, special periods. Anyone logged in may read
 * it (every employee sees the holidays and their hours); only admin BKPSDM changes it:
 * `holiday.write` and `schedule.write` without an agency are city-wide grants.
 */
export async function calendarRoutes(fastify: FastifyInstance): Promise<void> {
  const app = zodApp(fastify);
  const { database, now } = app.ctx;
  const db = database.db;

  app.get(
    '/api/holidays',
    {
      schema: {
        tags,
        summary: 'Holidays of a year: national, cuti bersama and local',
        querystring: holidayListQuery,
        response: { 200: holidayList, ...stdErrors },
      },
    },
    async (req) => {
      requireActor(req);
      const rows = await service.listHolidays(db, req.query.year);
      return { items: rows.map(presentHoliday) };
    },
  );

  app.post(
    '/api/holidays',
    {
      schema: {
        tags,
        summary: 'Add a local holiday (admin BKPSDM)',
        body: holidayCreateBody,
        response: { 201: holidayView, ...stdErrors },
      },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      if (!can(actor, 'holiday.write')) throw fail('forbidden');
      const row = await service.addLocalHoliday(db, actor, req.body, now());
      req.log.info({ holidayId: row.id }, 'holiday added');
      return reply.status(201).send(presentHoliday(row));
    },
  );

  app.delete(
    '/api/holidays/:id',
    {
      schema: {
        tags,
        summary: 'Remove a local holiday (admin BKPSDM)',
        params: uuidParams,
        response: { 200: okResponse, ...stdErrors },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      if (!can(actor, 'holiday.write')) throw fail('forbidden');
      await service.removeLocalHoliday(db, actor, req.params.id, now());
      req.log.info({ holidayId: req.params.id }, 'holiday removed');
      return { ok: true as const };
    },
  );

  app.get(
    '/api/schedules',
    {
      schema: { tags, summary: 'Schedules', response: { 200: scheduleList, ...stdErrors } },
    },
    async (req) => {
      requireActor(req);
      return { items: await service.listSchedules(db) };
    },
  );

  app.post(
    '/api/schedules',
    {
      schema: {
        tags,
        summary: 'Create a custom weekly schedule (admin BKPSDM)',
        body: scheduleCreateBody,
        response: { 201: scheduleView, ...stdErrors },
      },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      if (!can(actor, 'schedule.write')) throw fail('forbidden');
      const row = await service.createSchedule(db, actor, req.body, now());
      req.log.info({ schedule: row.code }, 'schedule created');
      return reply.status(201).send(row);
    },
  );

  app.put(
    '/api/schedules/:code',
    {
      schema: {
        tags,
        summary: 'Change a custom weekly schedule (admin BKPSDM); built-in ones are fixed',
        params: codeParams,
        body: scheduleUpdateBody,
        response: { 200: scheduleView, ...stdErrors },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      if (!can(actor, 'schedule.write')) throw fail('forbidden');
      const row = await service.updateSchedule(db, actor, req.params.code, req.body, now());
      req.log.info({ schedule: row.code }, 'schedule updated');
      return row;
    },
  );

  app.get(
    '/api/special-periods',
    {
      schema: {
        tags,
        summary: 'Special periods (Ramadan hours), optionally those touching a year',
        querystring: specialPeriodListQuery,
        response: { 200: specialPeriodList, ...stdErrors },
      },
    },
    async (req) => {
      requireActor(req);
      return { items: await service.listSpecialPeriods(db, req.query.year ?? null) };
    },
  );

  app.post(
    '/api/special-periods',
    {
      schema: {
        tags,
        summary: 'Add a special period for standard-schedule staff (admin BKPSDM)',
        body: specialPeriodCreateBody,
        response: { 201: specialPeriodView, ...stdErrors },
      },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      if (!can(actor, 'schedule.write')) throw fail('forbidden');
      const row = await service.createSpecialPeriod(db, actor, req.body, now());
      req.log.info({ specialPeriodId: row.id }, 'special period created');
      return reply.status(201).send(row);
    },
  );

  app.delete(
    '/api/special-periods/:id',
    {
      schema: {
        tags,
        summary: 'Remove a special period (admin BKPSDM)',
        params: uuidParams,
        response: { 200: okResponse, ...stdErrors },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      if (!can(actor, 'schedule.write')) throw fail('forbidden');
      await service.deleteSpecialPeriod(db, actor, req.params.id, now());
      req.log.info({ specialPeriodId: req.params.id }, 'special period removed');
      return { ok: true as const };
    },
  );
}

function presentHoliday(row: { id: string; date: string; name: string; kind: string }) {
  return { ...row, kind: row.kind as 'national' | 'cuti_bersama' | 'local' };
}
