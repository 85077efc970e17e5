import type { FastifyInstance } from 'fastify';
import { auditRoutes } from '../modules/audit/audit.routes';
import { accountRoutes } from '../modules/auth/accounts.routes';
import { authRoutes } from '../modules/auth/auth.routes';
import { orgRoutes } from '../modules/org/org.routes';
import { healthRoutes } from './health.routes';

/** Every module's routes. A new module adds one line here. */
export async function registerModules(app: FastifyInstance): Promise<void> {
  await app.register(healthRoutes);
  await app.register(authRoutes);
  await app.register(orgRoutes);
  await app.register(accountRoutes);
  await app.register(auditRoutes);
}
