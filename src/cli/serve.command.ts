import { resolve } from 'node:path';
import { buildServer } from '../http/server';
import { openConfigured } from './open';

/**
 * Serves the API and the built web client. SIGTERM/SIGINT stop accepting connections,
 * let requests in flight finish, then close the database.
 */
export async function serveCommand(_args: string[]): Promise<number> {
  const opened = await openConfigured();
  if (!opened) return 2;
  const { config, database } = opened;
  const banner: string[] = [];
  if (config.demo) {
    const { seedDemoIfEmpty } = await import('../modules/demo/demo.loader');
    const seeded = await seedDemoIfEmpty(database);
    banner.push(...seeded.banner);
  }
  const app = await buildServer({
    config,
    database,
    now: () => new Date(),
    webDist: resolve('web/dist'),
  });
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    app.log.info({ signal }, 'shutting down');
    await app.close();
    await database.close();
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));
  await app.listen({ port: config.port, host: config.host });
  const address = `http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${config.port}`;
  process.stdout.write(
    [
      '',
      `SIPOLIMA berjalan di ${address}  (database: ${database.engine})`,
      `  API reference: ${address}/docs`,
      ...banner,
      '',
    ].join('\n'),
  );
  return new Promise<number>(() => {});
}
