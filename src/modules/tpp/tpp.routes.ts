import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { fail } from '../../http/errors';
import { stdErrors, zodApp } from '../../http/route-helpers';
import { requireActor } from '../auth/auth.hook';
import { closeMonth, recomputeClosedMonth } from './month-close.service';
import { ruleSetRoutes } from './rule-set.routes';
import {
  agencyQuery,
  attendanceDaysQuery,
  closeSummaryOut,
  dayOut,
  disciplineWarningOut,
  lateVerifierOut,
  monthOut,
  monthParams,
  recapQuery,
  recomputeBody,
  recomputeOut,
  resultDetail,
  resultParams,
  resultsPage,
  resultsQuery,
  yearQuery,
} from './tpp.schema';
import { buildRecap } from './tpp-recap.service';
import { listDisciplineWarnings, listLateVerifiers } from './tpp-reports.service';
import { getResult, listResults } from './tpp-results.service';
import { listMonths } from './tpp-results.store';

const tags = ['tpp'];

/** Month close, TPP results, recap, warnings and the live day statuses. */
export async function tppRoutes(fastify: FastifyInstance): Promise<void> {
  const app = zodApp(fastify);
  const { database, now } = app.ctx;
  const db = database.db;
  await app.register(ruleSetRoutes);

  app.post(
    '/api/tpp/months/:month/close',
    {
      schema: {
        tags,
        summary: 'Close a month (admin BKPSDM): compute and freeze every active employee',
        description:
          'One transaction: a failure leaves the month open and nothing written. A closed ' +
          'month answers month_closed; a month that has not ended yet answers conflict.',
        params: monthParams,
        response: { 200: closeSummaryOut, ...stdErrors },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      const summary = await closeMonth(db, actor, req.params.month, now());
      req.log.info(
        { month: summary.month, employees: summary.employeeCount, ruleSetId: summary.ruleSetId },
        'month closed',
      );
      return summary;
    },
  );

  app.post(
    '/api/tpp/months/:month/recompute',
    {
      schema: {
        tags,
        summary: 'Recompute a closed month for some employees; the difference is paid later',
        description:
          'Writes an adjustment line into the next open month for each employee whose ' +
          'amount changed. The closed month itself never changes.',
        params: monthParams,
        body: recomputeBody,
        response: { 200: recomputeOut, ...stdErrors },
      },
    },
    async (req) =>
      recomputeClosedMonth(
        db,
        requireActor(req),
        req.params.month,
        req.body.employeeIds,
        now(),
        req.body.reason,
      ),
  );

  app.get(
    '/api/tpp/months',
    {
      schema: {
        tags,
        summary: 'Months and their status (open or closed)',
        response: { 200: z.object({ items: z.array(monthOut) }), ...stdErrors },
      },
    },
    async (req) => {
      requireActor(req);
      const rows = await listMonths(db);
      return {
        items: rows.map((m) => ({
          ...m,
          closedAt: m.closedAt ? new Date(m.closedAt).toISOString() : null,
        })),
      };
    },
  );

  app.get(
    '/api/tpp/results',
    {
      schema: {
        tags,
        summary: 'TPP results of a month for the caller’s scope',
        description:
          'Employees read their own, supervisors their team, admin OPD its agency, admin ' +
          'BKPSDM and inspektorat everything; keuangan everything of closed months only. ' +
          'An open month is computed live (numbers may still change).',
        querystring: resultsQuery,
        response: { 200: resultsPage, ...stdErrors },
      },
    },
    async (req) => listResults(db, requireActor(req), req.query, now()),
  );

  app.get(
    '/api/tpp/results/:month/:employeeId',
    {
      schema: {
        tags,
        summary: 'One employee’s month with days and the explanation',
        params: resultParams,
        response: { 200: resultDetail, ...stdErrors },
      },
    },
    async (req) => getResult(db, requireActor(req), req.params.month, req.params.employeeId, now()),
  );

  app.get(
    '/api/tpp/recap.xlsx',
    {
      schema: {
        tags,
        summary: 'Payment recap of a closed month as XLSX (keuangan, admins)',
        querystring: recapQuery,
        response: { 200: z.any().describe('XLSX file'), ...stdErrors },
      },
    },
    async (req, reply) => {
      const { filename, content } = await buildRecap(db, requireActor(req), req.query);
      return reply
        .header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header('content-disposition', `attachment; filename="${filename}"`)
        .send(content);
    },
  );

  app.get(
    '/api/tpp/discipline-warnings',
    {
      schema: {
        tags,
        summary: 'Employees crossing PP 94/2021 absence thresholds in a year (admins)',
        querystring: yearQuery,
        response: { 200: z.object({ items: z.array(disciplineWarningOut) }), ...stdErrors },
      },
    },
    async (req) => ({ items: await listDisciplineWarnings(db, requireActor(req), req.query) }),
  );

  app.get(
    '/api/tpp/months/:month/late-verifiers',
    {
      schema: {
        tags,
        summary: 'Supervisors with items of the month still unverified',
        params: monthParams,
        querystring: agencyQuery,
        response: { 200: z.object({ items: z.array(lateVerifierOut) }), ...stdErrors },
      },
    },
    async (req) => ({
      items: await listLateVerifiers(db, requireActor(req), req.params.month, req.query.agencyId),
    }),
  );

  app.get(
    '/api/attendance/days',
    {
      schema: {
        tags: ['attendance'],
        summary: 'Day statuses of a month (own, team, agency): live while the month is open',
        querystring: attendanceDaysQuery,
        response: {
          200: z.object({
            employeeId: z.string(),
            nip: z.string(),
            name: z.string(),
            month: z.string(),
            closed: z.boolean(),
            workingDays: z.number().int(),
            absentDays: z.number().int(),
            deductionPct: z.string(),
            days: z.array(dayOut),
            explanation: z.array(z.string()),
          }),
          ...stdErrors,
        },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      const employeeId = req.query.employeeId ?? actor.employeeId;
      if (!employeeId)
        throw fail('validation_failed', {
          fields: [{ field: 'employeeId', reason: 'wajib diisi' }],
        });
      const r = await getResult(db, actor, req.query.month, employeeId, now(), 'attendance.read');
      return {
        employeeId: r.employeeId,
        nip: r.nip,
        name: r.name,
        month: r.month,
        closed: r.closed,
        workingDays: r.workingDays,
        absentDays: r.absentDays,
        deductionPct: r.deductionPct,
        days: r.days,
        explanation: r.explanation,
      };
    },
  );
}
