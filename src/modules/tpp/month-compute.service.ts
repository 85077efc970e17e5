import { DateTime } from 'luxon';
import type { Tx } from '../../db/client';
import { fail } from '../../http/errors';
import {
  computeEmployeeMonth,
  type EmployeeMonthResult,
  type PreparedMonth,
  prepareMonth,
} from './month-compute';
import {
  type EmployeeMonthData,
  loadChunk,
  loadEmployees,
  loadMonthContext,
  type MonthContextData,
  type MonthScope,
} from './month-inputs.store';
import { findRuleSetInForce, seedRuleSets } from './rule-set.store';
import type { RuleSet } from './rules/rule-set';

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/** Refuses anything but `YYYY-MM` with a field-named validation error. */
export function assertMonth(month: string, field = 'month'): void {
  if (!MONTH.test(month)) {
    throw fail(
      'validation_failed',
      { fields: [{ field, reason: 'harus berbentuk YYYY-MM' }] },
      `Bulan tidak valid: ${month}`,
    );
  }
}

/** The first instant of the month after `month` on the tenant's wall clock. */
export function monthEnd(month: string, zone: string): Date {
  return DateTime.fromISO(`${month}-01`, { zone }).plus({ months: 1 }).toJSDate();
}

export type MonthRun = {
  ctx: MonthContextData;
  prep: PreparedMonth;
  /** Number of chunks; chunk i is read by `load(i)`. */
  chunkCount: number;
  load: (index: number) => Promise<EmployeeMonthData[]>;
  compute: (data: EmployeeMonthData) => EmployeeMonthResult;
  employeeCount: number;
};

/**
 * Prepares one month's computation for a scope: the rule set in force on the month's
 * first day (or the one given), the month context, the scope's employees. Data is loaded
 * per chunk on demand, so a caller can write one chunk while computing the next.
 */
export async function runMonth(
  tx: Tx,
  month: string,
  scope: MonthScope,
  opts: { mode: 'live' | 'close'; rules?: RuleSet; chunkSize?: number; now?: Date },
): Promise<MonthRun> {
  assertMonth(month);
  let rules = opts.rules;
  if (!rules) {
    await seedRuleSets(tx);
    rules = await findRuleSetInForce(tx, `${month}-01`);
  }
  const ctx = await loadMonthContext(tx, month);
  const prep = prepareMonth(ctx, rules, opts.mode, opts.now ?? null);
  const employees = await loadEmployees(tx, ctx, scope);
  const size = opts.chunkSize ?? 2_000;
  return {
    ctx,
    prep,
    chunkCount: Math.ceil(employees.length / size),
    load: (i) => loadChunk(tx, ctx, employees.slice(i * size, (i + 1) * size)),
    compute: (data) => computeEmployeeMonth(prep, data),
    employeeCount: employees.length,
  };
}

/**
 * The live (open-month) results of a few employees, in the order of `employeeIds`, as of
 * `now`: days not over by then are pending (no code, no deduction, out of the totals).
 */
export async function computeLive(
  tx: Tx,
  month: string,
  employeeIds: readonly string[],
  now: Date,
): Promise<{ results: EmployeeMonthResult[]; prep: PreparedMonth }> {
  const scope = { kind: 'employees', ids: employeeIds } as const;
  const run = await runMonth(tx, month, scope, { mode: 'live', now });
  const results: EmployeeMonthResult[] = [];
  for (let i = 0; i < run.chunkCount; i++) results.push(...(await run.load(i)).map(run.compute));
  const order = new Map(employeeIds.map((id, i) => [id, i]));
  results.sort((a, b) => (order.get(a.employeeId) ?? 0) - (order.get(b.employeeId) ?? 0));
  return { results, prep: run.prep };
}
