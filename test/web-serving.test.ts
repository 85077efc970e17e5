import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../src/db/client';
import { buildServer } from '../src/http/server';
import { testConfig } from './support/harness';
import { createTestDatabase, testEngine } from './support/test-database';

describe(`serving the web client (${testEngine})`, () => {
  let app: FastifyInstance;
  let database: Database;
  beforeAll(async () => {
    const dist = mkdtempSync(join(tmpdir(), 'sipolima-web-'));
    mkdirSync(join(dist, 'assets'));
    writeFileSync(
      join(dist, 'index.html'),
      '<!doctype html><html lang="id"><title>SIPOLIMA</title>',
    );
    writeFileSync(join(dist, 'assets', 'app-1.js'), 'console.log(1)');
    database = await createTestDatabase();
    app = await buildServer({
      config: testConfig(),
      database,
      now: () => new Date(),
      logger: false,
      webDist: dist,
    });
  });
  afterAll(async () => {
    await app.close();
    await database.close();
  });

  it("answers the client's own routes with the app page", async () => {
    const res = await app.inject({ method: 'GET', url: '/bulan?m=2026-11' });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('lang="id"');
  });

  it('serves built assets and answers a missing one with 404, not the app page', async () => {
    expect((await app.inject({ method: 'GET', url: '/assets/app-1.js' })).body).toContain(
      'console',
    );
    const missing = await app.inject({ method: 'GET', url: '/assets/app-0.js' });
    expect(missing.statusCode).toBe(404);
    expect(missing.json().error.code).toBe('route_not_found');
  });

  it('keeps unknown API routes as JSON 404', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/nothing' });
    expect(res.statusCode).toBe(404);
    expect(res.json().error.code).toBe('route_not_found');
  });

  it('answers validation errors in Indonesian', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'x' },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toMatch(/password/);
    expect(res.json().error.message).not.toMatch(/Invalid input|expected string/);
  });
});
