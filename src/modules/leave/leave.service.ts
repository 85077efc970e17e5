import type { Db, Tx } from '../../db/client';
import { fail } from '../../http/errors';
import { eachDate, type IsoDate } from '../attendance/rules/calendar.rules';
import { localDateOf } from '../attendance/rules/schedule.rules';
import { writeAudit } from '../audit/audit.store';
import type { Actor } from '../auth/actor';
import { can } from '../auth/permissions';
import { supervisorsOf } from '../org/supervision.store';
import { invalidField, parseInput, refuse } from '../performance/parse-input';
import { validateLeaveRequest } from '../performance/rules/leave.rules';
import {
  employeeZoneOf,
  loadWorkCalendar,
  workingDayTest,
} from '../performance/work-calendar.store';
import { assertMonthOpen } from '../tpp/month.store';
import {
  type LeaveDecisionInput,
  type LeaveDto,
  type LeaveKind,
  type LeaveRequestInput,
  leaveDecisionInput,
  leaveRequestInput,
} from './leave.schema';
import * as store from './leave.store';
import { checkAnnualLeaveYear, checkLeaveLimits } from './leave-limits';

export type { LeaveDto, LeaveKind };

/** A stored request as the API and the scenario runner see it. */
export function presentLeave(row: store.LeaveRow): LeaveDto {
  return {
    id: row.id,
    employeeId: row.employeeId,
    kind: row.kind as LeaveKind,
    from: row.fromDate,
    to: row.toDate,
    workingDays: row.workingDays,
    reason: row.reason,
    status: row.status as LeaveDto['status'],
    decidedBy: row.decidedBy,
    decidedAt: row.decidedAt?.toISOString() ?? null,
    decisionNote: row.decisionNote,
    createdAt: row.createdAt.toISOString(),
    needsDoctorLetter: row.kind === 'sick' && row.workingDays > 1,
  };
}

/** The employee an actor acts as, or `forbidden` for accounts that are not a person. */
export function ownEmployeeId(actor: Actor, action: 'leave.request' | 'report.write'): string {
  const employeeId = actor.employeeId;
  if (!employeeId || !can(actor, action, { employeeId })) throw fail('forbidden');
  return employeeId;
}

/** Every month a period touches must be open: closed months are immutable (DOMAIN §4). */
export async function assertPeriodOpen(tx: Tx, from: IsoDate, to: IsoDate): Promise<void> {
  const months = new Set(eachDate(from, to).map((d) => `${d.slice(0, 7)}-01`));
  for (const first of months) await assertMonthOpen(tx, first);
}

const yearStart = (date: IsoDate) => `${date.slice(0, 4)}-01-01`;
const yearEnd = (date: IsoDate) => `${date.slice(0, 4)}-12-31`;
/** The earlier / later of two ISO dates (they compare as strings). */
export const minDate = (a: IsoDate, b: IsoDate) => (a < b ? a : b);
export const maxDate = (a: IsoDate, b: IsoDate) => (a > b ? a : b);

/**
 * An employee asks for leave (DOMAIN §2). Refusals, in order: end before start
 * (validation, field `to`), the kind's main limits and maternity for a man (validation),
 * annual leave outside the current or next year (validation, `from` / `to`), a month
 * already closed, no working day in the period, overlap with a pending or approved
 * request, and for annual leave the year's balance. Other kinds may be asked after the
 * fact (sick leave reported on return) while their months are open. The request waits
 * for the direct supervisor.
 *
 * Leave days are the employee's working days inside the period: for the standard
 * schedule weekdays that are not holidays; for shift workers their rostered days, so a
 * shift worker asks for leave once the roster of those days exists.
 */
export async function requestLeave(
  db: Db,
  actor: Actor,
  input: LeaveRequestInput,
  now: Date,
): Promise<LeaveDto> {
  const employeeId = ownEmployeeId(actor, 'leave.request');
  const req = parseInput(leaveRequestInput, input);
  if (req.to < req.from) throw invalidField('to', 'tanggal selesai sebelum tanggal mulai');
  return db.transaction(async (tx) => {
    const employee = await store.lockEmployee(tx, employeeId);
    if (!employee?.active) throw fail('unknown_employee');
    checkLeaveLimits(req, employee);
    // "Current" is the employee's office year: 1 Jan 00:30 WITA is still 31 Dec in WIB.
    const currentYear = Number(localDateOf(now, await employeeZoneOf(tx, employeeId)).slice(0, 4));
    checkAnnualLeaveYear(req, currentYear);
    await assertPeriodOpen(tx, req.from, req.to);
    // Existing leave of the request's years: the overlap check needs those touching the
    // period, the annual balance those of the same years.
    const years = { from: yearStart(req.from), to: yearEnd(req.to) };
    const existing = await store.listHoldingLeave(tx, employeeId, years);
    const range = existing.reduce(
      (r, l) => ({ from: minDate(r.from, l.fromDate), to: maxDate(r.to, l.toDate) }),
      years,
    );
    const calendar = await loadWorkCalendar(tx, employee, range);
    // The carried-over days (employees.annual_leave_carry) belong to the current year.
    const decision = validateLeaveRequest({
      request: { kind: req.kind, from: req.from, to: req.to },
      existing: existing.map((l) => ({
        kind: l.kind as LeaveKind,
        from: l.fromDate,
        to: l.toDate,
      })),
      isWorkingDay: workingDayTest(calendar),
      holidays: calendar.holidays,
      carryOverByYear: { [currentYear]: employee.annualLeaveCarry },
    });
    if (!decision.ok) {
      refuse(decision.reason, decision.detail, 'to');
    }
    if (req.kind === 'sick' && decision.days.length > 1 && req.hasDoctorLetter === false) {
      throw invalidField('hasDoctorLetter', 'cuti sakit lebih dari 1 hari wajib surat dokter');
    }
    const row = await store.insertLeave(tx, {
      employeeId,
      kind: req.kind,
      fromDate: req.from,
      toDate: req.to,
      workingDays: decision.days.length,
      reason: req.reason ?? null,
      status: 'pending',
      createdAt: now,
    });
    await writeAudit(tx, actor, {
      action: 'leave.request',
      entity: 'leave_request',
      entityId: row.id,
      details: { ...presentLeave(row), hasDoctorLetter: req.hasDoctorLetter ?? null },
      at: now,
    });
    return presentLeave(row);
  });
}

/**
 * The direct supervisor (holder, Plt/Plh or next holder up, on the leave's first day)
 * approves or refuses. Refusals, in order: own request (self_verification), not the
 * supervisor (not_supervisor), already decided or cancelled (not_pending), approving a
 * sick leave of more than one working day without the supervisor confirming the
 * doctor's letter (validation, `hasDoctorLetter`), a month of the period already closed
 * (month_closed).
 */
export async function decideLeave(
  db: Db,
  actor: Actor,
  input: LeaveDecisionInput,
  now: Date,
): Promise<LeaveDto> {
  const { leaveId, decision, note, hasDoctorLetter } = parseInput(leaveDecisionInput, input);
  return db.transaction(async (tx) => {
    const leave = await store.lockLeave(tx, leaveId);
    if (!leave) throw fail('not_found');
    if (actor.employeeId === leave.employeeId) throw fail('self_verification');
    const supervisorIds = (await supervisorsOf(tx, [leave.employeeId], leave.fromDate)).get(
      leave.employeeId,
    );
    const resource = { employeeId: leave.employeeId, supervisorIds };
    // can() alone would let admin_bkpsdm decide; the rule is the direct supervisor only.
    if (!actor.employeeId || !supervisorIds?.includes(actor.employeeId)) {
      throw fail('not_supervisor');
    }
    if (!can(actor, 'leave.decide', resource)) throw fail('forbidden');
    if (leave.status !== 'pending') throw fail('not_pending', { status: leave.status });
    // PP 11/2017: sick leave beyond one day needs a doctor's letter. The request keeps no
    // letter yet, so the supervisor confirms having seen it.
    // TODO(#3): store the letter file with the request and check that instead.
    if (decision === 'approve' && presentLeave(leave).needsDoctorLetter && !hasDoctorLetter) {
      throw invalidField(
        'hasDoctorLetter',
        'cuti sakit lebih dari 1 hari hanya dapat disetujui setelah surat keterangan dokter diperiksa',
      );
    }
    await assertPeriodOpen(tx, leave.fromDate, leave.toDate);
    const row = await store.updateLeave(tx, leave.id, {
      status: decision === 'approve' ? 'approved' : 'refused',
      decidedBy: actor.employeeId,
      decidedAt: now,
      decisionNote: note ?? null,
    });
    await writeAudit(tx, actor, {
      action: decision === 'approve' ? 'leave.approve' : 'leave.refuse',
      entity: 'leave_request',
      entityId: row.id,
      details: {
        employeeId: row.employeeId,
        from: row.fromDate,
        to: row.toDate,
        note,
        hasDoctorLetter: hasDoctorLetter ?? null,
      },
      at: now,
    });
    return presentLeave(row);
  });
}

/** The newest pending-or-approved request of `employeeId` starting on `from`, if any. */
export async function findLeaveId(
  db: Db,
  employeeId: string,
  from: string,
): Promise<string | null> {
  return (await store.findHoldingLeaveStarting(db, employeeId, from))?.id ?? null;
}

/** An employee withdraws their own request while it still waits for a decision. */
export async function cancelLeave(
  db: Db,
  actor: Actor,
  leaveId: string,
  now: Date,
): Promise<LeaveDto> {
  const employeeId = ownEmployeeId(actor, 'leave.request');
  return db.transaction(async (tx) => {
    const leave = await store.lockLeave(tx, leaveId);
    if (!leave) throw fail('not_found');
    if (leave.employeeId !== employeeId) throw fail('forbidden');
    if (leave.status !== 'pending') throw fail('not_pending', { status: leave.status });
    await assertPeriodOpen(tx, leave.fromDate, leave.toDate);
    const row = await store.updateLeave(tx, leave.id, { status: 'cancelled' });
    await writeAudit(tx, actor, {
      action: 'leave.cancel',
      entity: 'leave_request',
      entityId: row.id,
      details: { from: row.fromDate, to: row.toDate, kind: row.kind },
      at: now,
    });
    return presentLeave(row);
  });
}
