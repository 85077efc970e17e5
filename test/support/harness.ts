import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import type { DestinationStream } from 'pino';
import type { Config } from '../../src/config';
import type { Database } from '../../src/db/client';
import {
  accounts,
  actingAssignments,
  activities,
  agencies,
  employeeOffices,
  employees,
  offices,
  positions,
  tenant,
  units,
} from '../../src/db/tables';
import { buildServer } from '../../src/http/server';
import type { GrantedRole } from '../../src/modules/auth/actor';
import { hashPassword } from '../../src/modules/auth/password';
import { createTestDatabase } from './test-database';

export const testPassword = 'Rahasia-2026';
let passwordHash: Promise<string> | null = null;

export function testConfig(overrides: Partial<Config> = {}): Config {
  return Object.freeze({
    port: 0,
    host: '127.0.0.1',
    dataDir: '/tmp/sipolima-test',
    databaseUrl: null,
    engine: 'pglite',
    sessionSecret: 'test-secret-test-secret-test-secret-0123',
    logLevel: 'silent',
    demo: false,
    tzDefault: 'Asia/Makassar',
    tileUrl: '',
    trustProxy: false,
    ...overrides,
  });
}

export type Harness = {
  app: FastifyInstance;
  database: Database;
  db: Database['db'];
  /** The injected clock; tests move it with setNow. */
  setNow(at: Date | string): void;
  request(opts: InjectOptions & { as?: string }): Promise<LightMyRequestResponse>;
  /** Logs in and returns the cookie header to pass as `as`. */
  login(username: string, password?: string): Promise<string>;
  close(): Promise<void>;
};

export type HarnessOptions = {
  /** Replaces fields of testConfig(), e.g. `{ trustProxy: true }`. */
  config?: Partial<Config>;
  /** Runs before app.ready(): register test-only routes or hooks here. */
  beforeReady?: (app: FastifyInstance) => void | Promise<void>;
  /** Turns logging on, into this stream (set `config.logLevel` too; the default is silent). */
  logStream?: DestinationStream;
};

/** A server on a fresh cloned database, with an adjustable clock. */
export async function createHarness(options: HarnessOptions = {}): Promise<Harness> {
  const database = await createTestDatabase();
  let now = new Date('2026-11-02T00:00:00Z');
  const app = await buildServer({
    config: testConfig(options.config),
    database,
    now: () => now,
    logger: !!options.logStream,
    logStream: options.logStream,
  });
  await options.beforeReady?.(app);
  await app.ready();
  await database.db
    .insert(tenant)
    .values({ name: 'Pemerintah Kota Uji', timezone: 'Asia/Makassar' })
    .onConflictDoNothing();
  const request: Harness['request'] = ({ as, headers, ...opts }) =>
    app.inject({ ...opts, headers: { ...headers, ...(as ? { cookie: as } : {}) } });
  return {
    app,
    database,
    db: database.db,
    setNow: (at) => {
      now = typeof at === 'string' ? new Date(at) : at;
    },
    request,
    login: async (username, password = testPassword) => {
      const res = await request({
        method: 'POST',
        url: '/api/auth/login',
        payload: { username, password },
        // Each login from its own address, so a file that logs in many users stays under
        // the login route's per-address rate limit.
        remoteAddress: nextAddress(),
      });
      if (res.statusCode !== 200) throw new Error(`login ${username} failed: ${res.body}`);
      const cookie = res.cookies.find((c) => c.name === 'sipolima_sid');
      return `sipolima_sid=${cookie!.value}`;
    },
    close: async () => {
      await app.close();
      await database.close();
    },
  };
}

let seq = 0;
const next = () => ++seq;
let addressSeq = 0;
const nextAddress = () => {
  addressSeq += 1;
  return `10.200.${Math.floor(addressSeq / 250) % 250}.${(addressSeq % 250) + 1}`;
};

/** Factories with overrides: each returns the inserted row. */
export async function makeAgency(
  db: Database['db'],
  o: Partial<typeof agencies.$inferInsert> = {},
) {
  const n = next();
  const [row] = await db
    .insert(agencies)
    .values({ code: `AG${n}`, name: `Dinas Uji ${n}`, kind: 'dinas', ...o })
    .returning();
  return row;
}

export async function makeUnit(
  db: Database['db'],
  agencyId: string,
  o: Partial<typeof units.$inferInsert> = {},
) {
  const n = next();
  const [row] = await db
    .insert(units)
    .values({ agencyId, code: `U${n}`, name: `Bidang ${n}`, ...o })
    .returning();
  return row;
}

export async function makePosition(
  db: Database['db'],
  agencyId: string,
  o: Partial<typeof positions.$inferInsert> = {},
) {
  const n = next();
  const [row] = await db
    .insert(positions)
    .values({
      agencyId,
      code: `P${n}`,
      name: `Jabatan ${n}`,
      type: 'pelaksana',
      kelasJabatan: 7,
      ...o,
    })
    .returning();
  return row;
}

/** A valid NIP: 1987-03-15, service 2010-01, male, sequence n. */
export function nipFor(n: number, o: { birth?: string; service?: string; gender?: 1 | 2 } = {}) {
  return `${o.birth ?? '19870315'}${o.service ?? '201001'}${o.gender ?? 1}${String(n % 1000).padStart(3, '0')}`;
}

export async function makeEmployee(
  db: Database['db'],
  agencyId: string,
  o: Partial<typeof employees.$inferInsert> = {},
) {
  const n = next();
  const [row] = await db
    .insert(employees)
    .values({
      nip: nipFor(n, { birth: `19${String(50 + (n % 40)).padStart(2, '0')}0315` }),
      name: `Pegawai ${n}`,
      status: 'PNS',
      rank: 'III/a',
      gender: 'L',
      agencyId,
      ...o,
    })
    .returning();
  return row;
}

export async function makeAccount(
  db: Database['db'],
  o: {
    username?: string;
    employeeId?: string;
    roles?: GrantedRole[];
    agencyId?: string;
    label?: string;
  } = {},
) {
  passwordHash ??= hashPassword(testPassword);
  const n = next();
  const [row] = await db
    .insert(accounts)
    .values({
      username: o.username ?? `user${n}`,
      employeeId: o.employeeId,
      roles: o.roles ?? [],
      agencyId: o.agencyId,
      label: o.label ?? `Akun ${n}`,
      passwordHash: await passwordHash,
    })
    .returning();
  return row;
}

/** An office with a 100 m circle in Baubau (WITA). */
export async function makeOffice(db: Database['db'], o: Partial<typeof offices.$inferInsert> = {}) {
  const n = next();
  const [row] = await db
    .insert(offices)
    .values({
      code: `K${n}`,
      name: `Kantor ${n}`,
      timezone: 'Asia/Makassar',
      lat: -5.4667,
      lon: 122.6333,
      radiusM: 100,
      ...o,
    })
    .returning();
  return row;
}

/** Allows the employee to use the offices, in order (the first is the employee's zone). */
export async function allowOffices(db: Database['db'], employeeId: string, officeIds: string[]) {
  if (officeIds.length === 0) return;
  await db
    .insert(employeeOffices)
    .values(officeIds.map((officeId, ordinal) => ({ employeeId, officeId, ordinal })));
}

/** A Plt (default) or Plh assignment; open-ended unless `toDate` is given. */
export async function makeActing(
  db: Database['db'],
  o: Pick<typeof actingAssignments.$inferInsert, 'positionId' | 'employeeId'> &
    Partial<typeof actingAssignments.$inferInsert>,
) {
  const [row] = await db
    .insert(actingAssignments)
    .values({ kind: 'plt', fromDate: '2026-01-01', ...o })
    .returning();
  return row;
}

/** A catalogue activity (generic: every position sees it unless `positionType` is set). */
export async function makeActivity(
  db: Database['db'],
  o: Partial<typeof activities.$inferInsert> = {},
) {
  const n = next();
  const [row] = await db
    .insert(activities)
    .values({ code: `KEG-${n}`, name: `Kegiatan ${n}`, unit: 'dokumen', minutes: 60, ...o })
    .returning();
  return row;
}
