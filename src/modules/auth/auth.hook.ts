import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { fail } from '../../http/errors';
import type { Actor } from './actor';
import { findSessionAccount, sessionIdOf } from './session.store';

export const SESSION_COOKIE = 'sipolima_sid';

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor | null;
    sessionId: string | null;
  }
}

/** Resolves the session cookie into `request.actor` before any handler runs. */
export function installAuthHook(app: FastifyInstance): void {
  app.decorateRequest('actor', null);
  app.decorateRequest('sessionId', null);
  app.addHook('onRequest', async (req) => {
    if (!req.url.startsWith('/api/')) return;
    const token = req.cookies[SESSION_COOKIE];
    if (!token) return;
    const sessionId = sessionIdOf(token, app.ctx.config.sessionSecret);
    const account = await findSessionAccount(app.ctx.database.db, sessionId, app.ctx.now());
    if (!account) return;
    req.sessionId = sessionId;
    req.actor = { ...account, ip: req.ip };
  });
}

/** The caller, or a 401: every protected handler starts with this. */
export function requireActor(req: FastifyRequest): Actor {
  if (!req.actor) throw fail('unauthenticated');
  return req.actor;
}

export function setSessionCookie(
  req: FastifyRequest,
  reply: FastifyReply,
  token: string,
  expiresAt: Date,
): void {
  reply.setCookie(SESSION_COOKIE, token, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    // Secure whenever the request came over TLS (directly or through a trusted proxy).
    secure: req.protocol === 'https',
    expires: expiresAt,
  });
}

export function clearSessionCookie(reply: FastifyReply): void {
  reply.clearCookie(SESSION_COOKIE, { path: '/' });
}
