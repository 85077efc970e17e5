import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../src/db/tables';
import { createReportItem } from '../src/modules/performance/report.service';
import { createHarness, type Harness } from './support/harness';
import { makeTeam, type Team, wita } from './support/performance-world';
import { testEngine } from './support/test-database';

describe(`activity catalogue (${testEngine})`, () => {
  let h: Harness;
  let team: Team;

  const post = async (who: Parameters<Team['as']>[0], payload: Record<string, unknown>) =>
    h.request({ method: 'POST', url: '/api/activities', as: await team.as(who), payload });

  beforeAll(async () => {
    h = await createHarness();
    team = await makeTeam(h);
  });
  afterAll(() => h.close());

  it('admin BKPSDM maintains it; nobody else writes', async () => {
    const body = { code: 'olah-data', name: 'Mengolah data', unit: 'berkas', minutes: 30 };
    for (const who of ['opd.alfa', 'inspektorat', 'staff', 'kabid'] as const) {
      expect((await post(who, body)).statusCode, who).toBe(403);
    }
    const created = await post('bkpsdm', { ...body, positionType: 'pelaksana' });
    expect(created.statusCode).toBe(201);
    const id = created.json().id;
    expect((await post('bkpsdm', body)).json().error.code).toBe('duplicate_code');
    const audit = await h.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'activity.create'), eq(auditLog.entityId, id)));
    expect(audit).toHaveLength(1);

    const patched = await h.request({
      method: 'PATCH',
      url: `/api/activities/${id}`,
      as: await team.as('bkpsdm'),
      payload: { minutes: 40 },
    });
    expect(patched.json()).toMatchObject({ minutes: 40, positionType: 'pelaksana' });
    const forbidden = await h.request({
      method: 'PATCH',
      url: `/api/activities/${id}`,
      as: await team.as('opd.alfa'),
      payload: { minutes: 1 },
    });
    expect(forbidden.statusCode).toBe(403);
  });

  it('lists the whole catalogue for admins and read-only roles, and mine for employees', async () => {
    const bkpsdm = await team.as('bkpsdm');
    for (const [code, positionType, positionNamePrefix] of [
      ['umum-01', null, null],
      ['jpt-01', 'jpt', null],
      ['analis-01', 'pelaksana', 'Analis'],
    ] as const) {
      await h.request({
        method: 'POST',
        url: '/api/activities',
        as: bkpsdm,
        payload: {
          code,
          name: code,
          unit: 'dokumen',
          minutes: 60,
          positionType,
          positionNamePrefix,
        },
      });
    }
    for (const who of ['bkpsdm', 'opd.alfa', 'inspektorat'] as const) {
      const all = await h.request({
        method: 'GET',
        url: '/api/activities',
        as: await team.as(who),
      });
      expect(all.statusCode, who).toBe(200);
    }
    const staffAll = await h.request({
      method: 'GET',
      url: '/api/activities',
      as: await team.as('staff'),
    });
    expect(staffAll.statusCode).toBe(403);

    const codes = async (who: 'staff' | 'plt' | 'head') => {
      const res = await h.request({
        method: 'GET',
        url: '/api/activities/mine',
        as: await team.as(who),
      });
      return res.json().items.map((a: { code: string }) => a.code);
    };
    // staff: "Pengolah Data" (pelaksana); plt: "Analis Program" (pelaksana); head: JPT.
    expect(await codes('staff')).toEqual(['olah-data', 'umum-01']);
    expect(await codes('plt')).toEqual(['analis-01', 'olah-data', 'umum-01']);
    expect(await codes('head')).toEqual(['jpt-01', 'umum-01']);
    const admin = await h.request({ method: 'GET', url: '/api/activities/mine', as: bkpsdm });
    expect(admin.statusCode).toBe(403);
  });

  it('deletes an unused activity; a used one stays', async () => {
    const bkpsdm = await team.as('bkpsdm');
    const unused = await post('bkpsdm', { code: 'sekali', name: 'x', unit: 'x', minutes: 5 });
    const used = await post('bkpsdm', { code: 'dipakai', name: 'x', unit: 'x', minutes: 5 });
    await createReportItem(
      h.db,
      team.actors.staff,
      { date: '2026-11-02', activityCode: 'dipakai', quantity: 1, output: 'x' },
      new Date(wita('2026-11-02 15:00')),
    );
    const del = (id: string) =>
      h.request({ method: 'DELETE', url: `/api/activities/${id}`, as: bkpsdm });
    expect((await del(unused.json().id)).json()).toEqual({ ok: true });
    const refused = await del(used.json().id);
    expect(refused.statusCode).toBe(409);
  });
});
