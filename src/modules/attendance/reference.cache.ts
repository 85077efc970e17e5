import { performance } from 'node:perf_hooks';
import type { Tx } from '../../db/client';
import {
  applyRuleSetOverrides,
  DEFAULT_RULE_SET,
  type RuleSet,
  ruleSetOverridesSchema,
} from '../tpp/rules/rule-set';
import {
  findTenantZone,
  listHolidays,
  listRuleSetRows,
  listSchedules,
  listSpecialPeriods,
} from './calendar.store';
import { type Holiday, type HolidayIndex, indexHolidays } from './rules/calendar.rules';
import type { PlannedShift } from './rules/schedule.rules';
import type { ScheduleDef, SpecialPeriodDef } from './shift-plan';
import { toWeekPattern } from './week';

/**
 * Reference data the check-in path reads on every request and admins change a few times
 * a year: holidays, schedules, special periods, rule sets, the tenant zone. Kept in
 * memory per database for a few seconds so the 07:30 rush costs no query for them.
 *
 * A change made through this process invalidates at once (the admin services call
 * {@link invalidateReference}); another server process sees it within {@link TTL_MS}.
 * That delay is harmless: these rows change days ahead of the dates they govern.
 */
export type Reference = {
  holidays: HolidayIndex;
  specialPeriods: readonly SpecialPeriodDef[];
  schedules: ReadonlyMap<string, ScheduleDef>;
  /** Newest valid_from first. */
  ruleSets: readonly RuleSet[];
  tenantZone: string;
  /**
   * Weekly schedules planned per (zone, schedule, date): the same for everyone on that
   * schedule, so the rush computes each once. Lives and dies with this object.
   */
  plans: Map<string, PlannedShift[]>;
};

const TTL_MS = 10_000;
const FALLBACK_ZONE = 'Asia/Makassar';

// Keyed by the database object: tests and the scenario runner open many databases in
// one process, and each must see its own data.
const cache = new WeakMap<object, { loadedAt: number; value: Promise<Reference> }>();

/** The reference data of `db`, from memory when fresh. */
export function loadReference(db: Tx): Promise<Reference> {
  // A monotonic clock, not the app clock: freshness is about real elapsed time, and the
  // app clock is simulated in tests and the scenario runner.
  const t = performance.now();
  const hit = cache.get(db);
  if (hit && t - hit.loadedAt < TTL_MS) return hit.value;
  const value = readReference(db);
  cache.set(db, { loadedAt: t, value });
  value.catch(() => {
    if (cache.get(db)?.value === value) cache.delete(db);
  });
  return value;
}

/** Forgets the cached data of `db`; the next read loads it again. */
export function invalidateReference(db: Tx): void {
  cache.delete(db);
}

/** `make()` once per key for this reference data; a bounded memo (cleared when full). */
export function memoPlan(ref: Reference, key: string, make: () => PlannedShift[]): PlannedShift[] {
  const hit = ref.plans.get(key);
  if (hit) return hit;
  if (ref.plans.size >= 5_000) ref.plans.clear();
  const made = make();
  ref.plans.set(key, made);
  return made;
}

/** The rule set in force on `date` (the newest with valid_from ≤ date), else the default. */
export function ruleSetOn(ref: Reference, date: string): RuleSet {
  return ref.ruleSets.find((r) => r.valid_from <= date) ?? DEFAULT_RULE_SET;
}

async function readReference(db: Tx): Promise<Reference> {
  const [holidayRows, scheduleRows, periodRows, ruleRows, zone] = await Promise.all([
    listHolidays(db, null),
    listSchedules(db),
    listSpecialPeriods(db, null),
    listRuleSetRows(db),
    findTenantZone(db),
  ]);
  // National days first so that a date with a national and a local holiday shows the former.
  const rank = (kind: string) => (kind === 'local' ? 1 : 0);
  const sorted = [...holidayRows].sort((a, b) => rank(a.kind) - rank(b.kind));
  return {
    holidays: indexHolidays(sorted as Holiday[]),
    specialPeriods: periodRows.map((p) => ({
      from: p.fromDate,
      to: p.toDate,
      week: toWeekPattern(p.week),
    })),
    schedules: new Map(
      scheduleRows.map((s) => [
        s.code,
        {
          code: s.code,
          name: s.name,
          kind: s.kind === 'shift' ? 'shift' : 'weekly',
          week: s.kind === 'shift' ? null : toWeekPattern(s.week),
        } satisfies ScheduleDef,
      ]),
    ),
    ruleSets: ruleRows
      .map((r) => parseRuleSet(r.id, r.validFrom, r.values))
      .sort((a, b) => b.valid_from.localeCompare(a.valid_from)),
    tenantZone: zone ?? FALLBACK_ZONE,
    plans: new Map(),
  };
}

/**
 * A stored rule set is the default with its values over it, whether the row holds a full
 * set or only the changed fields. An invalid row fails loudly: guessing would pay people
 * under rules nobody adopted.
 */
function parseRuleSet(id: string, validFrom: string, values: unknown): RuleSet {
  const overrides = ruleSetOverridesSchema.parse(values ?? {});
  return { ...applyRuleSetOverrides(DEFAULT_RULE_SET, overrides), id, valid_from: validFrom };
}
