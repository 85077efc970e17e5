import type { FastifyInstance } from 'fastify';
import { attendanceRoutes } from '../modules/attendance/attendance.routes';
import { calendarRoutes } from '../modules/attendance/calendar.routes';
import { rosterRoutes } from '../modules/attendance/roster.routes';
import { teamRoutes } from '../modules/attendance/team.routes';
import { auditRoutes } from '../modules/audit/audit.routes';
import { accountRoutes } from '../modules/auth/accounts.routes';
import { authRoutes } from '../modules/auth/auth.routes';
import { leaveRoutes } from '../modules/leave/leave.routes';
import { orgRoutes } from '../modules/org/org.routes';
import { performanceRoutes } from '../modules/performance/performance.routes';
import { tppRoutes } from '../modules/tpp/tpp.routes';
import { clientConfigRoutes } from './client-config.routes';
import { healthRoutes } from './health.routes';

/** Every module's routes. A new module adds one line here. */
export async function registerModules(app: FastifyInstance): Promise<void> {
  await app.register(healthRoutes);
  await app.register(clientConfigRoutes);
  await app.register(authRoutes);
  await app.register(orgRoutes);
  await app.register(accountRoutes);
  await app.register(auditRoutes);
  await app.register(attendanceRoutes);
  await app.register(calendarRoutes);
  await app.register(rosterRoutes);
  await app.register(teamRoutes);
  await app.register(tppRoutes);
  await app.register(leaveRoutes);
  await app.register(performanceRoutes);
}
