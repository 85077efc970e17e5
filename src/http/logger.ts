import type { LoggerOptions } from 'pino';

/**
 * Keys redacted from every log line. NIPs identify a person (and are the username of
 * employee accounts), coordinates show where they are, and passwords, tokens and cookies
 * open accounts: none belongs in logs that IT staff read and ship elsewhere.
 */
const sensitiveKeys = [
  'password',
  'currentPassword',
  'newPassword',
  'token',
  'sessionId',
  'cookie',
  'authorization',
  'set-cookie',
  'nip',
  'username',
  'lat',
  'lon',
  'latitude',
  'longitude',
];

/**
 * pino's redaction has no recursive wildcard: each key is listed at the top level and up
 * to two objects deep, which covers `{ nip }`, `{ body: { nip } }` and
 * `{ body: { position: { lat } } }` as routes log them.
 */
export const redactPaths = sensitiveKeys.flatMap((key) => [
  `["${key}"]`,
  `*["${key}"]`,
  `*.*["${key}"]`,
]);

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
