import { and, asc, desc, eq, gt, sql } from 'drizzle-orm';
import { queryRows, type Tx } from '../../db/client';
import { months, tppAdjustments } from '../../db/tables';
import { decodeDays, encodeDays, type StoredDay } from './day-codec';
import type { DayOut, EmployeeMonthResult, ExplanationFacts } from './month-compute';

export type MonthRow = typeof months.$inferSelect;

/** Rows per INSERT: one JSON parameter each, so the statement size stays modest. */
const INSERT_CHUNK = 1_000;

/**
 * Turns PostgreSQL's JIT off for the rest of the transaction. The close's per-employee
 * subqueries look expensive to the planner, which then spends longer compiling them
 * than running them (170 ms of 340 ms for 2,000 employees).
 */
export async function disableJit(tx: Tx): Promise<void> {
  await tx.execute(sql`select set_config('jit', 'off', true)`);
}

/**
 * Creates the month row when missing and locks it for the rest of the transaction, so
 * two closes (or a close and a recompute) of one month take turns.
 */
export async function lockMonth(tx: Tx, month: string): Promise<MonthRow> {
  await tx.insert(months).values({ month, status: 'open' }).onConflictDoNothing();
  const [row] = await queryRows<MonthRow>(
    tx,
    sql`select month, status, rule_set_id as "ruleSetId", closed_at as "closedAt",
               closed_by as "closedBy", employee_count as "employeeCount"
          from months where month = ${month} for update`,
  );
  return row;
}

export async function findMonth(tx: Tx, month: string): Promise<MonthRow | null> {
  const [row] = await tx.select().from(months).where(eq(months.month, month));
  return row ?? null;
}

export async function listMonths(tx: Tx): Promise<MonthRow[]> {
  return tx.select().from(months).orderBy(desc(months.month));
}

export async function markMonthClosed(
  tx: Tx,
  month: string,
  values: { ruleSetId: string; closedAt: Date; closedBy: string; employeeCount: number },
): Promise<void> {
  await tx
    .update(months)
    .set({ status: 'closed', ...values })
    .where(eq(months.month, month));
}

/** Multi-row inserts of frozen results: one jsonb parameter per chunk of rows. */
export async function insertResults(
  tx: Tx,
  month: string,
  results: readonly EmployeeMonthResult[],
): Promise<void> {
  for (let i = 0; i < results.length; i += INSERT_CHUNK) {
    const rows = results.slice(i, i + INSERT_CHUNK).map((r) => ({
      month,
      employee_id: r.employeeId,
      agency_id: r.agencyId,
      base: r.base,
      discipline_paid: r.disciplinePaid,
      performance_paid: r.performancePaid,
      adjustments: r.adjustments,
      total: r.total,
      deduction_bp: r.deductionBp,
      productivity_pct: r.productivityPct,
      verified_minutes: r.verifiedMinutes,
      target_minutes: r.targetMinutes,
      working_days: r.workingDays,
      absent_days: r.absentDays,
      days: encodeDays(r.days),
      explanation: r.facts,
    }));
    await tx.execute(sql`
      insert into tpp_results (month, employee_id, agency_id, base, discipline_paid,
        performance_paid, adjustments, total, deduction_bp, productivity_pct, verified_minutes,
        target_minutes, working_days, absent_days, days, explanation)
      select month, employee_id, agency_id, base, discipline_paid, performance_paid, adjustments,
             total, deduction_bp, productivity_pct, verified_minutes, target_minutes, working_days,
             absent_days, days, explanation
        from json_to_recordset(${JSON.stringify(rows)}::json) as r(
          month text, employee_id uuid, agency_id uuid, base bigint, discipline_paid bigint,
          performance_paid bigint, adjustments bigint, total bigint, deduction_bp int,
          productivity_pct text, verified_minutes int, target_minutes int, working_days smallint,
          absent_days smallint, days jsonb, explanation jsonb)`);
  }
}

/** A stored result with the employee's current identity. */
export type StoredResult = {
  month: string;
  employeeId: string;
  nip: string;
  name: string;
  rank: string;
  positionName: string | null;
  agencyId: string;
  base: number;
  disciplinePaid: number;
  performancePaid: number;
  adjustments: number;
  total: number;
  deductionBp: number;
  productivityPct: string;
  verifiedMinutes: number;
  targetMinutes: number;
  workingDays: number;
  absentDays: number;
  days?: DayOut[];
  /** The stored explanation facts; the sentences are rendered from them on read. */
  facts?: ExplanationFacts;
};

export type ResultFilter = {
  agencyId?: string;
  employeeIds?: readonly string[];
  withDetail?: boolean;
  limit?: number;
  offset?: number;
};

function resultWhere(month: string, f: ResultFilter) {
  return sql`r.month = ${month}
    ${f.agencyId ? sql`and r.agency_id = ${f.agencyId}::uuid` : sql``}
    ${f.employeeIds ? sql`and r.employee_id = any(string_to_array(${f.employeeIds.join(',')}, ',')::uuid[])` : sql``}`;
}

/** Stored results of a month, ordered by agency then NIP. */
export async function findResults(
  tx: Tx,
  month: string,
  f: ResultFilter,
): Promise<{ items: StoredResult[]; total: number }> {
  if (f.employeeIds && f.employeeIds.length === 0) return { items: [], total: 0 };
  const where = resultWhere(month, f);
  const items = await queryRows<StoredResult>(
    tx,
    sql`select r.month, r.employee_id as "employeeId", e.nip,
                 concat_ws(' ', nullif(e.front_title, ''), e.name) ||
                   coalesce(', ' || nullif(e.back_title, ''), '') as name,
                 e.rank, p.name as "positionName", r.agency_id as "agencyId",
                 r.base::float8 as base, r.discipline_paid::float8 as "disciplinePaid",
                 r.performance_paid::float8 as "performancePaid",
                 r.adjustments::float8 as adjustments, r.total::float8 as total,
                 r.deduction_bp as "deductionBp", r.productivity_pct as "productivityPct",
                 r.verified_minutes as "verifiedMinutes", r.target_minutes as "targetMinutes",
                 r.working_days as "workingDays", r.absent_days as "absentDays"
                 ${f.withDetail ? sql`, r.days, r.explanation as facts` : sql``}
            from tpp_results r
            join employees e on e.id = r.employee_id
            left join positions p on p.id = e.position_id
           where ${where}
           order by r.agency_id, e.nip
           ${f.limit !== undefined ? sql`limit ${f.limit} offset ${f.offset ?? 0}` : sql``}`,
  );
  const total =
    f.limit === undefined
      ? items.length
      : (
          await queryRows<{ total: number }>(
            tx,
            sql`select count(*)::int as total from tpp_results r where ${where}`,
          )
        )[0].total;
  return {
    items: items.map((r) => ({
      ...r,
      days: r.days ? decodeDays(month, r.days as unknown as StoredDay[]) : undefined,
      base: Number(r.base),
      disciplinePaid: Number(r.disciplinePaid),
      performancePaid: Number(r.performancePaid),
      adjustments: Number(r.adjustments),
      total: Number(r.total),
    })),
    total: Number(total),
  };
}

export type AdjustmentRow = typeof tppAdjustments.$inferSelect;

export async function insertAdjustments(
  tx: Tx,
  rows: Array<typeof tppAdjustments.$inferInsert>,
): Promise<AdjustmentRow[]> {
  if (rows.length === 0) return [];
  return tx.insert(tppAdjustments).values(rows).returning();
}

/** Sum of the adjustment lines already written for a source month, by employee. */
export async function adjustmentsForSource(
  tx: Tx,
  sourceMonth: string,
  employeeIds: readonly string[],
): Promise<Map<string, number>> {
  if (employeeIds.length === 0) return new Map();
  const rows = await queryRows<{ employeeId: string; amount: number }>(
    tx,
    sql`select employee_id as "employeeId", sum(amount)::float8 as amount from tpp_adjustments
         where source_month = ${sourceMonth}
           and employee_id = any(string_to_array(${employeeIds.join(',')}, ',')::uuid[])
         group by employee_id`,
  );
  return new Map(rows.map((r) => [r.employeeId, Number(r.amount)]));
}

/** Months after `month` that are closed, in order. */
export async function closedMonthsAfter(tx: Tx, month: string): Promise<string[]> {
  const rows = await tx
    .select({ month: months.month })
    .from(months)
    .where(and(gt(months.month, month), eq(months.status, 'closed')))
    .orderBy(asc(months.month));
  return rows.map((r) => r.month);
}

/** Employees with items still awaiting verification in a month, with their counts. */
export async function submittedItemsByEmployee(
  tx: Tx,
  month: string,
): Promise<Array<{ employeeId: string; agencyId: string; items: number }>> {
  const first = `${month}-01`;
  return queryRows(
    tx,
    sql`select i.employee_id as "employeeId", e.agency_id as "agencyId", count(*)::int as items
          from report_items i join employees e on e.id = i.employee_id
         where i.status = 'submitted'
           and i.date >= ${first}::date and i.date < (${first}::date + interval '1 month')
         group by i.employee_id, e.agency_id`,
  );
}

/** The absence days of a year's closed months, for employees with at least one. */
export async function absenceDaysOfYear(
  tx: Tx,
  year: number,
  agencyId?: string,
): Promise<
  Array<{ employeeId: string; month: string; days: Array<{ date: string; status: string }> }>
> {
  return queryRows(
    tx,
    sql`select r.employee_id as "employeeId", r.month,
               (select coalesce(jsonb_agg(jsonb_build_object(
                         'date', r.month || '-' || lpad(d->>0, 2, '0'), 'status', d->>1)), '[]'::jsonb)
                  from jsonb_array_elements(r.days) d
                 where d->>1 not in ('off', 'holiday')) as days
          from tpp_results r
         where r.month like ${`${year}-%`}
           ${agencyId ? sql`and r.agency_id = ${agencyId}::uuid` : sql``}
           and r.employee_id in (select employee_id from tpp_results
                                  where month like ${`${year}-%`} and absent_days > 0)
         order by r.employee_id, r.month`,
  );
}
