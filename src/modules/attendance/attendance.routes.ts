import type { FastifyInstance } from 'fastify';
import { fail } from '../../http/errors';
import { errorResponse, stdErrors, zodApp } from '../../http/route-helpers';
import { requireActor } from '../auth/auth.hook';
import { can } from '../auth/permissions';
import { checkInAccepted, checkInBody, todayResponse } from './attendance.schema';
import { recordAttendance } from './check-in.service';
import { getToday } from './today.service';

const tags = ['attendance'];

/** Check-in and check-out of the logged-in employee, and their home screen. */
export async function attendanceRoutes(fastify: FastifyInstance): Promise<void> {
  const app = zodApp(fastify);
  const { database, now } = app.ctx;
  const db = database.db;

  for (const kind of ['check_in', 'check_out'] as const) {
    app.post(
      `/api/attendance/${kind === 'check_in' ? 'check-in' : 'check-out'}`,
      {
        schema: {
          tags,
          summary: kind === 'check_in' ? 'Check in' : 'Check out',
          description:
            'Records the event for the logged-in employee. A refusal (outside_geofence, ' +
            'low_accuracy, mocked_location, future_time, stale_offline, out_of_order) ' +
            'answers 422 with the reason as the error code; it is stored too. The same ' +
            'clientId sent again gets the first answer and changes nothing.',
          body: checkInBody,
          response: { 200: checkInAccepted, ...stdErrors, 422: errorResponse },
        },
        // The 07:30 rush: thousands of these a minute would drown the log at info. The
        // event and its audit row are the record; warnings and errors still show.
        logLevel: 'warn',
      },
      async (req, reply) => {
        const actor = requireActor(req);
        if (!can(actor, 'attendance.record', { employeeId: actor.employeeId })) {
          throw fail('forbidden');
        }
        const { deviceAt, ...body } = req.body;
        const result = await recordAttendance(
          db,
          actor.employeeId!,
          { ...body, kind, deviceAt: deviceAt ? new Date(deviceAt) : null },
          now(),
          { actor },
        );
        if (result.status === 'accepted') return result;
        const { reason, message, status: _status, ...details } = result;
        return reply
          .status(422)
          .send({ error: { code: reason, message, details }, requestId: req.id });
      },
    );
  }

  app.get(
    '/api/attendance/today',
    {
      schema: {
        tags,
        summary: 'My schedule, events and offices for today (home screen)',
        response: { 200: todayResponse, ...stdErrors },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      if (!actor.employeeId || !can(actor, 'attendance.read', { employeeId: actor.employeeId })) {
        throw fail('forbidden');
      }
      return getToday(db, actor.employeeId, now());
    },
  );
}
