import { sql } from 'drizzle-orm';
import type { z } from 'zod';
import { type Db, queryRows, type Tx } from '../../db/client';
import { fail } from '../../http/errors';
import { localDateOf } from '../attendance/rules/schedule.rules';
import type { Actor } from '../auth/actor';
import { type Action, can } from '../auth/permissions';
import { directSubordinatesOf, supervisorsOf } from '../org/supervision.store';
import type { EmployeeMonthResult } from './month-compute';
import { computeLive } from './month-compute.service';
import { explainMonth } from './month-explain';
import { findEmployeeAgency, type MonthScope, pageScopeEmployees } from './month-scope.store';
import { findRuleSet } from './rule-set.store';
import { DEFAULT_RULE_SET, Dec, type RuleSet } from './rules/rule-set';
import { formatDecimal } from './rules/tpp.rules';
import type { resultDetail, resultSummary, resultsPage, resultsQuery } from './tpp.schema';
import { findMonth, findResults, type StoredResult } from './tpp-results.store';

type Summary = z.infer<typeof resultSummary>;
type Detail = z.infer<typeof resultDetail>;

async function tenantToday(tx: Tx, now: Date): Promise<string> {
  const [row] = await queryRows<{ timezone: string }>(
    tx,
    sql`select timezone from tenant order by id limit 1`,
  );
  return localDateOf(now, row?.timezone ?? 'Asia/Makassar');
}

/**
 * Whose results an actor may read for a month: one employee (own, a direct
 * subordinate, an agency admin's staff, or anyone for city-wide readers), one agency, or
 * without filters everything the actor's role covers (all; an admin OPD's agency; an
 * employee's own and their team's). Keuangan reads closed months only (`monthClosed`).
 */
export async function resolveScope(
  tx: Tx,
  actor: Actor,
  action: Action,
  query: { agencyId?: string; employeeId?: string; monthClosed?: boolean },
  now: Date,
): Promise<MonthScope> {
  const { monthClosed } = query;
  if (query.employeeId) {
    const employee = await findEmployeeAgency(tx, query.employeeId);
    if (!employee) throw fail('not_found');
    const today = await tenantToday(tx, now);
    const supervisorIds = (await supervisorsOf(tx, [employee.id], today)).get(employee.id) ?? [];
    const resource = {
      employeeId: employee.id,
      agencyId: employee.agencyId,
      supervisorIds,
      monthClosed,
    };
    if (!can(actor, action, resource)) throw fail('forbidden');
    return { kind: 'employees', ids: [employee.id] };
  }
  if (query.agencyId) {
    if (!can(actor, action, { agencyId: query.agencyId, monthClosed })) throw fail('forbidden');
    return { kind: 'agency', agencyId: query.agencyId };
  }
  if (can(actor, action, { monthClosed })) return { kind: 'all' };
  if (actor.adminAgencyId && can(actor, action, { agencyId: actor.adminAgencyId, monthClosed })) {
    return { kind: 'agency', agencyId: actor.adminAgencyId };
  }
  if (actor.employeeId && can(actor, action, { employeeId: actor.employeeId, monthClosed })) {
    const team = await directSubordinatesOf(tx, actor.employeeId, await tenantToday(tx, now));
    return { kind: 'employees', ids: [actor.employeeId, ...team] };
  }
  throw fail('forbidden');
}

/** The sentences of a frozen result, rendered from its stored days and facts. */
export function explainStored(month: string, rules: RuleSet, row: StoredResult): string[] {
  if (!row.facts || !row.days) return [];
  return explainMonth({
    month,
    mode: 'close',
    rules,
    days: row.days,
    facts: row.facts,
    figures: row,
  });
}

function pctOfBp(bp: number): string {
  return formatDecimal(new Dec(bp).dividedBy(100));
}

function summaryOfStored(r: StoredResult): Summary {
  return {
    employeeId: r.employeeId,
    nip: r.nip,
    name: r.name,
    rank: r.rank,
    positionName: r.positionName,
    agencyId: r.agencyId,
    base: r.base,
    disciplinePaid: r.disciplinePaid,
    performancePaid: r.performancePaid,
    adjustments: r.adjustments,
    total: r.total,
    deductionPct: pctOfBp(r.deductionBp),
    productivityPct: r.productivityPct,
    verifiedMinutes: r.verifiedMinutes,
    targetMinutes: r.targetMinutes,
    workingDays: r.workingDays,
    absentDays: r.absentDays,
  };
}

function summaryOfLive(r: EmployeeMonthResult): Summary {
  return {
    employeeId: r.employeeId,
    nip: r.nip,
    name: r.name,
    rank: r.rank,
    positionName: r.positionName,
    agencyId: r.agencyId,
    base: r.base,
    disciplinePaid: r.disciplinePaid,
    performancePaid: r.performancePaid,
    adjustments: r.adjustments,
    total: r.total,
    deductionPct: r.deductionPct,
    productivityPct: r.productivityPct,
    verifiedMinutes: r.verifiedMinutes,
    targetMinutes: r.targetMinutes,
    workingDays: r.workingDays,
    absentDays: r.absentDays,
  };
}

/**
 * Results of a month for the actor's scope: frozen rows of a closed month, or the live
 * computation of the page's employees for an open one.
 */
export async function listResults(
  db: Db,
  actor: Actor,
  query: z.infer<typeof resultsQuery>,
  now: Date,
): Promise<z.infer<typeof resultsPage>> {
  const month = await findMonth(db, query.month);
  const closed = month?.status === 'closed';
  const scope = await resolveScope(db, actor, 'tpp.read', { ...query, monthClosed: closed }, now);
  const page = { limit: query.limit, offset: query.offset };
  if (closed) {
    const { items, total } = await findResults(db, query.month, {
      agencyId: scope.kind === 'agency' ? scope.agencyId : undefined,
      employeeIds: scope.kind === 'employees' ? scope.ids : undefined,
      ...page,
    });
    return {
      month: query.month,
      closed,
      ruleSetId: month?.ruleSetId ?? null,
      items: items.map(summaryOfStored),
      total,
      ...page,
    };
  }
  const { ids, total } = await pageScopeEmployees(db, query.month, scope, page);
  const { results, prep } = await computeLive(db, query.month, ids, now);
  return {
    month: query.month,
    closed,
    ruleSetId: prep.rules.id,
    items: results.map(summaryOfLive),
    total,
    ...page,
  };
}

/** One employee's month with days and explanation: frozen when closed, live otherwise. */
export async function getResult(
  db: Db,
  actor: Actor,
  monthId: string,
  employeeId: string,
  now: Date,
  action: Action = 'tpp.read',
): Promise<Detail> {
  const month = await findMonth(db, monthId);
  const closed = month?.status === 'closed';
  await resolveScope(db, actor, action, { employeeId, monthClosed: closed }, now);
  if (closed) {
    const [row] = (await findResults(db, monthId, { employeeIds: [employeeId], withDetail: true }))
      .items;
    if (!row) throw fail('not_found', { month: monthId, employeeId });
    const rules =
      (month?.ruleSetId && (await findRuleSet(db, month.ruleSetId))) || DEFAULT_RULE_SET;
    return {
      ...summaryOfStored(row),
      month: monthId,
      closed,
      ruleSetId: month?.ruleSetId ?? null,
      days: row.days ?? [],
      explanation: explainStored(monthId, rules, row),
    };
  }
  const { results, prep } = await computeLive(db, monthId, [employeeId], now);
  const [live] = results;
  if (!live) throw fail('not_found', { month: monthId, employeeId });
  return {
    ...summaryOfLive(live),
    month: monthId,
    closed,
    ruleSetId: live.ruleSetId,
    days: live.days,
    explanation: explainMonth({
      month: monthId,
      mode: 'live',
      rules: prep.rules,
      days: live.days,
      facts: live.facts,
      figures: live,
    }),
  };
}
