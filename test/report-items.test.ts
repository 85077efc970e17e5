import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { rosters } from '../src/db/tables';
import { AppError } from '../src/http/errors';
import type { Actor } from '../src/modules/auth/actor';
import {
  createReportItem,
  deleteReportItem,
  type ReportItemInput,
  updateReportItem,
  verifyReportItem,
} from '../src/modules/performance/report.service';
import {
  allowOffices,
  createHarness,
  type Harness,
  makeAccount,
  makeActivity,
  makeEmployee,
  makeOffice,
} from './support/harness';
import {
  actorOf,
  closeMonth,
  makeTeam,
  reopenMonth,
  type Team,
  wita,
} from './support/performance-world';
import { testEngine } from './support/test-database';

const NOW = new Date(wita('2026-11-02 15:00'));

async function refusal(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (err) {
    if (!(err instanceof AppError)) throw err;
    const fields = (err.details as { fields?: Array<{ field: string }> } | undefined)?.fields;
    return fields ? `${err.code}:${fields[0].field}` : err.code;
  }
  throw new Error('expected a refusal');
}

describe(`report items (${testEngine})`, () => {
  let h: Harness;
  let team: Team;
  let laporan: Awaited<ReturnType<typeof makeActivity>>;

  const create = (actor: Actor, input: ReportItemInput & { submit?: boolean }, at = NOW) =>
    createReportItem(h.db, actor, input, at);
  const task = (date: string, start: string, end: string) => ({
    date,
    task: 'Rapat koordinasi',
    start,
    end,
    output: 'Notulen',
  });

  beforeAll(async () => {
    h = await createHarness();
    team = await makeTeam(h);
    laporan = await makeActivity(h.db, { code: 'susun-laporan', minutes: 45, unit: 'laporan' });
  });
  beforeEach(() => h.setNow(NOW));
  afterAll(() => h.close());

  it('a duty counts quantity × standard minutes, by id or by code', async () => {
    const byId = await create(team.actors.staff, {
      date: '2026-11-02',
      activityId: laporan.id,
      quantity: 3,
      output: 'Laporan rekap',
    });
    expect(byId).toMatchObject({
      kind: 'duty',
      minutes: 135,
      status: 'submitted',
      activity: { code: 'susun-laporan', unit: 'laporan' },
      submittedAt: NOW.toISOString(),
    });
    const byCode = await create(team.actors.staff, {
      date: '2026-11-02',
      activityCode: 'susun-laporan',
      quantity: 1,
      output: 'Laporan',
    });
    expect(byCode.minutes).toBe(45);
  });

  it('a task counts end − start', async () => {
    const item = await create(team.actors.staff, task('2026-11-02', '08:00', '10:30'));
    expect(item).toMatchObject({ kind: 'task', minutes: 150, start: '08:00', end: '10:30' });
  });

  it('refuses overlapping tasks on a day; touching ends are fine', async () => {
    const { staff2 } = team.actors;
    await create(staff2, task('2026-11-02', '09:00', '11:00'));
    expect(await refusal(create(staff2, task('2026-11-02', '10:00', '12:00')))).toBe(
      'overlapping_item',
    );
    expect(await refusal(create(staff2, task('2026-11-02', '08:00', '09:01')))).toBe(
      'overlapping_item',
    );
    expect((await create(staff2, task('2026-11-02', '11:00', '12:00'))).minutes).toBe(60);
    expect((await create(staff2, task('2026-11-02', '08:00', '09:00'))).minutes).toBe(60);
    // Another day, or a duty (no time), never overlaps.
    await create(staff2, task('2026-11-03', '09:00', '11:00'), new Date(wita('2026-11-03 15:00')));
    await create(staff2, { date: '2026-11-02', activityId: laporan.id, quantity: 1, output: 'x' });
  });

  const worker = async (schedule: string) => {
    const e = await makeEmployee(h.db, team.alfa.id, { schedule });
    await allowOffices(h.db, e.id, [team.offices.officeA.id]);
    return actorOf(e, await makeAccount(h.db, { employeeId: e.id }));
  };

  it('refuses an end before the start unless a shift worker’s night runs past midnight', async () => {
    const staff = await worker('standard');
    await create(staff, task('2026-11-02', '09:00', '10:30'));
    const err = await create(staff, task('2026-11-02', '11:00', '10:00')).catch((e) => e);
    expect(err).toBeInstanceOf(AppError);
    expect(err.code).toBe('validation_failed');
    expect(err.details.fields[0]).toMatchObject({ field: 'end' });
    expect(err.details.fields[0].reason).toMatch(/jam selesai harus setelah jam mulai/);
    // A rostered night shift crossing midnight allows it that day only, even on a weekly schedule.
    await h.db.insert(rosters).values({
      employeeId: staff.employeeId!,
      date: '2026-11-02',
      start: '22:00',
      end: '06:00',
    });
    expect((await create(staff, task('2026-11-02', '22:00', '05:00'))).minutes).toBe(420);
    const at3 = new Date(wita('2026-11-03 15:00'));
    expect(await refusal(create(staff, task('2026-11-03', '23:00', '01:00'), at3))).toBe(
      'validation_failed:end',
    );
  });

  it('checks a shift worker’s night task against the next day’s items, both ways', async () => {
    const nurse = await worker('shift');
    const night = await create(nurse, task('2026-11-02', '22:00', '06:00'));
    expect(night.minutes).toBe(480);
    const at3 = new Date(wita('2026-11-03 15:00'));
    expect(await refusal(create(nurse, task('2026-11-03', '05:00', '07:00'), at3))).toBe(
      'overlapping_item',
    );
    expect((await create(nurse, task('2026-11-03', '06:00', '07:00'), at3)).minutes).toBe(60);
    // Same date, before the night starts: no clash.
    expect((await create(nurse, task('2026-11-02', '05:00', '07:00'))).minutes).toBe(120);
    // The night of the 1st (to 04:30) reaches into the 2nd's early morning.
    await create(nurse, task('2026-11-01', '23:00', '04:30'));
    expect(await refusal(create(nurse, task('2026-11-02', '04:00', '05:00')))).toBe(
      'overlapping_item',
    );
  });

  it('drafts hold their time too; a rejected item frees it', async () => {
    const { kasiStaff, plt } = team.actors;
    const draft = await create(kasiStaff, {
      ...task('2026-11-02', '13:00', '14:00'),
      submit: false,
    });
    expect(draft.status).toBe('draft');
    expect(await refusal(create(kasiStaff, task('2026-11-02', '13:30', '14:30')))).toBe(
      'overlapping_item',
    );
    const item = await create(kasiStaff, task('2026-11-02', '09:00', '11:00'));
    await verifyReportItem(
      h.db,
      plt,
      { itemId: item.id, decision: 'reject', reason: 'Bukan tugas jabatan' },
      NOW,
    );
    expect((await create(kasiStaff, task('2026-11-02', '09:30', '10:30'))).status).toBe(
      'submitted',
    );
  });

  it('a returned item is corrected and submitted again', async () => {
    const { staff, kabid } = team.actors;
    const item = await create(
      staff,
      task('2026-11-03', '13:00', '15:00'),
      new Date(wita('2026-11-03 16:00')),
    );
    const returned = await verifyReportItem(
      h.db,
      kabid,
      { itemId: item.id, decision: 'revise', reason: 'Lengkapi notulen' },
      NOW,
    );
    expect(returned).toMatchObject({ status: 'returned', reason: 'Lengkapi notulen' });
    // Returned after the entry deadline: the correction is still accepted.
    const later = new Date(wita('2026-11-10 09:00'));
    const fixed = await updateReportItem(
      h.db,
      staff,
      item.id,
      { ...task('2026-11-03', '13:00', '14:30'), output: 'Notulen lengkap' },
      later,
    );
    expect(fixed).toMatchObject({
      status: 'submitted',
      minutes: 90,
      output: 'Notulen lengkap',
      reason: null,
      submittedAt: later.toISOString(),
    });
    // Not while it waits: editing a submitted item is refused.
    expect(await refusal(updateReportItem(h.db, staff, item.id, { output: 'x' }, later))).toBe(
      'conflict',
    );
    const approved = await verifyReportItem(
      h.db,
      kabid,
      { itemId: item.id, decision: 'approve' },
      later,
    );
    expect(approved.status).toBe('approved');
    expect(await refusal(updateReportItem(h.db, staff, item.id, { output: 'x' }, later))).toBe(
      'conflict',
    );
  });

  it('drafts are edited, switched between kinds, submitted and deleted', async () => {
    const { staff } = team.actors;
    const draft = await create(staff, { ...task('2026-11-02', '16:00', '16:30'), submit: false });
    const asDuty = await updateReportItem(
      h.db,
      staff,
      draft.id,
      { activityId: laporan.id, quantity: 2, submit: false },
      NOW,
    );
    expect(asDuty).toMatchObject({ kind: 'duty', minutes: 90, start: null, status: 'draft' });
    const submitted = await updateReportItem(h.db, staff, draft.id, {}, NOW);
    expect(submitted.status).toBe('submitted');
    expect(await refusal(deleteReportItem(h.db, staff, draft.id, NOW))).toBe('conflict');
    const other = await create(staff, { ...task('2026-11-02', '17:00', '17:30'), submit: false });
    expect(await refusal(deleteReportItem(h.db, team.actors.staff2, other.id, NOW))).toBe(
      'forbidden',
    );
    await deleteReportItem(h.db, staff, other.id, NOW);
    expect(await refusal(deleteReportItem(h.db, staff, other.id, NOW))).toBe('not_found');
  });

  it('refuses entries after the end of date + 3 days in the office zone', async () => {
    const { staff } = team.actors;
    const item = { date: '2026-11-02', activityId: laporan.id, quantity: 1, output: 'Rekap' };
    expect((await create(staff, item, new Date(wita('2026-11-05 23:59')))).status).toBe(
      'submitted',
    );
    expect(await refusal(create(staff, item, new Date(wita('2026-11-06 00:00'))))).toBe(
      'after_deadline',
    );
    // A draft entered in time cannot be submitted late either.
    const draft = await create(
      staff,
      { ...item, submit: false },
      new Date(wita('2026-11-05 09:00')),
    );
    expect(
      await refusal(
        updateReportItem(h.db, staff, draft.id, {}, new Date(wita('2026-11-06 08:00'))),
      ),
    ).toBe('after_deadline');
  });

  it('reads the deadline in the zone of the employee’s first office (WIB is an hour later)', async () => {
    const jakarta = await makeOffice(h.db, { timezone: 'Asia/Jakarta' });
    const e = await makeEmployee(h.db, team.alfa.id, { positionId: team.positions.staffPos.id });
    await allowOffices(h.db, e.id, [jakarta.id, team.offices.officeA.id]);
    const actor = actorOf(e, await makeAccount(h.db, { username: e.nip, employeeId: e.id }));
    // 00:30 WITA on the 6th is 23:30 WIB on the 5th: still in time for a WIB employee.
    const at = new Date(wita('2026-11-06 00:30'));
    const item = { date: '2026-11-02', activityId: laporan.id, quantity: 1, output: 'Rekap' };
    expect((await create(actor, item, at)).status).toBe('submitted');
    expect(await refusal(create(team.actors.staff2, item, at))).toBe('after_deadline');
  });

  it('validates the item and names the field', async () => {
    const { staff } = team.actors;
    const base = { date: '2026-11-02', output: 'x' };
    expect(await refusal(create(staff, base))).toBe('validation_failed:activityId');
    expect(await refusal(create(staff, { ...base, activityId: laporan.id }))).toBe(
      'validation_failed:quantity',
    );
    expect(
      await refusal(create(staff, { ...base, activityId: laporan.id, quantity: 1, task: 'x' })),
    ).toBe('validation_failed:task');
    expect(await refusal(create(staff, { ...base, task: 'Rapat', start: '09:00' }))).toBe(
      'validation_failed:end',
    );
    expect(await refusal(create(staff, { ...task('2026-11-02', '09:00', '09:00') }))).toBe(
      'validation_failed:end',
    );
    expect(await refusal(create(staff, { ...task('2026-11-02', '9:00', '10:00') }))).toBe(
      'validation_failed:start',
    );
    expect(await refusal(create(staff, { ...task('2026-11-03', '09:00', '10:00') }))).toBe(
      'validation_failed:date',
    );
    expect(await refusal(create(staff, { ...base, activityId: laporan.id, quantity: 40 }))).toBe(
      'validation_failed:quantity',
    );
  });

  it('takes duties from the catalogue of the employee’s position only', async () => {
    const jpt = await makeActivity(h.db, { positionType: 'jpt', minutes: 30 });
    const analyst = await makeActivity(h.db, {
      positionType: 'pelaksana',
      positionNamePrefix: 'Analis',
      minutes: 30,
    });
    const item = (activityId: string) => ({
      date: '2026-11-02',
      activityId,
      quantity: 1,
      output: 'x',
    });
    expect(await refusal(create(team.actors.staff, item(jpt.id)))).toBe(
      'validation_failed:activityId',
    );
    expect(await refusal(create(team.actors.staff, item(analyst.id)))).toBe(
      'validation_failed:activityId',
    );
    // plt holds "Analis Program" (pelaksana); head is the JPT.
    expect((await create(team.actors.plt, item(analyst.id))).minutes).toBe(30);
    expect((await create(team.actors.head, item(jpt.id))).minutes).toBe(30);
  });

  it('refuses entries and edits in a closed month', async () => {
    await closeMonth(h, '2026-10');
    const at = new Date(wita('2026-11-01 10:00'));
    const item = { date: '2026-10-30', activityId: laporan.id, quantity: 1, output: 'x' };
    expect(await refusal(create(team.actors.staff2, item, at))).toBe('month_closed');
    await reopenMonth(h, '2026-10');
    expect((await create(team.actors.staff2, item, at)).date).toBe('2026-10-30');
  });

  it('is the employee’s own act', async () => {
    const admin: Actor = { ...team.actors.staff, employeeId: null, roles: ['admin_bkpsdm'] };
    const item = { date: '2026-11-02', activityId: laporan.id, quantity: 1, output: 'x' };
    expect(await refusal(create(admin, item))).toBe('forbidden');
    const draft = await create(team.actors.staff, { ...item, submit: false });
    expect(
      await refusal(updateReportItem(h.db, team.actors.staff2, draft.id, { quantity: 2 }, NOW)),
    ).toBe('forbidden');
  });
});
