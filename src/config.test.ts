import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config';

const secret = 'a-shared-secret-of-at-least-32-characters';
const pgUrl = 'postgres://sipolima@db.internal:5432/sipolima';

let dataDir: string;
beforeEach(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'sipolima-config-'));
});
afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

/** The problems of a configuration that must not load. */
function problemsOf(env: Record<string, string>): string[] {
  try {
    loadConfig(env);
  } catch (err) {
    if (err instanceof ConfigError) return err.problems;
    throw err;
  }
  throw new Error('expected a ConfigError');
}

describe('loadConfig', () => {
  it('has working defaults on a bare machine (embedded engine)', () => {
    const config = loadConfig({ DATA_DIR: dataDir });
    expect(config).toMatchObject({
      port: 3000,
      host: '127.0.0.1',
      dataDir,
      databaseUrl: null,
      engine: 'pglite',
      logLevel: 'info',
      demo: true,
      tzDefault: 'Asia/Makassar',
      tileUrl: 'https://tile.openstreetmap.org/{z}/{x}/{y}.png',
      trustProxy: false,
    });
  });

  it('reads every variable', () => {
    const config = loadConfig({
      PORT: '8080',
      HOST: '0.0.0.0',
      DATA_DIR: dataDir,
      DATABASE_URL: pgUrl,
      SESSION_SECRET: secret,
      LOG_LEVEL: 'warn',
      DEMO: 'yes',
      TZ_DEFAULT: 'Asia/Jayapura',
      TILE_URL: 'https://tiles.example.go.id/{z}/{x}/{y}.png',
      TRUST_PROXY: 'true',
    });
    expect(config).toEqual({
      port: 8080,
      host: '0.0.0.0',
      dataDir,
      databaseUrl: pgUrl,
      engine: 'postgres',
      sessionSecret: secret,
      logLevel: 'warn',
      demo: true,
      tzDefault: 'Asia/Jayapura',
      tileUrl: 'https://tiles.example.go.id/{z}/{x}/{y}.png',
      trustProxy: true,
    });
  });

  it('lists every bad variable in one error, the cross-variable rule included', () => {
    const problems = problemsOf({
      PORT: '70000',
      DATABASE_URL: 'mysql://db/sipolima',
      LOG_LEVEL: 'loud',
      DEMO: 'maybe',
      TZ_DEFAULT: 'WITA',
      TILE_URL: 'https://tiles.example/tile.png',
      TRUST_PROXY: 'sometimes',
    });
    const names = problems.map((p) => p.split(':')[0]).sort();
    expect(names).toEqual([
      'DATABASE_URL',
      'DEMO',
      'LOG_LEVEL',
      'PORT',
      'SESSION_SECRET',
      'TILE_URL',
      'TRUST_PROXY',
      'TZ_DEFAULT',
    ]);
  });

  it('names each problem in the error message', () => {
    expect(() => loadConfig({ PORT: 'abc', SESSION_SECRET: 'short' })).toThrow(
      /PORT: .*\n.*SESSION_SECRET: must be at least 32 characters/,
    );
  });

  it('treats blank values as unset rather than as port 0 or an empty URL', () => {
    const config = loadConfig({ PORT: '', DATABASE_URL: ' ', DATA_DIR: dataDir });
    expect(config.port).toBe(3000);
    expect(config.engine).toBe('pglite');
  });

  describe('SESSION_SECRET', () => {
    it('is generated on the embedded engine and kept under DATA_DIR', () => {
      const first = loadConfig({ DATA_DIR: dataDir });
      expect(first.sessionSecret.length).toBeGreaterThanOrEqual(32);
      const file = join(dataDir, 'session-secret');
      expect(readFileSync(file, 'utf8').trim()).toBe(first.sessionSecret);
      // Only the server's user may read it: the secret signs every session.
      expect(statSync(file).mode & 0o077).toBe(0);
      expect(loadConfig({ DATA_DIR: dataDir }).sessionSecret).toBe(first.sessionSecret);
    });

    it('creates a DATA_DIR that does not exist yet', () => {
      const nested = join(dataDir, 'a', 'b');
      expect(loadConfig({ DATA_DIR: nested }).dataDir).toBe(nested);
      expect(readFileSync(join(nested, 'session-secret'), 'utf8').length).toBeGreaterThan(32);
    });

    it('prefers the given secret and then writes nothing', () => {
      const config = loadConfig({ DATA_DIR: dataDir, SESSION_SECRET: secret });
      expect(config.sessionSecret).toBe(secret);
      expect(() => statSync(join(dataDir, 'session-secret'))).toThrow();
    });

    it('refuses a kept secret that is too short instead of overwriting it', () => {
      writeFileSync(join(dataDir, 'session-secret'), 'short\n');
      expect(problemsOf({ DATA_DIR: dataDir })).toEqual([
        expect.stringMatching(/^SESSION_SECRET: .*fewer than 32 characters/),
      ]);
    });

    it('reports an unwritable DATA_DIR as a configuration problem', () => {
      const file = join(dataDir, 'not-a-dir');
      writeFileSync(file, '');
      expect(problemsOf({ DATA_DIR: file })).toEqual([expect.stringMatching(/^DATA_DIR: /)]);
    });

    it('is required on PostgreSQL, where several processes share the sessions', () => {
      expect(problemsOf({ DATABASE_URL: pgUrl, DATA_DIR: dataDir })).toEqual([
        expect.stringMatching(/^SESSION_SECRET: required when DATABASE_URL is set/),
      ]);
    });
  });

  describe('DEMO', () => {
    it.each([
      [{}, true],
      [{ DATABASE_URL: pgUrl, SESSION_SECRET: secret }, false],
      [{ DEMO: 'off' }, false],
      [{ DEMO: '0' }, false],
      [{ DEMO: 'ON', DATABASE_URL: pgUrl, SESSION_SECRET: secret }, true],
      [{ DEMO: '1', DATABASE_URL: pgUrl, SESSION_SECRET: secret }, true],
    ])('%o → demo %s', (env, demo) => {
      expect(loadConfig({ DATA_DIR: dataDir, ...env }).demo).toBe(demo);
    });
  });

  describe('TZ_DEFAULT', () => {
    it.each([
      ['Asia/Makassar', 'Asia/Makassar'],
      ['Asia/Jakarta', 'Asia/Jakarta'],
      ['asia/makassar', 'Asia/Makassar'],
      ['UTC', 'UTC'],
    ])('accepts %s as %s', (zone, canonical) => {
      expect(loadConfig({ DATA_DIR: dataDir, TZ_DEFAULT: zone }).tzDefault).toBe(canonical);
    });

    it.each(['WITA', '+08:00', 'Asia/Baubau', 'Mars/Olympus'])('refuses %s', (zone) => {
      expect(problemsOf({ DATA_DIR: dataDir, TZ_DEFAULT: zone })).toEqual([
        'TZ_DEFAULT: must be an IANA time zone such as Asia/Makassar',
      ]);
    });
  });

  it.each([
    ['PORT', '-1'],
    ['PORT', '3000.5'],
    ['LOG_LEVEL', 'verbose'],
    ['TRUST_PROXY', 'maybe'],
    ['DATABASE_URL', 'http://db'],
  ])('refuses %s=%s', (name, value) => {
    expect(problemsOf({ DATA_DIR: dataDir, [name]: value })[0]).toMatch(new RegExp(`^${name}: `));
  });

  it('returns a frozen object', () => {
    const config = loadConfig({ DATA_DIR: dataDir });
    expect(Object.isFrozen(config)).toBe(true);
    expect(() => {
      (config as { port: number }).port = 1;
    }).toThrow(TypeError);
  });
});
