import type { FastifyInstance } from 'fastify';
import { activitiesRoutes } from './activities.routes';
import { evidenceRoutes } from './evidence.routes';
import { reportRoutes } from './report.routes';

/** Every route of daily reporting (issue #3): catalogue, items, verification, evidence. */
export async function performanceRoutes(app: FastifyInstance): Promise<void> {
  await app.register(activitiesRoutes);
  await app.register(reportRoutes);
  await app.register(evidenceRoutes);
}
