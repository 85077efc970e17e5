import { parse as parseYaml, YAMLParseError } from 'yaml';
import { type Database, openDatabase } from '../../db/client';
import { indexHolidays, workingDaysOfMonth } from '../attendance/rules/calendar.rules';
import { systemActor } from '../auth/actor';
import { closeMonth } from '../tpp/month-close.service';
import { monthEnd } from '../tpp/month-compute.service';
import { loadMonthContext } from '../tpp/month-inputs.store';
import { findRuleSet } from '../tpp/rule-set.store';
import type { RuleSet } from '../tpp/rules/rule-set';
import { Dec } from '../tpp/rules/rule-set';
import { formatDecimal } from '../tpp/rules/tpp.rules';
import { explainStored } from '../tpp/tpp-results.service';
import { findMonth, findResults, type StoredResult } from '../tpp/tpp-results.store';
import { formatIssues, type Scenario, scenarioSchema } from './scenario.schema';
import { playEvents, type Refusal } from './scenario-play';
import { buildWorld, checkReferences, ScenarioInvalid } from './scenario-world';

/** The printed result (SCENARIOS.md). */
export type SimulationResult = {
  rule_set: string;
  months: Array<{ month: string; working_days: number; employees: unknown[] }>;
  refused: Refusal[];
};

/**
 * Parses and validates a scenario file's text. Throws ScenarioInvalid with every problem
 * as `path: reason`, so nothing runs (and nothing is printed) for an invalid file.
 */
export function parseScenario(text: string): Scenario {
  let raw: unknown;
  try {
    raw = parseYaml(text, { prettyErrors: true, uniqueKeys: true });
  } catch (err) {
    if (err instanceof YAMLParseError) {
      const where = err.linePos?.[0] ? `line ${err.linePos[0].line}` : '(file)';
      throw new ScenarioInvalid([`${where}: ${err.message.split('\n')[0]}`]);
    }
    throw err;
  }
  const parsed = scenarioSchema.safeParse(raw ?? {});
  if (!parsed.success) throw new ScenarioInvalid(formatIssues(parsed.error.issues));
  const problems = checkReferences(parsed.data);
  if (problems.length) throw new ScenarioInvalid(problems);
  return parsed.data;
}

function employeeShape(r: StoredResult, month: string, rules: RuleSet | null) {
  return {
    nip: r.nip,
    days: r.days ?? [],
    attendance: {
      absent_days: r.absentDays,
      deduction_pct: formatDecimal(new Dec(r.deductionBp).dividedBy(100)),
    },
    performance: {
      verified_minutes: r.verifiedMinutes,
      target_minutes: r.targetMinutes,
      productivity_pct: r.productivityPct,
    },
    tpp: {
      base: r.base,
      discipline_paid: r.disciplinePaid,
      performance_paid: r.performancePaid,
      adjustments: r.adjustments,
      total: r.total,
    },
    ...(rules ? { explanation: explainStored(month, rules, r) } : {}),
  };
}

/**
 * Runs a scenario in a fresh in-memory database: builds the world, plays the events
 * through the services, closes each month of `months` (unless an event closed it) and
 * reads the frozen results back, exactly as the API would show them.
 */
export async function runScenario(
  scenario: Scenario,
  opts: {
    explain?: boolean;
    /** An empty, migrated database to run in (tests); a fresh in-memory one otherwise. */
    database?: Database;
  } = {},
): Promise<SimulationResult> {
  const database = opts.database ?? (await openDatabase({ engine: 'pglite', dataDir: null }));
  try {
    if (!opts.database) await database.migrate();
    const { db } = database;
    const world = await buildWorld(db, scenario);
    const { refused, state } = await playEvents(db, scenario, world);
    const lastEvent = scenario.events.reduce((max, e) => Math.max(max, Date.parse(e.at)), 0);
    const admin = systemActor('simulasi');
    const months: SimulationResult['months'] = [];
    let ruleSet = '';
    for (const month of scenario.months) {
      const row = await findMonth(db, month);
      if (row?.status !== 'closed') {
        // Closed once the month is over and every event has been played.
        const end = monthEnd(month, scenario.timezone).getTime();
        await closeMonth(db, admin, month, new Date(Math.max(lastEvent, end)));
      }
      state.closed.add(month);
      const ctx = await loadMonthContext(db, month);
      const { items } = await findResults(db, month, { withDetail: true });
      const byId = new Map(items.map((r) => [r.employeeId, r]));
      const ruleSetId = (await findMonth(db, month))?.ruleSetId ?? '';
      ruleSet ||= ruleSetId;
      const rules = opts.explain ? await findRuleSet(db, ruleSetId) : null;
      months.push({
        month,
        working_days: workingDaysOfMonth(month, indexHolidays(ctx.holidays)).length,
        employees: world.order
          .map((id) => byId.get(id))
          .filter((r): r is StoredResult => r !== undefined)
          .map((r) => employeeShape(r, month, rules)),
      });
    }
    return { rule_set: ruleSet, months, refused };
  } finally {
    if (!opts.database) await database.close();
  }
}
