import type { Db } from '../../db/client';
import { AppError, fail } from '../../http/errors';
import { writeAudit } from '../audit/audit.store';
import type { Actor } from '../auth/actor';
import { can } from '../auth/permissions';
import { supervisorsOf } from '../org/supervision.store';
import { assertMonthOpen } from '../tpp/month.store';
import { findRuleSetInForce } from '../tpp/rule-set.store';
import { invalidField, parseInput, refuse } from './parse-input';
import { type ReportItemDto, type VerifyInput, verifyInput } from './report.schema';
import * as store from './report.store';
import { presentItem } from './report-present';
import {
  checkVerification,
  type ItemAction,
  type ItemState,
  transitionItem,
} from './rules/report-item.rules';
import { employeeZoneOf } from './work-calendar.store';

const ACTIONS: Record<VerifyInput['decision'], ItemAction> = {
  approve: 'approve',
  reject: 'reject',
  revise: 'return',
};

/**
 * The direct supervisor on the item's date approves, rejects (with a reason) or returns
 * an item for revision (DOMAIN §5). Refusals, in order: own item (self_verification),
 * not the supervisor (not_supervisor), not submitted (not_pending), after the 5th of the
 * next month, end of day in the owner's office zone (after_deadline), month closed,
 * rejection without a reason (validation, field `reason`).
 */
export async function verifyReportItem(
  db: Db,
  actor: Actor,
  input: VerifyInput,
  now: Date,
): Promise<ReportItemDto> {
  const { itemId, decision, reason } = parseInput(verifyInput, input);
  return db.transaction(async (tx) => {
    const item = await store.findItem(tx, itemId, true);
    if (!item) throw fail('not_found');
    const ownerId = item.employeeId;
    const supervisorIds = (await supervisorsOf(tx, [ownerId], item.date)).get(ownerId) ?? [];
    const zone = await employeeZoneOf(tx, ownerId);
    const rules = await findRuleSetInForce(tx, `${item.date.slice(0, 7)}-01`);
    const check = checkVerification({
      // An account that is not a person is nobody's supervisor.
      verifierId: actor.employeeId ?? '',
      ownerId,
      supervisorIds,
      state: item.status as ItemState,
      date: item.date,
      now,
      zone,
      rules,
    });
    if (!check.ok) {
      const detail =
        check.reason === 'after_deadline'
          ? `Batas verifikasi laporan ${item.date} (tanggal ${rules.verification_deadline_day} bulan berikutnya) sudah lewat`
          : undefined;
      refuse(check.reason, detail);
    }
    if (!can(actor, 'report.verify', { employeeId: ownerId, supervisorIds })) {
      throw fail('forbidden');
    }
    await assertMonthOpen(tx, item.date);
    const next = transitionItem(item.status as ItemState, ACTIONS[decision], reason ?? undefined);
    if (!next.ok) {
      if (next.reason === 'reason_required') throw invalidField('reason', 'alasan wajib diisi');
      refuse(next.reason);
    }
    const row = await store.updateItem(tx, item.id, {
      status: next.state,
      reason: reason ?? null,
      verifiedBy: actor.employeeId,
      verifiedAt: now,
    });
    await writeAudit(tx, actor, {
      action: `report.${decision}`,
      entity: 'report_item',
      entityId: item.id,
      details: { ownerId, date: item.date, minutes: item.minutes, reason: reason ?? null },
      at: now,
    });
    return presentItem(tx, row);
  });
}

/**
 * Approves several items, each on its own (one refusal does not undo the others). Only
 * catalogued refusals are collected; anything else is a fault and is thrown.
 */
export async function bulkApprove(
  db: Db,
  actor: Actor,
  itemIds: string[],
  now: Date,
): Promise<{ approved: string[]; refused: Array<{ itemId: string; code: string }> }> {
  const approved: string[] = [];
  const refused: Array<{ itemId: string; code: string }> = [];
  for (const itemId of new Set(itemIds)) {
    try {
      await verifyReportItem(db, actor, { itemId, decision: 'approve' }, now);
      approved.push(itemId);
    } catch (err) {
      if (!(err instanceof AppError)) throw err;
      refused.push({ itemId, code: err.code });
    }
  }
  return { approved, refused };
}
