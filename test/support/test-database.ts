import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import pg from 'pg';
import { inject } from 'vitest';
import { type Database, openDatabase } from '../../src/db/client';
import { templateDir, withDb } from './global-setup';

export const testEngine = (process.env.TEST_ENGINE ?? 'pglite') as 'pglite' | 'postgres';

/** A fresh, migrated database cloned from the run's template, on the engine under test. */
export async function createTestDatabase(): Promise<Database> {
  if (testEngine === 'pglite') {
    const tar = readFileSync(resolve(templateDir, 'pglite.tar'));
    return openDatabase({ engine: 'pglite', dataDir: null, loadDataDir: new Blob([tar]) });
  }
  const url = process.env.TEST_DATABASE_URL!;
  const name = `sipolima_t_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`create database ${name} template ${inject('pgTemplate')}`);
  await admin.end();
  const database = await openDatabase({ engine: 'postgres', url: withDb(url, name), poolSize: 4 });
  const close = database.close;
  return {
    ...database,
    close: async () => {
      await close();
      const again = new pg.Client({ connectionString: url });
      await again.connect();
      await again.query(`drop database if exists ${name} with (force)`);
      await again.end();
    },
  };
}
