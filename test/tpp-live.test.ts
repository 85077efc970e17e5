import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { leaveRequests } from '../src/db/tables';
import { createHarness, type Harness } from './support/harness';
import { testEngine } from './support/test-database';
import { check, makeTppWorld, type TppWorld, wita } from './tpp-fixtures';

type Day = { date: string; status: string; codes: string[]; deduction_pct: string };

/**
 * The live month view judges only days that are over: on Friday 4 December the rest of
 * the month is pending (no code, no deduction, out of the totals), and today is not TK
 * nor PSW4 while its check-out window (16:30 + 6 h) is open.
 */
describe(`live month view on a day in the middle of the month (${testEngine})`, () => {
  let h: Harness;
  let w: TppWorld;
  const as: Record<string, string> = {};
  const days = async (who: string) => {
    const res = await h.request({
      method: 'GET',
      url: '/api/attendance/days?month=2026-12',
      as: as[who],
    });
    expect(res.statusCode).toBe(200);
    return res.json();
  };
  const byDate = (body: { days: Day[] }) => new Map(body.days.map((d) => [d.date, d]));

  beforeAll(async () => {
    h = await createHarness();
    w = await makeTppWorld(h);
    // Tuesday 1 Dec on time; 2 and 3 Dec nothing (TK); Friday 4 Dec in at 08:10 (TL2).
    await check(h, w.staff.id, 'check_in', wita('2026-12-01', '07:20'), w.officeA);
    await check(h, w.staff.id, 'check_out', wita('2026-12-01', '16:05'), w.officeA);
    await check(h, w.staff.id, 'check_in', wita('2026-12-04', '08:10'), w.officeA);
    // Izin (1.5 % a day) approved for next Thursday: not deducted before the day.
    await h.db.insert(leaveRequests).values({
      employeeId: w.staff.id,
      kind: 'permission',
      fromDate: '2026-12-10',
      toDate: '2026-12-10',
      workingDays: 1,
      status: 'approved',
      createdAt: new Date('2026-11-20T00:00:00Z'),
    });
    h.setNow(wita('2026-12-04', '10:00'));
    as.staff = await h.login(w.staff.nip);
    as.head = await h.login(w.head.nip);
  });
  afterAll(async () => h.close());

  it('counts only the days that are over', async () => {
    h.setNow(wita('2026-12-04', '10:00'));
    const body = await days('staff');
    const day = byDate(body);
    expect(day.get('2026-12-01')).toMatchObject({ status: 'present', codes: [] });
    expect(day.get('2026-12-01')).not.toHaveProperty('pending');
    expect(day.get('2026-12-02')).toMatchObject({ status: 'absent', codes: ['TK'] });
    expect(day.get('2026-12-02')?.deduction_pct).toBe('3');
    // Today: late so far, no PSW4 for a check-out that may still come.
    expect(day.get('2026-12-04')).toMatchObject({
      status: 'late',
      codes: ['TL2'],
      late_minutes: 40,
      check_in: '08:10',
      deduction_pct: '0',
      pending: true,
    });
    // Later days: nothing judged yet, whatever they are.
    expect(day.get('2026-12-07')).toMatchObject({
      status: 'absent',
      codes: [],
      deduction_pct: '0',
      pending: true,
    });
    expect(day.get('2026-12-05')).toMatchObject({ status: 'off', pending: true });
    expect(day.get('2026-12-10')).toMatchObject({
      status: 'leave',
      kind: 'permission',
      deduction_pct: '0',
      pending: true,
    });
    expect(day.get('2026-12-25')).toMatchObject({ status: 'holiday', pending: true });
    for (const d of body.days as Day[]) {
      if (d.date > '2026-12-04') expect(d, d.date).toMatchObject({ codes: [], deduction_pct: '0' });
    }
    // 2 and 3 December: TK 3 % each, nothing else.
    expect(body).toMatchObject({ absentDays: 2, deductionPct: '6' });
    const text = body.explanation.join('\n');
    expect(text).toContain('4 Desember 2026: hari belum berakhir — masuk 08:10; belum dinilai.');
    expect(text).not.toMatch(/7 Desember 2026: tidak hadir/);
  });

  it('judges today once its check-out window has closed', async () => {
    h.setNow(wita('2026-12-04', '22:30'));
    expect(byDate(await days('staff')).get('2026-12-04')).toMatchObject({ pending: true });
    h.setNow(wita('2026-12-04', '22:31'));
    const body = await days('staff');
    expect(byDate(body).get('2026-12-04')).toMatchObject({
      status: 'late_and_early',
      codes: ['TL2', 'PSW4'],
      deduction_pct: '3',
    });
    expect(byDate(body).get('2026-12-04')).not.toHaveProperty('pending');
    expect(body).toMatchObject({ absentDays: 2, deductionPct: '9' });
  });

  it('the live TPP result and the team board use the same reading', async () => {
    h.setNow(wita('2026-12-04', '10:00'));
    const res = await h.request({
      method: 'GET',
      url: `/api/tpp/results/2026-12/${w.staff.id}`,
      as: as.staff,
    });
    expect(res.json()).toMatchObject({ closed: false, absentDays: 2, deductionPct: '6' });
    const board = await h.request({
      method: 'GET',
      url: '/api/attendance/team-today',
      as: as.head,
    });
    const members = new Map(
      board.json().members.map((m: { employeeId: string }) => [m.employeeId, m]),
    );
    expect(members.get(w.staff.id)).toMatchObject({ status: 'late', checkIn: '08:10' });
    expect(members.get(w.staff2.id)).toMatchObject({ status: 'not_yet', checkIn: null });
  });
});
