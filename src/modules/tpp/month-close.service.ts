import type { Db, Tx } from '../../db/client';
import { fail } from '../../http/errors';
import { writeAudit } from '../audit/audit.store';
import type { Actor } from '../auth/actor';
import { can } from '../auth/permissions';
import type { EmployeeMonthResult } from './month-compute';
import { assertMonth, type MonthRun, monthEnd, runMonth } from './month-compute.service';
import { monthLabel, rupiah } from './month-explain';
import type { EmployeeMonthData } from './month-inputs.store';
import { findRuleSet } from './rule-set.store';
import { findLateVerifiers, type LateVerifier } from './tpp-reports.service';
import {
  adjustmentsForSource,
  closedMonthsAfter,
  disableJit,
  findResults,
  insertAdjustments,
  insertResults,
  lockMonth,
  markMonthClosed,
} from './tpp-results.store';

export type CloseOptions = {
  /** Employees per load-compute-insert round (default 2,000). */
  chunkSize?: number;
  /** Called after each chunk is inserted; tests throw here to simulate a crash. */
  afterChunk?: (index: number) => void | Promise<void>;
};

export type CloseSummary = {
  month: string;
  status: 'closed';
  ruleSetId: string;
  employeeCount: number;
  /** Sum of every employee's total, rupiah. */
  totalPaid: number;
  /** Supervisors who left items unverified; those items did not count (unless auto-approved). */
  lateVerifiers: LateVerifier[];
};

function assertCanClose(actor: Actor): void {
  if (!can(actor, 'tpp.close')) throw fail('forbidden');
}

function monthClosed(month: string) {
  return fail('month_closed', { month }, `Bulan ${monthLabel(month)} sudah ditutup.`);
}

/**
 * Closes a month (admin BKPSDM): computes every active employee under the rule set in
 * force on the month's first day, freezes the results and marks the month closed, all in
 * one transaction. A failure anywhere rolls everything back: the month stays open and no
 * result row is left behind, so the close can simply be run again.
 */
export async function closeMonth(
  db: Db,
  actor: Actor,
  month: string,
  now: Date,
  opts: CloseOptions = {},
): Promise<CloseSummary> {
  assertCanClose(actor);
  assertMonth(month);
  return db.transaction(async (tx) => {
    const row = await lockMonth(tx, month);
    if (row.status === 'closed') throw monthClosed(month);
    await disableJit(tx);
    const run = await runMonth(tx, month, { kind: 'all' }, { mode: 'close', ...opts });
    // Closing a month that is still running would freeze a partial month that is paid out.
    if (now < monthEnd(month, run.ctx.tenantZone)) {
      throw fail(
        'month_not_ended',
        { month },
        `Bulan ${monthLabel(month)} belum berakhir dan belum dapat ditutup.`,
      );
    }
    const totalPaid = await computeAndStore(tx, month, run, opts);
    const lateVerifiers = await findLateVerifiers(tx, month);
    await markMonthClosed(tx, month, {
      ruleSetId: run.prep.rules.id,
      closedAt: now,
      closedBy: actor.label,
      employeeCount: run.employeeCount,
    });
    await writeAudit(tx, actor, {
      action: 'tpp.month.close',
      entity: 'month',
      entityId: month,
      details: {
        ruleSetId: run.prep.rules.id,
        employeeCount: run.employeeCount,
        totalPaid,
        lateVerifiers: lateVerifiers.length,
      },
      at: now,
    });
    return {
      month,
      status: 'closed' as const,
      ruleSetId: run.prep.rules.id,
      employeeCount: run.employeeCount,
      totalPaid,
      lateVerifiers,
    };
  });
}

/** Employees computed between two turns of the event loop (see computeAndStore). */
const SLICE = 250;

/**
 * Computes every chunk and inserts its results, overlapping the two: while chunk i is
 * computed here, in slices that give the event loop a turn, the database writes chunk
 * i − 1 and then reads chunk i + 1. Queries still go one at a time on the transaction's
 * connection. Returns the sum of the totals.
 */
async function computeAndStore(
  tx: Tx,
  month: string,
  run: MonthRun,
  opts: CloseOptions,
): Promise<number> {
  let totalPaid = 0;
  let data: EmployeeMonthData[] | null = run.chunkCount > 0 ? await run.load(0) : null;
  let previous: EmployeeMonthResult[] | null = null;
  for (let i = 0; data; i++) {
    const written = previous;
    const database = (async () => {
      if (written) {
        await insertResults(tx, month, written);
        await opts.afterChunk?.(i - 1);
      }
      return i + 1 < run.chunkCount ? run.load(i + 1) : null;
    })();
    // Never left unhandled while this side computes; awaited (and rethrown) below.
    database.catch(() => {});
    const results: EmployeeMonthResult[] = [];
    try {
      for (let from = 0; from < data.length; from += SLICE) {
        for (const d of data.slice(from, from + SLICE)) results.push(run.compute(d));
        await new Promise<void>((resolve) => setImmediate(resolve));
      }
    } catch (err) {
      // Let the database side finish first: the transaction must not roll back (and give
      // its connection back) while one of its queries is still on the way.
      await database.catch(() => {});
      throw err;
    }
    for (const r of results) totalPaid += r.total;
    data = await database;
    previous = results;
  }
  if (previous) {
    await insertResults(tx, month, previous);
    await opts.afterChunk?.(run.chunkCount - 1);
  }
  return totalPaid;
}

export type AdjustmentLine = {
  employeeId: string;
  nip: string;
  /** Discipline + performance as frozen at close (plus earlier corrections). */
  before: number;
  after: number;
  amount: number;
};

export type RecomputeSummary = { month: string; paidIn: string; lines: AdjustmentLine[] };

/**
 * Recomputes a closed month for some employees with today's data and the month's own
 * rule set, and writes each difference as an adjustment line into the next open month
 * (DOMAIN §4: closed months are immutable; a correction is paid later). Earlier
 * corrections of the same month are taken into account, so running it twice pays once.
 */
export async function recomputeClosedMonth(
  db: Db,
  actor: Actor,
  month: string,
  employeeIds: readonly string[],
  now: Date,
  reason = 'koreksi data setelah bulan ditutup',
): Promise<RecomputeSummary> {
  assertCanClose(actor);
  assertMonth(month);
  return db.transaction(async (tx) => {
    const row = await lockMonth(tx, month);
    if (row.status !== 'closed') {
      throw fail(
        'month_open',
        { month },
        `Bulan ${monthLabel(month)} belum ditutup; perubahan langsung masuk perhitungannya.`,
      );
    }
    const paidIn = await nextOpenMonth(tx, month);
    const rules = row.ruleSetId ? await findRuleSet(tx, row.ruleSetId) : null;
    const run = await runMonth(
      tx,
      month,
      { kind: 'employees', ids: employeeIds },
      { mode: 'close', rules: rules ?? undefined },
    );
    const fresh: EmployeeMonthResult[] = [];
    for (let i = 0; i < run.chunkCount; i++) fresh.push(...(await run.load(i)).map(run.compute));
    const ids = fresh.map((r) => r.employeeId);
    const stored = new Map(
      (await findResults(tx, month, { employeeIds: ids })).items.map((r) => [r.employeeId, r]),
    );
    const earlier = await adjustmentsForSource(tx, month, ids);
    const lines: AdjustmentLine[] = fresh.map((r) => {
      const old = stored.get(r.employeeId);
      const before =
        (old ? old.disciplinePaid + old.performancePaid : 0) + (earlier.get(r.employeeId) ?? 0);
      const after = r.disciplinePaid + r.performancePaid;
      return { employeeId: r.employeeId, nip: r.nip, before, after, amount: after - before };
    });
    const changed = lines.filter((l) => l.amount !== 0);
    await insertAdjustments(
      tx,
      changed.map((l) => ({
        employeeId: l.employeeId,
        month: paidIn,
        sourceMonth: month,
        amount: l.amount,
        description: `${reason}: ${rupiah(l.before)} menjadi ${rupiah(l.after)}`,
        createdAt: now,
        createdBy: actor.label,
      })),
    );
    await writeAudit(tx, actor, {
      action: 'tpp.month.recompute',
      entity: 'month',
      entityId: month,
      details: {
        paidIn,
        reason,
        lines: changed.map((l) => ({ employeeId: l.employeeId, amount: l.amount })),
      },
      at: now,
    });
    return { month, paidIn, lines };
  });
}

/**
 * The first month after `month` that is not closed (corrections are paid there), locked
 * so that a close of that month running at the same time either sees the new line or,
 * having closed first, makes this pick the month after.
 */
async function nextOpenMonth(tx: Tx, month: string): Promise<string> {
  const closed = new Set(await closedMonthsAfter(tx, month));
  let [y, m] = month.split('-').map(Number);
  for (;;) {
    m += 1;
    if (m === 13) {
      y += 1;
      m = 1;
    }
    const next = `${y}-${String(m).padStart(2, '0')}`;
    if (!closed.has(next) && (await lockMonth(tx, next)).status !== 'closed') return next;
  }
}
