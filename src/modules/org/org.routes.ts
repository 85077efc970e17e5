import type { FastifyInstance } from 'fastify';
import { actingRoutes } from './acting.routes';
import { agenciesRoutes } from './agencies.routes';
import { employeesRoutes } from './employees.routes';
import { importRoutes } from './import.routes';
import { officesRoutes } from './offices.routes';
import { positionsRoutes } from './positions.routes';

/** Every route of the organisation module (issue #2). */
export async function orgRoutes(app: FastifyInstance): Promise<void> {
  await app.register(agenciesRoutes);
  await app.register(positionsRoutes);
  await app.register(employeesRoutes);
  await app.register(actingRoutes);
  await app.register(officesRoutes);
  await app.register(importRoutes);
}
