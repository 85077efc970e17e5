import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../src/db/client';
import { writeAudit } from '../src/modules/audit/audit.store';
import type { Actor } from '../src/modules/auth/actor';
import {
  createHarness,
  type Harness,
  makeAccount,
  makeAgency,
  makeEmployee,
  makePosition,
} from './support/harness';
import { testEngine } from './support/test-database';

type Entry = { id: number; at: string; action: string; entity: string; entityId: string | null };

describe(`audit log (${testEngine})`, () => {
  let h: Harness;
  const as: Record<string, string> = {};
  let bkpsdmAccountId: string;
  const clerk: Actor = {
    accountId: '3f0c2a1e-5b6d-4c7e-8f9a-0b1c2d3e4f5a',
    username: 'clerk',
    label: 'Petugas Uji',
    roles: [],
    adminAgencyId: null,
    employeeId: null,
    employeeAgencyId: null,
    ip: '192.0.2.10',
  };

  const list = (query: string, cookie = as.inspektur) =>
    h.request({ method: 'GET', url: `/api/audit${query}`, as: cookie });
  const items = async (query: string): Promise<Entry[]> => (await list(query)).json().items;

  beforeAll(async () => {
    h = await createHarness();
    const agency = await makeAgency(h.db);
    // A supervisor (holder of the parent position) with one subordinate.
    const head = await makePosition(h.db, agency.id, { type: 'struktural' });
    const staff = await makePosition(h.db, agency.id, { parentId: head.id });
    const atasan = await makeEmployee(h.db, agency.id, { positionId: head.id });
    const pegawai = await makeEmployee(h.db, agency.id, { positionId: staff.id });
    await makeAccount(h.db, { username: atasan.nip, employeeId: atasan.id });
    await makeAccount(h.db, { username: pegawai.nip, employeeId: pegawai.id });
    bkpsdmAccountId = (await makeAccount(h.db, { username: 'bkpsdm', roles: ['admin_bkpsdm'] })).id;
    await makeAccount(h.db, { username: 'inspektur', roles: ['inspektorat'] });
    await makeAccount(h.db, { username: 'opd', roles: ['admin_opd'], agencyId: agency.id });
    await makeAccount(h.db, { username: 'keuangan', roles: ['keuangan'] });

    h.setNow('2026-11-02T00:00:00Z');
    for (const name of ['bkpsdm', 'inspektur', 'opd', 'keuangan']) as[name] = await h.login(name);
    as.atasan = await h.login(atasan.nip);
    as.pegawai = await h.login(pegawai.nip);

    // Letters 1..5, one a day from 3 November 08:00 WITA (00:00Z).
    for (let day = 3; day <= 7; day++) {
      await writeAudit(h.db, clerk, {
        action: day === 5 ? 'letter.archived' : 'letter.created',
        entity: 'letter',
        entityId: `L${day - 2}`,
        details: { day },
        at: new Date(`2026-11-0${day}T00:00:00Z`),
      });
    }
  });
  afterAll(async () => h.close());

  describe('who may read it', () => {
    it.each(['inspektur', 'bkpsdm'])('%s reads it', async (who) => {
      const res = await list('', as[who]);
      expect(res.statusCode).toBe(200);
      expect(res.json().total).toBeGreaterThan(0);
    });

    it.each(['pegawai', 'atasan', 'opd', 'keuangan'])('%s gets 403', async (who) => {
      if (who === 'atasan') {
        const me = await h.request({ method: 'GET', url: '/api/auth/me', as: as.atasan });
        expect(me.json().isSupervisor).toBe(true);
      }
      const res = await list('', as[who]);
      expect(res.statusCode).toBe(403);
      expect(res.json().error.code).toBe('forbidden');
    });

    it('needs a session', async () => {
      const res = await h.request({ method: 'GET', url: '/api/audit' });
      expect(res.statusCode).toBe(401);
    });
  });

  describe('query', () => {
    it('lists newest first with who, when, from where and what', async () => {
      const all = await items('?limit=200');
      const times = all.map((e) => Date.parse(e.at));
      expect(times).toEqual([...times].sort((a, b) => b - a));
      expect(all[0]).toEqual({
        id: expect.any(Number),
        at: '2026-11-07T00:00:00.000Z',
        actorAccountId: clerk.accountId,
        actorLabel: 'Petugas Uji',
        ip: '192.0.2.10',
        action: 'letter.created',
        entity: 'letter',
        entityId: 'L5',
        details: { day: 7 },
      });
    });

    it('filters by entity, entity id and action', async () => {
      expect((await items('?entity=letter')).map((e) => e.entityId)).toEqual([
        'L5',
        'L4',
        'L3',
        'L2',
        'L1',
      ]);
      expect((await items('?entity=letter&entityId=L2')).map((e) => e.entityId)).toEqual(['L2']);
      expect((await items('?action=letter.archived')).map((e) => e.entityId)).toEqual(['L3']);
    });

    it('filters by actor account', async () => {
      const mine = await items(`?actor=${bkpsdmAccountId}`);
      expect(mine.map((e) => e.action)).toEqual(['auth.login']);
      expect(await items(`?actor=${clerk.accountId}&entity=account`)).toEqual([]);
    });

    it('filters by time: from inclusive, to exclusive, offsets honoured', async () => {
      const window = await items(
        '?entity=letter&from=2026-11-04T08:00:00%2B08:00&to=2026-11-06T00:00:00Z',
      );
      expect(window.map((e) => e.entityId)).toEqual(['L3', 'L2']);
    });

    it('pages with limit, offset and the total', async () => {
      const first = (await list('?entity=letter&limit=2')).json();
      const third = (await list('?entity=letter&limit=2&offset=4')).json();
      expect(first.total).toBe(5);
      expect(first.items.map((e: Entry) => e.entityId)).toEqual(['L5', 'L4']);
      expect(third.items.map((e: Entry) => e.entityId)).toEqual(['L1']);
      expect(third.total).toBe(5);
    });

    it.each([
      ['?limit=201', 'limit'],
      ['?limit=0', 'limit'],
      ['?offset=-1', 'offset'],
      ['?from=yesterday', 'from'],
      ['?from=2026-11-05T00:00:00', 'from'],
      ['?from=2026-11-05T00:00:00Z&to=2026-11-04T00:00:00Z', 'to'],
      ['?actor=bkpsdm', 'actor'],
      ['?sort=asc', 'sort'],
    ])('refuses %s naming %s', async (query, field) => {
      const res = await list(query);
      expect(res.statusCode).toBe(400);
      expect(JSON.stringify(res.json().error.details)).toContain(field);
    });
  });

  describe('append-only', () => {
    /** The database's message, wherever the driver nests it. */
    async function refusal(query: ReturnType<typeof sql>): Promise<string> {
      const err: unknown = await h.db.execute(query).then(
        () => null,
        (e: unknown) => e,
      );
      const messages: string[] = [];
      for (let e = err; e instanceof Error; e = e.cause) messages.push(e.message);
      return messages.join(' | ');
    }
    const letters = () =>
      queryRows(h.db, sql`select action, entity_id from audit_log where entity = 'letter'`);

    it('refuses UPDATE', async () => {
      const before = await letters();
      expect(before).toHaveLength(5);
      expect(await refusal(sql`update audit_log set action = 'rewritten'`)).toContain(
        'audit_log is append-only',
      );
      expect(await letters()).toEqual(before);
    });

    it('refuses DELETE', async () => {
      const before = await letters();
      expect(await refusal(sql`delete from audit_log where entity = 'letter'`)).toContain(
        'audit_log is append-only',
      );
      expect(await letters()).toEqual(before);
    });

    it('refuses TRUNCATE', async () => {
      const before = await letters();
      expect(await refusal(sql`truncate audit_log`)).toContain('audit_log is append-only');
      expect(await letters()).toEqual(before);
    });
  });
});
