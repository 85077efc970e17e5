import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createReportItem, verifyReportItem } from '../src/modules/performance/report.service';
import { createHarness, type Harness, makeActivity } from './support/harness';
import { makeTeam, type Team, wita } from './support/performance-world';
import { testEngine } from './support/test-database';

const NOW = new Date(wita('2026-11-02 15:00'));
const MB = 1024 * 1024;

const jpeg = (size = 64) => {
  const data = Buffer.alloc(size, 0x20);
  data.set([0xff, 0xd8, 0xff, 0xe0]);
  return data;
};
const pdf = () => Buffer.from('%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n');

/** A multipart/form-data body with one file part. */
function multipart(filename: string, data: Buffer, mime: string) {
  const boundary = `----sipolima${Math.random().toString(16).slice(2)}`;
  const head =
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\n` +
    `Content-Type: ${mime}\r\n\r\n`;
  return {
    payload: Buffer.concat([Buffer.from(head), data, Buffer.from(`\r\n--${boundary}--\r\n`)]),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}

describe(`report evidence (${testEngine})`, () => {
  let h: Harness;
  let team: Team;
  let activityId: string;

  const draftOf = (who: 'staff' | 'staff2') =>
    createReportItem(
      h.db,
      team.actors[who],
      { date: '2026-11-02', activityId, quantity: 1, output: 'Foto kegiatan', submit: false },
      NOW,
    );
  async function upload(
    itemId: string,
    file: { name: string; data: Buffer; mime: string },
    who: Parameters<Team['as']>[0] = 'staff',
  ) {
    return h.request({
      method: 'POST',
      url: `/api/reports/items/${itemId}/evidence`,
      as: await team.as(who),
      ...multipart(file.name, file.data, file.mime),
    });
  }

  beforeAll(async () => {
    h = await createHarness();
    team = await makeTeam(h);
    activityId = (await makeActivity(h.db)).id;
  });
  beforeEach(() => h.setNow(NOW));
  afterAll(() => h.close());

  it('stores a photo or a PDF with the type found in its content', async () => {
    const item = await draftOf('staff');
    const photo = await upload(item.id, {
      name: 'foto rapat.png',
      data: jpeg(),
      mime: 'image/png',
    });
    expect(photo.statusCode).toBe(201);
    expect(photo.json()).toMatchObject({
      mime: 'image/jpeg',
      filename: 'foto rapat.jpg',
      size: 64,
    });
    const doc = await upload(item.id, {
      name: 'undangan.pdf',
      data: pdf(),
      mime: 'application/pdf',
    });
    expect(doc.json().mime).toBe('application/pdf');

    const read = await h.request({
      method: 'GET',
      url: `/api/reports/evidence/${photo.json().id}`,
      as: await team.as('staff'),
    });
    expect(read.statusCode).toBe(200);
    expect(read.headers['content-type']).toBe('image/jpeg');
    expect(read.rawPayload.equals(jpeg())).toBe(true);

    const listed = await h.request({
      method: 'GET',
      url: `/api/reports/items/${item.id}`,
      as: await team.as('staff'),
    });
    expect(listed.json().evidence.map((e: { mime: string }) => e.mime)).toEqual([
      'image/jpeg',
      'application/pdf',
    ]);
  });

  it('refuses a .jpg that is really text, whatever it declares', async () => {
    const item = await draftOf('staff');
    const res = await upload(item.id, {
      name: 'foto.jpg',
      data: Buffer.from('<script>alert(1)</script> this is not a photo'),
      mime: 'image/jpeg',
    });
    expect(res.statusCode).toBe(415);
    expect(res.json().error.code).toBe('unsupported_media_type');
  });

  it('accepts 2 MB and refuses a byte more', async () => {
    const item = await draftOf('staff');
    const exact = await upload(item.id, { name: 'a.jpg', data: jpeg(2 * MB), mime: 'image/jpeg' });
    expect(exact.statusCode).toBe(201);
    const over = await upload(item.id, {
      name: 'b.jpg',
      data: jpeg(2 * MB + 1),
      mime: 'image/jpeg',
    });
    expect(over.statusCode).toBe(413);
    expect(over.json().error.code).toBe('body_too_large');
  });

  it('only the owner uploads, and only before submitting or while returned', async () => {
    const item = await draftOf('staff');
    const file = { name: 'a.jpg', data: jpeg(), mime: 'image/jpeg' };
    expect((await upload(item.id, file, 'staff2')).statusCode).toBe(403);
    expect((await upload(item.id, file, 'kabid')).statusCode).toBe(403);
    expect((await upload(item.id, file, 'bkpsdm')).statusCode).toBe(403);

    const submitted = await createReportItem(
      h.db,
      team.actors.staff,
      { date: '2026-11-02', activityId, quantity: 1, output: 'x' },
      NOW,
    );
    const late = await upload(submitted.id, file);
    expect(late.statusCode).toBe(409);
    await verifyReportItem(
      h.db,
      team.actors.kabid,
      { itemId: submitted.id, decision: 'revise', reason: 'Lampirkan foto' },
      NOW,
    );
    expect((await upload(submitted.id, file)).statusCode).toBe(201);

    const notMultipart = await h.request({
      method: 'POST',
      url: `/api/reports/items/${item.id}/evidence`,
      as: await team.as('staff'),
      payload: { file: 'x' },
    });
    expect(notMultipart.statusCode).toBe(415);
  });

  it('is readable by the owner, their supervisor, agency admins and inspektorat only', async () => {
    const item = await draftOf('staff');
    const up = await upload(item.id, { name: 'a.jpg', data: jpeg(), mime: 'image/jpeg' });
    const url = `/api/reports/evidence/${up.json().id}`;
    for (const who of ['staff', 'kabid', 'opd.alfa', 'bkpsdm', 'inspektorat'] as const) {
      const res = await h.request({ method: 'GET', url, as: await team.as(who) });
      expect(res.statusCode, who).toBe(200);
    }
    for (const who of ['staff2', 'head', 'otherHead', 'opd.beta'] as const) {
      const res = await h.request({ method: 'GET', url, as: await team.as(who) });
      expect(res.statusCode, who).toBe(403);
    }
    expect((await h.request({ method: 'GET', url })).statusCode).toBe(401);
  });

  it('the owner removes a file from a draft', async () => {
    const item = await draftOf('staff2');
    const up = await upload(item.id, { name: 'a.jpg', data: jpeg(), mime: 'image/jpeg' }, 'staff2');
    const url = `/api/reports/evidence/${up.json().id}`;
    const other = await h.request({ method: 'DELETE', url, as: await team.as('staff') });
    expect(other.statusCode).toBe(403);
    const removed = await h.request({ method: 'DELETE', url, as: await team.as('staff2') });
    expect(removed.json()).toEqual({ ok: true });
    const gone = await h.request({ method: 'GET', url, as: await team.as('staff2') });
    expect(gone.statusCode).toBe(404);
  });
});
