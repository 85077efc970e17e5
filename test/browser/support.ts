import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { type Database, openDatabase } from '../../src/db/client';
import { employeeOffices, employees, offices } from '../../src/db/tables';
import { buildServer } from '../../src/http/server';
import { seedDemoIfEmpty } from '../../src/modules/demo/demo.loader';
import { buildDemoCity } from '../../src/modules/demo/demo-city';
import { testConfig } from '../support/harness';

export const CHROMIUM = '/usr/bin/chromium';
export const hasChromium = existsSync(CHROMIUM);
export const shotsDir = resolve('test-artifacts/screenshots');

export const PHONE = { width: 360, height: 740 };
export const DESKTOP = { width: 1280, height: 800 };

/** The real server on an ephemeral port, a fresh PGlite database and the demo city. */
export type World = {
  app: FastifyInstance;
  database: Database;
  baseUrl: string;
  /** Moves the server's clock; null = the real time. */
  setNow(at: Date | null): void;
  logins: ReturnType<typeof buildDemoCity>['demoLogins'];
  employee: { id: string; nip: string };
  office: { name: string; lat: number; lon: number; radiusM: number | null };
  close(): Promise<void>;
};

export async function startWorld(): Promise<World> {
  // The client must exist before the server decides whether to serve it.
  execFileSync(process.execPath, ['scripts/build-web.mjs', '--if-needed'], { stdio: 'inherit' });
  const database = await openDatabase({ engine: 'pglite', dataDir: null });
  await database.migrate();
  await seedDemoIfEmpty(database);
  let now: Date | null = null;
  const app = await buildWithClient(database, () => now ?? new Date());
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const logins = buildDemoCity().demoLogins;
  const [employee] = await database.db
    .select({ id: employees.id, nip: employees.nip })
    .from(employees)
    .where(eq(employees.nip, logins.employee.username));
  const [office] = await database.db
    .select({ name: offices.name, lat: offices.lat, lon: offices.lon, radiusM: offices.radiusM })
    .from(employeeOffices)
    .innerJoin(offices, eq(offices.id, employeeOffices.officeId))
    .where(eq(employeeOffices.employeeId, employee.id))
    .orderBy(employeeOffices.ordinal)
    .limit(1);
  return {
    app,
    database,
    baseUrl: `http://127.0.0.1:${port}`,
    setNow: (at) => {
      now = at;
    },
    logins,
    employee,
    office,
    close: async () => {
      await app.close();
      await database.close();
    },
  };
}

const webDist = resolve('web/dist');

/** The real server with the built client, as `npm start` serves it. */
async function buildWithClient(database: Database, now: () => Date): Promise<FastifyInstance> {
  return buildServer({ config: testConfig(), database, now, logger: false, webDist });
}

export async function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-quic',
      '--no-first-run',
      '--disable-sync',
    ],
  });
}

export async function newContext(
  browser: Browser,
  baseURL: string,
  viewport = PHONE,
): Promise<BrowserContext> {
  return browser.newContext({
    baseURL,
    viewport,
    locale: 'id-ID',
    timezoneId: 'Asia/Makassar',
    // Phone-sized screens get touch, as on the employees' Android phones.
    hasTouch: viewport.width < 600,
    isMobile: viewport.width < 600,
  });
}

export async function login(page: Page, username: string, password: string): Promise<void> {
  await page.goto('/masuk');
  await page.getByLabel('NIP').fill(username);
  await page.getByLabel('Kata sandi', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Masuk' }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/masuk'));
}

export async function shot(page: Page, name: string): Promise<void> {
  mkdirSync(shotsDir, { recursive: true });
  await page.screenshot({ path: resolve(shotsDir, `${name}.png`), fullPage: true });
}

/** A point `metres` north of a position (along a meridian, metres → degrees exactly). */
export function north(at: { lat: number; lon: number }, metres: number) {
  return { latitude: at.lat + (metres / 6_371_008.8) * (180 / Math.PI), longitude: at.lon };
}
