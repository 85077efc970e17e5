import { asc, desc, eq, lte, sql } from 'drizzle-orm';
import type { Tx } from '../../db/client';
import { ruleSets } from '../../db/tables';
import {
  applyRuleSetOverrides,
  DEFAULT_RULE_SET,
  type RuleSet,
  ruleSetOverridesSchema,
} from './rules/rule-set';

export type RuleSetRow = typeof ruleSets.$inferSelect;

/** The stored values: every rule field except id and valid_from, which are columns. */
export function storedValuesOf(rules: RuleSet): Record<string, unknown> {
  const { id: _id, valid_from: _from, ...values } = rules;
  return values;
}

/**
 * A stored row as a full rule set. Values are read through the overrides schema on top of
 * the default, so a field added to the rule set later gets its default in old versions.
 */
export function ruleSetOfRow(row: RuleSetRow): RuleSet {
  const values = ruleSetOverridesSchema.parse(row.values ?? {});
  return applyRuleSetOverrides(DEFAULT_RULE_SET, {
    ...values,
    id: row.id,
    valid_from: row.validFrom,
  });
}

/**
 * Inserts the shipped default set "default-2026" when no rule set exists yet. Idempotent
 * and safe when two processes start at once (the id is the primary key).
 */
export async function seedRuleSets(tx: Tx, at: Date = new Date(0)): Promise<void> {
  const [{ n }] = await tx.select({ n: sql<number>`count(*)::int` }).from(ruleSets);
  if (n > 0) return;
  await tx
    .insert(ruleSets)
    .values({
      id: DEFAULT_RULE_SET.id,
      validFrom: DEFAULT_RULE_SET.valid_from,
      values: storedValuesOf(DEFAULT_RULE_SET),
      createdAt: at,
      createdBy: 'system',
    })
    .onConflictDoNothing();
}

/**
 * The version in force on `date` (the latest valid_from on or before it). A date before
 * every version falls back to the earliest: the product never computes without rules.
 */
export async function findRuleSetInForce(tx: Tx, date: string): Promise<RuleSet> {
  const [row] = await tx
    .select()
    .from(ruleSets)
    .where(lte(ruleSets.validFrom, date))
    .orderBy(desc(ruleSets.validFrom))
    .limit(1);
  if (row) return ruleSetOfRow(row);
  const [earliest] = await tx.select().from(ruleSets).orderBy(asc(ruleSets.validFrom)).limit(1);
  return earliest ? ruleSetOfRow(earliest) : DEFAULT_RULE_SET;
}

export async function findRuleSet(tx: Tx, id: string): Promise<RuleSet | null> {
  const [row] = await tx.select().from(ruleSets).where(eq(ruleSets.id, id));
  return row ? ruleSetOfRow(row) : null;
}

export async function listRuleSets(tx: Tx): Promise<RuleSetRow[]> {
  return tx.select().from(ruleSets).orderBy(desc(ruleSets.validFrom));
}

export async function findRuleSetByValidFrom(tx: Tx, validFrom: string) {
  const [row] = await tx.select().from(ruleSets).where(eq(ruleSets.validFrom, validFrom));
  return row ?? null;
}

export async function insertRuleSet(
  tx: Tx,
  rules: RuleSet,
  meta: { createdAt: Date; createdBy: string },
): Promise<RuleSetRow> {
  const [row] = await tx
    .insert(ruleSets)
    .values({
      id: rules.id,
      validFrom: rules.valid_from,
      values: storedValuesOf(rules),
      createdAt: meta.createdAt,
      createdBy: meta.createdBy,
    })
    .returning();
  return row;
}
