import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { z } from 'zod';

/**
 * The process configuration, read once from the environment at start-up.
 * No other module reads `process.env`: they receive this frozen object.
 */
export type Config = Readonly<{
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | null;
  engine: 'pglite' | 'postgres';
  sessionSecret: string;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  demo: boolean;
  tzDefault: string;
  tileUrl: string;
  trustProxy: boolean;
}>;

const boolish = z
  .string()
  .transform((v) => v.toLowerCase())
  .pipe(z.enum(['1', '0', 'true', 'false', 'yes', 'no', 'on', 'off']))
  .transform((v) => ['1', 'true', 'yes', 'on'].includes(v));

const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  DATA_DIR: z.string().min(1).default('./data'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://')
    .optional(),
  SESSION_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  DEMO: boolish.optional(),
  TZ_DEFAULT: z
    .string()
    .default('Asia/Makassar')
    .refine(isValidZone, 'must be an IANA time zone such as Asia/Makassar')
    // `asia/makassar` is accepted by Intl; store the canonical spelling that Luxon prints.
    .transform(canonicalZone),
  TILE_URL: z
    .string()
    .default('https://tile.openstreetmap.org/{z}/{x}/{y}.png')
    .refine(
      (v) => ['{z}', '{x}', '{y}'].every((p) => v.includes(p)),
      'must be a tile URL template containing {z}, {x} and {y}',
    ),
  TRUST_PROXY: boolish.default(false),
});

function isValidZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

function canonicalZone(zone: string): string {
  return new Intl.DateTimeFormat('en', { timeZone: zone }).resolvedOptions().timeZone;
}

/** Thrown at start-up with every bad variable listed, so an operator fixes them in one go. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/**
 * Parses the environment into a frozen Config. On the embedded database a missing
 * SESSION_SECRET is generated once and kept in DATA_DIR so sessions survive restarts;
 * on PostgreSQL (several processes may share the database) it must be given.
 *
 * Every problem is collected before throwing, the cross-variable ones included, so an
 * operator fixing a deployment sees the whole list at once instead of one per restart.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const vars = withoutBlanks(env);
  const parsed = envSchema.safeParse(vars);
  const problems = parsed.success
    ? []
    : parsed.error.issues.map((i) => `${i.path.join('.') || '(env)'}: ${i.message}`);
  // Decided on the raw value: a malformed DATABASE_URL still means "PostgreSQL intended".
  if (vars.DATABASE_URL && !vars.SESSION_SECRET) {
    problems.push(
      'SESSION_SECRET: required when DATABASE_URL is set (every server process must share it)',
    );
  }
  if (!parsed.success || problems.length > 0) throw new ConfigError(problems);
  const e = parsed.data;
  const engine = e.DATABASE_URL ? 'postgres' : 'pglite';
  const dataDir = resolve(e.DATA_DIR);
  const sessionSecret = e.SESSION_SECRET ?? readOrCreateSecret(dataDir);
  return Object.freeze({
    port: e.PORT,
    host: e.HOST,
    dataDir,
    databaseUrl: e.DATABASE_URL ?? null,
    engine,
    sessionSecret,
    logLevel: e.LOG_LEVEL,
    demo: e.DEMO ?? engine === 'pglite',
    tzDefault: e.TZ_DEFAULT,
    tileUrl: e.TILE_URL,
    trustProxy: e.TRUST_PROXY,
  });
}

/**
 * `PORT=` in an env file means "not set", not "port 0" (which z.coerce would accept and
 * which would bind a random port): blank values fall back to the defaults.
 */
function withoutBlanks(env: NodeJS.ProcessEnv): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(env)) {
    if (v !== undefined && v.trim() !== '') out[k] = v.trim();
  }
  return out;
}

const SECRET_FILE = 'session-secret';

function readOrCreateSecret(dataDir: string): string {
  const file = join(dataDir, SECRET_FILE);
  try {
    if (existsSync(file)) {
      const secret = readFileSync(file, 'utf8').trim();
      // Never overwrite a file an operator may have written: say what is wrong instead.
      if (secret.length < 32) {
        throw new ConfigError([`SESSION_SECRET: ${file} holds fewer than 32 characters`]);
      }
      return secret;
    }
    mkdirSync(dataDir, { recursive: true });
    const secret = randomBytes(32).toString('base64url');
    writeFileSync(file, `${secret}\n`, { mode: 0o600 });
    return secret;
  } catch (err) {
    if (err instanceof ConfigError) throw err;
    throw new ConfigError([
      `DATA_DIR: cannot keep the generated session secret in ${file} (${(err as Error).message})`,
    ]);
  }
}
