import { and, eq, sql } from 'drizzle-orm';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { attendanceEvents } from '../../src/db/tables';
import {
  DESKTOP,
  hasChromium,
  launch,
  login,
  newContext,
  north,
  shot,
  startWorld,
  type World,
} from './support';

/**
 * The paths people depend on, through the built client, the real server and Chromium:
 * check in (inside, outside, offline), report, verify, close the month, read the TPP.
 */
if (!hasChromium) {
  console.warn(
    '[browser] /usr/bin/chromium is missing: browser tests skipped (apt-get install -y chromium)',
  );
}

const world: World | null = hasChromium ? await startWorld() : null;
const has = (method: 'GET' | 'POST', url: string) => !!world?.app.hasRoute({ method, url });
/** A step whose API is not on the server yet stays a todo until it lands. */
const step = (ready: boolean) => (ready ? it : it.todo);
const reportsReady =
  has('POST', '/api/reports/items') &&
  has('GET', '/api/activities/mine') &&
  has('POST', '/api/reports/bulk-approve');
const closeReady = has('POST', '/api/tpp/months/:month/close');

describe.runIf(hasChromium)('web client in Chromium', () => {
  const w = world!;
  let browser: Browser;
  let employee: BrowserContext;
  let phone: Page;

  afterAll(async () => {
    await browser?.close();
    await w.close();
  });

  it('opens the login in Bahasa Indonesia and logs the employee in', async () => {
    browser = await launch();
    employee = await newContext(browser, w.baseUrl);
    await employee.grantPermissions(['geolocation'], { origin: w.baseUrl });
    await employee.setGeolocation({ ...north(w.office, 0), accuracy: 8 });
    phone = await employee.newPage();
    await phone.goto('/');
    await phone.waitForURL('**/masuk');
    expect(await phone.getAttribute('html', 'lang')).toBe('id');
    await shot(phone, 'employee-login');
    await login(phone, w.logins.employee.username, w.logins.employee.password);
    await expect
      .poll(() => phone.getByTestId('check-button').textContent())
      .toContain('Absen Masuk');
    // Let the service worker take control, so that the offline steps below use it.
    await phone.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    await shot(phone, 'employee-home');
  });

  it('checks in inside the geofence: accepted, with the time and office in a sentence', async () => {
    await phone.getByTestId('check-button').click();
    const result = phone.getByTestId('check-result');
    await expect.poll(() => result.textContent(), { timeout: 20_000 }).toMatch(/Tercatat .* di /);
    expect(await result.textContent()).toContain(w.office.name);
    await expect
      .poll(() => phone.getByTestId('check-button').textContent())
      .toContain('Absen Pulang');
    await shot(phone, 'employee-checked-in');
  });

  it('refuses a check-out outside the geofence with the distance and what to do', async () => {
    await employee.setGeolocation({
      ...north(w.office, (w.office.radiusM ?? 100) + 400),
      accuracy: 8,
    });
    await phone.getByTestId('check-button').click();
    const result = phone.getByTestId('check-result');
    await expect
      .poll(() => result.textContent(), { timeout: 20_000 })
      .toMatch(/Anda [\d.]+ m dari .+\. Mendekatlah lalu coba lagi/);
    await shot(phone, 'employee-refused-outside');
  });

  it('keeps an offline check-out in the queue and sends it exactly once', async () => {
    await employee.setGeolocation({ ...north(w.office, 0), accuracy: 8 });
    await employee.setOffline(true);
    await phone.getByTestId('check-button').click();
    await expect.poll(() => phone.getByTestId('queue').textContent()).toContain('menunggu dikirim');
    await shot(phone, 'employee-offline-queued');

    const offlineRows = () =>
      w.database.db
        .select({ clientId: attendanceEvents.clientId })
        .from(attendanceEvents)
        .where(
          and(eq(attendanceEvents.employeeId, w.employee.id), eq(attendanceEvents.offline, true)),
        );
    expect(await offlineRows()).toHaveLength(0);

    await employee.setOffline(false);
    await expect.poll(() => phone.getByTestId('queue').count(), { timeout: 30_000 }).toBe(0);
    const [sent] = await offlineRows();
    // Reopening the app and another "online" must not send it again.
    await phone.reload();
    await phone.evaluate(() => window.dispatchEvent(new Event('online')));
    await phone.waitForTimeout(1500);
    const same = await w.database.db
      .select({ n: sql<number>`count(*)::int` })
      .from(attendanceEvents)
      .where(eq(attendanceEvents.clientId, sent.clientId));
    expect(same[0].n).toBe(1);
    expect(await offlineRows()).toHaveLength(1);
  });

  it('opens the app shell and the last known status without network', async () => {
    await employee.setOffline(true);
    try {
      await phone.reload();
      await expect
        .poll(() => phone.getByTestId('check-button').isVisible(), { timeout: 15_000 })
        .toBe(true);
      await shot(phone, 'employee-offline-reopened');
    } finally {
      await employee.setOffline(false);
    }
  });

  step(reportsReady)('writes a daily report item from the catalogue', async () => {
    await phone.goto('/laporan');
    await phone.getByPlaceholder('Pilih kegiatan').click();
    await phone.getByRole('option').first().click();
    await phone.getByLabel('Hasil kerja').fill('Dua berkas usulan diperiksa');
    await phone.getByRole('button', { name: 'Kirim ke atasan' }).click();
    await expect
      .poll(() => phone.getByTestId('report-item').first().textContent(), { timeout: 15_000 })
      .toContain('Menunggu verifikasi');
    await shot(phone, 'employee-report');
  });

  step(reportsReady)('the supervisor approves it in bulk', async () => {
    const ctx = await newContext(browser, w.baseUrl);
    const page = await ctx.newPage();
    await login(page, w.logins.unitHead.username, w.logins.unitHead.password);
    await page.goto('/atasan/verifikasi');
    await expect
      .poll(() => page.getByTestId('queue-group').count(), { timeout: 15_000 })
      .toBeGreaterThan(0);
    await shot(page, 'supervisor-queue');
    await page.getByTestId('queue-group').first().getByRole('checkbox').first().check();
    await page.getByTestId('bulk-approve').click();
    await expect.poll(() => page.getByText('laporan disetujui').count()).toBeGreaterThan(0);
    await ctx.close();
  });

  it('shows admin screens: employees with search, the offices map without tiles, audit', async () => {
    const ctx = await newContext(browser, w.baseUrl, DESKTOP);
    const page = await ctx.newPage();
    await login(page, w.logins.adminBkpsdm.username, w.logins.adminBkpsdm.password);
    await page.goto('/admin/pegawai');
    await expect
      .poll(() => page.locator('[data-testid=employees-table] tbody tr').count())
      .toBeGreaterThan(0);
    await page.getByPlaceholder('Cari nama atau NIP').fill(w.employee.nip);
    await expect.poll(() => page.locator('[data-testid=employees-table] tbody tr').count()).toBe(1);
    await shot(page, 'admin-employees');

    await page.goto('/admin/kantor');
    await page.locator('tbody tr').first().click();
    await expect.poll(() => page.getByTestId('office-map').count(), { timeout: 15_000 }).toBe(1);
    // Tiles cannot load here; the geofence can still be edited on the grey map.
    await page.getByTestId('office-map').click({ position: { x: 200, y: 150 } });
    await shot(page, 'admin-offices-map');

    await page.goto('/admin/audit');
    await expect
      .poll(() => page.locator('[data-testid=audit-table] tbody tr').count())
      .toBeGreaterThan(0);
    await shot(page, 'admin-audit');
    await ctx.close();
  });

  step(closeReady)('the admin closes the month and sees the recap', async () => {
    const today = new Date();
    const month = `${today.getFullYear()}-${String(today.getMonth() + 1).padStart(2, '0')}`;
    // The month must be over to close: move the server's clock to the next month's 1st.
    w.setNow(new Date(today.getFullYear(), today.getMonth() + 1, 1, 12));
    const ctx = await newContext(browser, w.baseUrl, DESKTOP);
    const page = await ctx.newPage();
    await login(page, w.logins.adminBkpsdm.username, w.logins.adminBkpsdm.password);
    await page.goto('/admin/tutup-bulan');
    const label = new Intl.DateTimeFormat('id-ID', { month: 'long', year: 'numeric' }).format(
      today,
    );
    await page.getByTestId('close-month-select').click();
    await page.getByRole('option', { name: label }).click();
    await page.getByRole('button', { name: 'Tutup bulan' }).first().click();
    await page.getByTestId('confirm-close').click();
    await expect
      .poll(() => page.getByText(`${label} sudah ditutup`).count(), { timeout: 120_000 })
      .toBeGreaterThan(0);
    await shot(page, 'admin-month-closed');
    await page.goto('/admin/rekap');
    await expect
      .poll(() => page.locator('[data-testid=recap-table] tbody tr').count(), { timeout: 30_000 })
      .toBeGreaterThan(0);
    await shot(page, 'admin-recap');
    await ctx.close();
    expect(month).toMatch(/^\d{4}-\d{2}$/);
  });

  step(closeReady)('the employee sees the TPP with its explanation', async () => {
    // A month later the morning's session has expired: the employee logs in again.
    await login(phone, w.logins.employee.username, w.logins.employee.password);
    await phone.goto('/tpp');
    await expect
      .poll(() => phone.getByTestId('tpp-total').textContent(), { timeout: 15_000 })
      .toMatch(/Rp/);
    expect(await phone.getByTestId('tpp-explanation').locator('li').count()).toBeGreaterThan(0);
    await shot(phone, 'employee-tpp');
    w.setNow(null);
  });
});
