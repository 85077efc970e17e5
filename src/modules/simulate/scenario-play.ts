import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { reportItems } from '../../db/tables';
import { AppError } from '../../http/errors';
import { recordAttendance } from '../attendance/check-in.service';
import { systemActor } from '../auth/actor';
import { decideLeave, findLeaveId, requestLeave } from '../leave/leave.service';
import {
  createReportItem,
  updateReportItem,
  verifyReportItem,
} from '../performance/report.service';
import { closeMonth, recomputeClosedMonth } from '../tpp/month-close.service';
import type { Scenario, ScenarioEvent } from './scenario.schema';
import type { World } from './scenario-world';

/** An event the product refused, as SCENARIOS.md prints it. */
export type Refusal = { event: number; nip: string | null; reason: string; detail: string };

/** Admin actions of the timeline are taken by the system as admin BKPSDM. */
const ADMIN = systemActor('simulasi');

/** Thrown for an event the run cannot even attempt (a reference to nothing). */
class Refused extends Error {
  constructor(
    readonly reason: string,
    readonly detail: string,
  ) {
    super(detail);
  }
}

/** Event indices by `at`; equal times keep the file's order (Array.sort is stable). */
export function playOrder(events: readonly ScenarioEvent[]): number[] {
  const times = events.map((e) => Date.parse(e.at));
  return events.map((_, i) => i).sort((a, b) => times[a] - times[b]);
}

export type PlayState = {
  /** Item ids by the file's `ref`. */
  refs: Map<string, string>;
  /** Client ids already used, per NIP: a repeat is no refusal (SCENARIOS.md). */
  clientIds: Map<string, Set<string>>;
  /** Months closed by a `close_month` event. */
  closed: Set<string>;
};

/**
 * Plays the events in time order through the same service functions the HTTP routes
 * call, with the clock set to each event's `at`. What the product refuses (a refused
 * check-in, any catalogued error) is collected, never fatal; anything else is a fault.
 */
export async function playEvents(
  db: Db,
  s: Scenario,
  world: World,
): Promise<{ refused: Refusal[]; state: PlayState }> {
  const refused: Refusal[] = [];
  const state: PlayState = { refs: new Map(), clientIds: new Map(), closed: new Set() };
  for (const index of playOrder(s.events)) {
    const event = s.events[index];
    const now = new Date(event.at);
    try {
      const refusal = await playOne(db, event, index, now, world, state);
      if (refusal) refused.push({ event: index, nip: event.nip ?? null, ...refusal });
    } catch (err) {
      if (err instanceof Refused) {
        refused.push({
          event: index,
          nip: event.nip ?? null,
          reason: err.reason,
          detail: err.detail,
        });
      } else if (err instanceof AppError) {
        refused.push({
          event: index,
          nip: event.nip ?? null,
          reason: err.code,
          detail: detailOf(err),
        });
      } else {
        throw err;
      }
    }
  }
  return { refused, state };
}

function detailOf(err: AppError): string {
  const details = err.details as
    | { detail?: unknown; fields?: Array<{ field: string; reason: string }> }
    | undefined;
  if (typeof details?.detail === 'string') return details.detail;
  if (details?.fields?.length)
    return details.fields.map((f) => `${f.field}: ${f.reason}`).join('; ');
  return err.userMessage;
}

function person(world: World, nip: string | undefined) {
  const who = nip ? world.employeesByNip.get(nip) : undefined;
  if (!who) throw new Refused('unknown_employee', `Tidak ada pegawai dengan NIP ${nip}`);
  return who;
}

async function playOne(
  db: Db,
  e: ScenarioEvent,
  index: number,
  now: Date,
  world: World,
  state: PlayState,
): Promise<Omit<Refusal, 'event' | 'nip'> | null> {
  if (e.close_month) {
    await closeMonth(db, ADMIN, e.close_month.month, now);
    state.closed.add(e.close_month.month);
    return null;
  }
  if (e.recompute_month) {
    const { month, nips, reason } = e.recompute_month;
    const ids = (nips ?? [...world.employeesByNip.keys()]).map((n) => person(world, n).id);
    await recomputeClosedMonth(db, ADMIN, month, ids, now, reason);
    return null;
  }
  const who = person(world, e.nip);
  const check = e.check_in ?? e.check_out;
  if (check) {
    const clientId = check.id ?? e.id ?? `event-${index}`;
    const seen = state.clientIds.get(who.nip) ?? new Set<string>();
    const repeat = seen.has(clientId);
    seen.add(clientId);
    state.clientIds.set(who.nip, seen);
    const deviceAt = check.device_at ?? e.device_at;
    const result = await recordAttendance(
      db,
      who.id,
      {
        kind: e.check_in ? 'check_in' : 'check_out',
        clientId,
        lat: check.lat,
        lon: check.lon,
        accuracyM: check.accuracy_m,
        deviceAt: deviceAt ? new Date(deviceAt) : null,
        offline: check.offline ?? e.offline ?? false,
        mocked: check.mocked ?? e.mocked ?? false,
      },
      now,
      { actor: who.actor },
    );
    // The first event with a client id stands; its repeat changes nothing and is no refusal.
    if (repeat || result.status === 'accepted') return null;
    return { reason: result.reason, detail: result.message };
  }
  if (e.leave) {
    await requestLeave(db, who.actor, { ...e.leave, reason: e.leave.reason ?? null }, now);
    return null;
  }
  const decision = e.approve_leave ?? e.refuse_leave;
  if (decision) {
    const subject = person(world, decision.nip);
    const leaveId = await findLeaveId(db, subject.id, decision.from);
    if (!leaveId) {
      throw new Refused(
        'not_found',
        `Tidak ada pengajuan cuti ${decision.nip} mulai ${decision.from}`,
      );
    }
    await decideLeave(
      db,
      who.actor,
      {
        leaveId,
        decision: e.approve_leave ? 'approve' : 'refuse',
        note: decision.note ?? null,
        // The scenario format has no doctor's letter: an approval stands for the supervisor
        // having checked it (sick leave beyond a day). TODO(#3): model the letter.
        hasDoctorLetter: e.approve_leave ? true : undefined,
      },
      now,
    );
    return null;
  }
  if (e.report) {
    const { ref, activity, submit, ...rest } = e.report;
    const input = {
      ...rest,
      ...(activity ? { activityCode: activity } : {}),
      submit: submit ?? true,
    };
    const existing = state.refs.get(ref);
    const [row] = existing
      ? await db
          .select({ status: reportItems.status, employeeId: reportItems.employeeId })
          .from(reportItems)
          .where(eq(reportItems.id, existing))
      : [];
    // A report with the ref of an item returned for revision (or a draft) corrects it.
    if (
      existing &&
      row &&
      row.employeeId === who.id &&
      (row.status === 'returned' || row.status === 'draft')
    ) {
      await updateReportItem(db, who.actor, existing, input, now);
      return null;
    }
    const item = await createReportItem(db, who.actor, input, now);
    state.refs.set(ref, item.id);
    return null;
  }
  if (e.verify) {
    const itemId = state.refs.get(e.verify.ref);
    if (!itemId) {
      throw new Refused('not_found', `Tidak ada laporan dengan ref "${e.verify.ref}"`);
    }
    await verifyReportItem(
      db,
      who.actor,
      { itemId, decision: e.verify.decision, reason: e.verify.reason ?? null },
      now,
    );
    return null;
  }
  return null;
}
