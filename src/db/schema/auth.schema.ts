import { sql } from 'drizzle-orm';
import {
  bigserial,
  boolean,
  index,
  inet,
  jsonb,
  pgTable,
  smallint,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { agencies, employees } from './org.schema';

/** A login. Employees log in with their NIP; others with a username. */
export const accounts = pgTable('accounts', {
  id: uuid().primaryKey().defaultRandom(),
  username: text().notNull().unique(),
  employeeId: uuid()
    .unique()
    .references(() => employees.id),
  label: text().notNull(),
  passwordHash: text().notNull(),
  /** Granted roles; `pegawai` follows from employeeId and `atasan` from the position tree. */
  roles: text().array().notNull().default(sql`'{}'::text[]`),
  /** For admin_opd: the agency it administers. */
  agencyId: uuid().references(() => agencies.id),
  failedLogins: smallint().notNull().default(0),
  lockedUntil: timestamp({ withTimezone: true }),
  active: boolean().notNull().default(true),
  passwordChangedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

/** Server-side sessions. The id is the SHA-256 of the cookie token, so a leaked table is not a key. */
export const sessions = pgTable(
  'sessions',
  {
    id: text().primaryKey(),
    accountId: uuid()
      .notNull()
      .references(() => accounts.id),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    revokedAt: timestamp({ withTimezone: true }),
    ip: text(),
    userAgent: text(),
  },
  (t) => [index('sessions_account').on(t.accountId)],
);

/** Append-only: a trigger in the migrations refuses UPDATE and DELETE. */
export const auditLog = pgTable(
  'audit_log',
  {
    id: bigserial({ mode: 'number' }).primaryKey(),
    at: timestamp({ withTimezone: true }).notNull().defaultNow(),
    actorAccountId: uuid(),
    actorLabel: text().notNull(),
    ip: inet(),
    action: text().notNull(),
    entity: text().notNull(),
    entityId: text(),
    details: jsonb(),
  },
  (t) => [index('audit_at').on(t.at), index('audit_entity').on(t.entity, t.entityId)],
);
