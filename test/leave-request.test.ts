import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { holidays, rosters } from '../src/db/tables';
import { AppError } from '../src/http/errors';
import type { LeaveKind } from '../src/modules/leave/leave.schema';
import { cancelLeave, decideLeave, requestLeave } from '../src/modules/leave/leave.service';
import {
  allowOffices,
  createHarness,
  type Harness,
  makeAccount,
  makeEmployee,
} from './support/harness';
import { actorOf, closeMonth, makeTeam, reopenMonth, type Team } from './support/performance-world';
import { testEngine } from './support/test-database';

const NOW = new Date('2026-11-02T00:00:00Z'); // Monday 08:00 WITA

/** The thrown refusal's code (and validated field), for one-line expectations. */
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

describe(`leave requests (${testEngine})`, () => {
  let h: Harness;
  let team: Team;

  /** A fresh employee of Dinas Alfa (with the office), as an actor. */
  async function person(o: Parameters<typeof makeEmployee>[2] = {}) {
    const e = await makeEmployee(h.db, team.alfa.id, {
      positionId: team.positions.staffPos.id,
      ...o,
    });
    await allowOffices(h.db, e.id, [team.offices.officeA.id]);
    const account = await makeAccount(h.db, { username: e.nip, employeeId: e.id });
    return actorOf(e, account);
  }
  const ask = (
    actor: Awaited<ReturnType<typeof person>>,
    kind: LeaveKind,
    from: string,
    to: string,
  ) => requestLeave(h.db, actor, { kind, from, to }, NOW);

  beforeAll(async () => {
    h = await createHarness();
    team = await makeTeam(h);
  });
  beforeEach(() => h.setNow(NOW));
  afterAll(() => h.close());

  // Mon 9 – Fri 13 November 2026: five working days; annual leave is bounded by the balance
  // (12 − 8 cuti bersama = 4 in 2026), so it asks for three.
  it.each([
    ['annual', '2026-11-09', '2026-11-11', 3],
    ['long_service', '2026-11-09', '2026-11-13', 5],
    ['sick', '2026-11-09', '2026-11-13', 5],
    ['maternity', '2026-11-09', '2026-11-13', 5],
    ['important_reason', '2026-11-09', '2026-11-13', 5],
    ['unpaid', '2026-11-09', '2026-11-13', 5],
    ['study', '2026-11-09', '2026-11-13', 5],
    ['duty', '2026-11-09', '2026-11-13', 5],
    ['permission', '2026-11-09', '2026-11-09', 1],
  ] as const)('accepts %s leave with its working days', async (kind, from, to, days) => {
    const actor = await person({ gender: 'P' }); // maternity leave is for women
    const leave = await ask(actor, kind, from, to);
    expect(leave).toMatchObject({ kind, from, to, workingDays: days, status: 'pending' });
    expect(leave.needsDoctorLetter).toBe(kind === 'sick');
  });

  it('does not count weekends, national holidays and cuti bersama inside the period', async () => {
    // Mon 21 – Mon 28 Dec: 24 cuti bersama, 25 Christmas, 26–27 weekend.
    const leave = await ask(await person(), 'duty', '2026-12-21', '2026-12-28');
    expect(leave.workingDays).toBe(4);
  });

  it('does not count a local holiday', async () => {
    await h.db.insert(holidays).values({ date: '2026-11-20', name: 'Hari jadi', kind: 'local' });
    const leave = await ask(await person(), 'sick', '2026-11-16', '2026-11-20');
    expect(leave.workingDays).toBe(4);
    await h.db.delete(holidays).where(eq(holidays.date, '2026-11-20'));
  });

  it('counts a shift worker’s rostered days only', async () => {
    const actor = await person({ schedule: 'shift' });
    await h.db.insert(rosters).values([
      { employeeId: actor.employeeId!, date: '2026-11-08', start: '22:00', end: '06:00' },
      { employeeId: actor.employeeId!, date: '2026-11-11', start: '07:00', end: '15:00' },
    ]);
    const leave = await ask(actor, 'annual', '2026-11-07', '2026-11-13');
    expect(leave.workingDays).toBe(2);
    expect(await refusal(ask(actor, 'annual', '2026-11-14', '2026-11-20'))).toBe('no_working_days');
  });

  it('refuses maternity leave for a male employee, naming the kind', async () => {
    const man = await person({ gender: 'L' });
    const err = await ask(man, 'maternity', '2026-11-09', '2026-11-13').catch((e) => e);
    expect(err).toBeInstanceOf(AppError);
    expect(err.code).toBe('validation_failed');
    expect(err.details.fields[0].field).toBe('kind');
    expect(err.details.fields[0].reason).toMatch(/perempuan/);
    expect(
      (await ask(await person({ gender: 'P' }), 'maternity', '2026-11-09', '2026-11-13')).kind,
    ).toBe('maternity');
  });

  it('takes annual leave for this year or the next only; sick leave may come after the fact', async () => {
    const actor = await person();
    const december = new Date('2026-12-01T00:00:00Z');
    const past = requestLeave(
      h.db,
      actor,
      { kind: 'annual', from: '2025-06-02', to: '2025-06-03' },
      december,
    );
    expect(await refusal(past)).toBe('validation_failed:from');
    const far = requestLeave(
      h.db,
      actor,
      { kind: 'annual', from: '2028-01-03', to: '2028-01-04' },
      december,
    );
    expect(await refusal(far)).toBe('validation_failed:from');
    const next = requestLeave(
      h.db,
      actor,
      { kind: 'annual', from: '2027-01-04', to: '2027-01-05' },
      december,
    );
    expect((await next).workingDays).toBe(2);
    // 1 Jan 2027 00:30 WITA: the employee's year is already 2027, so 2026 is closed to annual leave.
    const newYear = new Date('2026-12-31T16:30:00Z');
    const late = requestLeave(
      h.db,
      actor,
      { kind: 'annual', from: '2026-12-28', to: '2026-12-29' },
      newYear,
    );
    expect(await refusal(late)).toBe('validation_failed:from');
    const sick = requestLeave(
      h.db,
      actor,
      { kind: 'sick', from: '2026-11-23', to: '2026-11-23' },
      december,
    );
    expect((await sick).workingDays).toBe(1);
  });

  it('refuses a period without working days', async () => {
    const actor = await person();
    expect(await refusal(ask(actor, 'annual', '2026-11-07', '2026-11-08'))).toBe('no_working_days');
    // Thu 24 cuti bersama, Fri 25 Christmas, then the weekend.
    expect(await refusal(ask(actor, 'duty', '2026-12-24', '2026-12-27'))).toBe('no_working_days');
  });

  it('refuses an end before the start, naming the field', async () => {
    expect(await refusal(ask(await person(), 'sick', '2026-11-10', '2026-11-09'))).toBe(
      'validation_failed:to',
    );
  });

  it('refuses overlap with a pending or approved request, of any kind', async () => {
    const actor = await person();
    const first = await ask(actor, 'duty', '2026-11-09', '2026-11-13');
    expect(await refusal(ask(actor, 'sick', '2026-11-13', '2026-11-16'))).toBe('leave_overlap');
    expect(await refusal(ask(actor, 'permission', '2026-11-09', '2026-11-09'))).toBe(
      'leave_overlap',
    );
    await cancelLeave(h.db, actor, first.id, NOW);
    expect((await ask(actor, 'sick', '2026-11-13', '2026-11-16')).workingDays).toBe(2);
  });

  it('refused requests free their days', async () => {
    const actor = await person();
    const first = await ask(actor, 'duty', '2026-11-23', '2026-11-24');
    await decideLeave(h.db, team.actors.kabid, { leaveId: first.id, decision: 'refuse' }, NOW);
    expect((await ask(actor, 'duty', '2026-11-24', '2026-11-25')).workingDays).toBe(2);
  });

  it('bounds annual leave by 12 + carry-over − cuti bersama − days already asked', async () => {
    // 12 + 2 − 8 cuti bersama = 6 days in 2026.
    const actor = await person({ annualLeaveCarry: 2 });
    await ask(actor, 'annual', '2026-11-02', '2026-11-05'); // 4, pending
    expect(await refusal(ask(actor, 'annual', '2026-11-09', '2026-11-11'))).toBe(
      'insufficient_balance',
    );
    // Exactly the remaining two days pass; other kinds do not use the balance.
    expect((await ask(actor, 'annual', '2026-11-09', '2026-11-10')).workingDays).toBe(2);
    expect(await refusal(ask(actor, 'annual', '2026-11-16', '2026-11-16'))).toBe(
      'insufficient_balance',
    );
    expect((await ask(actor, 'important_reason', '2026-11-16', '2026-11-16')).status).toBe(
      'pending',
    );
  });

  it('without carry-over, 2026 leaves four days of annual leave', async () => {
    const actor = await person();
    expect(await refusal(ask(actor, 'annual', '2026-11-02', '2026-11-06'))).toBe(
      'insufficient_balance',
    );
    expect((await ask(actor, 'annual', '2026-11-02', '2026-11-05')).workingDays).toBe(4);
  });

  it('applies the main limits of each kind', async () => {
    const actor = await person({ gender: 'P' });
    expect(await refusal(ask(actor, 'important_reason', '2026-11-02', '2026-12-02'))).toBe(
      'validation_failed:to',
    );
    expect(await refusal(ask(actor, 'maternity', '2026-11-02', '2027-02-02'))).toBe(
      'validation_failed:to',
    );
    expect((await ask(actor, 'maternity', '2026-11-02', '2027-02-01')).status).toBe('pending');
    // Cuti besar only after five years of service (NIP: service from 2024-01).
    const junior = await person({ nip: '199501012024011001' });
    expect(await refusal(ask(junior, 'long_service', '2026-12-01', '2026-12-02'))).toBe(
      'validation_failed:kind',
    );
    // Sick leave beyond a day with an explicit "no doctor's letter".
    const sick = requestLeave(
      h.db,
      junior,
      { kind: 'sick', from: '2026-12-01', to: '2026-12-02', hasDoctorLetter: false },
      NOW,
    );
    expect(await refusal(sick)).toBe('validation_failed:hasDoctorLetter');
  });

  it('refuses leave touching a closed month', async () => {
    await closeMonth(h, '2026-10');
    const actor = await person();
    expect(await refusal(ask(actor, 'sick', '2026-10-30', '2026-11-02'))).toBe('month_closed');
    await reopenMonth(h, '2026-10');
    expect((await ask(actor, 'sick', '2026-10-30', '2026-11-02')).workingDays).toBe(2);
  });

  it('is the employee’s own act: an admin account cannot ask', async () => {
    const admin = { ...team.actors.staff, employeeId: null, roles: ['admin_bkpsdm' as const] };
    const asked = requestLeave(
      h.db,
      admin,
      { kind: 'sick', from: '2026-11-02', to: '2026-11-02' },
      NOW,
    );
    expect(await refusal(asked)).toBe('forbidden');
  });

  describe('over HTTP', () => {
    it('asks, lists, shows the balance and cancels', async () => {
      const staff = await team.as('staff2');
      const created = await h.request({
        method: 'POST',
        url: '/api/leave',
        as: staff,
        payload: {
          kind: 'annual',
          from: '2026-11-09',
          to: '2026-11-10',
          reason: 'Urusan keluarga',
        },
      });
      expect(created.statusCode).toBe(201);
      const leave = created.json();
      expect(leave).toMatchObject({ workingDays: 2, status: 'pending', reason: 'Urusan keluarga' });

      const mine = await h.request({ method: 'GET', url: '/api/leave/mine?year=2026', as: staff });
      expect(mine.json().items.map((l: { id: string }) => l.id)).toContain(leave.id);

      const balance = await h.request({ method: 'GET', url: '/api/leave/balance', as: staff });
      expect(balance.json()).toEqual({
        year: 2026,
        entitlement: 12,
        carryOver: 0,
        cutiBersama: 8,
        approved: 0,
        pending: 2,
        remaining: 2,
      });

      const cancelled = await h.request({
        method: 'POST',
        url: `/api/leave/${leave.id}/cancel`,
        as: staff,
      });
      expect(cancelled.json().status).toBe('cancelled');
      const again = await h.request({
        method: 'POST',
        url: `/api/leave/${leave.id}/cancel`,
        as: staff,
      });
      expect(again.statusCode).toBe(409);
      expect(again.json().error.code).toBe('not_pending');
    });

    it('validates the body and names the field', async () => {
      const staff = await team.as('staff2');
      const bad = await h.request({
        method: 'POST',
        url: '/api/leave',
        as: staff,
        payload: { kind: 'holiday', from: '2026-11-09', to: '2026-11-10' },
      });
      expect(bad.statusCode).toBe(400);
      expect(bad.json().error.details.fields[0].field).toBe('kind');
      const reversed = await h.request({
        method: 'POST',
        url: '/api/leave',
        as: staff,
        payload: { kind: 'sick', from: '2026-11-10', to: '2026-11-09' },
      });
      expect(reversed.statusCode).toBe(400);
      expect(reversed.json().error.details.fields[0].field).toBe('to');
      const missing = await h.request({
        method: 'POST',
        url: '/api/leave',
        as: staff,
        payload: { kind: 'sick', to: '2026-11-09', reason: 'x'.repeat(501) },
      });
      expect(missing.statusCode).toBe(400);
      const fields = missing.json().error.details.fields as Array<{
        field: string;
        reason: string;
      }>;
      expect(fields.map((f) => f.field)).toEqual(['from', 'reason']);
      for (const f of fields) expect(f.reason).not.toMatch(/Invalid|Too big|expected/);
    });

    it('refuses someone else’s cancellation and accounts without an employee', async () => {
      const mine = await ask(team.actors.staff, 'duty', '2026-12-01', '2026-12-01');
      const other = await h.request({
        method: 'POST',
        url: `/api/leave/${mine.id}/cancel`,
        as: await team.as('staff2'),
      });
      expect(other.statusCode).toBe(403);
      const admin = await h.request({
        method: 'POST',
        url: '/api/leave',
        as: await team.as('bkpsdm'),
        payload: { kind: 'sick', from: '2026-11-09', to: '2026-11-09' },
      });
      expect(admin.statusCode).toBe(403);
      const anonymous = await h.request({ method: 'GET', url: '/api/leave/mine' });
      expect(anonymous.statusCode).toBe(401);
    });
  });
});
