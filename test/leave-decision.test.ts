import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { auditLog } from '../src/db/tables';
import { AppError } from '../src/http/errors';
import type { Actor } from '../src/modules/auth/actor';
import type { LeaveKind } from '../src/modules/leave/leave.schema';
import { decideLeave, findLeaveId, requestLeave } from '../src/modules/leave/leave.service';
import { createHarness, type Harness, makeEmployee, makePosition } from './support/harness';
import { closeMonth, makeTeam, reopenMonth, type Team } from './support/performance-world';
import { testEngine } from './support/test-database';

const NOW = new Date('2026-11-02T00:00:00Z');

async function refusal(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (err) {
    if (!(err instanceof AppError)) throw err;
    return err.code;
  }
  throw new Error('expected a refusal');
}

describe(`leave decisions (${testEngine})`, () => {
  let h: Harness;
  let team: Team;

  const ask = (actor: Actor, from: string, to = from, kind: LeaveKind = 'duty') =>
    requestLeave(h.db, actor, { kind, from, to }, NOW);
  const decide = (actor: Actor, leaveId: string, decision: 'approve' | 'refuse' = 'approve') =>
    decideLeave(h.db, actor, { leaveId, decision }, NOW);

  beforeAll(async () => {
    h = await createHarness();
    team = await makeTeam(h);
  });
  beforeEach(() => h.setNow(NOW));
  afterAll(() => h.close());

  it('the direct supervisor approves, once', async () => {
    const { staff, kabid } = team.actors;
    const leave = await ask(staff, '2026-11-09', '2026-11-10');
    const approved = await decideLeave(
      h.db,
      kabid,
      { leaveId: leave.id, decision: 'approve', note: 'Silakan' },
      NOW,
    );
    expect(approved).toMatchObject({
      status: 'approved',
      decidedBy: team.people.kabid.id,
      decisionNote: 'Silakan',
      decidedAt: NOW.toISOString(),
    });
    expect(await refusal(decide(kabid, leave.id, 'refuse'))).toBe('not_pending');
    const audit = await h.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'leave.approve'), eq(auditLog.entityId, leave.id)));
    expect(audit).toHaveLength(1);
  });

  it('the Plt of a vacant parent position decides, and the holder above does not', async () => {
    const leave = await ask(team.actors.kasiStaff, '2026-11-11');
    expect(await refusal(decide(team.actors.kabid, leave.id))).toBe('not_supervisor');
    expect((await decide(team.actors.plt, leave.id, 'refuse')).status).toBe('refused');
  });

  it('a vacant parent without a Plt passes the decision to the next holder up', async () => {
    const vacant = await makePosition(h.db, team.alfa.id, {
      type: 'pengawas',
      parentId: team.positions.kabidPos.id,
    });
    const below = await makeEmployee(h.db, team.alfa.id, {
      positionId: (await makePosition(h.db, team.alfa.id, { parentId: vacant.id })).id,
    });
    const actor = { ...team.actors.staff, employeeId: below.id };
    const leave = await ask(actor, '2026-11-12');
    expect((await decide(team.actors.kabid, leave.id)).status).toBe('approved');
  });

  it('refuses anyone else, and oneself', async () => {
    const { staff, staff2, head, otherHead, kabid } = team.actors;
    const leave = await ask(staff, '2026-11-16');
    expect(await refusal(decide(head, leave.id))).toBe('not_supervisor');
    expect(await refusal(decide(staff2, leave.id))).toBe('not_supervisor');
    expect(await refusal(decide(otherHead, leave.id))).toBe('not_supervisor');
    expect(await refusal(decide(staff, leave.id))).toBe('self_verification');
    const admin: Actor = { ...kabid, employeeId: null, roles: ['admin_bkpsdm'] };
    expect(await refusal(decide(admin, leave.id))).toBe('not_supervisor');
    const own = await ask(kabid, '2026-11-16');
    expect(await refusal(decide(kabid, own.id))).toBe('self_verification');
    expect((await decide(head, own.id)).status).toBe('approved');
  });

  it('refuses a decision on a closed month', async () => {
    const leave = await ask(team.actors.staff2, '2026-11-30', '2026-12-01');
    await closeMonth(h, '2026-11');
    expect(await refusal(decide(team.actors.kabid, leave.id))).toBe('month_closed');
    await reopenMonth(h, '2026-11');
    expect((await decide(team.actors.kabid, leave.id)).status).toBe('approved');
  });

  it('finds the newest pending-or-approved request starting on a date', async () => {
    const { kasiStaff, plt } = team.actors;
    const first = await ask(kasiStaff, '2026-11-18');
    await decide(plt, first.id, 'refuse');
    expect(await findLeaveId(h.db, kasiStaff.employeeId!, '2026-11-18')).toBeNull();
    const second = await ask(kasiStaff, '2026-11-18', '2026-11-19');
    expect(await findLeaveId(h.db, kasiStaff.employeeId!, '2026-11-18')).toBe(second.id);
    expect(await findLeaveId(h.db, kasiStaff.employeeId!, '2026-11-19')).toBeNull();
  });

  it('an unknown request is not_found', async () => {
    const missing = '00000000-0000-4000-8000-000000000000';
    expect(await refusal(decide(team.actors.kabid, missing))).toBe('not_found');
  });

  it('approves sick leave beyond a day only with the doctor’s letter confirmed', async () => {
    const { staff2, kabid } = team.actors;
    const sick = await ask(staff2, '2026-11-16', '2026-11-17', 'sick');
    expect(sick.needsDoctorLetter).toBe(true);
    const err = await decide(kabid, sick.id).catch((e) => e);
    expect(err).toBeInstanceOf(AppError);
    expect(err.code).toBe('validation_failed');
    expect(err.details.fields[0].field).toBe('hasDoctorLetter');
    expect(err.details.fields[0].reason).toMatch(/surat keterangan dokter/);
    const noLetter = decideLeave(
      h.db,
      kabid,
      { leaveId: sick.id, decision: 'approve', hasDoctorLetter: false },
      NOW,
    );
    expect(await refusal(noLetter)).toBe('validation_failed');
    // Refusing needs no letter; a one-day sick leave needs none either.
    const oneDay = await ask(staff2, '2026-11-18', '2026-11-18', 'sick');
    expect((await decide(kabid, oneDay.id)).status).toBe('approved');
    const approved = await decideLeave(
      h.db,
      kabid,
      { leaveId: sick.id, decision: 'approve', hasDoctorLetter: true },
      NOW,
    );
    expect(approved.status).toBe('approved');
    const other = await ask(staff2, '2026-11-19', '2026-11-20', 'sick');
    expect((await decide(kabid, other.id, 'refuse')).status).toBe('refused');
  });

  describe('over HTTP', () => {
    it('lists pending requests of direct subordinates only, and decides', async () => {
      const leave = await ask(team.actors.staff, '2026-11-25');
      const other = await ask(team.actors.otherStaff, '2026-11-25');
      const kabid = await team.as('kabid');
      const pending = await h.request({ method: 'GET', url: '/api/leave/pending', as: kabid });
      expect(pending.statusCode).toBe(200);
      const ids = pending.json().items.map((l: { id: string }) => l.id);
      expect(ids).toContain(leave.id);
      expect(ids).not.toContain(other.id);
      const row = pending.json().items.find((l: { id: string }) => l.id === leave.id);
      expect(row.employee).toEqual({
        id: team.people.staff.id,
        nip: team.people.staff.nip,
        name: team.people.staff.name,
      });

      const outsider = await h.request({
        method: 'POST',
        url: `/api/leave/${leave.id}/decision`,
        as: await team.as('otherHead'),
        payload: { decision: 'approve' },
      });
      expect(outsider.statusCode).toBe(403);
      expect(outsider.json().error.code).toBe('not_supervisor');

      const ok = await h.request({
        method: 'POST',
        url: `/api/leave/${leave.id}/decision`,
        as: kabid,
        payload: { decision: 'approve', note: 'OK' },
      });
      expect(ok.statusCode).toBe(200);
      expect(ok.json().status).toBe('approved');
      const after = await h.request({ method: 'GET', url: '/api/leave/pending', as: kabid });
      expect(after.json().items.map((l: { id: string }) => l.id)).not.toContain(leave.id);
    });

    it('refuses admins without a position and unknown fields', async () => {
      const leave = await ask(team.actors.staff2, '2026-11-26');
      const admin = await h.request({
        method: 'POST',
        url: `/api/leave/${leave.id}/decision`,
        as: await team.as('bkpsdm'),
        payload: { decision: 'approve' },
      });
      expect(admin.statusCode).toBe(403);
      const typo = await h.request({
        method: 'POST',
        url: `/api/leave/${leave.id}/decision`,
        as: await team.as('kabid'),
        payload: { decision: 'approve', notes: 'x' },
      });
      expect(typo.statusCode).toBe(400);
      expect(typo.json().error.details.fields[0].field).toBe('notes');
    });

    it('takes the doctor’s letter confirmation in the body', async () => {
      const sick = await ask(team.actors.staff, '2026-11-23', '2026-11-24', 'sick');
      const kabid = await team.as('kabid');
      const url = `/api/leave/${sick.id}/decision`;
      const without = await h.request({
        method: 'POST',
        url,
        as: kabid,
        payload: { decision: 'approve' },
      });
      expect(without.statusCode).toBe(400);
      expect(without.json().error.code).toBe('validation_failed');
      expect(without.json().error.details.fields[0].field).toBe('hasDoctorLetter');
      const wrong = await h.request({
        method: 'POST',
        url,
        as: kabid,
        payload: { decision: 'approve', hasDoctorLetter: 'ya' },
      });
      expect(wrong.statusCode).toBe(400);
      expect(wrong.json().error.details.fields[0].field).toBe('hasDoctorLetter');
      const ok = await h.request({
        method: 'POST',
        url,
        as: kabid,
        payload: { decision: 'approve', hasDoctorLetter: true },
      });
      expect(ok.statusCode).toBe(200);
      expect(ok.json().status).toBe('approved');
    });
  });
});
