import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { zodApp } from './route-helpers';

/** Settings the web client needs before login: public, nothing secret. */
export async function clientConfigRoutes(fastify: FastifyInstance): Promise<void> {
  const app = zodApp(fastify);
  app.get(
    '/api/client-config',
    {
      schema: {
        tags: ['platform'],
        summary: 'Map tile URL and default time zone for the web client',
        security: [],
        response: { 200: z.object({ tileUrl: z.string(), timezone: z.string() }) },
      },
    },
    async () => ({ tileUrl: app.ctx.config.tileUrl, timezone: app.ctx.config.tzDefault }),
  );
}
