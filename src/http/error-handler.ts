import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { AppError, type ErrorBody, type ErrorCode, errorCatalogue } from './errors';

type Issue = {
  instancePath?: string;
  message?: string;
  keyword?: string;
  params?: Record<string, unknown>;
};

function body(code: ErrorCode, requestId: string, details?: unknown, message?: string): ErrorBody {
  return {
    error: {
      code,
      message: message ?? errorCatalogue[code][2],
      ...(details === undefined ? {} : { details }),
    },
    requestId,
  };
}

/** Turns validation issues into `{ field, reason }` pairs with the field as a dotted path. */
function fieldsOf(issues: Issue[], part: string): Array<{ field: string; reason: string }> {
  return issues.map((i) => {
    const path = (i.instancePath ?? '').replace(/^\//, '').replaceAll('/', '.');
    // zod's strict objects report unknown keys as one issue listing them all.
    const keys = i.keyword === 'unrecognized_keys' ? (i.params?.keys as string[]) : undefined;
    return {
      field: keys?.length ? keys.map((k) => (path ? `${path}.${k}` : k)).join(', ') : path || part,
      reason: keys?.length ? 'field tidak dikenal' : (i.message ?? 'tidak valid'),
    };
  });
}

/**
 * One mapping from anything thrown to the error body. Expected failures (AppError,
 * validation) are logged at info; anything unknown is logged with its stack at error
 * and answered as a generic 500 so internals never leak to clients.
 */
export function installErrorHandler(
  app: FastifyInstance,
  opts: { spaFallback?: boolean } = {},
): void {
  app.setErrorHandler((err: FastifyError, req, reply) => {
    if (err instanceof AppError) {
      req.log.info({ code: err.code }, err.message);
      return reply.status(err.status).send(body(err.code, req.id, err.details, err.userMessage));
    }
    if (hasZodFastifySchemaValidationErrors(err)) {
      const fields = fieldsOf(err.validation as Issue[], err.validationContext ?? 'body');
      req.log.info({ code: 'validation_failed', fields }, 'validation failed');
      const first = fields[0];
      const message = first
        ? `${errorCatalogue.validation_failed[2]} ${first.field}: ${first.reason}`
        : undefined;
      return reply.status(400).send(body('validation_failed', req.id, { fields }, message));
    }
    if (
      err.code === 'FST_ERR_CTP_INVALID_JSON_BODY' ||
      err.code === 'FST_ERR_CTP_EMPTY_JSON_BODY'
    ) {
      return reply.status(400).send(body('malformed_json', req.id));
    }
    if (err instanceof SyntaxError && err.statusCode === 400) {
      return reply.status(400).send(body('malformed_json', req.id));
    }
    if (err.code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
      return reply.status(413).send(body('body_too_large', req.id));
    }
    if (err.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') {
      return reply.status(415).send(body('unsupported_media_type', req.id));
    }
    if (err.statusCode === 429) {
      return reply.status(429).send(body('rate_limited', req.id));
    }
    if (err.validation) {
      const fields = fieldsOf(err.validation as Issue[], err.validationContext ?? 'body');
      return reply.status(400).send(body('validation_failed', req.id, { fields }));
    }
    req.log.error({ err }, 'unhandled error');
    return reply.status(500).send(body('internal_error', req.id));
  });

  app.setNotFoundHandler((req, reply) => {
    // The client's own routes (/bulan, /laporan…) belong to the single-page app.
    // A path with a file extension is a missing asset (an old hashed bundle after a
    // rebuild): answering it with the app page would load HTML as a script.
    const path = req.url.split('?')[0];
    const clientRoute =
      req.method === 'GET' &&
      !path.startsWith('/api/') &&
      !path.startsWith('/docs') &&
      !/\.[a-z0-9]+$/i.test(path);
    if (opts.spaFallback && clientRoute) return reply.sendFile('index.html');
    return reply.status(404).send(body('route_not_found', req.id));
  });
}
