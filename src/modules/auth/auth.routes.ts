import type { FastifyInstance } from 'fastify';
import { errorResponse, stdErrors, zodApp } from '../../http/route-helpers';
import { isSupervisor } from '../org/supervision.store';
import { clearSessionCookie, requireActor, setSessionCookie } from './auth.hook';
import { changePasswordBody, loginBody, meResponse, okResponse } from './auth.schema';
import { changePassword, login, logout } from './auth.service';

export async function authRoutes(fastify: FastifyInstance): Promise<void> {
  const app = zodApp(fastify);
  const { database, config, now } = app.ctx;

  app.post(
    '/api/auth/login',
    {
      schema: {
        tags: ['auth'],
        summary: 'Log in with NIP (or username) and password; sets the session cookie',
        body: loginBody,
        response: {
          200: okResponse,
          400: errorResponse,
          401: errorResponse,
          403: errorResponse,
          423: errorResponse,
          429: errorResponse,
        },
      },
      // Per client address (per verified session when there is one): slows guessing across
      // many names; guessing one name is stopped by the lockout after five failures.
      config: { rateLimit: { max: 20, timeWindow: '1 minute' } },
    },
    async (req, reply) => {
      const session = await login(database.db, {
        ...req.body,
        ip: req.ip,
        userAgent: req.headers['user-agent'] ?? null,
        secret: config.sessionSecret,
        now: now(),
      });
      req.log.info({ accountId: session.accountId }, 'login');
      setSessionCookie(req, reply, session.token, session.expiresAt);
      return { ok: true as const };
    },
  );

  app.post(
    '/api/auth/logout',
    {
      schema: {
        tags: ['auth'],
        summary: 'End the current session',
        response: { 200: okResponse, ...stdErrors },
      },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      await logout(database.db, actor, req.sessionId!, now());
      clearSessionCookie(reply);
      return { ok: true as const };
    },
  );

  app.get(
    '/api/auth/me',
    {
      schema: { tags: ['auth'], summary: 'Who am I', response: { 200: meResponse, ...stdErrors } },
    },
    async (req) => {
      const actor = requireActor(req);
      const supervising = actor.employeeId
        ? await isSupervisor(database.db, actor.employeeId, now())
        : false;
      return {
        accountId: actor.accountId,
        username: actor.username,
        label: actor.label,
        roles: actor.roles,
        adminAgencyId: actor.adminAgencyId,
        employeeId: actor.employeeId,
        employeeAgencyId: actor.employeeAgencyId,
        isSupervisor: supervising,
      };
    },
  );

  app.post(
    '/api/auth/password',
    {
      schema: {
        tags: ['auth'],
        summary: 'Change my password; other sessions are ended',
        body: changePasswordBody,
        response: { 200: okResponse, ...stdErrors },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      await changePassword(database.db, actor, {
        ...req.body,
        sessionId: req.sessionId!,
        now: now(),
      });
      return { ok: true as const };
    },
  );
}
