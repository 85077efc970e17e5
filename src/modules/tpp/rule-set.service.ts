import { z } from 'zod';
import type { Db } from '../../db/client';
import { fail } from '../../http/errors';
import { invalidateReference } from '../attendance/reference.cache';
import { writeAudit } from '../audit/audit.store';
import type { Actor } from '../auth/actor';
import { can } from '../auth/permissions';
import {
  findRuleSet,
  findRuleSetByValidFrom,
  findRuleSetInForce,
  insertRuleSet,
  listRuleSets,
  ruleSetOfRow,
  seedRuleSets,
} from './rule-set.store';
import {
  applyRuleSetOverrides,
  type RuleSet,
  ruleSetOverridesSchema,
  toDecimal,
} from './rules/rule-set';
import { findMonth } from './tpp-results.store';

/** A new version: its id, the day it takes effect, and the fields that change. */
export const ruleSetCreate = z
  .object({
    id: z
      .string()
      .regex(/^[a-z0-9][a-z0-9._-]{1,62}$/, 'huruf kecil, angka, titik, garis bawah atau minus'),
    valid_from: z.iso.date(),
    values: ruleSetOverridesSchema.omit({ id: true, valid_from: true }).strict(),
  })
  .strict();

export type RuleSetCreate = z.infer<typeof ruleSetCreate>;

/** Every version, newest first. Rules are public policy: any logged-in person may read. */
export async function listRuleSetVersions(db: Db): Promise<RuleSet[]> {
  await seedRuleSets(db);
  return (await listRuleSets(db)).map(ruleSetOfRow);
}

/**
 * Adds a rule-set version (admin BKPSDM). Fields not given keep the value of the version
 * in force on `valid_from`, so a change of one number is one field. A version may not
 * start inside a closed month: a closed month keeps the rules it was paid under.
 */
export async function createRuleSet(
  db: Db,
  actor: Actor,
  input: RuleSetCreate,
  now: Date,
): Promise<RuleSet> {
  if (!can(actor, 'ruleset.write')) throw fail('forbidden');
  const created = await db.transaction(async (tx) => {
    await seedRuleSets(tx);
    const month = await findMonth(tx, input.valid_from.slice(0, 7));
    if (month?.status === 'closed') {
      throw fail(
        'month_closed',
        { field: 'valid_from', month: month.month },
        'Aturan baru tidak boleh berlaku mulai bulan yang sudah ditutup.',
      );
    }
    if (await findRuleSet(tx, input.id)) {
      throw fail('duplicate_code', { field: 'id' }, `Versi aturan "${input.id}" sudah ada.`);
    }
    if (await findRuleSetByValidFrom(tx, input.valid_from)) {
      throw fail(
        'conflict',
        { field: 'valid_from' },
        `Sudah ada versi aturan yang berlaku mulai ${input.valid_from}.`,
      );
    }
    const base = await findRuleSetInForce(tx, input.valid_from);
    const rules = applyRuleSetOverrides(base, {
      ...input.values,
      id: input.id,
      valid_from: input.valid_from,
    });
    // D and P split the base: together they must be the whole base, never more or less.
    if (!toDecimal(rules.discipline_share).plus(toDecimal(rules.performance_share)).eq(1)) {
      throw fail(
        'validation_failed',
        {
          fields: [
            { field: 'values.performance_share', reason: 'jumlah dengan discipline_share harus 1' },
          ],
        },
        'Bagian disiplin dan bagian kinerja harus berjumlah 100% dari TPP dasar.',
      );
    }
    await insertRuleSet(tx, rules, { createdAt: now, createdBy: actor.label });
    await writeAudit(tx, actor, {
      action: 'ruleset.create',
      entity: 'rule_set',
      entityId: rules.id,
      details: { valid_from: rules.valid_from, values: input.values, basedOn: base.id },
      at: now,
    });
    return rules;
  });
  // The check-in path keeps rule sets in memory; it must see the new version at once.
  invalidateReference(db);
  return created;
}
