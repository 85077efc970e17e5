import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  accounts,
  agencies,
  attendanceEvents,
  auditLog,
  employees,
  reportItems,
  tenant,
} from '../src/db/tables';
import { seedDemoIfEmpty } from '../src/modules/demo/demo.loader';
import { buildDemoCity, DEMO_PASSWORD } from '../src/modules/demo/demo-city';
import { supervisorsOf } from '../src/modules/org/supervision.store';
import { createHarness, type Harness } from './support/harness';
import { testEngine } from './support/test-database';

describe(`demo city (${testEngine})`, () => {
  let h: Harness;
  const city = buildDemoCity();
  beforeAll(async () => {
    h = await createHarness();
    // The harness inserts a test tenant; the demo brings its own.
    await h.db.delete(tenant);
    const result = await seedDemoIfEmpty(h.database);
    expect(result.seeded).toBe(true);
  }, 120_000);
  afterAll(async () => h.close());

  it('loads every agency and employee of the generated city', async () => {
    const [{ n: agencyCount }] = await h.db.select({ n: count() }).from(agencies);
    const [{ n: employeeCount }] = await h.db.select({ n: count() }).from(employees);
    expect(agencyCount).toBe(city.agencies.length);
    expect(employeeCount).toBe(city.employees.length);
    expect(employeeCount).toBeGreaterThan(2_900);
    const [t] = await h.db.select().from(tenant);
    expect(t).toMatchObject({ name: 'Pemerintah Kota Baubau', timezone: 'Asia/Makassar' });
  });

  it('lets the three demo logins in, with their roles', async () => {
    const { adminBkpsdm, unitHead, employee } = city.demoLogins;
    const admin = await h.login(adminBkpsdm.username, DEMO_PASSWORD);
    const me = await h.request({ method: 'GET', url: '/api/auth/me', as: admin });
    expect(me.json().roles).toEqual(['admin_bkpsdm']);
    const head = await h.login(unitHead.username, DEMO_PASSWORD);
    expect(
      (await h.request({ method: 'GET', url: '/api/auth/me', as: head })).json().isSupervisor,
    ).toBe(true);
    const staff = await h.login(employee.username, DEMO_PASSWORD);
    const mine = (await h.request({ method: 'GET', url: '/api/auth/me', as: staff })).json();
    expect(mine.isSupervisor).toBe(false);
    expect(mine.employeeId).toBeTruthy();
  });

  it("derives the demo employee's supervisor as the demo unit head", async () => {
    const byNip = async (nip: string) =>
      (await h.db.select({ id: employees.id }).from(employees).where(eq(employees.nip, nip)))[0].id;
    const staff = await byNip(city.demoLogins.employee.username);
    const head = await byNip(city.demoLogins.unitHead.username);
    const found = await supervisorsOf(h.db, [staff], '2026-11-02');
    expect(found.get(staff)).toEqual([head]);
  });

  it('gives the demo unit a month of history through the services', async () => {
    const [{ n: events }] = await h.db.select({ n: count() }).from(attendanceEvents);
    expect(events).toBeGreaterThan(100);
    const approved = await h.db
      .select({ n: count() })
      .from(reportItems)
      .where(eq(reportItems.status, 'approved'));
    expect(approved[0].n).toBeGreaterThan(20);
    const pending = await h.db
      .select({ n: count() })
      .from(reportItems)
      .where(eq(reportItems.status, 'submitted'));
    expect(pending[0].n).toBeGreaterThan(0);
  });

  it('records the loading in the audit log and never loads twice', async () => {
    const [{ n }] = await h.db.select({ n: count() }).from(auditLog);
    expect(n).toBeGreaterThan(city.agencies.length);
    const again = await seedDemoIfEmpty(h.database);
    expect(again.seeded).toBe(false);
    const [{ n: accountCount }] = await h.db.select({ n: count() }).from(accounts);
    expect(accountCount).toBe(city.accounts.length);
  });
});
