import {
  customType,
  date,
  index,
  integer,
  pgTable,
  smallint,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { employees } from './org.schema';

const bytea = customType<{ data: Buffer; driverData: Buffer }>({ dataType: () => 'bytea' });

/** The job-analysis activity catalogue: output unit and standard minutes per unit. */
export const activities = pgTable('activities', {
  id: uuid().primaryKey().defaultRandom(),
  code: text().notNull().unique(),
  name: text().notNull(),
  unit: text().notNull(),
  minutes: smallint().notNull(),
  /** Which positions see it: by type, optionally narrowed by a name prefix; null = all. */
  positionType: text(),
  positionNamePrefix: text(),
});

/**
 * A daily report item: a duty from the catalogue (quantity × standard minutes) or an
 * additional task (start–end). Status: draft → submitted → approved | rejected | returned;
 * a returned item is corrected and submitted again.
 */
export const reportItems = pgTable(
  'report_items',
  {
    id: uuid().primaryKey().defaultRandom(),
    employeeId: uuid()
      .notNull()
      .references(() => employees.id),
    date: date({ mode: 'string' }).notNull(),
    kind: text().notNull(),
    activityId: uuid().references(() => activities.id),
    quantity: integer(),
    task: text(),
    startTime: text(),
    endTime: text(),
    minutes: integer().notNull(),
    output: text().notNull(),
    status: text().notNull(),
    reason: text(),
    submittedAt: timestamp({ withTimezone: true }),
    verifiedBy: uuid().references(() => employees.id),
    verifiedAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull(),
  },
  (t) => [
    index('report_items_employee_date').on(t.employeeId, t.date),
    index('report_items_status_date').on(t.status, t.date),
  ],
);

/** Evidence files (photo or PDF), kept in the database so a backup holds everything. */
export const evidenceFiles = pgTable('evidence_files', {
  id: uuid().primaryKey().defaultRandom(),
  itemId: uuid()
    .notNull()
    .references(() => reportItems.id, { onDelete: 'cascade' }),
  filename: text().notNull(),
  mime: text().notNull(),
  size: integer().notNull(),
  data: bytea().notNull(),
  createdAt: timestamp({ withTimezone: true }).notNull(),
});
