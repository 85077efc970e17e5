import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accounts, auditLog } from '../src/db/tables';
import type { GrantedRole } from '../src/modules/auth/actor';
import {
  createHarness,
  type Harness,
  makeAccount,
  makeAgency,
  makeEmployee,
  testPassword,
} from './support/harness';
import { testEngine } from './support/test-database';

const newPassword = 'Sandi-baru-2026';

describe(`accounts admin API (${testEngine})`, () => {
  let h: Harness;
  let agencyA: string;
  let agencyB: string;
  /** Cookies by role. */
  const as: Record<string, string> = {};
  let bkpsdmId: string;

  const employeeIn = (agencyId: string) => makeEmployee(h.db, agencyId);
  async function employeeAccount(agencyId: string, roles: GrantedRole[] = []) {
    const employee = await employeeIn(agencyId);
    const account = await makeAccount(h.db, {
      username: employee.nip,
      employeeId: employee.id,
      label: employee.name,
      roles,
    });
    return { employee, account };
  }

  const get = (url: string, cookie?: string) => h.request({ method: 'GET', url, as: cookie });
  const post = (url: string, cookie: string | undefined, payload?: object) =>
    h.request({ method: 'POST', url, as: cookie, ...(payload && { payload }) });
  const auditRows = (accountId: string, action: string) =>
    h.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityId, accountId), eq(auditLog.action, action)));
  const loginStatus = async (username: string, password: string) =>
    (
      await h.request({
        method: 'POST',
        url: '/api/auth/login',
        payload: { username, password },
        remoteAddress: '10.30.0.1',
      })
    ).json().error?.code ?? 'ok';

  beforeAll(async () => {
    h = await createHarness();
    agencyA = (await makeAgency(h.db)).id;
    agencyB = (await makeAgency(h.db)).id;
    bkpsdmId = (await makeAccount(h.db, { username: 'bkpsdm', roles: ['admin_bkpsdm'] })).id;
    await makeAccount(h.db, { username: 'opd.a', roles: ['admin_opd'], agencyId: agencyA });
    await makeAccount(h.db, { username: 'inspektur', roles: ['inspektorat'] });
    await makeAccount(h.db, { username: 'keuangan', roles: ['keuangan'] });
    const pegawai = await employeeAccount(agencyA);
    for (const name of ['bkpsdm', 'opd.a', 'inspektur', 'keuangan']) as[name] = await h.login(name);
    as.pegawai = await h.login(pegawai.employee.nip);
  });
  afterAll(async () => h.close());

  describe('list', () => {
    it('shows admin BKPSDM every account, filterable by agency', async () => {
      const a = await employeeAccount(agencyA);
      const b = await employeeAccount(agencyB);
      const all = (await get('/api/accounts?limit=200', as.bkpsdm)).json();
      const ids = all.items.map((i: { id: string }) => i.id);
      expect(ids).toEqual(expect.arrayContaining([a.account.id, b.account.id, bkpsdmId]));
      expect(all.total).toBe(all.items.length);

      const onlyB = (await get(`/api/accounts?agencyId=${agencyB}`, as.bkpsdm)).json();
      const agencies = onlyB.items.map((i: { employeeAgencyId: string }) => i.employeeAgencyId);
      expect(new Set(agencies)).toEqual(new Set([agencyB]));
      expect(onlyB.items.map((i: { id: string }) => i.id)).toContain(b.account.id);
    });

    it('shows admin OPD only the accounts of its own agency’s employees', async () => {
      const a = await employeeAccount(agencyA);
      const b = await employeeAccount(agencyB);
      const res = await get('/api/accounts?limit=200', as['opd.a']);
      expect(res.statusCode).toBe(200);
      const items: Array<{ id: string; employeeAgencyId: string }> = res.json().items;
      expect(items.map((i) => i.id)).toContain(a.account.id);
      expect(items.map((i) => i.id)).not.toContain(b.account.id);
      expect(items.every((i) => i.employeeAgencyId === agencyA)).toBe(true);
      // Never the password hash.
      expect(res.body).not.toContain('argon2');
    });

    it('refuses admin OPD another agency’s list', async () => {
      const res = await get(`/api/accounts?agencyId=${agencyB}`, as['opd.a']);
      expect(res.statusCode).toBe(403);
      expect(res.json().error.code).toBe('forbidden');
    });

    it('lets inspektorat read the list', async () => {
      expect((await get('/api/accounts', as.inspektur)).statusCode).toBe(200);
    });

    it.each(['pegawai', 'keuangan'])('refuses %s', async (who) => {
      const res = await get('/api/accounts', as[who]);
      expect(res.statusCode).toBe(403);
    });

    it('requires a session', async () => {
      expect((await get('/api/accounts')).statusCode).toBe(401);
    });

    it('searches by name or NIP and pages with a total', async () => {
      const { employee } = await employeeAccount(agencyB);
      const byNip = (await get(`/api/accounts?q=${employee.nip}`, as.bkpsdm)).json();
      expect(byNip.items.map((i: { username: string }) => i.username)).toEqual([employee.nip]);
      const byName = (
        await get(`/api/accounts?q=${employee.name.toUpperCase()}`, as.bkpsdm)
      ).json();
      expect(byName.items.map((i: { label: string }) => i.label)).toContain(employee.name);
      // LIKE wildcards are searched for literally.
      expect((await get('/api/accounts?q=%25', as.bkpsdm)).json().total).toBe(0);

      const page1 = (await get('/api/accounts?limit=2&offset=0', as.bkpsdm)).json();
      const page2 = (await get('/api/accounts?limit=2&offset=2', as.bkpsdm)).json();
      expect(page1.items).toHaveLength(2);
      expect(page1.total).toBe(page2.total);
      expect(page1.total).toBeGreaterThan(4);
      expect(page2.items[0].id).not.toBe(page1.items[0].id);
    });

    it('refuses a page larger than 200', async () => {
      const res = await get('/api/accounts?limit=201', as.bkpsdm);
      expect(res.statusCode).toBe(400);
      expect(res.json().error.details.fields[0].field).toBe('limit');
    });
  });

  describe('create', () => {
    it('lets admin OPD create an employee account: username = NIP, audited', async () => {
      const employee = await employeeIn(agencyA);
      const res = await post('/api/accounts', as['opd.a'], {
        employeeId: employee.id,
        password: newPassword,
      });
      expect(res.statusCode).toBe(201);
      const account = res.json();
      expect(account).toMatchObject({
        username: employee.nip,
        label: employee.name,
        employeeId: employee.id,
        employeeAgencyId: agencyA,
        roles: [],
        active: true,
      });
      expect(await loginStatus(employee.nip, newPassword)).toBe('ok');
      const [audit] = await auditRows(account.id, 'account.created');
      expect(audit).toMatchObject({ actorLabel: expect.any(String), entity: 'account' });
      expect(JSON.stringify(audit)).not.toContain(newPassword);
    });

    it('refuses admin OPD an account for another agency’s employee', async () => {
      const employee = await employeeIn(agencyB);
      const res = await post('/api/accounts', as['opd.a'], {
        employeeId: employee.id,
        password: newPassword,
      });
      expect(res.statusCode).toBe(403);
      const rows = await h.db.select().from(accounts).where(eq(accounts.employeeId, employee.id));
      expect(rows).toEqual([]);
    });

    it.each<GrantedRole>(['admin_opd', 'admin_bkpsdm', 'keuangan', 'inspektorat'])(
      'refuses admin OPD granting %s, even in its own agency',
      async (role) => {
        const employee = await employeeIn(agencyA);
        const res = await post('/api/accounts', as['opd.a'], {
          employeeId: employee.id,
          password: newPassword,
          roles: [role],
          ...(role === 'admin_opd' && { agencyId: agencyA }),
        });
        expect(res.statusCode).toBe(403);
      },
    );

    it('refuses admin OPD a non-employee account', async () => {
      const res = await post('/api/accounts', as['opd.a'], {
        username: 'operator.a',
        label: 'Operator',
        password: newPassword,
        roles: ['admin_opd'],
        agencyId: agencyA,
      });
      expect(res.statusCode).toBe(403);
    });

    it.each(['pegawai', 'keuangan', 'inspektur'])('refuses %s', async (who) => {
      const employee = await employeeIn(agencyA);
      const res = await post('/api/accounts', as[who], {
        employeeId: employee.id,
        password: newPassword,
      });
      expect(res.statusCode).toBe(403);
    });

    it('lets admin BKPSDM create a non-employee account with roles', async () => {
      const res = await post('/api/accounts', as.bkpsdm, {
        username: 'Inspektur.Pembantu',
        label: 'Inspektur Pembantu I',
        password: newPassword,
        roles: ['inspektorat', 'inspektorat'],
      });
      expect(res.statusCode).toBe(201);
      expect(res.json()).toMatchObject({
        username: 'inspektur.pembantu',
        employeeId: null,
        roles: ['inspektorat'],
      });
      const cookie = await h.login('inspektur.pembantu', newPassword);
      expect((await get('/api/auth/me', cookie)).json().roles).toEqual(['inspektorat']);
    });

    it('lets admin BKPSDM make an agency admin, who then administers that agency', async () => {
      const res = await post('/api/accounts', as.bkpsdm, {
        username: 'opd.b',
        label: 'Admin OPD B',
        password: newPassword,
        roles: ['admin_opd'],
        agencyId: agencyB,
      });
      expect(res.statusCode).toBe(201);
      expect(res.json().agencyId).toBe(agencyB);
      const cookie = await h.login('opd.b', newPassword);
      expect((await get('/api/accounts', cookie)).statusCode).toBe(200);
      expect((await get(`/api/accounts?agencyId=${agencyA}`, cookie)).statusCode).toBe(403);
    });

    it.each([
      [{ roles: ['admin_opd'] }, 'agencyId'],
      [{ roles: ['keuangan'], agencyId: '8a1f6c3e-2b4d-4e5f-9a6b-7c8d9e0f1a2b' }, 'agencyId'],
      [{ roles: [] }, 'roles'],
      [{ roles: ['camat'] }, 'roles.0'],
      [{ roles: ['keuangan'], username: '198703152010011001' }, 'username'],
      [{ roles: ['keuangan'], username: 'ab' }, 'username'],
      [{ roles: ['keuangan'], label: undefined }, 'label'],
    ])('validates %o (field %s)', async (o, field) => {
      const res = await post('/api/accounts', as.bkpsdm, {
        username: 'valid.name',
        label: 'Label',
        password: newPassword,
        ...o,
      });
      expect(res.statusCode).toBe(400);
      const fields = res.json().error.details.fields.map((f: { field: string }) => f.field);
      expect(fields).toContain(field);
    });

    it('refuses a username with an employee account', async () => {
      const employee = await employeeIn(agencyA);
      const res = await post('/api/accounts', as.bkpsdm, {
        employeeId: employee.id,
        username: 'someone',
        password: newPassword,
      });
      expect(res.statusCode).toBe(400);
    });

    it('enforces the password policy', async () => {
      const employee = await employeeIn(agencyA);
      const res = await post('/api/accounts', as['opd.a'], {
        employeeId: employee.id,
        password: 'pendek',
      });
      expect(res.statusCode).toBe(400);
      expect(res.json().error).toMatchObject({
        code: 'weak_password',
        details: { field: 'password' },
      });
    });

    it('refuses a second account for the same employee and a taken username', async () => {
      const { employee } = await employeeAccount(agencyA);
      const again = await post('/api/accounts', as['opd.a'], {
        employeeId: employee.id,
        password: newPassword,
      });
      expect(again.statusCode).toBe(409);
      const taken = await post('/api/accounts', as.bkpsdm, {
        username: 'keuangan',
        label: 'Dua',
        password: newPassword,
        roles: ['keuangan'],
      });
      expect(taken.statusCode).toBe(409);
      expect(taken.json().error.details).toEqual({ field: 'username' });
    });

    it('refuses an unknown or inactive employee', async () => {
      const inactive = await makeEmployee(h.db, agencyA, { active: false });
      for (const employeeId of [inactive.id, '8a1f6c3e-2b4d-4e5f-9a6b-7c8d9e0f1a2b']) {
        const res = await post('/api/accounts', as.bkpsdm, { employeeId, password: newPassword });
        expect(res.statusCode).toBe(400);
        expect(res.json().error.code).toBe('invalid_reference');
      }
    });
  });

  describe('reset password', () => {
    it('sets the password, ends the holder’s sessions, lifts a lock, audits', async () => {
      const { employee, account } = await employeeAccount(agencyA);
      const cookie = await h.login(employee.nip);
      await h.db
        .update(accounts)
        .set({ lockedUntil: new Date('2030-01-01T00:00:00Z') })
        .where(eq(accounts.id, account.id));
      const res = await post(`/api/accounts/${account.id}/password`, as['opd.a'], {
        password: newPassword,
      });
      expect(res.statusCode).toBe(200);
      expect((await get('/api/auth/me', cookie)).statusCode).toBe(401);
      expect(await loginStatus(employee.nip, testPassword)).toBe('invalid_credentials');
      expect(await loginStatus(employee.nip, newPassword)).toBe('ok');
      expect(await auditRows(account.id, 'account.password_reset')).toHaveLength(1);
    });

    it('enforces the password policy', async () => {
      const { account } = await employeeAccount(agencyA);
      const res = await post(`/api/accounts/${account.id}/password`, as['opd.a'], {
        password: 'abcdefghijk',
      });
      expect(res.json().error.code).toBe('weak_password');
    });

    it('refuses admin OPD other agencies, non-employee and privileged accounts', async () => {
      const other = await employeeAccount(agencyB);
      const privileged = await employeeAccount(agencyA, ['keuangan']);
      for (const id of [other.account.id, privileged.account.id, bkpsdmId]) {
        const res = await post(`/api/accounts/${id}/password`, as['opd.a'], {
          password: newPassword,
        });
        expect([id, res.statusCode]).toEqual([id, 403]);
      }
      expect(await loginStatus(privileged.employee.nip, testPassword)).toBe('ok');
    });

    it('refuses an admin its own account (the change form asks for the current password)', async () => {
      const res = await post(`/api/accounts/${bkpsdmId}/password`, as.bkpsdm, {
        password: newPassword,
      });
      expect(res.statusCode).toBe(403);
    });

    it('answers an unknown account with 404', async () => {
      const res = await post(
        '/api/accounts/8a1f6c3e-2b4d-4e5f-9a6b-7c8d9e0f1a2b/password',
        as.bkpsdm,
        { password: newPassword },
      );
      expect(res.statusCode).toBe(404);
    });
  });

  describe('deactivate and reactivate', () => {
    it('ends the sessions, refuses login, and lets the account back in; audited', async () => {
      const { employee, account } = await employeeAccount(agencyA);
      const cookie = await h.login(employee.nip);
      const off = await post(`/api/accounts/${account.id}/deactivate`, as['opd.a']);
      expect(off.statusCode).toBe(200);
      expect(off.json().active).toBe(false);
      expect((await get('/api/auth/me', cookie)).statusCode).toBe(401);
      expect(await loginStatus(employee.nip, testPassword)).toBe('account_inactive');

      const on = await post(`/api/accounts/${account.id}/reactivate`, as['opd.a']);
      expect(on.json().active).toBe(true);
      // A session from before the deactivation stays ended.
      expect((await get('/api/auth/me', cookie)).statusCode).toBe(401);
      expect(await loginStatus(employee.nip, testPassword)).toBe('ok');
      expect(await auditRows(account.id, 'account.deactivated')).toHaveLength(1);
      expect(await auditRows(account.id, 'account.reactivated')).toHaveLength(1);
    });

    it('refuses admin OPD another agency’s account and pegawai any account', async () => {
      const other = await employeeAccount(agencyB);
      expect(
        (await post(`/api/accounts/${other.account.id}/deactivate`, as['opd.a'])).statusCode,
      ).toBe(403);
      const mine = await employeeAccount(agencyA);
      expect(
        (await post(`/api/accounts/${mine.account.id}/deactivate`, as.pegawai)).statusCode,
      ).toBe(403);
      expect(await loginStatus(other.employee.nip, testPassword)).toBe('ok');
    });

    it('refuses an admin deactivating itself', async () => {
      expect((await post(`/api/accounts/${bkpsdmId}/deactivate`, as.bkpsdm)).statusCode).toBe(403);
    });
  });

  describe('roles', () => {
    const setRoles = (id: string, cookie: string, payload: object) =>
      h.request({ method: 'PUT', url: `/api/accounts/${id}/roles`, as: cookie, payload });

    it('lets admin BKPSDM grant and withdraw roles, effective at once', async () => {
      const { employee, account } = await employeeAccount(agencyA);
      const cookie = await h.login(employee.nip);
      const res = await setRoles(account.id, as.bkpsdm, { roles: ['keuangan'] });
      expect(res.json().roles).toEqual(['keuangan']);
      expect((await get('/api/auth/me', cookie)).json().roles).toEqual(['keuangan']);
      await setRoles(account.id, as.bkpsdm, { roles: [] });
      expect((await get('/api/auth/me', cookie)).json().roles).toEqual([]);
      const [row] = await auditRows(account.id, 'account.roles_changed');
      expect(row.details).toEqual({
        from: { roles: [], agencyId: null },
        to: { roles: ['keuangan'], agencyId: null },
      });
    });

    it('refuses admin OPD granting or withdrawing roles', async () => {
      const plain = await employeeAccount(agencyA);
      const privileged = await employeeAccount(agencyA, ['keuangan']);
      expect(
        (await setRoles(plain.account.id, as['opd.a'], { roles: ['keuangan'] })).statusCode,
      ).toBe(403);
      expect((await setRoles(privileged.account.id, as['opd.a'], { roles: [] })).statusCode).toBe(
        403,
      );
    });
  });
});
