import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { agencies, positions } from '../src/db/tables';
import { createHarness, type Harness } from './support/harness';
import { auditRows, makeOrgWorld, type OrgWorld } from './support/org-world';
import { testEngine } from './support/test-database';

describe(`org agencies, units and positions (${testEngine})`, () => {
  let h: Harness;
  let w: OrgWorld;

  const get = (url: string, as?: string) => h.request({ method: 'GET', url, as });
  const send = (
    method: 'POST' | 'PATCH' | 'PUT' | 'DELETE',
    url: string,
    as?: string,
    payload?: object,
  ) => h.request({ method, url, as, ...(payload && { payload }) });
  const positionCount = async () => (await h.db.select({ n: count() }).from(positions))[0].n;
  const parentOf = async (id: string) =>
    (await h.db.select().from(positions).where(eq(positions.id, id)))[0].parentId;

  beforeAll(async () => {
    h = await createHarness();
    w = await makeOrgWorld(h);
  });
  afterAll(async () => h.close());

  describe('agencies and units', () => {
    it('lets admin BKPSDM create an agency with an audit row; refuses a duplicate code', async () => {
      const res = await send('POST', '/api/org/agencies', w.as.bkpsdm, {
        code: 'KEC-WOLIO',
        name: 'Kecamatan Wolio',
        kind: 'kecamatan',
      });
      expect(res.statusCode).toBe(201);
      expect(await auditRows(h, 'agency.create', res.json().id)).toHaveLength(1);
      const kel = await send('POST', '/api/org/agencies', w.as.bkpsdm, {
        code: 'KEL-BATARAGURU',
        name: 'Kelurahan Bataraguru',
        kind: 'kelurahan',
        parentId: res.json().id,
      });
      expect(kel.statusCode).toBe(201);
      const dup = await send('POST', '/api/org/agencies', w.as.bkpsdm, {
        code: 'KEC-WOLIO',
        name: 'Lagi',
        kind: 'kecamatan',
      });
      expect(dup.statusCode).toBe(409);
      expect(dup.json().error.code).toBe('duplicate_code');
    });

    it('refuses agency changes from an admin OPD and inspektorat', async () => {
      const before = (await h.db.select({ n: count() }).from(agencies))[0].n;
      const body = { code: 'X1', name: 'X', kind: 'dinas' };
      expect((await send('POST', '/api/org/agencies', w.as.opdA, body)).statusCode).toBe(403);
      expect((await send('POST', '/api/org/agencies', w.as.inspektorat, body)).statusCode).toBe(
        403,
      );
      const rename = await send('PATCH', `/api/org/agencies/${w.agencyA.id}`, w.as.opdA, {
        name: 'Dinas Baru',
      });
      expect(rename.statusCode).toBe(403);
      expect((await h.db.select({ n: count() }).from(agencies))[0].n).toBe(before);
    });

    it('shows an admin OPD its own agency only', async () => {
      const list = await get('/api/org/agencies', w.as.opdA);
      expect(list.json().items.map((a: { id: string }) => a.id)).toEqual([w.agencyA.id]);
      expect((await get(`/api/org/agencies/${w.agencyB.id}`, w.as.opdA)).statusCode).toBe(403);
      const own = await get(`/api/org/agencies/${w.agencyA.id}`, w.as.opdA);
      expect(own.json().units.map((u: { code: string }) => u.code)).toEqual(['BID1']);
      const all = await get('/api/org/agencies?q=dinas', w.as.inspektorat);
      expect(all.json().total).toBeGreaterThanOrEqual(2);
    });

    it('lets an admin OPD manage units of its own agency only', async () => {
      const res = await send('POST', `/api/org/agencies/${w.agencyA.id}/units`, w.as.opdA, {
        code: 'BID2',
        name: 'Bidang Dua',
      });
      expect(res.statusCode).toBe(201);
      expect(await auditRows(h, 'unit.create', res.json().id)).toHaveLength(1);
      const dup = await send('POST', `/api/org/agencies/${w.agencyA.id}/units`, w.as.opdA, {
        code: 'BID2',
        name: 'Lagi',
      });
      expect(dup.json().error.code).toBe('duplicate_code');
      const other = await send('POST', `/api/org/agencies/${w.agencyB.id}/units`, w.as.opdA, {
        code: 'BID9',
        name: 'X',
      });
      expect(other.statusCode).toBe(403);
      const inUse = await send('DELETE', `/api/org/units/${w.unitA.id}`, w.as.opdA);
      expect(inUse.statusCode).toBe(409);
      const del = await send('DELETE', `/api/org/units/${res.json().id}`, w.as.opdA);
      expect(del.statusCode).toBe(200);
      expect(await auditRows(h, 'unit.delete', res.json().id)).toHaveLength(1);
    });
  });

  describe('positions', () => {
    it('creates a position under a parent with an audit row, and shows its path', async () => {
      const res = await send('POST', '/api/org/positions', w.as.opdA, {
        code: 'A-STAFF-2',
        name: 'Analis Data',
        type: 'fungsional',
        kelasJabatan: 9,
        agencyId: w.agencyA.id,
        unitId: w.unitA.id,
        parentId: w.positions.kabidA.id,
      });
      expect(res.statusCode).toBe(201);
      expect(await auditRows(h, 'position.create', res.json().id)).toHaveLength(1);
      const one = await get(`/api/org/positions/${res.json().id}`, w.as.opdA);
      expect(one.json().path.map((p: { code: string }) => p.code)).toEqual([
        'A-HEAD',
        'A-KABID',
        'A-STAFF-2',
      ]);
    });

    it('refuses bad values, unknown fields and references', async () => {
      const before = await positionCount();
      const base = {
        code: 'A-NEW',
        name: 'Baru',
        type: 'pelaksana',
        kelasJabatan: 5,
        agencyId: w.agencyA.id,
      };
      const kelas = await send('POST', '/api/org/positions', w.as.opdA, {
        ...base,
        kelasJabatan: 18,
      });
      expect(kelas.json().error.details.fields[0].field).toBe('kelasJabatan');
      const type = await send('POST', '/api/org/positions', w.as.opdA, { ...base, type: 'boss' });
      expect(type.json().error.details.fields[0].field).toBe('type');
      const extra = await send('POST', '/api/org/positions', w.as.opdA, { ...base, level: 1 });
      expect(JSON.stringify(extra.json().error.details)).toContain('level');
      const parent = await send('POST', '/api/org/positions', w.as.opdA, {
        ...base,
        parentId: '00000000-0000-4000-8000-000000000001',
      });
      expect(parent.json().error).toMatchObject({
        code: 'invalid_reference',
        details: { field: 'parentId' },
      });
      const unit = await send('POST', '/api/org/positions', w.as.opdB, {
        ...base,
        agencyId: w.agencyB.id,
        unitId: w.unitA.id,
      });
      expect(unit.json().error).toMatchObject({
        code: 'invalid_reference',
        details: { field: 'unitId' },
      });
      const dup = await send('POST', '/api/org/positions', w.as.opdA, { ...base, code: 'A-HEAD' });
      expect(dup.json().error.code).toBe('duplicate_code');
      expect(await positionCount()).toBe(before);
    });

    it('refuses to make a position its own ancestor', async () => {
      const { headA, kabidA, staffA } = w.positions;
      const self = await send('PATCH', `/api/org/positions/${headA.id}`, w.as.opdA, {
        parentId: headA.id,
      });
      expect(self.statusCode).toBe(400);
      expect(self.json().error.code).toBe('position_cycle');
      const loop = await send('PATCH', `/api/org/positions/${headA.id}`, w.as.bkpsdm, {
        parentId: staffA.id,
      });
      expect(loop.statusCode).toBe(400);
      expect(loop.json().error).toMatchObject({
        code: 'position_cycle',
        details: { field: 'parentId' },
      });
      expect(await parentOf(headA.id)).toBeNull();
      const ok = await send('PATCH', `/api/org/positions/${staffA.id}`, w.as.opdA, {
        parentId: headA.id,
        name: 'Pengadministrasi Umum',
      });
      expect(ok.statusCode).toBe(200);
      expect(await auditRows(h, 'position.update', staffA.id)).toHaveLength(1);
      await send('PATCH', `/api/org/positions/${staffA.id}`, w.as.opdA, { parentId: kabidA.id });
    });

    it('keeps an admin OPD away from another agency’s positions', async () => {
      const b = w.positions.staffB.id;
      expect((await get(`/api/org/positions/${b}`, w.as.opdA)).statusCode).toBe(403);
      expect((await get(`/api/org/positions?agencyId=${w.agencyB.id}`, w.as.opdA)).statusCode).toBe(
        403,
      );
      const change = await send('PATCH', `/api/org/positions/${b}`, w.as.opdA, {
        kelasJabatan: 17,
      });
      expect(change.statusCode).toBe(403);
      const move = await send('PATCH', `/api/org/positions/${w.positions.staffA.id}`, w.as.opdA, {
        agencyId: w.agencyB.id,
        unitId: null,
      });
      expect(move.statusCode).toBe(403);
      expect((await send('DELETE', `/api/org/positions/${b}`, w.as.opdA)).statusCode).toBe(403);
      const list = await get('/api/org/positions', w.as.opdA);
      expect(
        list.json().items.every((p: { agencyId: string }) => p.agencyId === w.agencyA.id),
      ).toBe(true);
      expect((await get(`/api/org/positions/${b}`, w.as.inspektorat)).statusCode).toBe(200);
      expect((await get('/api/org/positions', w.as.staffA)).statusCode).toBe(403);
      expect((await get('/api/org/positions')).statusCode).toBe(401);
    });

    it('searches and pages positions', async () => {
      const res = await get('/api/org/positions?q=a-&limit=2', w.as.bkpsdm);
      expect(res.json().items).toHaveLength(2);
      expect(res.json().total).toBeGreaterThanOrEqual(4);
      const byParent = await get(
        `/api/org/positions?parentId=${w.positions.headB.id}`,
        w.as.bkpsdm,
      );
      expect(byParent.json().items.map((p: { code: string }) => p.code)).toEqual(['B-STAFF']);
    });

    it('deletes only a position nothing depends on', async () => {
      const held = await send('DELETE', `/api/org/positions/${w.positions.kabidA.id}`, w.as.opdA);
      expect(held.statusCode).toBe(409);
      const leaf = await send('POST', '/api/org/positions', w.as.opdA, {
        code: 'A-TEMP',
        name: 'Sementara',
        type: 'pelaksana',
        kelasJabatan: 5,
        agencyId: w.agencyA.id,
      });
      const del = await send('DELETE', `/api/org/positions/${leaf.json().id}`, w.as.opdA);
      expect(del.statusCode).toBe(200);
      expect(await auditRows(h, 'position.delete', leaf.json().id)).toHaveLength(1);
    });
  });
});
