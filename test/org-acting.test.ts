import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tppClassAmounts } from '../src/db/tables';
import { createHarness, type Harness } from './support/harness';
import { auditRows, makeOrgWorld, type OrgWorld } from './support/org-world';
import { testEngine } from './support/test-database';

describe(`org acting assignments and the TPP class table (${testEngine})`, () => {
  let h: Harness;
  let w: OrgWorld;

  const get = (url: string, as?: string) => h.request({ method: 'GET', url, as });
  const send = (
    method: 'POST' | 'PATCH' | 'PUT' | 'DELETE',
    url: string,
    as?: string,
    payload?: object,
  ) => h.request({ method, url, as, ...(payload && { payload }) });

  beforeAll(async () => {
    h = await createHarness();
    w = await makeOrgWorld(h);
  });
  afterAll(async () => h.close());

  describe('acting assignments', () => {
    it('appoints a Plt and lists it by date; refuses a reversed or overlapping period', async () => {
      const body = {
        positionId: w.positions.kabidA.id,
        employeeId: w.people.headA.id,
        kind: 'plt',
        fromDate: '2026-03-01',
        toDate: '2026-03-31',
      };
      const res = await send('POST', '/api/org/acting', w.as.opdA, body);
      expect(res.statusCode).toBe(201);
      expect(await auditRows(h, 'acting.create', res.json().id)).toHaveLength(1);
      const reversed = await send('POST', '/api/org/acting', w.as.opdA, {
        ...body,
        fromDate: '2026-05-10',
        toDate: '2026-05-01',
      });
      expect(reversed.json().error.details.fields[0].field).toBe('toDate');
      const overlap = await send('POST', '/api/org/acting', w.as.opdA, {
        ...body,
        fromDate: '2026-03-31',
        toDate: null,
      });
      expect(overlap.statusCode).toBe(409);
      const inForce = await get('/api/org/acting?on=2026-03-15', w.as.opdA);
      expect(inForce.json().items.map((a: { id: string }) => a.id)).toEqual([res.json().id]);
      expect((await get('/api/org/acting?on=2026-04-01', w.as.opdA)).json().items).toEqual([]);
      const moved = await send('PATCH', `/api/org/acting/${res.json().id}`, w.as.opdA, {
        toDate: '2026-04-15',
      });
      expect(moved.json().toDate).toBe('2026-04-15');
      const del = await send('DELETE', `/api/org/acting/${res.json().id}`, w.as.opdA);
      expect(del.statusCode).toBe(200);
      expect(await auditRows(h, 'acting.delete', res.json().id)).toHaveLength(1);
    });

    it('refuses an acting assignment across agencies from an admin OPD', async () => {
      const onB = await send('POST', '/api/org/acting', w.as.opdA, {
        positionId: w.positions.headB.id,
        employeeId: w.people.headA.id,
        kind: 'plh',
        fromDate: '2026-03-01',
      });
      expect(onB.statusCode).toBe(403);
      const fromB = await send('POST', '/api/org/acting', w.as.opdA, {
        positionId: w.positions.kabidA.id,
        employeeId: w.people.staffB.id,
        kind: 'plh',
        fromDate: '2026-03-01',
      });
      expect(fromB.statusCode).toBe(403);
      const byBkpsdm = await send('POST', '/api/org/acting', w.as.bkpsdm, {
        positionId: w.positions.headB.id,
        employeeId: w.people.headA.id,
        kind: 'plt',
        fromDate: '2026-06-01',
        toDate: '2026-06-30',
      });
      expect(byBkpsdm.statusCode).toBe(201);
      const list = await get('/api/org/acting', w.as.opdA);
      expect(list.json().items.map((a: { id: string }) => a.id)).not.toContain(byBkpsdm.json().id);
    });
  });

  describe('kelas jabatan → TPP base', () => {
    it('lets admin BKPSDM replace the table with an audit row; others may not', async () => {
      const items = Array.from({ length: 17 }, (_, i) => ({
        kelas: i + 1,
        amount: 1_000_000 + i * 250_000,
      }));
      const res = await send('PUT', '/api/org/tpp-classes', w.as.bkpsdm, { items });
      expect(res.statusCode).toBe(200);
      expect(res.json().items).toEqual(items);
      expect(await auditRows(h, 'tpp_class.replace')).toHaveLength(1);
      for (const as of [w.as.opdA, w.as.inspektorat, w.as.staffA]) {
        const refused = await send('PUT', '/api/org/tpp-classes', as, { items });
        expect(refused.statusCode).toBe(403);
      }
      expect((await h.db.select().from(tppClassAmounts)).length).toBe(17);
      const read = await get('/api/org/tpp-classes', w.as.inspektorat);
      expect(read.json().items).toEqual(items);
    });

    it('refuses a kelas outside 1–17, a repeated kelas and a fraction of a rupiah', async () => {
      const bad = [
        [{ kelas: 18, amount: 1 }],
        [
          { kelas: 3, amount: 1 },
          { kelas: 3, amount: 2 },
        ],
        [{ kelas: 3, amount: 1.5 }],
      ];
      for (const items of bad) {
        const res = await send('PUT', '/api/org/tpp-classes', w.as.bkpsdm, { items });
        expect(res.statusCode).toBe(400);
      }
      expect((await h.db.select().from(tppClassAmounts)).length).toBe(17);
    });
  });
});
