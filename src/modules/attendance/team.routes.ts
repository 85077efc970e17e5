import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { stdErrors, zodApp } from '../../http/route-helpers';
import { requireActor } from '../auth/auth.hook';
import { TEAM_STATUSES, teamToday } from './team.service';

const member = z.object({
  employeeId: z.string(),
  nip: z.string(),
  name: z.string(),
  positionName: z.string().nullable(),
  status: z.enum(TEAM_STATUSES),
  kind: z.string().nullable(),
  checkIn: z.string().nullable(),
  checkOut: z.string().nullable(),
  lateMinutes: z.number().nullable(),
});

export async function teamRoutes(fastify: FastifyInstance): Promise<void> {
  const app = zodApp(fastify);
  app.get(
    '/api/attendance/team-today',
    {
      schema: {
        tags: ['attendance'],
        summary: "Today's board of my direct subordinates (supervisors)",
        response: { 200: z.object({ date: z.string(), members: z.array(member) }), ...stdErrors },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      // Only direct subordinates are listed, so the list itself is the authorisation:
      // an employee without subordinates sees an empty board.
      return teamToday(app.ctx.database.db, actor, app.ctx.now(), app.ctx.config.tzDefault);
    },
  );
}
