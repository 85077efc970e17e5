import { loadConfig } from '../config';
import { type Database, openDatabase } from '../db/client';
import { copyDatabase } from '../db/copy';

/**
 * `sipolima copy-to-postgres URL`: moves an office from the embedded database to a
 * PostgreSQL server. The target is migrated first and must hold no data.
 */
export async function copyToPostgresCommand(args: string[]): Promise<number> {
  const url = args[0];
  if (!url || !/^postgres(ql)?:\/\//.test(url)) {
    process.stderr.write('Usage: sipolima copy-to-postgres postgres://user@host:5432/dbname\n');
    return 2;
  }
  const config = loadConfig({ ...process.env, DATABASE_URL: undefined });
  let source: Database | null = null;
  let target: Database | null = null;
  try {
    source = await openDatabase({ engine: 'pglite', dataDir: config.dataDir });
    await source.migrate();
    target = await openDatabase({ engine: 'postgres', url, poolSize: 2 });
    await target.migrate();
    const copied = await copyDatabase(source, target, (table, rows) =>
      process.stdout.write(`  ${table.padEnd(24)} ${rows}\n`),
    );
    process.stdout.write(
      `Copied ${copied} rows from ${config.dataDir} to PostgreSQL.\n` +
        'Start the server with DATABASE_URL set to that address (and SESSION_SECRET).\n',
    );
    return 0;
  } catch (err) {
    process.stderr.write(`copy-to-postgres: ${(err as Error).message}\n`);
    return 1;
  } finally {
    await source?.close();
    await target?.close();
  }
}
