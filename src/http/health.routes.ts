import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { version } from '../version';
import { zodApp } from './route-helpers';

export async function healthRoutes(fastify: FastifyInstance): Promise<void> {
  const app = zodApp(fastify);
  app.get(
    '/api/health',
    {
      schema: {
        tags: ['platform'],
        summary: 'Liveness and database check',
        security: [],
        response: {
          200: z.object({
            status: z.literal('ok'),
            database: z.enum(['pglite', 'postgres']),
            version: z.string(),
          }),
        },
      },
      config: { rateLimit: false },
    },
    async () => {
      await app.ctx.database.db.execute(sql`select 1`);
      return { status: 'ok' as const, database: app.ctx.database.engine, version };
    },
  );
}
