/**
 * Check-in benchmark: the 07:30 rush through the real HTTP stack.
 *
 *   npm run bench:checkin                # PostgreSQL, then PGlite
 *   npm run bench:checkin -- postgres    # one engine
 *
 * Per engine, a child process opens a fresh database (PostgreSQL: a `sipolima_bench_*`
 * database created from TEST_DATABASE_URL or postgres://postgres@127.0.0.1:5432/postgres
 * and dropped afterwards; PGlite: a temporary directory), creates 2,000 employees over 20
 * offices with sessions, and serves buildServer() on 127.0.0.1 at a random port. This
 * process drives it with autocannon at 1, 8 and 32 connections for BENCH_SECONDS (10)
 * each, every request a new clientId from the next employee (its cookie, its office's
 * position), then paced at 1,000 check-ins/s. At the same concurrencies it measures bare
 * single-row INSERTs (one autocommit statement each) through `pg` with a pool of that
 * size, and prints check-ins/s ÷ inserts/s.
 *
 * Targets (PostgreSQL): ratio ≥ 0.6; p99 ≤ 50 ms at 1,000 check-ins/s.
 * Traffic goes to 127.0.0.1 only; the run stops by itself (watchdog: 15 minutes).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import pino from 'pino';
import { loadConfig } from '../src/config';
import { type Database, openDatabase, queryRows } from '../src/db/client';
import { buildServer } from '../src/http/server';
import { createSession } from '../src/modules/auth/session.store';

type Engine = 'postgres' | 'pglite';
type Person = { cookie: string; lat: number; lon: number };
type Ready = { port: number; dbUrl: string | null; people: Person[] };
type Figures = { perSecond: number; p50: number; p99: number; failed: number; count: number };
/** CPU milliseconds per operation, where it can be measured. */
type Cost = { serverMs: number | null; pgMs: number | null };

const EMPLOYEES = 2_000;
const OFFICES = 20;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONCURRENCY = [1, 8, 32];
const PACED_RATE = 1_000;
const ADMIN_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
/** The rush: Monday 2 November 2026, 07:00 WITA, running forward in real time. */
const RUSH_START = Date.parse('2026-11-02T07:00:00+08:00');

// autocannon ships no types; this is the part of its API used here.
type CannonRequest = {
  method: string;
  path: string;
  headers?: Record<string, string>;
  body?: string;
};
type CannonResult = {
  duration: number;
  '2xx': number;
  non2xx: number;
  errors: number;
  timeouts: number;
  latency: { p50: number; p99: number };
};
type Autocannon = (opts: {
  url: string;
  connections: number;
  duration: number;
  overallRate?: number;
  requests: Array<{
    method: string;
    path: string;
    setupRequest: (r: CannonRequest) => CannonRequest;
  }>;
}) => Promise<CannonResult>;
const autocannon = createRequire(import.meta.url)('autocannon') as Autocannon;

function withDb(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

function assertLocal(url: string): void {
  const host = new URL(url).hostname;
  if (!['127.0.0.1', 'localhost', '::1', '[::1]'].includes(host)) {
    throw new Error(`the benchmark talks to 127.0.0.1 only; ${host} given`);
  }
}

// ── child: the server ────────────────────────────────────────────────────────────

/** 20 agencies with an office each, 2,000 employees with accounts; set-based SQL. */
async function seed(
  database: Database,
): Promise<Array<{ accountId: string; lat: number; lon: number }>> {
  const { db } = database;
  await db.execute(sql`insert into tenant (name, timezone) values ('Kota Bench', 'Asia/Makassar')`);
  await db.execute(sql`insert into agencies (code, name, kind)
    select 'B' || g, 'Dinas ' || g, 'dinas' from generate_series(1, ${OFFICES}) g`);
  // Offices a kilometre or more apart around Baubau, each a 100 m circle.
  await db.execute(sql`insert into offices (code, agency_id, name, timezone, lat, lon, radius_m)
    select 'K' || a.code, a.id, 'Kantor ' || a.name, 'Asia/Makassar',
           -5.47 + (substr(a.code, 2)::int % 5) * 0.01, 122.6 + (substr(a.code, 2)::int / 5) * 0.01, 100
      from agencies a`);
  await db.execute(sql`
    insert into employees (nip, name, status, rank, gender, agency_id)
    select lpad(g::text, 18, '0'), 'Pegawai ' || g, 'PNS', 'III/a', 'L', a.id
      from generate_series(1, ${EMPLOYEES}) g join agencies a on a.code = 'B' || (1 + g % ${OFFICES})`);
  await db.execute(sql`insert into employee_offices (employee_id, office_id, ordinal)
    select e.id, o.id, 0 from employees e join offices o on o.agency_id = e.agency_id`);
  // No password: the sessions below are made directly (2,000 argon2 hashes would take minutes).
  await db.execute(sql`insert into accounts (username, employee_id, label, password_hash)
    select e.nip, e.id, e.name, '!' from employees e`);
  // A month of history, as a real database has at 07:30: statistics then steer the planner
  // to the indexes (on an empty table it would cache seq-scan plans for the whole run).
  await db.execute(sql`
    insert into attendance_events (employee_id, kind, client_id, at, received_at, lat, lon,
                                   accuracy_m, status, response)
    select e.id, k.kind, k.kind || '-' || d::date, t, t, -5.47, 122.6, 12, 'accepted', '{}'::jsonb
      from employees e
     cross join generate_series('2026-10-01'::date, '2026-10-30'::date, '1 day') d
     cross join (values ('check_in', time '07:20'), ('check_out', time '16:05')) k(kind, clock)
     cross join lateral (select (d::date + k.clock) at time zone 'Asia/Makassar' as t) x
     where extract(isodow from d) < 6`);
  await db.execute(sql`analyze`);
  return queryRows(
    db,
    sql`select a.id as "accountId", o.lat, o.lon from accounts a
          join employee_offices eo on eo.employee_id = a.employee_id
          join offices o on o.id = eo.office_id order by a.username`,
  );
}

async function serve(engine: Engine): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'sipolima-bench-'));
  const name = `sipolima_bench_${process.pid}`;
  const dbUrl = engine === 'postgres' ? withDb(ADMIN_URL, name) : null;
  if (dbUrl) {
    const admin = new pg.Client({ connectionString: ADMIN_URL });
    await admin.connect();
    await admin.query(`create database ${name}`);
    await admin.end();
  }
  const config = loadConfig({
    HOST: '127.0.0.1',
    PORT: '0',
    DATA_DIR: dataDir,
    SESSION_SECRET: randomBytes(32).toString('base64url'),
    LOG_LEVEL: 'info',
    ...(dbUrl ? { DATABASE_URL: dbUrl } : {}),
  });
  const database = await openDatabase(
    dbUrl ? { engine: 'postgres', url: dbUrl } : { engine: 'pglite', dataDir },
  );
  const cleanUp = async () => {
    await database.close().catch(() => {});
    rmSync(dataDir, { recursive: true, force: true });
    if (dbUrl) {
      const admin = new pg.Client({ connectionString: ADMIN_URL });
      await admin.connect();
      await admin.query(`drop database if exists ${name} with (force)`);
      await admin.end();
    }
  };
  try {
    await database.migrate();
    const accounts = await seed(database);
    const t0 = performance.now();
    const now = () => new Date(RUSH_START + (performance.now() - t0));
    const people: Person[] = [];
    await database.db.transaction(async (tx) => {
      for (const a of accounts) {
        const { token } = await createSession(tx, {
          accountId: a.accountId,
          secret: config.sessionSecret,
          ip: '127.0.0.1',
          userAgent: 'bench',
          now: now(),
        });
        people.push({ cookie: `sipolima_sid=${token}`, lat: a.lat, lon: a.lon });
      }
    });
    const app = await buildServer({
      config,
      database,
      now,
      logger: true,
      logStream: pino.destination({ dest: 2, sync: false }),
    });
    let inFlight = 0;
    app.addHook('onRequest', async () => {
      inFlight++;
    });
    app.addHook('onResponse', async () => {
      inFlight--;
    });
    await app.listen({ host: '127.0.0.1', port: 0 });
    const address = app.server.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    process.send?.({ port, dbUrl, people } satisfies Ready);
    await new Promise<void>((resolve) => {
      process.on('message', (m) => {
        if (m === 'stop') resolve();
        if (m === 'cpu') {
          const { user, system } = process.cpuUsage();
          process.send?.({ cpuMs: (user + system) / 1000 });
        }
      });
      process.on('disconnect', () => resolve());
    });
    await app.close();
    // Closing the listener does not wait for handlers still queued behind the pool after
    // autocannon dropped its sockets; let them finish before the database goes.
    for (let waited = 0; inFlight > 0 && waited < 10_000; waited += 50) {
      await new Promise((r) => setTimeout(r, 50));
    }
  } finally {
    await cleanUp();
  }
}

// ── parent: the load ─────────────────────────────────────────────────────────────

async function checkIns(
  ready: Ready,
  connections: number,
  tag: string,
  overallRate?: number,
): Promise<Figures> {
  let n = 0;
  const { people } = ready;
  const result = await autocannon({
    url: `http://127.0.0.1:${ready.port}`,
    connections,
    duration: SECONDS,
    overallRate,
    requests: [
      {
        method: 'POST',
        path: '/api/attendance/check-in',
        setupRequest: (req) => {
          const i = n++;
          const p = people[i % people.length];
          // Within 20 m of the office centre, a different spot each time.
          const north = (((i * 7919) % 41) - 20) / 111_195;
          return {
            ...req,
            headers: { 'content-type': 'application/json', cookie: p.cookie },
            body: JSON.stringify({
              clientId: `${tag}-${i}`,
              lat: p.lat + north,
              lon: p.lon,
              accuracyM: 12,
            }),
          };
        },
      },
    ],
  });
  return {
    perSecond: result['2xx'] / result.duration,
    p50: result.latency.p50,
    p99: result.latency.p99,
    failed: result.non2xx + result.errors + result.timeouts,
    count: result['2xx'],
  };
}

/** `c` loops, each inserting one row per statement, for SECONDS. */
async function bareInserts(insert: (k: string) => Promise<unknown>, c: number): Promise<Figures> {
  const latencies: number[] = [];
  const end = performance.now() + SECONDS * 1000;
  await Promise.all(
    Array.from({ length: c }, async (_, w) => {
      for (let k = 0; performance.now() < end; k++) {
        const t = performance.now();
        await insert(`w${w}-${k}`);
        latencies.push(performance.now() - t);
      }
    }),
  );
  latencies.sort((a, b) => a - b);
  const at = (q: number) =>
    latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))];
  return {
    perSecond: latencies.length / SECONDS,
    p50: at(0.5),
    p99: at(0.99),
    failed: 0,
    count: latencies.length,
  };
}

const TABLE =
  'create table if not exists bench_insert (id bigserial primary key, client_id text not null, at timestamptz not null)';
const INSERT = 'insert into bench_insert (client_id, at) values ($1, now())';

async function baseline(
  engine: Engine,
  ready: Ready,
  c: number,
  pgliteDir: string,
): Promise<Figures> {
  if (engine === 'postgres') {
    const pool = new pg.Pool({ connectionString: ready.dbUrl!, max: c });
    await pool.query(TABLE);
    try {
      return await bareInserts((k) => pool.query(INSERT, [k]), c);
    } finally {
      await pool.end();
    }
  }
  // The embedded engine has no `pg` endpoint: the same statement on a PGlite of our own.
  const lite = await PGlite.create({ dataDir: join(pgliteDir, `c${c}`) });
  await lite.query(TABLE);
  try {
    return await bareInserts((k) => lite.query(INSERT, [k]), c);
  } finally {
    await lite.close();
  }
}

/**
 * CPU milliseconds used so far by each PostgreSQL backend of the bench database (Linux
 * /proc; clock ticks of 10 ms). The machine may be shared, so throughput alone can mislead:
 * CPU per operation does not depend on what else runs.
 */
async function backendCpu(monitor: pg.Client | null): Promise<Map<number, number>> {
  const out = new Map<number, number>();
  if (!monitor) return out;
  const { rows } = await monitor.query<{ pid: number }>(
    'select pid from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()',
  );
  for (const { pid } of rows) {
    try {
      const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
      out.set(pid, (Number(fields[11]) + Number(fields[12])) * 10);
    } catch {
      // Not Linux, or the backend just ended: leave it out.
    }
  }
  return out;
}

function serverCpu(child: ChildProcess): Promise<number> {
  return new Promise((resolve) => {
    const onMessage = (m: unknown) => {
      if (m && typeof m === 'object' && 'cpuMs' in m) {
        child.off('message', onMessage);
        resolve((m as { cpuMs: number }).cpuMs);
      }
    };
    child.on('message', onMessage);
    child.send('cpu');
  });
}

/** Runs `work` and measures the CPU it cost the server process and the database backends. */
async function measured(
  child: ChildProcess | null,
  monitor: pg.Client | null,
  work: () => Promise<Figures>,
): Promise<Figures & Cost> {
  const [s0, b0] = [child ? await serverCpu(child) : null, await backendCpu(monitor)];
  const figures = await work();
  const [s1, b1] = [child ? await serverCpu(child) : null, await backendCpu(monitor)];
  let pg = 0;
  for (const [pid, ms] of b1) pg += ms - (b0.get(pid) ?? 0);
  const per = (ms: number | null) =>
    ms === null || figures.count === 0 ? null : ms / figures.count;
  return {
    ...figures,
    serverMs: per(s0 === null || s1 === null ? null : s1 - s0),
    pgMs: monitor ? per(pg) : null,
  };
}

function startServer(engine: Engine): Promise<{ child: ChildProcess; ready: Ready }> {
  const script = fileURLToPath(import.meta.url);
  // BENCH_PROFILE=DIR writes the server's CPU profile there (open it in Chrome DevTools).
  const profile = process.env.BENCH_PROFILE
    ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_PROFILE}`]
    : [];
  const child = spawn(
    process.execPath,
    [...process.execArgv, ...profile, script, '--serve', engine],
    {
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    },
  );
  return new Promise((resolve, reject) => {
    child.once('message', (m) => resolve({ child, ready: m as Ready }));
    child.once('exit', (code) => reject(new Error(`${engine} server exited (${code})`)));
  });
}

const ms = (v: number) => `${v.toFixed(1)} ms`.padStart(10);
const rate = (v: number) => Math.round(v).toLocaleString('en').padStart(7);

const cpu = (v: number | null) => (v === null ? '     –' : v.toFixed(2).padStart(6));

async function runEngine(engine: Engine): Promise<void> {
  const { child, ready } = await startServer(engine);
  const pgliteDir = mkdtempSync(join(tmpdir(), 'sipolima-bench-bare-'));
  const monitor = ready.dbUrl ? new pg.Client({ connectionString: ready.dbUrl }) : null;
  await monitor?.connect();
  const out = (line: string) => process.stdout.write(`${line}\n`);
  try {
    out(`\n${engine}: ${EMPLOYEES} employees, ${OFFICES} offices, ${SECONDS} s per run`);
    await checkIns(ready, 8, 'warmup'); // JIT, caches and connection pools, not reported
    out(
      '  conc │ check-ins/s    p50      p99   failed  cpu ms: server   db │' +
        ' inserts/s    p50      p99   db cpu ms │ ratio',
    );
    const rows: Array<{ c: number; ci: Figures & Cost; ins: Figures & Cost }> = [];
    for (const c of CONCURRENCY) {
      const ci = await measured(child, monitor, () => checkIns(ready, c, `c${c}`));
      const ins = await measured(null, monitor, () => baseline(engine, ready, c, pgliteDir));
      rows.push({ c, ci, ins });
      out(
        `  ${String(c).padStart(4)} │ ${rate(ci.perSecond)}    ${ms(ci.p50)}${ms(ci.p99)} ${String(ci.failed).padStart(6)}` +
          `          ${cpu(ci.serverMs)} ${cpu(ci.pgMs)} │ ${rate(ins.perSecond)}  ${ms(ins.p50)}${ms(ins.p99)}    ${cpu(ins.pgMs)} │ ${(ci.perSecond / ins.perSecond).toFixed(2)}`,
      );
    }
    const paced = await measured(child, monitor, () => checkIns(ready, 32, 'paced', PACED_RATE));
    out(
      `  paced at ${PACED_RATE}/s (32 connections): ${rate(paced.perSecond).trim()} check-ins/s, ` +
        `p50 ${ms(paced.p50).trim()}, p99 ${ms(paced.p99).trim()}, failed ${paced.failed}`,
    );
    const best = Math.max(...rows.map((r) => r.ci.perSecond / r.ins.perSecond));
    const first1000 = rows.find((r) => r.ci.perSecond >= PACED_RATE);
    out(
      `  target ratio ≥ 0.60: best ${best.toFixed(2)} → ${best >= 0.6 ? 'met' : 'NOT met'}` +
        (engine === 'pglite' ? ' (PGlite baseline is in-process: informative only)' : ''),
    );
    out(
      `  target p99 ≤ 50 ms at 1,000 check-ins/s: paced p99 ${ms(paced.p99).trim()}` +
        (first1000
          ? `; first concurrency reaching 1,000/s: ${first1000.c} (p99 ${ms(first1000.ci.p99).trim()})`
          : '; no concurrency reached 1,000/s') +
        ` → ${paced.p99 <= 50 && paced.perSecond >= PACED_RATE * 0.95 ? 'met' : 'NOT met'}`,
    );
  } finally {
    await monitor?.end();
    if (child.connected) child.send('stop');
    const code =
      child.exitCode ??
      (await new Promise<number | string | null>((resolve) =>
        child.once('exit', (c, signal) => resolve(c ?? signal)),
      ));
    if (code !== 0) out(`  (server process ended with ${code})`);
    rmSync(pgliteDir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const [first, second] = process.argv.slice(2);
  if (first === '--serve') {
    setTimeout(() => process.exit(3), 15 * 60_000).unref();
    await serve(second as Engine);
    process.disconnect?.();
    return;
  }
  assertLocal(ADMIN_URL);
  const watchdog = setTimeout(() => {
    process.stderr.write('bench:checkin: watchdog after 15 minutes, stopping\n');
    process.exit(3);
  }, 15 * 60_000);
  watchdog.unref();
  const engines: Engine[] =
    first === 'postgres' || first === 'pglite' ? [first] : ['postgres', 'pglite'];
  for (const engine of engines) await runEngine(engine);
}

await main();
