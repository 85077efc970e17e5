import type { LoggerOptions } from 'pino';

/**
 * Paths redacted from every log line. NIPs identify a person and coordinates show where
 * they are: neither belongs in logs that IT staff read and ship elsewhere.
 */
export const redactPaths = [
  'req.headers.cookie',
  'req.headers.authorization',
  'res.headers["set-cookie"]',
  '*.password',
  '*.currentPassword',
  '*.newPassword',
  '*.token',
  '*.sessionId',
  '*.nip',
  '*.username',
  '*.lat',
  '*.lon',
  '*.latitude',
  '*.longitude',
  'body.password',
  'body.nip',
  'body.lat',
  'body.lon',
];

export function loggerOptions(level: string): LoggerOptions {
  return {
    level,
    redact: { paths: redactPaths, censor: '[redacted]' },
    // Query strings can carry NIPs (?nip=…); log only the path.
    serializers: {
      req: (req: { method: string; url: string; id: string; ip?: string }) => ({
        method: req.method,
        url: req.url.split('?')[0],
        id: req.id,
      }),
    },
  };
}
