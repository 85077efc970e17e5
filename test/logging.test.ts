import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCatalogue } from '../src/http/errors';
import {
  createHarness,
  type Harness,
  makeAccount,
  makeAgency,
  makeEmployee,
  testPassword,
} from './support/harness';
import { testEngine } from './support/test-database';

type Line = { level: number; msg?: string; requestId?: string; [key: string]: unknown };

const nip = '198703152010011001';
const secrets = {
  password: 'Rahasia-Sekali-2026',
  currentPassword: 'Lama-Sekali-2025',
  newPassword: 'Baru-Sekali-2027',
  nip,
  username: nip,
  lat: -5.4703891,
  lon: 122.6161234,
};

describe(`logging (${testEngine})`, () => {
  let h: Harness;
  const raw: string[] = [];
  const lines = () => raw.map((l) => JSON.parse(l) as Line);
  let employeeNip: string;

  /** Runs a request and returns it with the lines logged while it ran. */
  async function traced(run: () => ReturnType<Harness['request']>) {
    const start = raw.length;
    const res = await run();
    return { res, logged: lines().slice(start), text: raw.slice(start).join('') };
  }

  beforeAll(async () => {
    h = await createHarness({
      config: { logLevel: 'info' },
      logStream: { write: (line: string) => void raw.push(line) },
      beforeReady: (app) => {
        // A handler that logs what it received, as a careless one might.
        app.post('/api/test/echo', async (req) => {
          req.log.info({ body: req.body, headers: req.headers }, 'echo');
          return { ok: true };
        });
        app.get('/api/test/boom', async () => {
          throw new Error('connection to 10.0.0.5 refused: pool exhausted');
        });
      },
    });
    const agency = await makeAgency(h.db);
    const employee = await makeEmployee(h.db, agency.id);
    employeeNip = employee.nip;
    await makeAccount(h.db, { username: employee.nip, employeeId: employee.id });
  });
  afterAll(async () => h.close());

  it('puts the request id on every line of a request and in x-request-id', async () => {
    const { res, logged } = await traced(() =>
      h.request({
        method: 'POST',
        url: '/api/auth/login',
        payload: { username: employeeNip, password: testPassword },
      }),
    );
    expect(res.statusCode).toBe(200);
    const id = res.headers['x-request-id'];
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(logged.map((l) => l.msg)).toEqual(['incoming request', 'login', 'request completed']);
    expect(logged.every((l) => l.requestId === id)).toBe(true);
  });

  it('gives every request its own id, ignoring one sent by the client', async () => {
    const a = await h.request({ method: 'GET', url: '/api/health' });
    const b = await h.request({
      method: 'GET',
      url: '/api/health',
      headers: { 'request-id': 'forged', 'x-request-id': 'forged' },
    });
    expect(a.headers['x-request-id']).not.toBe(b.headers['x-request-id']);
    expect(b.headers['x-request-id']).not.toBe('forged');
  });

  it('never logs the NIP or password of a login', async () => {
    const { text } = await traced(() =>
      h.request({
        method: 'POST',
        url: `/api/auth/login?nip=${employeeNip}`,
        payload: { username: employeeNip, password: testPassword },
      }),
    );
    expect(text).not.toContain(employeeNip);
    expect(text).not.toContain(testPassword);
  });

  it('redacts passwords, NIPs, cookies and coordinates from what a handler logs', async () => {
    const { res, logged, text } = await traced(() =>
      h.request({
        method: 'POST',
        url: '/api/test/echo',
        headers: { cookie: 'sipolima_sid=cookie-token-value', authorization: 'Bearer abc.def' },
        payload: { ...secrets, position: { latitude: -5.4703891, longitude: 122.6161234 } },
      }),
    );
    expect(res.statusCode).toBe(200);
    for (const value of [...Object.values(secrets).map(String), 'cookie-token-value', 'abc.def']) {
      expect([value, text.includes(value)]).toEqual([value, false]);
    }
    const echo = logged.find((l) => l.msg === 'echo') as Line & {
      body: Record<string, unknown>;
      headers: Record<string, unknown>;
    };
    expect(echo.body).toMatchObject({
      password: '[redacted]',
      nip: '[redacted]',
      lat: '[redacted]',
      position: { latitude: '[redacted]', longitude: '[redacted]' },
    });
    expect(echo.headers).toMatchObject({ cookie: '[redacted]', authorization: '[redacted]' });
  });

  it('redacts the same keys when logged at the top level through app.log', () => {
    const start = raw.length;
    h.app.log.info({ ...secrets, 'set-cookie': 'sipolima_sid=abc' }, 'direct');
    const [line] = lines().slice(start);
    expect(line).toMatchObject({
      msg: 'direct',
      password: '[redacted]',
      nip: '[redacted]',
      username: '[redacted]',
      lat: '[redacted]',
      lon: '[redacted]',
      'set-cookie': '[redacted]',
    });
  });

  it('answers an unknown error with a generic 500 and logs its stack at error', async () => {
    const { res, logged } = await traced(() => h.request({ method: 'GET', url: '/api/test/boom' }));
    expect(res.statusCode).toBe(500);
    expect(res.json()).toEqual({
      error: { code: 'internal_error', message: errorCatalogue.internal_error[2] },
      requestId: res.headers['x-request-id'],
    });
    expect(res.body).not.toContain('pool exhausted');
    const errors = logged.filter((l) => l.level === 50);
    expect(errors).toHaveLength(1);
    const err = errors[0].err as { message: string; stack: string };
    expect(err.message).toContain('pool exhausted');
    expect(err.stack).toMatch(/logging\.test\.ts/);
    expect(errors[0].requestId).toBe(res.headers['x-request-id']);
  });

  it.each([
    ['an expected failure', { method: 'GET', url: '/api/auth/me' }, 401],
    ['a validation failure', { method: 'POST', url: '/api/auth/login', payload: {} }, 400],
    ['an unknown route', { method: 'GET', url: '/api/nope' }, 404],
  ] as const)('logs %s at info, never above', async (_name, req, status) => {
    const { res, logged } = await traced(() => h.request({ ...req }));
    expect(res.statusCode).toBe(status);
    expect(logged.length).toBeGreaterThan(0);
    expect(logged.filter((l) => l.level > 30)).toEqual([]);
    const done = logged.find((l) => l.msg === 'request completed') as Line & {
      res: { statusCode: number };
    };
    expect(done).toMatchObject({ level: 30, res: { statusCode: status } });
  });

  it('logs the catalogue code of an expected failure', async () => {
    const { logged } = await traced(() => h.request({ method: 'GET', url: '/api/auth/me' }));
    expect(logged).toContainEqual(expect.objectContaining({ level: 30, code: 'unauthenticated' }));
  });
});
