import { type Config, ConfigError, loadConfig } from '../config';
import { type Database, openDatabase } from '../db/client';

/** Reads the configuration and opens (and migrates) the configured database. */
export async function openConfigured(): Promise<{ config: Config; database: Database } | null> {
  let config: Config;
  try {
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(`${err.message}\n`);
      return null;
    }
    throw err;
  }
  const database = await openDatabase(
    config.databaseUrl
      ? { engine: 'postgres', url: config.databaseUrl }
      : { engine: 'pglite', dataDir: config.dataDir },
  );
  await database.migrate();
  return { config, database };
}
