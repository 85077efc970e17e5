import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { stdErrors, zodApp } from '../../http/route-helpers';
import { requireActor } from '../auth/auth.hook';
import { createRuleSet, listRuleSetVersions, ruleSetCreate } from './rule-set.service';

const tags = ['tpp'];

/** The rule set as the API shows it: every field, decimals as strings. */
const ruleSetOut = z
  .object({
    id: z.string(),
    valid_from: z.string(),
    discipline_share: z.string(),
    performance_share: z.string(),
    deduction_pct: z.record(z.string(), z.string()),
    band_upper_minutes: z.array(z.number()).readonly(),
    daily_cap_pct: z.string(),
    monthly_cap_pct: z.string(),
    grace_minutes: z.number(),
    accuracy_limit_m: z.number(),
    offline_max_age_hours: z.number(),
    target_minutes_per_day: z.number(),
    free_special_leave_days: z.number(),
    special_leave_deduction_pct: z.string(),
    permission_deduction_pct: z.string(),
    prorated_leave_kinds: z.array(z.string()).readonly(),
    auto_approve_unverified: z.boolean(),
    entry_deadline_days: z.number(),
    verification_deadline_day: z.number(),
  })
  .describe('A TPP rule-set version');

/** Versioned TPP rule sets (DOMAIN §4): read by anyone logged in, added by admin BKPSDM. */
export async function ruleSetRoutes(fastify: FastifyInstance): Promise<void> {
  const app = zodApp(fastify);
  const { database, now } = app.ctx;
  const db = database.db;

  app.get(
    '/api/tpp/rule-sets',
    {
      schema: {
        tags,
        summary: 'Rule-set versions, newest first',
        response: { 200: z.object({ items: z.array(ruleSetOut) }), ...stdErrors },
      },
    },
    async (req) => {
      requireActor(req);
      return { items: await listRuleSetVersions(db) };
    },
  );

  app.post(
    '/api/tpp/rule-sets',
    {
      schema: {
        tags,
        summary: 'Add a rule-set version (admin BKPSDM)',
        description:
          'Fields left out of `values` keep the value of the version in force on ' +
          '`valid_from`. An unknown field is refused. A month is computed under the ' +
          'version in force on its first day.',
        body: ruleSetCreate,
        response: { 201: ruleSetOut, ...stdErrors },
      },
    },
    async (req, reply) => {
      const created = await createRuleSet(db, requireActor(req), req.body, now());
      req.log.info({ ruleSetId: created.id, validFrom: created.valid_from }, 'rule set added');
      return reply.status(201).send(created);
    },
  );
}
