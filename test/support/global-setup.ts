import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { openDatabase } from '../../src/db/client';

export const templateDir = resolve('.vitest-template');

/**
 * Builds one migrated database per run, which every test file then clones: creating and
 * migrating a PGlite database costs seconds, a clone a fraction of that.
 */
export default async function setup(project: TestProject) {
  const engine = project.config.env?.TEST_ENGINE ?? 'pglite';
  mkdirSync(templateDir, { recursive: true });
  if (engine === 'pglite') {
    const database = await openDatabase({ engine: 'pglite', dataDir: null });
    await database.migrate();
    const client = (database.db as unknown as { $client: import('@electric-sql/pglite').PGlite })
      .$client;
    const dump = await client.dumpDataDir('none');
    writeFileSync(resolve(templateDir, 'pglite.tar'), Buffer.from(await dump.arrayBuffer()));
    await database.close();
    return;
  }
  const url = process.env.TEST_DATABASE_URL!;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  const template = `sipolima_tpl_${process.pid}`;
  await admin.query(`drop database if exists ${template}`);
  await admin.query(`create database ${template}`);
  await admin.end();
  const database = await openDatabase({
    engine: 'postgres',
    url: withDb(url, template),
    poolSize: 1,
  });
  await database.migrate();
  await database.close();
  project.provide('pgTemplate', template);
  return async () => {
    const again = new pg.Client({ connectionString: url });
    await again.connect();
    await again.query(`drop database if exists ${template} with (force)`);
    await again.end();
  };
}

export function withDb(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

declare module 'vitest' {
  export interface ProvidedContext {
    pgTemplate: string;
  }
}
