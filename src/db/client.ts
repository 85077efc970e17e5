import { mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import type { sql } from 'drizzle-orm';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import pg from 'pg';
import { seedReferenceData } from '../modules/attendance/reference-data';
import * as schema from './tables';

export type Schema = typeof schema;
/** The query builder, the same type on both engines. */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
/** A transaction or the database itself: store functions accept either. */
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0] | Db;

export type Database = {
  db: Db;
  engine: 'pglite' | 'postgres';
  /**
   * Applies the committed SQL migrations, then the reference data every database needs
   * (built-in schedules, national holidays); safe to call on every start.
   */
  migrate(): Promise<void>;
  close(): Promise<void>;
};

export const migrationsFolder = resolve(dirname(fileURLToPath(import.meta.url)), '../../drizzle');

/** Any process may call migrate(); this lock makes concurrent starts take turns. */
const MIGRATION_LOCK = 7_271_001;

export type OpenOptions =
  | { engine: 'pglite'; dataDir: string | null; loadDataDir?: Blob }
  | { engine: 'postgres'; url: string; poolSize?: number };

/**
 * Opens the embedded database (PGlite, persisted under dataDir; in memory when null)
 * or a PostgreSQL server through a `pg` pool. Both run the same migrations and queries.
 */
export async function openDatabase(opts: OpenOptions): Promise<Database> {
  if (opts.engine === 'pglite') {
    let dir: string | undefined;
    if (opts.dataDir) {
      dir = join(opts.dataDir, 'pglite');
      mkdirSync(dir, { recursive: true });
    }
    // The embedded engine does not fsync (PGlite's default): fast, but a power cut can
    // lose the last writes. README says so and points production at PostgreSQL.
    const client = await PGlite.create({ dataDir: dir, loadDataDir: opts.loadDataDir });
    const db = drizzlePglite({ client, schema, casing: 'snake_case' }) as unknown as Db;
    return {
      db,
      engine: 'pglite',
      migrate: async () => {
        await migratePglite(db as never, { migrationsFolder });
        await seedReferenceData(db);
      },
      close: async () => {
        if (!client.closed) await client.close();
      },
    };
  }
  const pool = new pg.Pool({ connectionString: opts.url, max: opts.poolSize ?? 10 });
  // An idle connection dropped by the server (restart, failover, DROP DATABASE … FORCE)
  // must not crash the process: the pool replaces it on the next query.
  pool.on('error', (err) => {
    process.emitWarning(`PostgreSQL idle connection lost: ${err.message}`);
  });
  // bigint columns come back as strings from pg by default; amounts here fit in 2^53.
  pg.types.setTypeParser(20, (v) => Number.parseInt(v, 10));
  const db = drizzlePg({ client: pool, schema, casing: 'snake_case' }) as unknown as Db;
  return {
    db,
    engine: 'postgres',
    migrate: async () => {
      const client = await pool.connect();
      try {
        await client.query('select pg_advisory_lock($1)', [MIGRATION_LOCK]);
        const locked = drizzlePg({ client, schema, casing: 'snake_case' });
        await migratePg(locked, { migrationsFolder });
        await seedReferenceData(locked as unknown as Db);
      } finally {
        await client.query('select pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => {});
        client.release();
      }
    },
    close: async () => {
      await pool.end();
    },
  };
}

/** Runs a raw query and returns its rows, on either engine. */
export async function queryRows<T>(db: Tx, query: ReturnType<typeof sql>): Promise<T[]> {
  const res = (await db.execute(query)) as unknown as { rows: T[] };
  return res.rows;
}
