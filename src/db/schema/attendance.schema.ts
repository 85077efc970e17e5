import {
  boolean,
  date,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { offices } from './offices.schema';
import { employees } from './org.schema';

/** National holidays, cuti bersama and local holidays. A date may carry several rows. */
export const holidays = pgTable(
  'holidays',
  {
    id: uuid().primaryKey().defaultRandom(),
    date: date({ mode: 'string' }).notNull(),
    name: text().notNull(),
    /** national | cuti_bersama | local */
    kind: text().notNull(),
  },
  (t) => [uniqueIndex('holidays_date_kind_name').on(t.date, t.kind, t.name)],
);

/**
 * Working-time schedules. `week` maps ISO weekday (1 = Monday) to a day plan
 * `{ start, end, breakStart?, breakEnd? }` in HH:MM office time, or null for a day off.
 * Shift-based schedules (kind 'shift') take their days from `rosters`.
 */
export const schedules = pgTable('schedules', {
  code: text().primaryKey(),
  name: text().notNull(),
  kind: text().notNull(),
  week: jsonb().$type<Record<string, DayPlan | null>>(),
});

export type DayPlan = { start: string; end: string; breakStart?: string; breakEnd?: string };

/** Date ranges with another weekly plan for standard-schedule staff (Ramadan). */
export const specialPeriods = pgTable('special_periods', {
  id: uuid().primaryKey().defaultRandom(),
  name: text().notNull(),
  fromDate: date({ mode: 'string' }).notNull(),
  toDate: date({ mode: 'string' }).notNull(),
  week: jsonb().$type<Record<string, DayPlan | null>>().notNull(),
});

/** Rostered shifts: the attendance day of a shift is the date it starts on. */
export const rosters = pgTable(
  'rosters',
  {
    id: uuid().primaryKey().defaultRandom(),
    employeeId: uuid()
      .notNull()
      .references(() => employees.id),
    date: date({ mode: 'string' }).notNull(),
    start: text().notNull(),
    end: text().notNull(),
  },
  (t) => [uniqueIndex('rosters_employee_date_start').on(t.employeeId, t.date, t.start)],
);

/**
 * Every check-in/out the server received, accepted or refused (refused ones are kept for
 * review, e.g. mocked positions). (employee, client id) is unique: a retried or queued
 * event is stored once and answered as the first time.
 */
export const attendanceEvents = pgTable(
  'attendance_events',
  {
    id: uuid().primaryKey().defaultRandom(),
    employeeId: uuid()
      .notNull()
      .references(() => employees.id),
    kind: text().notNull(),
    clientId: text().notNull(),
    /** The event's time: receive time online, device time when queued offline. */
    at: timestamp({ withTimezone: true }).notNull(),
    receivedAt: timestamp({ withTimezone: true }).notNull(),
    deviceAt: timestamp({ withTimezone: true }),
    lat: doublePrecision().notNull(),
    lon: doublePrecision().notNull(),
    accuracyM: doublePrecision().notNull(),
    mocked: boolean().notNull().default(false),
    offline: boolean().notNull().default(false),
    /** accepted | refused */
    status: text().notNull(),
    reason: text(),
    detail: text(),
    officeId: uuid().references(() => offices.id),
    distanceM: integer(),
    /** Accepted anywhere because the employee is on approved dinas luar that day. */
    dutyAnywhere: boolean().notNull().default(false),
    /** The answer given the first time, replayed for a repeated client id. */
    response: jsonb().notNull(),
  },
  (t) => [
    uniqueIndex('attendance_events_client').on(t.employeeId, t.clientId),
    index('attendance_events_employee_at').on(t.employeeId, t.at),
    index('attendance_events_at').on(t.at),
  ],
);

/** Leave and other absences (DL, izin, tugas belajar) requested by an employee. */
export const leaveRequests = pgTable(
  'leave_requests',
  {
    id: uuid().primaryKey().defaultRandom(),
    employeeId: uuid()
      .notNull()
      .references(() => employees.id),
    kind: text().notNull(),
    fromDate: date({ mode: 'string' }).notNull(),
    toDate: date({ mode: 'string' }).notNull(),
    /** Working days inside the period, counted when requested. */
    workingDays: smallint().notNull(),
    reason: text(),
    /** pending | approved | refused | cancelled */
    status: text().notNull().default('pending'),
    decidedBy: uuid().references(() => employees.id),
    decidedAt: timestamp({ withTimezone: true }),
    decisionNote: text(),
    createdAt: timestamp({ withTimezone: true }).notNull(),
  },
  (t) => [index('leave_employee_dates').on(t.employeeId, t.fromDate, t.toDate)],
);
