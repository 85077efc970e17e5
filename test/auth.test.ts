import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { accounts, auditLog } from '../src/db/tables';
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

const START = new Date('2026-11-02T00:00:00Z');
const minutes = (n: number) => n * 60_000;
const days = (n: number) => n * 24 * 3600_000;

let address = 0;
/** A fresh client address, so one test's attempts do not count against another's limit. */
const freshAddress = () => `10.1.${Math.floor(++address / 250)}.${(address % 250) + 1}`;

describe(`auth (${testEngine})`, () => {
  let h: Harness;
  let agencyId: string;

  /** An employee with an account whose username is the NIP. */
  async function employeeAccount() {
    const employee = await makeEmployee(h.db, agencyId);
    const account = await makeAccount(h.db, {
      username: employee.nip,
      employeeId: employee.id,
      label: employee.name,
    });
    return { employee, account };
  }

  function attempt(username: string, password: string, remoteAddress = freshAddress()) {
    return h.request({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username, password },
      remoteAddress,
    });
  }

  const me = (cookie?: string) => h.request({ method: 'GET', url: '/api/auth/me', as: cookie });

  function auditOf(accountId: string, action: string) {
    return h.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityId, accountId), eq(auditLog.action, action)));
  }

  beforeAll(async () => {
    h = await createHarness();
    agencyId = (await makeAgency(h.db)).id;
  });
  beforeEach(() => h.setNow(START));
  afterAll(async () => h.close());

  describe('login', () => {
    it('accepts an employee by NIP and opens a session', async () => {
      const { employee, account } = await employeeAccount();
      const cookie = await h.login(employee.nip);
      const res = await me(cookie);
      expect(res.statusCode).toBe(200);
      expect(res.json()).toMatchObject({
        accountId: account.id,
        username: employee.nip,
        employeeId: employee.id,
        employeeAgencyId: agencyId,
        roles: [],
        isSupervisor: false,
      });
    });

    it('accepts a non-employee account by username, ignoring surrounding spaces', async () => {
      const account = await makeAccount(h.db, { username: 'keuangan.kota', roles: ['keuangan'] });
      const res = await attempt('  keuangan.kota ', testPassword);
      expect(res.statusCode).toBe(200);
      const cookie = res.cookies.find((c) => c.name === 'sipolima_sid')!;
      const who = await me(`sipolima_sid=${cookie.value}`);
      expect(who.json()).toMatchObject({ accountId: account.id, roles: ['keuangan'] });
    });

    it('answers a wrong password and an unknown user with the same error', async () => {
      const { employee } = await employeeAccount();
      const wrong = await attempt(employee.nip, 'Salah-sekali-1');
      const unknown = await attempt('199001012020121001', 'Salah-sekali-1');
      for (const res of [wrong, unknown]) {
        expect(res.statusCode).toBe(401);
        expect(res.json()).toEqual({
          error: { code: 'invalid_credentials', message: errorCatalogue.invalid_credentials[2] },
          requestId: expect.any(String),
        });
        expect(res.cookies).toEqual([]);
      }
    });

    it('locks after five failures in a row and unlocks 15 minutes later', async () => {
      const { employee, account } = await employeeAccount();
      for (let i = 1; i <= 4; i++) {
        const res = await attempt(employee.nip, `Salah-sekali-${i}`);
        expect([i, res.json().error.code]).toEqual([i, 'invalid_credentials']);
      }
      const fifth = await attempt(employee.nip, 'Salah-sekali-5');
      expect(fifth.statusCode).toBe(423);
      expect(fifth.json().error.code).toBe('account_locked');
      // Even the right password is refused while locked.
      const locked = await attempt(employee.nip, testPassword);
      expect(locked.statusCode).toBe(423);
      expect(locked.json().error.details).toEqual({
        lockedUntil: new Date(START.getTime() + minutes(15)).toISOString(),
      });

      h.setNow(new Date(START.getTime() + minutes(15) - 1000));
      expect((await attempt(employee.nip, testPassword)).statusCode).toBe(423);
      h.setNow(new Date(START.getTime() + minutes(15)));
      expect((await attempt(employee.nip, testPassword)).statusCode).toBe(200);

      const [row] = await h.db.select().from(accounts).where(eq(accounts.id, account.id));
      expect(row).toMatchObject({ failedLogins: 0, lockedUntil: null });
      const audits = await auditOf(account.id, 'account.locked');
      expect(audits).toHaveLength(1);
      expect(audits[0]).toMatchObject({ entity: 'account', at: START });
    });

    it('resets the failure count after a successful login', async () => {
      const { employee } = await employeeAccount();
      for (let i = 0; i < 4; i++) await attempt(employee.nip, 'Salah-sekali-1');
      expect((await attempt(employee.nip, testPassword)).statusCode).toBe(200);
      const res = await attempt(employee.nip, 'Salah-sekali-1');
      expect(res.json().error.code).toBe('invalid_credentials');
    });

    it('still locks when the guesses arrive in parallel', async () => {
      const { employee, account } = await employeeAccount();
      await Promise.all(
        Array.from({ length: 8 }, (_, i) => attempt(employee.nip, `Salah-paralel-${i}`)),
      );
      expect((await attempt(employee.nip, testPassword)).json().error.code).toBe('account_locked');
      expect((await auditOf(account.id, 'account.locked')).length).toBeGreaterThanOrEqual(1);
    });

    it('refuses an inactive account', async () => {
      const { employee, account } = await employeeAccount();
      await h.db.update(accounts).set({ active: false }).where(eq(accounts.id, account.id));
      const res = await attempt(employee.nip, testPassword);
      expect(res.statusCode).toBe(403);
      expect(res.json().error.code).toBe('account_inactive');
      expect(res.cookies).toEqual([]);
    });

    it('writes an audit row with who, when and from where', async () => {
      const { employee, account } = await employeeAccount();
      h.setNow('2026-11-03T23:15:00Z');
      expect((await attempt(employee.nip, testPassword, '10.9.8.7')).statusCode).toBe(200);
      const [row] = await auditOf(account.id, 'auth.login');
      expect(row).toMatchObject({
        actorAccountId: account.id,
        actorLabel: employee.name,
        ip: '10.9.8.7',
        entity: 'account',
        at: new Date('2026-11-03T23:15:00Z'),
      });
    });
  });

  describe('session cookie', () => {
    it('is httpOnly, SameSite=Lax, site-wide and lives 14 days', async () => {
      const { employee } = await employeeAccount();
      const res = await attempt(employee.nip, testPassword);
      const cookie = res.cookies.find((c) => c.name === 'sipolima_sid');
      expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
      expect(cookie?.secure).toBeUndefined();
      expect(cookie?.expires).toEqual(new Date(START.getTime() + days(14)));
    });

    it('ignores x-forwarded-proto when the proxy is not trusted', async () => {
      const { employee } = await employeeAccount();
      const res = await h.request({
        method: 'POST',
        url: '/api/auth/login',
        payload: { username: employee.nip, password: testPassword },
        headers: { 'x-forwarded-proto': 'https' },
        remoteAddress: freshAddress(),
      });
      expect(res.cookies[0].secure).toBeUndefined();
    });

    it('is Secure behind a trusted TLS-terminating proxy', async () => {
      const proxied = await createHarness({ config: { trustProxy: true } });
      try {
        const agency = await makeAgency(proxied.db);
        const employee = await makeEmployee(proxied.db, agency.id);
        await makeAccount(proxied.db, { username: employee.nip, employeeId: employee.id });
        const res = await proxied.request({
          method: 'POST',
          url: '/api/auth/login',
          payload: { username: employee.nip, password: testPassword },
          headers: { 'x-forwarded-proto': 'https', 'x-forwarded-for': '203.0.113.9' },
        });
        expect(res.statusCode).toBe(200);
        expect(res.cookies[0]).toMatchObject({ secure: true, httpOnly: true, sameSite: 'Lax' });
        // The audit row keeps the client's address, not the proxy's.
        const [row] = await proxied.db
          .select()
          .from(auditLog)
          .where(eq(auditLog.action, 'auth.login'));
        expect(row.ip).toBe('203.0.113.9');
      } finally {
        await proxied.close();
      }
    });
  });

  describe('session', () => {
    it('answers /api/auth/me with 401 without a session or with a forged one', async () => {
      for (const cookie of [undefined, 'sipolima_sid=forged-token', 'other=1']) {
        const res = await me(cookie);
        expect(res.statusCode).toBe(401);
        expect(res.json().error.code).toBe('unauthenticated');
      }
    });

    it('ends at logout: the cookie is cleared and no longer accepted', async () => {
      const { employee, account } = await employeeAccount();
      const cookie = await h.login(employee.nip);
      const out = await h.request({ method: 'POST', url: '/api/auth/logout', as: cookie });
      expect(out.statusCode).toBe(200);
      const cleared = out.cookies.find((c) => c.name === 'sipolima_sid');
      expect(cleared?.value).toBe('');
      expect((await me(cookie)).statusCode).toBe(401);
      expect(await auditOf(account.id, 'auth.logout')).toHaveLength(1);
    });

    it('refuses logout without a session', async () => {
      const res = await h.request({ method: 'POST', url: '/api/auth/logout' });
      expect(res.statusCode).toBe(401);
    });

    it('expires after 14 days', async () => {
      const { employee } = await employeeAccount();
      const cookie = await h.login(employee.nip);
      h.setNow(new Date(START.getTime() + days(14) - 1000));
      expect((await me(cookie)).statusCode).toBe(200);
      h.setNow(new Date(START.getTime() + days(15)));
      expect((await me(cookie)).statusCode).toBe(401);
    });

    it('stops working when the account is deactivated', async () => {
      const { employee, account } = await employeeAccount();
      const cookie = await h.login(employee.nip);
      await h.db.update(accounts).set({ active: false }).where(eq(accounts.id, account.id));
      expect((await me(cookie)).statusCode).toBe(401);
    });
  });

  describe('password change', () => {
    const change = (cookie: string, currentPassword: string, newPassword: string) =>
      h.request({
        method: 'POST',
        url: '/api/auth/password',
        as: cookie,
        payload: { currentPassword, newPassword },
      });

    it('requires a session', async () => {
      const res = await h.request({
        method: 'POST',
        url: '/api/auth/password',
        payload: { currentPassword: testPassword, newPassword: 'Baru-sekali-2027' },
      });
      expect(res.statusCode).toBe(401);
    });

    it('refuses a wrong current password', async () => {
      const { employee } = await employeeAccount();
      const res = await change(await h.login(employee.nip), 'Salah-sekali-1', 'Baru-sekali-2027');
      expect(res.statusCode).toBe(400);
      expect(res.json().error).toMatchObject({
        code: 'wrong_password',
        details: { field: 'currentPassword' },
      });
    });

    it.each(['pendek1', 'tanpaangkasama', '12345678901', ''])('refuses weak %j', async (weak) => {
      const { employee } = await employeeAccount();
      const res = await change(await h.login(employee.nip), testPassword, weak);
      expect(res.statusCode).toBe(400);
      // The empty one fails validation before the policy is consulted.
      expect(res.json().error.code).toBe(weak === '' ? 'validation_failed' : 'weak_password');
    });

    it('ends the other sessions, keeps this one, and audits', async () => {
      const { employee, account } = await employeeAccount();
      const phone = await h.login(employee.nip);
      const laptop = await h.login(employee.nip);
      const res = await change(phone, testPassword, 'Baru-sekali-2027');
      expect(res.statusCode).toBe(200);
      expect((await me(phone)).statusCode).toBe(200);
      expect((await me(laptop)).statusCode).toBe(401);

      expect((await attempt(employee.nip, testPassword)).statusCode).toBe(401);
      expect((await attempt(employee.nip, 'Baru-sekali-2027')).statusCode).toBe(200);
      const [row] = await auditOf(account.id, 'auth.password_changed');
      expect(row).toMatchObject({ actorAccountId: account.id, at: START });
      // The audit row records that it changed, never the password.
      expect(JSON.stringify(row)).not.toContain('Baru-sekali-2027');
    });
  });

  describe('rate limit', () => {
    it('answers the 21st login in a minute from one address with 429 rate_limited', async () => {
      const from = freshAddress();
      for (let i = 0; i < 20; i++) {
        const res = await attempt(`nobody${i}`, 'Salah-sekali-1', from);
        expect([i, res.statusCode]).toEqual([i, 401]);
      }
      const res = await attempt('nobody', 'Salah-sekali-1', from);
      expect(res.statusCode).toBe(429);
      expect(res.json()).toEqual({
        error: { code: 'rate_limited', message: errorCatalogue.rate_limited[2] },
        requestId: res.headers['x-request-id'],
      });
      expect(res.headers['retry-after']).toBeDefined();
      // Another address is not affected.
      expect((await attempt('nobody', 'Salah-sekali-1')).statusCode).toBe(401);
    });

    it('is not escaped by sending a made-up session cookie with each attempt', async () => {
      const from = freshAddress();
      const codes: number[] = [];
      for (let i = 0; i < 21; i++) {
        const res = await h.request({
          method: 'POST',
          url: '/api/auth/login',
          payload: { username: 'nobody', password: 'Salah-sekali-1' },
          remoteAddress: from,
          as: `sipolima_sid=made-up-${i}`,
        });
        codes.push(res.statusCode);
      }
      expect(codes.at(-1)).toBe(429);
    });
  });
});
