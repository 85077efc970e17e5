import { seedDemoIfEmpty } from '../modules/demo/demo.loader';
import { openConfigured } from './open';

/** `sipolima demo`: loads the demo city into an empty database (any engine). */
export async function demoCommand(_args: string[]): Promise<number> {
  const opened = await openConfigured();
  if (!opened) return 2;
  try {
    const started = Date.now();
    const result = await seedDemoIfEmpty(opened.database);
    process.stdout.write(
      result.seeded
        ? `Demo city loaded in ${((Date.now() - started) / 1000).toFixed(1)} s.\n${result.banner.join('\n')}\n`
        : 'The database already holds an organisation; the demo city was not loaded.\n',
    );
    return 0;
  } finally {
    await opened.database.close();
  }
}
