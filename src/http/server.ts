import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fastifyCookie from '@fastify/cookie';
import fastifyHelmet from '@fastify/helmet';
import fastifyRateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance, LogController } from 'fastify';
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
} from 'fastify-type-provider-zod';
import type { DestinationStream } from 'pino';
import { z } from 'zod';
import { installAuthHook, SESSION_COOKIE } from '../modules/auth/auth.hook';
import { version } from '../version';
import type { AppContext } from './context';
import { installErrorHandler } from './error-handler';
import { loggerOptions } from './logger';
import { registerModules } from './modules';

export type BuildOptions = AppContext & {
  /** Folder of the built web client; served with an SPA fallback when it exists. */
  webDist?: string | null;
  logger?: boolean;
  /** Where log lines go instead of stdout; tests capture them here. */
  logStream?: DestinationStream;
};

/** Assembles the HTTP server: plugins, error mapping, auth, documentation and modules. */
export async function buildServer(opts: BuildOptions): Promise<FastifyInstance> {
  const { config } = opts;
  // People read validation messages: zod's built-in ones in Indonesian, like ours.
  z.config(z.locales.id());
  const app = Fastify({
    logger:
      opts.logger === false
        ? false
        : { ...loggerOptions(config.logLevel), ...(opts.logStream && { stream: opts.logStream }) },
    genReqId: () => randomUUID(),
    requestIdHeader: false,
    logController: new LogController({ requestIdLogLabel: 'requestId' }),
    bodyLimit: 1024 * 1024,
    trustProxy: config.trustProxy,
  });
  app.decorate('ctx', { config, database: opts.database, now: opts.now } satisfies AppContext);
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.addHook('onSend', async (req, reply) => {
    reply.header('x-request-id', req.id);
  });

  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        // Swagger UI and Leaflet use inline styles; map tiles come from the configured host.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:', 'https:'],
        scriptSrc: ["'self'"],
        connectSrc: ["'self'"],
        workerSrc: ["'self'"],
        manifestSrc: ["'self'"],
        upgradeInsecureRequests: null,
      },
    },
  });
  await app.register(fastifyCookie);
  await app.register(fastifyRateLimit, {
    global: true,
    max: 600,
    timeWindow: '1 minute',
    // A whole office may share one NAT address at 07:30: count per session when there is
    // one, per address otherwise. The session is the one the auth hook verified (app-level
    // onRequest hooks run before this plugin's route-level one), never the raw cookie: a
    // client inventing a new cookie per request would otherwise get a new bucket each time.
    keyGenerator: (req) => req.sessionId ?? req.ip,
  });
  const hasClient = !!opts.webDist && existsSync(join(opts.webDist, 'index.html'));
  installErrorHandler(app, { spaFallback: hasClient });
  installAuthHook(app);

  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.0.3',
      info: {
        title: 'SIPOLIMA API',
        version,
        description:
          'e-kinerja: attendance, daily reports, verification and TPP. Errors answer ' +
          '`{ error: { code, message, details? }, requestId }`; `message` is Indonesian.',
      },
      components: {
        securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: SESSION_COOKIE } },
      },
      security: [{ session: [] }],
    },
    transform: jsonSchemaTransform,
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/docs' });

  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());
  await registerModules(app);

  if (hasClient) {
    await app.register(fastifyStatic, { root: opts.webDist!, wildcard: false });
  }
  return app;
}
