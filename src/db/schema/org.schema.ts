import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  check,
  date,
  index,
  integer,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

/** One row: the local government this deployment serves. */
export const tenant = pgTable('tenant', {
  id: smallint().primaryKey().default(1),
  name: text().notNull(),
  timezone: text().notNull(),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

/** An OPD (dinas, badan, kecamatan, kelurahan, RSUD…). Kelurahan point at their kecamatan. */
export const agencies = pgTable('agencies', {
  id: uuid().primaryKey().defaultRandom(),
  code: text().notNull().unique(),
  name: text().notNull(),
  kind: text().notNull(),
  parentId: uuid().references((): never => agencies.id as never),
  active: boolean().notNull().default(true),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

export const units = pgTable(
  'units',
  {
    id: uuid().primaryKey().defaultRandom(),
    agencyId: uuid()
      .notNull()
      .references(() => agencies.id),
    code: text().notNull(),
    name: text().notNull(),
  },
  (t) => [uniqueIndex('units_agency_code').on(t.agencyId, t.code)],
);

/** The position tree. A structural position has one holder; pelaksana positions may have many. */
export const positions = pgTable(
  'positions',
  {
    id: uuid().primaryKey().defaultRandom(),
    agencyId: uuid()
      .notNull()
      .references(() => agencies.id),
    unitId: uuid().references(() => units.id),
    code: text().notNull().unique(),
    name: text().notNull(),
    type: text().notNull(),
    kelasJabatan: smallint().notNull(),
    parentId: uuid().references((): never => positions.id as never),
    shiftBased: boolean().notNull().default(false),
  },
  (t) => [
    index('positions_parent').on(t.parentId),
    index('positions_agency').on(t.agencyId),
    check('positions_kelas_range', sql`${t.kelasJabatan} between 1 and 17`),
  ],
);

export const employees = pgTable(
  'employees',
  {
    id: uuid().primaryKey().defaultRandom(),
    nip: text().notNull().unique(),
    frontTitle: text(),
    name: text().notNull(),
    backTitle: text(),
    status: text().notNull(),
    rank: text().notNull(),
    gender: text().notNull(),
    agencyId: uuid()
      .notNull()
      .references(() => agencies.id),
    positionId: uuid().references(() => positions.id),
    schedule: text().notNull().default('standard'),
    /** Individual monthly TPP base in rupiah; null = from the kelas jabatan table. */
    tppIndividual: bigint({ mode: 'number' }),
    annualLeaveCarry: smallint().notNull().default(0),
    active: boolean().notNull().default(true),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('employees_position').on(t.positionId), index('employees_agency').on(t.agencyId)],
);

/** Acting holders (Plt/Plh) of a position for a period; `to` null = open-ended. */
export const actingAssignments = pgTable(
  'acting_assignments',
  {
    id: uuid().primaryKey().defaultRandom(),
    positionId: uuid()
      .notNull()
      .references(() => positions.id),
    employeeId: uuid()
      .notNull()
      .references(() => employees.id),
    kind: text().notNull(),
    fromDate: date({ mode: 'string' }).notNull(),
    toDate: date({ mode: 'string' }),
  },
  (t) => [index('acting_position').on(t.positionId)],
);

/** Tenant table: monthly TPP base per kelas jabatan, integer rupiah. */
export const tppClassAmounts = pgTable('tpp_class_amounts', {
  kelas: smallint().primaryKey(),
  amount: bigint({ mode: 'number' }).notNull(),
});

export const employeeOffices = pgTable(
  'employee_offices',
  {
    employeeId: uuid()
      .notNull()
      .references(() => employees.id, { onDelete: 'cascade' }),
    officeId: uuid().notNull(),
    /** 0 = first allowed office: its zone is the employee's zone. */
    ordinal: integer().notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.employeeId, t.officeId] })],
);
