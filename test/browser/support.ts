import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import {
  type Browser,
  type BrowserContext,
  chromium,
  type Locator,
  type Page,
} from 'playwright-core';
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

/**
 * The flow's "now": Monday 30 November 2026, 07:20 WITA. The demo history covers the 30
 * days before it, so November has real attendance and reports by the time it is closed.
 */
export const START = new Date('2026-11-30T07:20:00+08:00');

/** The real server on an ephemeral port, a fresh PGlite database and the demo city. */
export type World = {
  app: FastifyInstance;
  database: Database;
  baseUrl: string;
  /** The server's clock now: it starts at START and runs with real time from there. */
  now(): Date;
  /**
   * Moves the clock to `at` (it keeps running from there): the server's, and the browser
   * clock of each context given, so that the app and the server agree on the time.
   */
  moveClock(at: Date, ...contexts: BrowserContext[]): Promise<void>;
  logins: ReturnType<typeof buildDemoCity>['demoLogins'];
  employee: { id: string; nip: string };
  office: { name: string; lat: number; lon: number; radiusM: number | null };
  close(): Promise<void>;
};

/** Tiles come from a host that never answers: the map must work without them. */
export const TILE_HOST = 'https://tiles.invalid';

export async function startWorld(): Promise<World> {
  // The client must exist before the server decides whether to serve it.
  execFileSync(process.execPath, ['scripts/build-web.mjs', '--if-needed'], { stdio: 'inherit' });
  const database = await openDatabase({ engine: 'pglite', dataDir: null });
  await database.migrate();
  await seedDemoIfEmpty(database, START);
  // A running clock, not a frozen one: the browser's clock runs too, and an offline
  // check-in stamped by the phone must not look as if it came from the future.
  let origin = { at: START.getTime(), since: Date.now() };
  const now = () => new Date(origin.at + (Date.now() - origin.since));
  const app = await buildWithClient(database, now);
  await app.listen({ port: 0, host: '127.0.0.1' });
  origin = { at: START.getTime(), since: Date.now() };
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
    now,
    moveClock: async (at, ...contexts) => {
      origin = { at: at.getTime(), since: Date.now() };
      for (const context of contexts) await context.clock.setSystemTime(at);
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
  return buildServer({
    config: testConfig({ tileUrl: `${TILE_HOST}/{z}/{x}/{y}.png` }),
    database,
    now,
    logger: false,
    webDist,
  });
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

/**
 * A browser context whose clock starts at the server's time and runs with it. The session
 * cookie is kept as a session cookie: the server sets its expiry by the test's clock, and
 * Chromium would judge that expiry by the real date and could drop the cookie on arrival.
 * The server still ends the session by its own clock.
 */
export async function newContext(
  browser: Browser,
  world: Pick<World, 'baseUrl' | 'now'>,
  viewport = PHONE,
): Promise<BrowserContext> {
  const context = await browser.newContext({
    baseURL: world.baseUrl,
    viewport,
    locale: 'id-ID',
    timezoneId: 'Asia/Makassar',
    // Phone-sized screens get touch, as on the employees' Android phones.
    hasTouch: viewport.width < 600,
    isMobile: viewport.width < 600,
  });
  await context.clock.install({ time: world.now() });
  await context.route('**/api/auth/login', async (route) => {
    const response = await route.fetch();
    const cookies = response
      .headersArray()
      .filter((h) => h.name.toLowerCase() === 'set-cookie')
      .map((h) => h.value.replace(/;\s*(expires|max-age)=[^;]*/gi, ''));
    const headers = response.headersArray().filter((h) => h.name.toLowerCase() !== 'set-cookie');
    await route.fulfill({
      response,
      headers: Object.fromEntries([
        ...headers.map((h) => [h.name, h.value]),
        ['set-cookie', cookies.join('\n')],
      ]),
    });
  });
  return context;
}

export async function login(page: Page, username: string, password: string): Promise<void> {
  await page.goto('/masuk');
  await page.getByLabel('NIP').fill(username);
  await page.getByLabel('Kata sandi', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Masuk' }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/masuk'));
}

/**
 * A screenshot of what the person sees. Phones get the viewport (the header and bottom bar
 * are fixed: a full-page capture paints them over the middle of a long page), with `at`
 * scrolled to the middle of the screen when given; desktops get the full page from its top.
 */
export async function shot(page: Page, name: string, at?: Locator): Promise<void> {
  mkdirSync(shotsDir, { recursive: true });
  const phone = (page.viewportSize()?.width ?? DESKTOP.width) < 600;
  if (phone && at) {
    await at.evaluate((el) => el.scrollIntoView({ block: 'center', behavior: 'instant' }));
  }
  // A full-page capture of a scrolled page leaves the fixed header where the scroll was.
  if (!phone) await page.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' }));
  // Let the last toast or transition settle before the capture.
  await page.waitForTimeout(300);
  await page.screenshot({
    path: resolve(shotsDir, `${name}.png`),
    fullPage: !phone,
    animations: 'disabled',
  });
}

/** A point `metres` north of a position (along a meridian, metres → degrees exactly). */
export function north(at: { lat: number; lon: number }, metres: number) {
  return { latitude: at.lat + (metres / 6_371_008.8) * (180 / Math.PI), longitude: at.lon };
}
