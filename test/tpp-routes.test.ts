import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from './support/harness';
import { testEngine } from './support/test-database';
import { check, makeTppWorld, type TppWorld, wita } from './tpp-fixtures';

describe(`TPP routes and who may see what (${testEngine})`, () => {
  let h: Harness;
  let w: TppWorld;
  const as: Record<string, string> = {};
  const get = (url: string, who: string) => h.request({ method: 'GET', url, as: as[who] });
  const post = (url: string, who: string, payload: object = {}) =>
    h.request({ method: 'POST', url, as: as[who], payload });
  const status = async (url: string, who: string) => (await get(url, who)).statusCode;
  const idsOf = (body: { items: Array<{ employeeId: string }> }) =>
    new Set(body.items.map((i) => i.employeeId));

  beforeAll(async () => {
    h = await createHarness();
    w = await makeTppWorld(h);
    await check(h, w.staff.id, 'check_in', wita('2026-11-02', '08:10'), w.officeA);
    h.setNow(wita('2026-12-02', '08:00'));
    const users = {
      head: w.head.nip,
      staff: w.staff.nip,
      staff2: w.staff2.nip,
      other: w.other.nip,
      bkpsdm: w.actors.bkpsdm.username,
      opd: w.actors.opd.username,
      keuangan: w.actors.keuangan.username,
      inspektorat: w.actors.inspektorat.username,
    };
    for (const [who, username] of Object.entries(users)) as[who] = await h.login(username);
  });
  afterAll(async () => h.close());

  it('only admin BKPSDM closes a month; a second close is month_closed', async () => {
    for (const who of ['staff', 'head', 'opd', 'keuangan', 'inspektorat']) {
      const res = await post('/api/tpp/months/2026-11/close', who);
      expect(res.statusCode, who).toBe(403);
    }
    const res = await post('/api/tpp/months/2026-11/close', 'bkpsdm');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      month: '2026-11',
      status: 'closed',
      ruleSetId: 'default-2026',
    });
    const again = await post('/api/tpp/months/2026-11/close', 'bkpsdm');
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('month_closed');
    expect((await post('/api/tpp/months/2026-13/close', 'bkpsdm')).statusCode).toBe(400);
  });

  it('lists months with their status', async () => {
    const res = await get('/api/tpp/months', 'staff');
    expect(res.statusCode).toBe(200);
    expect(res.json().items).toEqual([
      expect.objectContaining({ month: '2026-11', status: 'closed', ruleSetId: 'default-2026' }),
    ]);
    expect((await h.request({ method: 'GET', url: '/api/tpp/months' })).statusCode).toBe(401);
  });

  it('an employee reads their own result only', async () => {
    const own = (await get('/api/tpp/results?month=2026-11', 'staff')).json();
    expect(idsOf(own)).toEqual(new Set([w.staff.id]));
    expect(await status(`/api/tpp/results?month=2026-11&employeeId=${w.staff2.id}`, 'staff')).toBe(
      403,
    );
    expect(await status(`/api/tpp/results?month=2026-11&agencyId=${w.agencyA.id}`, 'staff')).toBe(
      403,
    );
    expect(await status(`/api/tpp/results/2026-11/${w.other.id}`, 'staff')).toBe(403);
  });

  it('a supervisor reads their team, not another agency', async () => {
    const team = (await get('/api/tpp/results?month=2026-11', 'head')).json();
    expect(idsOf(team)).toEqual(new Set([w.head.id, w.staff.id, w.staff2.id]));
    expect(await status(`/api/tpp/results/2026-11/${w.staff.id}`, 'head')).toBe(200);
    expect(await status(`/api/tpp/results/2026-11/${w.other.id}`, 'head')).toBe(403);
  });

  it('an admin OPD reads its agency only', async () => {
    const agency = (await get('/api/tpp/results?month=2026-11', 'opd')).json();
    expect(idsOf(agency)).toEqual(new Set([w.head.id, w.staff.id, w.staff2.id]));
    expect(await status(`/api/tpp/results?month=2026-11&agencyId=${w.agencyB.id}`, 'opd')).toBe(
      403,
    );
    expect(await status(`/api/tpp/results/2026-11/${w.other.id}`, 'opd')).toBe(403);
  });

  it('keuangan reads everything of closed months and nothing of open ones', async () => {
    const all = (await get('/api/tpp/results?month=2026-11', 'keuangan')).json();
    expect(idsOf(all)).toEqual(new Set([w.head.id, w.staff.id, w.staff2.id, w.other.id]));
    expect(await status('/api/tpp/results?month=2026-12', 'keuangan')).toBe(403);
    expect(await status(`/api/tpp/results/2026-12/${w.staff.id}`, 'keuangan')).toBe(403);
    const inspektorat = (await get('/api/tpp/results?month=2026-12', 'inspektorat')).json();
    expect(inspektorat).toMatchObject({ closed: false, total: 4 });
  });

  it('gives one result with its days and explanation', async () => {
    const res = await get(`/api/tpp/results/2026-11/${w.staff.id}`, 'staff');
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({ month: '2026-11', closed: true, ruleSetId: 'default-2026' });
    expect(body.days).toHaveLength(30);
    // 2 Nov: in at 08:10 (40 min late, TL2 1 %) and no check-out (PSW4 2.5 %): 3.5 %
    // capped at 3 % for the day.
    expect(body.days[1]).toMatchObject({
      date: '2026-11-02',
      status: 'late_and_early',
      codes: ['TL2', 'PSW4'],
      late_minutes: 40,
      early_leave_minutes: null,
      deduction_pct: '3',
      check_in: '08:10',
    });
    expect(body.explanation.join('\n')).toContain('jumlahnya dibatasi 3% per hari');
  });

  it('serves the recap of a closed month as XLSX with a total row', async () => {
    const res = await get('/api/tpp/recap.xlsx?month=2026-11', 'keuangan');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const sheet = book.worksheets[0];
    expect(sheet.getRow(1).getCell(2).value).toBe('NIP');
    const last = sheet.getRow(sheet.rowCount);
    expect(last.getCell(3).value).toBe('Jumlah (4 pegawai)');
    let sum = 0;
    for (let r = 2; r < sheet.rowCount; r++) sum += Number(sheet.getRow(r).getCell(10).value);
    expect(last.getCell(10).value).toBe(sum);
    const opd = await get('/api/tpp/recap.xlsx?month=2026-11', 'opd');
    expect(opd.statusCode).toBe(200);
    expect(await status('/api/tpp/recap.xlsx?month=2026-11', 'staff')).toBe(403);
    expect(await status(`/api/tpp/recap.xlsx?month=2026-11&agencyId=${w.agencyB.id}`, 'opd')).toBe(
      403,
    );
    const open = await get('/api/tpp/recap.xlsx?month=2026-12', 'keuangan');
    expect(open.statusCode).toBe(409);
    expect(open.json().error.code).toBe('month_open');
  });

  it('discipline warnings and late verifiers are for admins and inspektorat', async () => {
    const warnings = await get('/api/tpp/discipline-warnings?year=2026', 'bkpsdm');
    expect(warnings.statusCode).toBe(200);
    expect(warnings.json().items.map((x: { employeeId: string }) => x.employeeId)).toContain(
      w.other.id,
    );
    const opd = (await get('/api/tpp/discipline-warnings?year=2026', 'opd')).json();
    expect(opd.items.every((x: { agencyId: string }) => x.agencyId === w.agencyA.id)).toBe(true);
    for (const who of ['keuangan', 'staff', 'head']) {
      expect(await status('/api/tpp/discipline-warnings?year=2026', who), who).toBe(403);
      expect(await status('/api/tpp/months/2026-11/late-verifiers', who), who).toBe(403);
    }
    expect(await status('/api/tpp/months/2026-11/late-verifiers', 'inspektorat')).toBe(200);
  });

  it('live day statuses: own, team and agency; nobody else', async () => {
    const own = await get('/api/attendance/days?month=2026-12', 'staff');
    expect(own.statusCode).toBe(200);
    expect(own.json()).toMatchObject({ employeeId: w.staff.id, closed: false });
    expect(own.json().days).toHaveLength(31);
    expect(own.json().explanation[0]).toContain('belum ditutup');
    expect(own.json().days[24]).toMatchObject({
      date: '2026-12-25',
      status: 'holiday',
      holiday: 'Hari Raya Natal',
    });
    expect(
      await status(`/api/attendance/days?month=2026-12&employeeId=${w.staff.id}`, 'head'),
    ).toBe(200);
    expect(
      await status(`/api/attendance/days?month=2026-12&employeeId=${w.head.id}`, 'staff'),
    ).toBe(403);
    expect(await status(`/api/attendance/days?month=2026-12&employeeId=${w.other.id}`, 'opd')).toBe(
      403,
    );
    expect(
      await status(`/api/attendance/days?month=2026-12&employeeId=${w.other.id}`, 'keuangan'),
    ).toBe(403);
    const closed = (await get('/api/attendance/days?month=2026-11', 'staff')).json();
    expect(closed).toMatchObject({ closed: true });
  });

  it('rule sets: anyone reads, admin BKPSDM adds, unknown fields are refused', async () => {
    const list = await get('/api/tpp/rule-sets', 'staff');
    expect(list.statusCode).toBe(200);
    expect(list.json().items.map((r: { id: string }) => r.id)).toContain('default-2026');
    const body = { id: 'perwali-2027', valid_from: '2027-01-01', values: { grace_minutes: 5 } };
    expect((await post('/api/tpp/rule-sets', 'staff', body)).statusCode).toBe(403);
    expect((await post('/api/tpp/rule-sets', 'opd', body)).statusCode).toBe(403);
    const typo = await post('/api/tpp/rule-sets', 'bkpsdm', {
      ...body,
      values: { grace_minute: 5 },
    });
    expect(typo.statusCode).toBe(400);
    expect(typo.json().error.code).toBe('validation_failed');
    const over = await post('/api/tpp/rule-sets', 'bkpsdm', {
      ...body,
      values: { discipline_share: '0.7' },
    });
    expect(over.statusCode).toBe(400);
    expect(over.json().error.details.fields[0].field).toBe('values.performance_share');
    const created = await post('/api/tpp/rule-sets', 'bkpsdm', body);
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({
      id: 'perwali-2027',
      grace_minutes: 5,
      daily_cap_pct: '3',
    });
  });

  it('recompute of a closed month: admin BKPSDM only', async () => {
    const body = { employeeIds: [w.staff.id] };
    expect((await post('/api/tpp/months/2026-11/recompute', 'opd', body)).statusCode).toBe(403);
    const res = await post('/api/tpp/months/2026-11/recompute', 'bkpsdm', body);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ month: '2026-11', paidIn: '2026-12' });
    expect(res.json().lines[0].amount).toBe(0);
    const open = await post('/api/tpp/months/2026-12/recompute', 'bkpsdm', body);
    expect(open.statusCode).toBe(409);
  });
});
