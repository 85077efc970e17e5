import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { employeeOffices } from '../src/db/tables';
import { directSubordinatesOf, supervisorsOf } from '../src/modules/org/supervision.store';
import {
  allowOffices,
  createHarness,
  type Harness,
  makeAccount,
  makeActing,
  makeAgency,
  makeEmployee,
  makeOffice,
  makePosition,
} from './support/harness';
import { testEngine } from './support/test-database';

const DAY = '2026-03-15';

describe(`supervisor derivation (${testEngine})`, () => {
  let h: Harness;
  let agencyId: string;

  beforeAll(async () => {
    h = await createHarness();
    agencyId = (await makeAgency(h.db)).id;
  });
  afterAll(async () => h.close());

  /**
   * A fresh branch: head H ← kabid K ← staff S, and a second kabid K2 under H. The
   * options leave K vacant or its holder inactive.
   */
  async function branch(o: { kabid?: 'held' | 'vacant' | 'inactive' } = {}) {
    const H = await makePosition(h.db, agencyId, { type: 'jpt', kelasJabatan: 14 });
    const K = await makePosition(h.db, agencyId, { type: 'administrator', parentId: H.id });
    const K2 = await makePosition(h.db, agencyId, { type: 'administrator', parentId: H.id });
    const S = await makePosition(h.db, agencyId, { parentId: K.id });
    const head = await makeEmployee(h.db, agencyId, { positionId: H.id });
    const kabid2 = await makeEmployee(h.db, agencyId, { positionId: K2.id });
    const mode = o.kabid ?? 'held';
    const kabid =
      mode === 'vacant'
        ? null
        : await makeEmployee(h.db, agencyId, { positionId: K.id, active: mode === 'held' });
    const staff = await makeEmployee(h.db, agencyId, { positionId: S.id });
    return { H, K, K2, S, head, kabid, kabid2, staff };
  }

  const supervisorOf = async (id: string, date = DAY) =>
    ((await supervisorsOf(h.db, [id], date)).get(id) ?? []).sort();

  it('is the holder of the parent position', async () => {
    const b = await branch();
    const map = await supervisorsOf(h.db, [b.staff.id, b.kabid!.id, b.head.id], DAY);
    expect(map.get(b.staff.id)).toEqual([b.kabid!.id]);
    expect(map.get(b.kabid!.id)).toEqual([b.head.id]);
    expect(map.get(b.head.id)).toEqual([]);
    expect(await directSubordinatesOf(h.db, b.kabid!.id, DAY)).toEqual([b.staff.id]);
    expect((await directSubordinatesOf(h.db, b.head.id, DAY)).sort()).toEqual(
      [b.kabid!.id, b.kabid2.id].sort(),
    );
  });

  it('skips a vacant parent to the next position up', async () => {
    const b = await branch({ kabid: 'vacant' });
    expect(await supervisorOf(b.staff.id)).toEqual([b.head.id]);
    expect(await directSubordinatesOf(h.db, b.head.id, DAY)).toContain(b.staff.id);
  });

  it('treats a parent held only by an inactive employee as vacant', async () => {
    const b = await branch({ kabid: 'inactive' });
    expect(await supervisorOf(b.staff.id)).toEqual([b.head.id]);
  });

  it('gives a vacant parent’s Plt as supervisor instead of the next one up', async () => {
    const b = await branch({ kabid: 'vacant' });
    await makeActing(h.db, { positionId: b.K.id, employeeId: b.kabid2.id, kind: 'plt' });
    expect(await supervisorOf(b.staff.id)).toEqual([b.kabid2.id]);
    expect(await directSubordinatesOf(h.db, b.kabid2.id, DAY)).toEqual([b.staff.id]);
    expect(await directSubordinatesOf(h.db, b.head.id, DAY)).not.toContain(b.staff.id);
  });

  it('adds a Plh next to the holder', async () => {
    const b = await branch();
    await makeActing(h.db, {
      positionId: b.K.id,
      employeeId: b.kabid2.id,
      kind: 'plh',
      fromDate: '2026-03-10',
      toDate: '2026-03-20',
    });
    expect(await supervisorOf(b.staff.id)).toEqual([b.kabid!.id, b.kabid2.id].sort());
    expect(await directSubordinatesOf(h.db, b.kabid2.id, DAY)).toEqual([b.staff.id]);
    expect(await supervisorOf(b.staff.id, '2026-03-21')).toEqual([b.kabid!.id]);
  });

  it('ignores an acting assignment outside its dates (inclusive at both ends)', async () => {
    const b = await branch({ kabid: 'vacant' });
    await makeActing(h.db, {
      positionId: b.K.id,
      employeeId: b.kabid2.id,
      fromDate: '2026-03-01',
      toDate: '2026-03-10',
    });
    expect(await supervisorOf(b.staff.id, '2026-03-10')).toEqual([b.kabid2.id]);
    expect(await supervisorOf(b.staff.id, '2026-03-01')).toEqual([b.kabid2.id]);
    expect(await supervisorOf(b.staff.id, '2026-03-11')).toEqual([b.head.id]);
    expect(await supervisorOf(b.staff.id, '2026-02-28')).toEqual([b.head.id]);
    expect(await directSubordinatesOf(h.db, b.kabid2.id, '2026-03-11')).toEqual([]);
  });

  it('never makes a Plt of his own parent position his own supervisor', async () => {
    const b = await branch({ kabid: 'vacant' });
    const colleague = await makeEmployee(h.db, agencyId, { positionId: b.S.id });
    await makeActing(h.db, { positionId: b.K.id, employeeId: b.staff.id });
    expect(await supervisorOf(b.staff.id)).toEqual([b.head.id]);
    expect(await supervisorOf(colleague.id)).toEqual([b.staff.id]);
    expect(await directSubordinatesOf(h.db, b.staff.id, DAY)).toEqual([colleague.id]);
  });

  it('lets a Plt read the subordinate through the API, and shows it as supervisor', async () => {
    h.setNow('2026-03-15T02:00:00Z');
    const b = await branch({ kabid: 'vacant' });
    await makeActing(h.db, { positionId: b.K.id, employeeId: b.kabid2.id });
    await makeAccount(h.db, { username: b.kabid2.nip, employeeId: b.kabid2.id });
    const as = await h.login(b.kabid2.nip);
    const res = await h.request({ method: 'GET', url: `/api/org/employees/${b.staff.id}`, as });
    expect(res.statusCode).toBe(200);
    expect(res.json().supervisors.map((s: { id: string }) => s.id)).toEqual([b.kabid2.id]);
    const head = await h.request({ method: 'GET', url: `/api/org/employees/${b.head.id}`, as });
    expect(head.statusCode).toBe(403);
  });

  it('derives today’s supervisor on the date of the employee’s first office', async () => {
    const b = await branch({ kabid: 'vacant' });
    await makeActing(h.db, { positionId: b.K.id, employeeId: b.kabid2.id, fromDate: '2026-03-16' });
    const jayapura = await makeOffice(h.db, { timezone: 'Asia/Jayapura' });
    const makassar = await makeOffice(h.db, { timezone: 'Asia/Makassar' });
    // 23:30 on the 15th in Makassar (WITA) is already 00:30 on the 16th in Jayapura (WIT).
    h.setNow('2026-03-15T15:30:00Z');
    await makeAccount(h.db, { username: 'bkpsdm-zone', roles: ['admin_bkpsdm'] });
    const as = await h.login('bkpsdm-zone');
    const supervisors = async () =>
      (await h.request({ method: 'GET', url: `/api/org/employees/${b.staff.id}`, as }))
        .json()
        .supervisors.map((s: { id: string }) => s.id);
    await allowOffices(h.db, b.staff.id, [makassar.id, jayapura.id]);
    expect(await supervisors()).toEqual([b.head.id]);
    await h.db.delete(employeeOffices).where(eq(employeeOffices.employeeId, b.staff.id));
    await allowOffices(h.db, b.staff.id, [jayapura.id, makassar.id]);
    expect(await supervisors()).toEqual([b.kabid2.id]);
  });
});
