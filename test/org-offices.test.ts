import { count } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { offices } from '../src/db/tables';
import { allowOffices, createHarness, type Harness, makeOffice } from './support/harness';
import { auditRows, makeOrgWorld, type OrgWorld } from './support/org-world';
import { testEngine } from './support/test-database';

describe(`org offices API (${testEngine})`, () => {
  let h: Harness;
  let w: OrgWorld;

  const get = (url: string, as?: string) => h.request({ method: 'GET', url, as });
  const send = (method: 'POST' | 'PATCH' | 'DELETE', url: string, as?: string, payload?: object) =>
    h.request({ method, url, as, ...(payload && { payload }) });
  const officeCount = async () => (await h.db.select({ n: count() }).from(offices))[0].n;
  const circle = (o: Record<string, unknown> = {}) => ({
    code: 'KANTOR-A2',
    name: 'Kantor Bidang',
    agencyId: w.agencyA.id,
    timezone: 'Asia/Makassar',
    lat: -5.47,
    lon: 122.6,
    radiusM: 80,
    ...o,
  });
  const ring: Array<[number, number]> = [
    [122.6, -5.47],
    [122.601, -5.47],
    [122.601, -5.471],
    [122.6, -5.47],
  ];

  beforeAll(async () => {
    h = await createHarness();
    w = await makeOrgWorld(h);
  });
  afterAll(async () => h.close());

  it('lets an admin OPD create an office of its agency, with an audit row', async () => {
    const res = await send('POST', '/api/org/offices', w.as.opdA, circle());
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ code: 'KANTOR-A2', radiusM: 80, polygon: null });
    expect(await auditRows(h, 'office.create', res.json().id)).toHaveLength(1);
    const poly = await send(
      'POST',
      '/api/org/offices',
      w.as.opdA,
      circle({ code: 'KANTOR-A3', radiusM: null, polygon: ring }),
    );
    expect(poly.statusCode).toBe(201);
    expect(poly.json().polygon).toEqual(ring);
  });

  it('checks coordinates, zone and geofence shape', async () => {
    const before = await officeCount();
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ lat: 91 }, 'lat'],
      [{ lon: -181 }, 'lon'],
      [{ timezone: 'WITA' }, 'timezone'],
      [{ radiusM: 0 }, 'radiusM'],
      [{ radiusM: null }, 'radiusM'],
      [{ radiusM: null, polygon: ring.slice(0, 3) }, 'polygon'],
      [{ polygon: [...ring.slice(0, 3), [122.7, -5.5]] }, 'polygon'],
      [{ colour: 'red' }, 'colour'],
    ];
    for (const [o, field] of cases) {
      const res = await send(
        'POST',
        '/api/org/offices',
        w.as.bkpsdm,
        circle({ code: 'BAD', ...o }),
      );
      expect(res.statusCode, field).toBe(400);
      expect(JSON.stringify(res.json().error.details), field).toContain(field);
    }
    const dup = await send('POST', '/api/org/offices', w.as.bkpsdm, circle({ code: 'KANTOR-B' }));
    expect(dup.json().error.code).toBe('duplicate_code');
    expect(await officeCount()).toBe(before);
  });

  it('keeps an admin OPD to its own and the shared offices', async () => {
    const shared = await send(
      'POST',
      '/api/org/offices',
      w.as.opdA,
      circle({ code: 'BALAIKOTA', agencyId: null }),
    );
    expect(shared.statusCode).toBe(403);
    const made = await send(
      'POST',
      '/api/org/offices',
      w.as.bkpsdm,
      circle({ code: 'BALAIKOTA', agencyId: null }),
    );
    expect(made.statusCode).toBe(201);
    expect(
      (
        await send(
          'POST',
          '/api/org/offices',
          w.as.opdA,
          circle({ code: 'X', agencyId: w.agencyB.id }),
        )
      ).statusCode,
    ).toBe(403);
    const change = await send('PATCH', `/api/org/offices/${w.offices.officeB.id}`, w.as.opdA, {
      radiusM: 500,
    });
    expect(change.statusCode).toBe(403);
    expect((await get(`/api/org/offices/${w.offices.officeB.id}`, w.as.opdA)).statusCode).toBe(403);
    expect((await get(`/api/org/offices/${made.json().id}`, w.as.opdA)).statusCode).toBe(200);
    const list = await get('/api/org/offices', w.as.opdA);
    const codes = list.json().items.map((o: { code: string }) => o.code);
    expect(codes).toContain('BALAIKOTA');
    expect(codes).toContain('KANTOR-A');
    expect(codes).not.toContain('KANTOR-B');
    expect((await get('/api/org/offices', w.as.inspektorat)).json().total).toBe(codes.length + 1);
    expect(
      (await send('DELETE', `/api/org/offices/${made.json().id}`, w.as.inspektorat)).statusCode,
    ).toBe(403);
  });

  it('updates the geofence with an audit row and keeps one of circle or polygon', async () => {
    const id = w.offices.officeA.id;
    const res = await send('PATCH', `/api/org/offices/${id}`, w.as.opdA, { radiusM: 150 });
    expect(res.json().radiusM).toBe(150);
    expect(await auditRows(h, 'office.update', id)).toHaveLength(1);
    const none = await send('PATCH', `/api/org/offices/${id}`, w.as.opdA, { radiusM: null });
    expect(none.statusCode).toBe(400);
  });

  it('deletes only an office no employee uses', async () => {
    const used = await makeOffice(h.db, { agencyId: w.agencyA.id });
    await allowOffices(h.db, w.people.staffA.id, [used.id]);
    expect((await send('DELETE', `/api/org/offices/${used.id}`, w.as.opdA)).statusCode).toBe(409);
    const free = await makeOffice(h.db, { agencyId: w.agencyA.id });
    expect((await send('DELETE', `/api/org/offices/${free.id}`, w.as.opdA)).statusCode).toBe(200);
    expect(await auditRows(h, 'office.delete', free.id)).toHaveLength(1);
  });
});
