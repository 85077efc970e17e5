import type { FastifyInstance } from 'fastify';
import { authRoutes } from '../modules/auth/auth.routes';
import { healthRoutes } from './health.routes';

/** Every module's routes. A new module adds one line here. */
export async function registerModules(app: FastifyInstance): Promise<void> {
  await app.register(healthRoutes);
  await app.register(authRoutes);
}
