import { z } from 'zod';
import { ruleSetOverridesSchema } from '../../../src/modules/tpp/rules/rule-set';

/**
 * The body of POST /api/tpp/rule-sets, built from the server's own override schema so the
 * form refuses what the server would. The server's `ruleSetCreate` lives in its service
 * file, which imports the database, so its id rule is repeated here: keep the two equal.
 */
export const ruleSetCreateForm = z
  .object({
    id: z
      .string()
      .regex(/^[a-z0-9][a-z0-9._-]{1,62}$/, 'huruf kecil, angka, titik, garis bawah atau minus'),
    valid_from: z.iso.date(),
    values: ruleSetOverridesSchema.omit({ id: true, valid_from: true }).strict(),
  })
  .strict();

export type RuleSetCreateForm = z.input<typeof ruleSetCreateForm>;
