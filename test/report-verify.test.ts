import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '../src/http/errors';
import type { Actor } from '../src/modules/auth/actor';
import { decideLeave, requestLeave } from '../src/modules/leave/leave.service';
import { reviewQueue } from '../src/modules/performance/queue.service';
import {
  bulkApprove,
  createReportItem,
  verifyReportItem,
} from '../src/modules/performance/report.service';
import { createHarness, type Harness, makeActivity } from './support/harness';
import {
  closeMonth,
  makeTeam,
  recordCheckIn,
  reopenMonth,
  type Team,
  wita,
} from './support/performance-world';
import { testEngine } from './support/test-database';

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

describe(`report verification (${testEngine})`, () => {
  let h: Harness;
  let team: Team;
  let activityId: string;

  /** A submitted duty of `minutes` (one unit of a fresh activity) entered the same day. */
  async function item(actor: Actor, date: string, quantity = 1) {
    return createReportItem(
      h.db,
      actor,
      { date, activityId, quantity, output: 'Rekap data' },
      new Date(wita(`${date} 15:00`)),
    );
  }
  const verify = (
    actor: Actor,
    itemId: string,
    decision: 'approve' | 'reject' | 'revise',
    at: string,
    reason?: string,
  ) => verifyReportItem(h.db, actor, { itemId, decision, reason }, new Date(wita(at)));

  beforeAll(async () => {
    h = await createHarness();
    team = await makeTeam(h);
    activityId = (await makeActivity(h.db, { minutes: 60 })).id;
  });
  beforeEach(() => h.setNow(new Date(wita('2026-11-02 15:00'))));
  afterAll(() => h.close());

  it('the direct supervisor approves, rejects with a reason, or returns', async () => {
    const { staff, kabid } = team.actors;
    const a = await item(staff, '2026-11-02');
    const approved = await verify(kabid, a.id, 'approve', '2026-11-03 09:00');
    expect(approved).toMatchObject({ status: 'approved', verifiedBy: team.people.kabid.id });
    const b = await item(staff, '2026-11-02');
    expect(await refusal(verify(kabid, b.id, 'reject', '2026-11-03 09:00'))).toBe(
      'validation_failed:reason',
    );
    expect(await refusal(verify(kabid, b.id, 'reject', '2026-11-03 09:00', '  '))).toBe(
      'validation_failed:reason',
    );
    const rejected = await verify(kabid, b.id, 'reject', '2026-11-03 09:00', 'Duplikat');
    expect(rejected).toMatchObject({ status: 'rejected', reason: 'Duplikat' });
    const c = await item(staff, '2026-11-02');
    expect((await verify(kabid, c.id, 'revise', '2026-11-03 09:00')).status).toBe('returned');
  });

  it('refuses oneself, anyone but the direct supervisor, and items not waiting', async () => {
    const { staff, staff2, kabid, head, otherHead, plt, kasiStaff } = team.actors;
    const own = await item(kabid, '2026-11-03');
    expect(await refusal(verify(kabid, own.id, 'approve', '2026-11-04 09:00'))).toBe(
      'self_verification',
    );
    expect((await verify(head, own.id, 'approve', '2026-11-04 09:00')).status).toBe('approved');

    const x = await item(staff, '2026-11-03');
    for (const other of [head, staff2, otherHead, plt]) {
      expect(await refusal(verify(other, x.id, 'approve', '2026-11-04 09:00'))).toBe(
        'not_supervisor',
      );
    }
    const admin: Actor = { ...kabid, employeeId: null, roles: ['admin_bkpsdm'] };
    expect(await refusal(verify(admin, x.id, 'approve', '2026-11-04 09:00'))).toBe(
      'not_supervisor',
    );
    await verify(kabid, x.id, 'approve', '2026-11-04 09:00');
    expect(await refusal(verify(kabid, x.id, 'reject', '2026-11-04 09:00', 'x'))).toBe(
      'not_pending',
    );

    // The Plt of the vacant kasi position verifies kasiStaff; the kabid above does not.
    const y = await item(kasiStaff, '2026-11-03');
    expect(await refusal(verify(kabid, y.id, 'approve', '2026-11-04 09:00'))).toBe(
      'not_supervisor',
    );
    expect((await verify(plt, y.id, 'approve', '2026-11-04 09:00')).status).toBe('approved');

    const draft = await createReportItem(
      h.db,
      staff,
      { date: '2026-11-03', activityId, quantity: 1, output: 'x', submit: false },
      new Date(wita('2026-11-03 15:00')),
    );
    expect(await refusal(verify(kabid, draft.id, 'approve', '2026-11-04 09:00'))).toBe(
      'not_pending',
    );
  });

  it('verification closes at the end of the 5th of the next month, office time', async () => {
    const { staff, kabid } = team.actors;
    const a = await item(staff, '2026-11-30');
    const b = await item(staff, '2026-11-30');
    expect((await verify(kabid, a.id, 'approve', '2026-12-05 23:59')).status).toBe('approved');
    expect(await refusal(verify(kabid, b.id, 'approve', '2026-12-06 00:00'))).toBe(
      'after_deadline',
    );
  });

  it('refuses verification in a closed month', async () => {
    const { staff2, kabid } = team.actors;
    const a = await item(staff2, '2026-11-27');
    await closeMonth(h, '2026-11');
    expect(await refusal(verify(kabid, a.id, 'approve', '2026-12-03 09:00'))).toBe('month_closed');
    await reopenMonth(h, '2026-11');
  });

  it('bulk approval approves what it may and lists the rest with their codes', async () => {
    const { staff, staff2, kabid, otherStaff } = team.actors;
    const ok1 = await item(staff, '2026-11-04');
    const ok2 = await item(staff2, '2026-11-04');
    const done = await item(staff, '2026-11-04');
    await verify(kabid, done.id, 'approve', '2026-11-04 16:00');
    const outside = await item(otherStaff, '2026-11-04');
    const own = await item(kabid, '2026-11-04');
    const missing = '00000000-0000-4000-8000-000000000000';
    const result = await bulkApprove(
      h.db,
      kabid,
      [ok1.id, ok2.id, done.id, outside.id, own.id, missing, ok1.id],
      new Date(wita('2026-11-05 08:00')),
    );
    expect(result.approved).toEqual([ok1.id, ok2.id]);
    expect(result.refused).toEqual([
      { itemId: done.id, code: 'not_pending' },
      { itemId: outside.id, code: 'not_supervisor' },
      { itemId: own.id, code: 'self_verification' },
      { itemId: missing, code: 'not_found' },
    ]);
  });

  it('the queue groups submitted items of direct subordinates by person and day, with flags', async () => {
    const { kasiStaff, plt } = team.actors;
    // Monday 9th: 480 minutes, no check-in. Tuesday 10th: checked in, 120 minutes.
    // Wednesday 11th: approved annual leave. Saturday 14th: not a working day.
    await item(kasiStaff, '2026-11-09', 8);
    await recordCheckIn(h, kasiStaff.employeeId!, wita('2026-11-10 07:25'));
    await item(kasiStaff, '2026-11-10', 2);
    const leave = await requestLeave(
      h.db,
      kasiStaff,
      { kind: 'annual', from: '2026-11-11', to: '2026-11-11' },
      new Date(wita('2026-11-09 08:00')),
    );
    await decideLeave(
      h.db,
      plt,
      { leaveId: leave.id, decision: 'approve' },
      new Date(wita('2026-11-09 09:00')),
    );
    await item(kasiStaff, '2026-11-11');
    await item(kasiStaff, '2026-11-14');

    const queue = await reviewQueue(
      h.db,
      plt,
      { from: '2026-11-09', to: '2026-11-15' },
      new Date(wita('2026-11-15 10:00')),
    );
    expect(queue.groups).toHaveLength(1);
    const [group] = queue.groups;
    expect(group.employee.id).toBe(kasiStaff.employeeId);
    const byDate = Object.fromEntries(group.days.map((d) => [d.date, d]));
    expect(Object.keys(byDate)).toEqual(['2026-11-09', '2026-11-10', '2026-11-11', '2026-11-14']);
    expect(byDate['2026-11-09']).toMatchObject({
      scheduledMinutes: 450,
      reportedMinutes: 480,
      flags: ['no_check_in', 'over_scheduled_minutes'],
    });
    expect(byDate['2026-11-10'].flags).toEqual([]);
    expect(byDate['2026-11-11']).toMatchObject({ leaveKind: 'annual', flags: ['on_leave'] });
    expect(byDate['2026-11-14']).toMatchObject({ scheduledMinutes: 0, flags: ['not_working_day'] });
    expect(byDate['2026-11-09'].items[0].flags).toEqual(['no_check_in', 'over_scheduled_minutes']);

    // Someone else's supervisor sees none of it.
    const kabidQueue = await reviewQueue(
      h.db,
      team.actors.kabid,
      { from: '2026-11-09', to: '2026-11-15' },
      new Date(wita('2026-11-15 10:00')),
    );
    expect(kabidQueue.groups.map((g) => g.employee.id)).not.toContain(kasiStaff.employeeId);
  });

  describe('over HTTP', () => {
    it('verifies inside the team only and shows the queue', async () => {
      const { staff } = team.actors;
      const x = await item(staff, '2026-11-12');
      h.setNow(new Date(wita('2026-11-13 09:00')));
      const outsider = await h.request({
        method: 'POST',
        url: `/api/reports/items/${x.id}/verify`,
        as: await team.as('otherHead'),
        payload: { decision: 'approve' },
      });
      expect(outsider.statusCode).toBe(403);
      expect(outsider.json().error.code).toBe('not_supervisor');
      const admin = await h.request({
        method: 'POST',
        url: `/api/reports/items/${x.id}/verify`,
        as: await team.as('bkpsdm'),
        payload: { decision: 'approve' },
      });
      expect(admin.statusCode).toBe(403);

      const kabid = await team.as('kabid');
      const queue = await h.request({ method: 'GET', url: '/api/reports/queue', as: kabid });
      expect(queue.statusCode).toBe(200);
      const ids = queue
        .json()
        .groups.flatMap((g: { days: Array<{ items: Array<{ id: string }> }> }) =>
          g.days.flatMap((d) => d.items.map((i) => i.id)),
        );
      expect(ids).toContain(x.id);

      const reject = await h.request({
        method: 'POST',
        url: `/api/reports/items/${x.id}/verify`,
        as: kabid,
        payload: { decision: 'reject' },
      });
      expect(reject.statusCode).toBe(400);
      expect(reject.json().error.details.fields[0].field).toBe('reason');
      const ok = await h.request({
        method: 'POST',
        url: `/api/reports/items/${x.id}/verify`,
        as: kabid,
        payload: { decision: 'approve' },
      });
      expect(ok.json().status).toBe('approved');

      const y = await item(staff, '2026-11-13');
      const bulk = await h.request({
        method: 'POST',
        url: '/api/reports/bulk-approve',
        as: kabid,
        payload: { itemIds: [x.id, y.id] },
      });
      expect(bulk.json()).toEqual({
        approved: [y.id],
        refused: [{ itemId: x.id, code: 'not_pending' }],
      });
    });

    it('a pegawai cannot read another’s items; supervisor, agency admin and inspektorat can', async () => {
      const { staff } = team.actors;
      const x = await item(staff, '2026-11-12');
      const query = `/api/reports/items?from=2026-11-01&to=2026-11-30&employeeId=${staff.employeeId}`;
      for (const who of ['staff2', 'otherHead', 'opd.beta'] as const) {
        const list = await h.request({ method: 'GET', url: query, as: await team.as(who) });
        expect(list.statusCode, who).toBe(403);
        const one = await h.request({
          method: 'GET',
          url: `/api/reports/items/${x.id}`,
          as: await team.as(who),
        });
        expect(one.statusCode, who).toBe(403);
      }
      for (const who of ['staff', 'kabid', 'opd.alfa', 'inspektorat', 'bkpsdm'] as const) {
        const list = await h.request({ method: 'GET', url: query, as: await team.as(who) });
        expect(list.statusCode, who).toBe(200);
        expect(list.json().items.map((i: { id: string }) => i.id)).toContain(x.id);
      }
      const own = await h.request({
        method: 'GET',
        url: '/api/reports/items?from=2026-11-12&to=2026-11-12',
        as: await team.as('staff'),
      });
      expect(
        own.json().items.every((i: { employeeId: string }) => i.employeeId === staff.employeeId),
      ).toBe(true);
    });

    it('enters, corrects and deletes items through the API', async () => {
      h.setNow(new Date(wita('2026-11-13 15:00')));
      const staff2 = await team.as('staff2');
      const created = await h.request({
        method: 'POST',
        url: '/api/reports/items',
        as: staff2,
        payload: {
          date: '2026-11-13',
          task: 'Rapat',
          start: '09:00',
          end: '10:00',
          output: 'Notulen',
          submit: false,
        },
      });
      expect(created.statusCode).toBe(201);
      const id = created.json().id;
      const patched = await h.request({
        method: 'PATCH',
        url: `/api/reports/items/${id}`,
        as: staff2,
        payload: { end: '10:30', submit: false },
      });
      expect(patched.json()).toMatchObject({ minutes: 90, status: 'draft' });
      const overlap = await h.request({
        method: 'POST',
        url: '/api/reports/items',
        as: staff2,
        payload: { date: '2026-11-13', task: 'Lain', start: '10:00', end: '11:00', output: 'x' },
      });
      expect(overlap.statusCode).toBe(409);
      expect(overlap.json().error.code).toBe('overlapping_item');
      const other = await h.request({
        method: 'DELETE',
        url: `/api/reports/items/${id}`,
        as: await team.as('staff'),
      });
      expect(other.statusCode).toBe(403);
      const deleted = await h.request({
        method: 'DELETE',
        url: `/api/reports/items/${id}`,
        as: staff2,
      });
      expect(deleted.json()).toEqual({ ok: true });
    });
  });
});
