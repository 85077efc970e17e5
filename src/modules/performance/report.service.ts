import type { Db, Tx } from '../../db/client';
import { fail } from '../../http/errors';
import { addDays, type IsoDate } from '../attendance/rules/calendar.rules';
import { localDateOf } from '../attendance/rules/schedule.rules';
import { writeAudit } from '../audit/audit.store';
import type { Actor } from '../auth/actor';
import { can } from '../auth/permissions';
import { supervisorsOf } from '../org/supervision.store';
import { assertMonthOpen } from '../tpp/month.store';
import { findRuleSetInForce } from '../tpp/rule-set.store';
import { invalidField, parseInput, refuse } from './parse-input';
import {
  type ReportItemDto,
  type ReportItemInput,
  type ReportItemPatch,
  reportItemInput,
  reportItemPatchInput,
} from './report.schema';
import * as store from './report.store';
import { assertNoOverlap, type ItemContent, mergePatch, resolveContent } from './report-body';
import { presentItem, presentItems } from './report-present';
import { checkEntryDeadline, type ItemState, isEditable } from './rules/report-item.rules';
import { employeeZoneOf } from './work-calendar.store';

export { bulkApprove, verifyReportItem } from './verification.service';
export type { ReportItemDto, ReportItemInput };

/**
 * Daily report items (DOMAIN §5): entered by the employee until the end of the day
 * `date + entry_deadline_days` in their office zone, editable until submitted, and
 * corrected and submitted again when the supervisor returns them.
 */

function ownerId(actor: Actor): string {
  const employeeId = actor.employeeId;
  if (!employeeId || !can(actor, 'report.write', { employeeId })) throw fail('forbidden');
  return employeeId;
}

/** The first day of the month of `date`: the day whose rule set governs the month. */
export const monthStart = (date: IsoDate) => `${date.slice(0, 7)}-01`;

const notEditable = (status: string) =>
  fail(
    'conflict',
    { field: 'status', status },
    'Laporan yang sudah dikirim tidak dapat diubah kecuali dikembalikan untuk perbaikan.',
  );

/** Refuses dates in the future (office time) and entries after the deadline. */
async function assertEntryOpen(tx: Tx, employeeId: string, date: IsoDate, now: Date) {
  const zone = await employeeZoneOf(tx, employeeId);
  if (date > localDateOf(now, zone)) throw invalidField('date', 'tanggal belum tiba');
  const rules = await findRuleSetInForce(tx, monthStart(date));
  const deadline = checkEntryDeadline({ date, now, zone, rules });
  if (!deadline.ok) {
    const last = addDays(date, rules.entry_deadline_days);
    refuse(deadline.reason, `Laporan tanggal ${date} hanya dapat diisi sampai ${last}`, 'date');
  }
}

async function lockOwner(tx: Tx, employeeId: string) {
  const employee = await store.lockEmployee(tx, employeeId);
  if (!employee?.active) throw fail('unknown_employee');
  return employee;
}

const stateAfter = (submit: boolean, current: ItemState): ItemState =>
  submit ? 'submitted' : current;

/** Enters an item; submitted at once unless `submit: false` keeps a draft. */
export async function createReportItem(
  db: Db,
  actor: Actor,
  input: ReportItemInput & { submit?: boolean },
  now: Date,
): Promise<ReportItemDto> {
  const employeeId = ownerId(actor);
  const { submit = true, ...fields } = parseInput(reportItemInput, input);
  return db.transaction(async (tx) => {
    const owner = await lockOwner(tx, employeeId);
    await assertMonthOpen(tx, fields.date);
    await assertEntryOpen(tx, employeeId, fields.date, now);
    const content = await resolveContent(tx, employeeId, fields, owner.schedule);
    assertNoOverlap(
      { date: fields.date, content },
      await store.listTimedItems(tx, employeeId, fields.date),
    );
    const status = stateAfter(submit, 'draft');
    const row = await store.insertItem(tx, {
      employeeId,
      date: fields.date,
      ...content,
      output: fields.output,
      status,
      submittedAt: status === 'submitted' ? now : null,
      createdAt: now,
    });
    await writeAudit(tx, actor, {
      action: status === 'submitted' ? 'report.submit' : 'report.create',
      entity: 'report_item',
      entityId: row.id,
      details: auditDetails(row.date, content, status),
      at: now,
    });
    return presentItem(tx, row);
  });
}

/**
 * Corrects a draft or a returned item; fields left out keep their value. Submitted by
 * default. The entry deadline applies to drafts (never yet entered) and to a moved date,
 * but not to a returned item corrected on its own date: the supervisor's return would
 * otherwise amount to a rejection whenever it came late.
 */
export async function updateReportItem(
  db: Db,
  actor: Actor,
  itemId: string,
  input: ReportItemPatch & { submit?: boolean },
  now: Date,
): Promise<ReportItemDto> {
  const employeeId = ownerId(actor);
  const { submit = true, ...patch } = parseInput(reportItemPatchInput, input);
  return db.transaction(async (tx) => {
    const owner = await lockOwner(tx, employeeId);
    const item = await store.findItem(tx, itemId, true);
    if (!item) throw fail('not_found');
    if (item.employeeId !== employeeId) throw fail('forbidden');
    if (!isEditable(item.status as ItemState)) throw notEditable(item.status);
    const fields = mergePatch(item, patch);
    await assertMonthOpen(tx, item.date);
    if (fields.date !== item.date) await assertMonthOpen(tx, fields.date);
    if (item.status === 'draft' || fields.date !== item.date) {
      await assertEntryOpen(tx, employeeId, fields.date, now);
    }
    const content = await resolveContent(tx, employeeId, fields, owner.schedule);
    assertNoOverlap(
      { id: item.id, date: fields.date, content },
      await store.listTimedItems(tx, employeeId, fields.date),
    );
    const status = stateAfter(submit, item.status as ItemState);
    const row = await store.updateItem(tx, item.id, {
      date: fields.date,
      ...content,
      output: fields.output,
      status,
      ...(status === 'submitted'
        ? { submittedAt: now, reason: null, verifiedBy: null, verifiedAt: null }
        : {}),
    });
    await writeAudit(tx, actor, {
      action: status === 'submitted' ? 'report.submit' : 'report.update',
      entity: 'report_item',
      entityId: row.id,
      details: { ...auditDetails(row.date, content, status), previousStatus: item.status },
      at: now,
    });
    return presentItem(tx, row);
  });
}

/** Deletes a draft (a submitted item is the supervisor's to judge). */
export async function deleteReportItem(
  db: Db,
  actor: Actor,
  itemId: string,
  now: Date,
): Promise<void> {
  const employeeId = ownerId(actor);
  await db.transaction(async (tx) => {
    const item = await store.findItem(tx, itemId, true);
    if (!item) throw fail('not_found');
    if (item.employeeId !== employeeId) throw fail('forbidden');
    if (item.status !== 'draft') throw notEditable(item.status);
    await assertMonthOpen(tx, item.date);
    await store.deleteItem(tx, item.id);
    await writeAudit(tx, actor, {
      action: 'report.delete',
      entity: 'report_item',
      entityId: item.id,
      details: { date: item.date, kind: item.kind, minutes: item.minutes, output: item.output },
      at: now,
    });
  });
}

/**
 * Whether the caller may read an employee's items: the person, their supervisor (on
 * `date`), admins of their agency, admin BKPSDM and inspektorat.
 */
export async function authoriseRead(
  tx: Tx,
  actor: Actor,
  employee: { id: string; agencyId: string },
  date: IsoDate,
): Promise<void> {
  const resource = { employeeId: employee.id, agencyId: employee.agencyId };
  if (can(actor, 'report.read', resource)) return;
  const supervisorIds = (await supervisorsOf(tx, [employee.id], date)).get(employee.id);
  if (!can(actor, 'report.read', { ...resource, supervisorIds })) throw fail('forbidden');
}

const MAX_LIST_DAYS = 100;

/** Items of one employee (the caller unless `employeeId`) in a date range, by date. */
export async function listReportItems(
  db: Db,
  actor: Actor,
  query: { from: IsoDate; to: IsoDate; employeeId?: string },
): Promise<{ items: ReportItemDto[] }> {
  if (query.to < query.from) throw invalidField('to', 'tanggal akhir sebelum tanggal awal');
  if (addDays(query.from, MAX_LIST_DAYS) < query.to) {
    throw invalidField('to', `paling banyak ${MAX_LIST_DAYS} hari sekali tampil`);
  }
  const employeeId = query.employeeId ?? actor.employeeId;
  if (!employeeId) throw fail('forbidden');
  const [employee] = await store.findEmployees(db, [employeeId]);
  if (!employee) throw fail('forbidden');
  await authoriseRead(db, actor, employee, query.to);
  const rows = await store.listItemsOf(db, employeeId, query);
  return { items: await presentItems(db, rows) };
}

/** One item, for whoever may read its owner's items. */
export async function getReportItem(db: Db, actor: Actor, itemId: string): Promise<ReportItemDto> {
  const item = await store.findItem(db, itemId);
  if (!item) throw fail('not_found');
  const [employee] = await store.findEmployees(db, [item.employeeId]);
  await authoriseRead(db, actor, employee, item.date);
  return presentItem(db, item);
}

function auditDetails(date: string, content: ItemContent, status: string) {
  return { date, ...content, status };
}
