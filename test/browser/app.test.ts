import { and, eq, sql } from 'drizzle-orm';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { agencies, attendanceEvents, employees, reportItems } from '../../src/db/tables';
import {
  DESKTOP,
  hasChromium,
  launch,
  login,
  newContext,
  north,
  shot,
  startWorld,
  TILE_HOST,
  type World,
} from './support';
import { digits, expectRecap, expectTppAsServer, tppResults, wita } from './tpp-check';

/**
 * The paths people depend on, through the built client, the real server and Chromium, on
 * one fixed day: check in (inside, outside, offline), report, verify, the team board,
 * close the month, read the TPP. Server and browser clocks start at START (Monday
 * 30 November 2026, 07:20 WITA) and move together.
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
const teamReady = has('GET', '/api/attendance/team-today');
const closeReady = has('POST', '/api/tpp/months/:month/close');

const DAY = '2026-11-30';
const OUTPUT = 'Dua berkas usulan diperiksa';

describe.runIf(hasChromium)('web client in Chromium', () => {
  const w = world!;
  let browser: Browser;
  let employee: BrowserContext;
  let phone: Page;
  /** The supervisor's session, kept from the approval to the team board. */
  let head: Page;

  afterAll(async () => {
    await browser?.close();
    await w.close();
  });

  it('opens the login in Bahasa Indonesia and logs the employee in', async () => {
    browser = await launch();
    employee = await newContext(browser, w);
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
    // A session cookie: its server-set expiry must not be judged by the real date.
    const [sid] = (await employee.cookies()).filter((c) => c.name === 'sipolima_sid');
    expect(sid?.expires).toBe(-1);
    // The phone's clock is the server's: the home shows the test's day, not today's.
    expect(await phone.getByText('Senin, 30 November 2026').count()).toBe(1);
    // Let the service worker take control, so that the offline steps below use it.
    await phone.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    await shot(phone, 'employee-home');
  });

  it('checks in at 07:20 inside the geofence: accepted, on time, in a sentence', async () => {
    await phone.getByTestId('check-button').click();
    const result = phone.getByTestId('check-result');
    await expect
      .poll(() => result.textContent(), { timeout: 20_000 })
      .toMatch(/Tercatat 07[.:]2\d WITA di /);
    expect(await result.textContent()).toContain(w.office.name);
    expect(await result.textContent()).not.toContain('di luar jam kerja');
    await expect
      .poll(() => phone.getByTestId('check-button').textContent())
      .toContain('Absen Pulang');
    await expect.poll(() => phone.getByText(/Masuk: 07\.2\d WITA/).count()).toBe(1);
    await shot(phone, 'employee-checked-in', result);
  });

  it('refuses a check-out outside the geofence with the distance and what to do', async () => {
    // The end of the working day (07:30–16:30 on Mondays), on both clocks.
    await w.moveClock(wita(DAY, '16:35'), employee);
    await employee.setGeolocation({
      ...north(w.office, (w.office.radiusM ?? 100) + 400),
      accuracy: 8,
    });
    await phone.getByTestId('check-button').click();
    const result = phone.getByTestId('check-result');
    await expect
      .poll(() => result.textContent(), { timeout: 20_000 })
      .toMatch(/Anda [\d.]+ m dari .+\. Mendekatlah lalu coba lagi/);
    await shot(phone, 'employee-refused-outside', result);
  });

  it('keeps an offline check-out in the queue and sends it exactly once', async () => {
    await employee.setGeolocation({ ...north(w.office, 0), accuracy: 8 });
    await employee.setOffline(true);
    await phone.getByTestId('check-button').click();
    await expect.poll(() => phone.getByTestId('queue').textContent()).toContain('menunggu dikirim');
    await expect.poll(() => phone.getByTestId('queue').textContent()).toMatch(/16\.3\d WITA/);
    await shot(phone, 'employee-offline-queued', phone.getByTestId('queue'));

    const offlineRows = () =>
      w.database.db
        .select({ clientId: attendanceEvents.clientId, at: attendanceEvents.at })
        .from(attendanceEvents)
        .where(
          and(eq(attendanceEvents.employeeId, w.employee.id), eq(attendanceEvents.offline, true)),
        );
    expect(await offlineRows()).toHaveLength(0);

    await employee.setOffline(false);
    await expect.poll(() => phone.getByTestId('queue').count(), { timeout: 30_000 }).toBe(0);
    const [sent] = await offlineRows();
    // Stamped by the phone's clock, which is the test's: 16:35 WITA on the test's day.
    expect(new Date(sent.at).getTime()).toBeGreaterThanOrEqual(wita(DAY, '16:35').getTime());
    expect(new Date(sent.at).getTime()).toBeLessThan(wita(DAY, '16:45').getTime());
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

  step(reportsReady)('writes a daily report item for 30 November from the catalogue', async () => {
    await phone.goto('/laporan');
    expect(await phone.getByLabel('Tanggal').inputValue()).toBe(DAY);
    await phone.getByPlaceholder('Pilih kegiatan').click();
    await phone.getByRole('option').first().click();
    await phone.getByLabel('Hasil kerja').fill(OUTPUT);
    await phone.getByRole('button', { name: 'Kirim ke atasan' }).click();
    const item = phone.getByTestId('report-item').filter({ hasText: OUTPUT });
    await expect
      .poll(() => item.textContent(), { timeout: 15_000 })
      .toContain('Menunggu verifikasi');
    const [row] = await w.database.db
      .select({ date: reportItems.date, status: reportItems.status })
      .from(reportItems)
      .where(and(eq(reportItems.employeeId, w.employee.id), eq(reportItems.output, OUTPUT)));
    expect(row).toMatchObject({ date: DAY, status: 'submitted' });
    await shot(phone, 'employee-report', item);
  });

  step(reportsReady)('the supervisor (the demo unit head) approves it', async () => {
    const ctx = await newContext(browser, w);
    head = await ctx.newPage();
    await login(head, w.logins.unitHead.username, w.logins.unitHead.password);
    await head.goto('/atasan/verifikasi');
    const card = head
      .getByTestId('queue-group')
      .filter({ hasText: 'Senin, 30 November 2026' })
      .filter({ hasText: OUTPUT });
    await expect.poll(() => card.count(), { timeout: 15_000 }).toBe(1);
    await card.getByRole('checkbox').first().check();
    // The approve bar stays above the phone's bottom bar, where a thumb can reach it.
    const approve = head.getByTestId('bulk-approve');
    const bar = await head.locator('.bottom-nav').boundingBox();
    expect(((await approve.boundingBox())?.y ?? 0) + 40).toBeLessThanOrEqual(bar?.y ?? 0);
    await shot(head, 'supervisor-queue', card);
    await approve.click();
    await expect.poll(() => head.getByText('1 laporan disetujui').count()).toBeGreaterThan(0);
    const [row] = await w.database.db
      .select({ status: reportItems.status })
      .from(reportItems)
      .where(and(eq(reportItems.employeeId, w.employee.id), eq(reportItems.output, OUTPUT)));
    expect(row.status).toBe('approved');
  });

  step(reportsReady && teamReady)('the team board shows the employee as present', async () => {
    await head.goto('/atasan/tim');
    const row = head.locator(`[data-testid=team-member][data-nip="${w.employee.nip}"]`);
    await expect.poll(() => row.getAttribute('data-status'), { timeout: 15_000 }).toBe('present');
    expect(await row.getByTestId('team-status').textContent()).toBe('Hadir');
    expect(await row.textContent()).toMatch(/masuk 07\.2\d WITA · pulang 16\.3\d WITA/);
    // The board says what the server says, person by person and in the counts.
    const board = (await (await head.request.get('/api/attendance/team-today')).json()) as {
      date: string;
      members: Array<{ nip: string; status: string }>;
    };
    expect(board.date).toBe(DAY);
    expect(await head.getByTestId('team-member').count()).toBe(board.members.length);
    const present = board.members.filter((m) => m.status === 'present').length;
    expect(present).toBeGreaterThanOrEqual(1);
    expect(digits(await head.getByTestId('team-count-present').textContent())).toBe(present);
    await shot(head, 'supervisor-team', row);
    // A count is also a filter, with a thumb-sized target.
    const tile = head.getByTestId('team-count-present');
    expect((await tile.boundingBox())?.height).toBeGreaterThanOrEqual(48);
    await tile.click();
    await expect.poll(() => head.getByTestId('team-member').count()).toBe(present);
    expect(await tile.getAttribute('aria-pressed')).toBe('true');
    await shot(head, 'supervisor-team-present');
    await head.context().close();
  });

  it('shows admin screens: employees with search, the offices map without tiles, audit', async () => {
    const ctx = await newContext(browser, w, DESKTOP);
    const page = await ctx.newPage();
    // The tile host never answers; count the requests to see the server's TILE_URL is used.
    const tiles: string[] = [];
    await ctx.route(`${TILE_HOST}/**`, (route) => {
      tiles.push(route.request().url());
      return route.abort('internetdisconnected');
    });
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
    await expect.poll(() => tiles.length, { timeout: 15_000 }).toBeGreaterThan(0);
    await expect.poll(() => page.getByTestId('tiles-failed').count()).toBe(1);
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

  step(closeReady)('the admin closes November on 1 December and sees the recap', async () => {
    // The month must be over to close it: 1 December, 08:00 WITA, for everyone.
    await w.moveClock(wita('2026-12-01', '08:00'), employee);
    const ctx = await newContext(browser, w, DESKTOP);
    const page = await ctx.newPage();
    await login(page, w.logins.adminBkpsdm.username, w.logins.adminBkpsdm.password);
    await page.goto('/admin/tutup-bulan');
    await page.getByTestId('close-month-select').click();
    await page.getByRole('option', { name: 'November 2026' }).click();
    await page.getByRole('button', { name: 'Tutup bulan' }).first().click();
    await page.getByTestId('confirm-close').click();
    await expect
      .poll(() => page.getByText('November 2026 sudah ditutup').count(), { timeout: 120_000 })
      .toBeGreaterThan(0);
    await shot(page, 'admin-month-closed');

    // The recap covers the whole city: its count and totals are those of every page.
    const city = await tppResults(page, { month: '2026-11' });
    expect(city.total).toBeGreaterThan(1000);
    await page.goto('/admin/rekap');
    const sum = page.getByTestId('recap-sum');
    await expect.poll(() => sum.textContent(), { timeout: 60_000 }).toContain('pegawai');
    await expectRecap(page, city);
    expect(await page.locator('[data-testid=recap-table] tbody tr').count()).toBe(25);
    await shot(page, 'admin-recap');

    // One agency: the server's total for that agency, not a page of it.
    const [agency] = await w.database.db
      .select({ id: agencies.id, name: agencies.name })
      .from(employees)
      .innerJoin(agencies, eq(agencies.id, employees.agencyId))
      .where(eq(employees.id, w.employee.id));
    const one = await tppResults(page, { month: '2026-11', agencyId: agency.id });
    await page.getByRole('textbox', { name: 'Perangkat daerah' }).fill(agency.name);
    await page.getByRole('option', { name: agency.name, exact: true }).click();
    await expect
      .poll(async () => digits(await sum.textContent(), /\(([\d.]+) pegawai/))
      .toBe(one.total);
    await expectRecap(page, one);
    await ctx.close();
  });

  step(closeReady)(
    'refuses a rule version inside the closed month with the server message',
    async () => {
      const ctx = await newContext(browser, w, DESKTOP);
      const page = await ctx.newPage();
      await login(page, w.logins.adminBkpsdm.username, w.logins.adminBkpsdm.password);
      await page.goto('/admin/aturan');
      await page.getByRole('button', { name: 'Tambah versi aturan' }).click();
      const form = page.getByTestId('rule-set-form');
      // The shared schema refuses a share above 1 before anything is sent.
      await form.getByLabel('Porsi bagian disiplin (0–1)').fill('1,5');
      await form.getByTestId('rule-set-save').click();
      await expect.poll(() => form.getByText('Isi angka desimal antara 0 dan 1').count()).toBe(1);
      await form.getByLabel('Porsi bagian disiplin (0–1)').fill('0.40');
      // November is closed: the server refuses, in its own words.
      await form.getByLabel('Berlaku mulai').fill('2026-11-15');
      await form.getByLabel('Kode versi').fill('tpp-2026-11-15');
      await form.getByLabel('Toleransi terlambat/pulang cepat (menit)').fill('5');
      await form.getByTestId('rule-set-save').click();
      await expect
        .poll(() => form.getByTestId('rule-set-error').textContent())
        .toContain('Aturan baru tidak boleh berlaku mulai bulan yang sudah ditutup.');
      await shot(page, 'admin-rule-set-refused');
      // From January it is accepted, with only the changed field sent.
      await form.getByLabel('Berlaku mulai').fill('2027-01-01');
      await form.getByLabel('Kode versi').fill('tpp-2027-01');
      await form.getByTestId('rule-set-save').click();
      await expect.poll(() => page.getByText('tpp-2027-01 · berlaku mulai').count()).toBe(1);
      const { items } = (await (await page.request.get('/api/tpp/rule-sets')).json()) as {
        items: Array<{ id: string; grace_minutes: number; discipline_share: string }>;
      };
      const added = items.find((s) => s.id === 'tpp-2027-01');
      const before = items.find((s) => s.id !== 'tpp-2027-01');
      expect(added?.grace_minutes).toBe(5);
      // Typed back to its old value, the share was not sent: it follows the earlier version.
      expect(added?.discipline_share).toBe(before?.discipline_share);
      await ctx.close();
    },
  );

  step(closeReady)('the employee sees November’s TPP, the same as the server’s', async () => {
    // The phone's clock moved with the server's; the morning's session is still valid.
    await phone.goto('/tpp');
    const total = phone.getByTestId('tpp-total');
    await expect.poll(() => total.textContent(), { timeout: 15_000 }).toMatch(/Rp/);
    // Every figure shown is the server's; the explanation adds up to them.
    const lines = await expectTppAsServer(phone, '2026-11', w.employee.id);
    // The day of this flow: on time, and its approved item counted.
    expect(lines).toContainEqual(
      expect.stringMatching(
        /^Senin, 30 November 2026: hadir tepat waktu — masuk 07:2\d, pulang 16:3\d; tanpa potongan\.$/,
      ),
    );
    expect(lines).toContainEqual(
      expect.stringMatching(/^Senin, 30 November 2026: [\d.]+ menit dari 1 kegiatan/),
    );
    await shot(phone, 'employee-tpp', total);
    await shot(
      phone,
      'employee-tpp-explanation',
      phone.getByTestId('tpp-explanation').locator('li', { hasText: 'Jumlah potongan' }),
    );
  });
});
