/**
 * Month-close benchmark: N employees × one month (November 2026) of check-ins,
 * check-outs, some leave and approved report items, generated with set-based SQL, then
 * `closeMonth` timed. Each (engine, N) runs in its own process so peak RSS is its own.
 *
 *   npm run bench:close                 # PostgreSQL and PGlite, N = 3,000 / 10,000 / 30,000
 *   npm run bench:close -- pglite 3000  # one engine, chosen sizes
 *
 * PostgreSQL: a fresh `sipolima_bench_*` database on BENCH_DATABASE_URL (default
 * postgres://postgres@127.0.0.1:5432/postgres), dropped afterwards.
 * Targets: 30,000 employees ≤ 15 s on PostgreSQL, ≤ 30 s embedded.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { type Database, openDatabase } from '../src/db/client';
import {
  HOLIDAYS_2026,
  indexHolidays,
  workingDaysOfMonth,
} from '../src/modules/attendance/rules/calendar.rules';
import { systemActor } from '../src/modules/auth/actor';
import { closeMonth } from '../src/modules/tpp/month-close.service';

const MONTH = '2026-11';
const ADMIN_URL = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
type Engine = 'postgres' | 'pglite';

function withDb(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

/** Every row of the month, in a handful of INSERT … SELECT statements. */
async function generate(database: Database, n: number): Promise<void> {
  const { db } = database;
  const days = workingDaysOfMonth(MONTH, indexHolidays(HOLIDAYS_2026));
  const dayList = sql.raw(days.map((d, i) => `('${d}'::date, ${i})`).join(', '));
  await db.execute(sql`insert into tenant (name, timezone) values ('Kota Bench', 'Asia/Makassar')`);
  await db.execute(sql`insert into agencies (code, name, kind)
    select 'B' || g, 'Dinas ' || g, 'dinas' from generate_series(1, 40) g`);
  await db.execute(sql`insert into offices (code, agency_id, name, timezone, lat, lon, radius_m)
    select 'K' || a.code, a.id, 'Kantor ' || a.name, 'Asia/Makassar', -5.47, 122.6, 100
      from agencies a`);
  await db.execute(sql`insert into positions (agency_id, code, name, type, kelas_jabatan)
    select a.id, 'P' || a.code, 'Pelaksana ' || a.name, 'pelaksana', 7 from agencies a`);
  await db.execute(sql`insert into tpp_class_amounts (kelas, amount) values (7, 3250000)`);
  // Every tenth employee has an individual amount; the rest take the kelas table.
  await db.execute(sql`
    insert into employees (nip, name, status, rank, gender, agency_id, position_id, tpp_individual)
    select lpad(g::text, 18, '0'), 'Pegawai ' || g, 'PNS', 'III/a', 'L', a.id, p.id,
           case when g % 10 = 0 then 3000000 + (g % 7) * 250000 end
      from generate_series(1, ${n}) g
      join agencies a on a.code = 'B' || (1 + g % 40)
      join positions p on p.agency_id = a.id`);
  await db.execute(sql`insert into employee_offices (employee_id, office_id, ordinal)
    select e.id, o.id, 0 from employees e join offices o on o.agency_id = e.agency_id`);
  // Per employee and working day: check-in 07:10–07:49 and check-out 15:40–16:19 (some
  // late, some early), one day in 25 absent, one in 40 with no check-out.
  await db.execute(sql`
    with base as (
      select e.id, e.nip::bigint as k, d.day, d.i from employees e cross join (values ${dayList}) d(day, i)
       where (e.nip::bigint + d.i) % 25 <> 0)
    insert into attendance_events (employee_id, kind, client_id, at, received_at, lat, lon,
                                   accuracy_m, status, response)
    select id, kind, kind || '-' || day, t, t, -5.4701, 122.6001, 12, 'accepted', '{}'::jsonb
      from (
        select id, 'check_in' as kind, day,
               (day + time '07:10' + ((k * 7 + i * 3) % 40) * interval '1 minute')
                 at time zone 'Asia/Makassar' as t
          from base
        union all
        select id, 'check_out', day,
               (day + time '15:40' + ((k * 11 + i * 5) % 40) * interval '1 minute')
                 at time zone 'Asia/Makassar'
          from base where (k + i) % 40 <> 1) ev`);
  // One employee in fifty on three days of annual leave.
  await db.execute(sql`
    insert into leave_requests (employee_id, kind, from_date, to_date, working_days, status, created_at)
    select id, 'annual', '2026-11-10', '2026-11-12', 3, 'approved', '2026-11-01T00:00:00Z'
      from employees where nip::bigint % 50 = 0`);
  // Two items a working day: a 240-minute duty, approved; a 60-minute task, approved
  // except one in ten left unverified.
  await db.execute(sql`
    insert into report_items (employee_id, date, kind, quantity, task, start_time, end_time,
                              minutes, output, status, submitted_at, created_at)
    select e.id, d.day, x.kind, x.quantity, x.task, x.s, x.e, x.minutes, 'Keluaran', 
           case when x.kind = 'task' and (e.nip::bigint + d.i) % 10 = 0 then 'submitted' else 'approved' end,
           d.day + time '17:00', d.day + time '17:00'
      from employees e cross join (values ${dayList}) d(day, i)
      cross join (values ('duty', 4, null, null, null, 240), ('task', null, 'Rapat', '13:00', '14:00', 60))
        x(kind, quantity, task, s, e, minutes)`);
  await db.execute(sql`analyze`);
}

async function runOne(engine: Engine, n: number): Promise<void> {
  let database: Database;
  const name = `sipolima_bench_${process.pid}`;
  if (engine === 'postgres') {
    const admin = new pg.Client({ connectionString: ADMIN_URL });
    await admin.connect();
    await admin.query(`create database ${name}`);
    await admin.end();
    database = await openDatabase({ engine, url: withDb(ADMIN_URL, name), poolSize: 4 });
  } else {
    database = await openDatabase({ engine, dataDir: null });
  }
  try {
    await database.migrate();
    const g0 = performance.now();
    await generate(database, n);
    const generated = (performance.now() - g0) / 1000;
    const t0 = performance.now();
    const summary = await closeMonth(
      database.db,
      systemActor('bench'),
      MONTH,
      new Date('2026-12-02T08:00:00+08:00'),
    );
    const seconds = (performance.now() - t0) / 1000;
    const rssMb = process.resourceUsage().maxRSS / 1024;
    process.stdout.write(
      `${JSON.stringify({ engine, n, seconds, perSecond: n / seconds, rssMb, generated, employees: summary.employeeCount })}\n`,
    );
  } finally {
    await database.close();
    if (engine === 'postgres') {
      const admin = new pg.Client({ connectionString: ADMIN_URL });
      await admin.connect();
      await admin.query(`drop database if exists ${name} with (force)`);
      await admin.end();
    }
  }
}

async function main(): Promise<void> {
  const [first, ...rest] = process.argv.slice(2);
  if (first === '--one') {
    await runOne(rest[0] as Engine, Number(rest[1]));
    return;
  }
  const engines: Engine[] =
    first === 'postgres' || first === 'pglite' ? [first] : ['postgres', 'pglite'];
  const sizes = (first === 'postgres' || first === 'pglite' ? rest : process.argv.slice(2))
    .map(Number)
    .filter((x) => x > 0);
  const script = fileURLToPath(import.meta.url);
  process.stdout.write(
    'engine     employees   close (s)   employees/s   peak RSS (MB)   generate (s)\n',
  );
  for (const engine of engines) {
    for (const n of sizes.length ? sizes : [3_000, 10_000, 30_000]) {
      const run = spawnSync(
        process.execPath,
        [...process.execArgv, script, '--one', engine, String(n)],
        {
          encoding: 'utf8',
          stdio: ['ignore', 'pipe', 'inherit'],
        },
      );
      const line = run.stdout.trim().split('\n').at(-1) ?? '';
      if (run.status !== 0 || !line.startsWith('{')) {
        process.stdout.write(
          `${engine.padEnd(10)} ${String(n).padStart(9)}   failed (exit ${run.status})\n`,
        );
        continue;
      }
      const r = JSON.parse(line);
      process.stdout.write(
        `${engine.padEnd(10)} ${String(n).padStart(9)}   ${r.seconds.toFixed(2).padStart(9)}   ${Math.round(r.perSecond).toString().padStart(11)}   ${Math.round(r.rssMb).toString().padStart(13)}   ${r.generated.toFixed(1).padStart(12)}\n`,
      );
    }
  }
}

await main();
