import {
  bigint,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { employees } from './org.schema';

/** Versioned rule sets; a month is computed under the one valid on its first day. */
export const ruleSets = pgTable('rule_sets', {
  id: text().primaryKey(),
  validFrom: date({ mode: 'string' }).notNull().unique(),
  values: jsonb().notNull(),
  createdAt: timestamp({ withTimezone: true }).notNull(),
  createdBy: text().notNull(),
});

/** Month state: closing freezes the month; its results never change afterwards. */
export const months = pgTable('months', {
  month: text().primaryKey(),
  status: text().notNull(),
  ruleSetId: text().references(() => ruleSets.id),
  closedAt: timestamp({ withTimezone: true }),
  closedBy: text(),
  employeeCount: integer(),
});

/** One employee's frozen result for a closed month, with its explanation. */
export const tppResults = pgTable(
  'tpp_results',
  {
    month: text().notNull(),
    employeeId: uuid()
      .notNull()
      .references(() => employees.id),
    agencyId: uuid().notNull(),
    base: bigint({ mode: 'number' }).notNull(),
    disciplinePaid: bigint({ mode: 'number' }).notNull(),
    performancePaid: bigint({ mode: 'number' }).notNull(),
    adjustments: bigint({ mode: 'number' }).notNull().default(0),
    total: bigint({ mode: 'number' }).notNull(),
    /** Deductions after caps, in hundredths of a percent of the discipline part. */
    deductionBp: integer().notNull(),
    productivityPct: text().notNull(),
    verifiedMinutes: integer().notNull(),
    targetMinutes: integer().notNull(),
    workingDays: smallint().notNull(),
    absentDays: smallint().notNull(),
    days: jsonb().notNull(),
    explanation: jsonb().notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.month, t.employeeId] }),
    index('tpp_results_agency').on(t.month, t.agencyId),
  ],
);

/** A correction to a closed month, paid (or taken back) in a later open month. */
export const tppAdjustments = pgTable(
  'tpp_adjustments',
  {
    id: uuid().primaryKey().defaultRandom(),
    employeeId: uuid()
      .notNull()
      .references(() => employees.id),
    /** The open month the line is paid in. */
    month: text().notNull(),
    sourceMonth: text().notNull(),
    amount: bigint({ mode: 'number' }).notNull(),
    description: text().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull(),
    createdBy: text().notNull(),
  },
  (t) => [index('tpp_adjustments_month').on(t.month, t.employeeId)],
);
