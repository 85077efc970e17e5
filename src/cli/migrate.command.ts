import { openConfigured } from './open';

export async function migrateCommand(_args: string[]): Promise<number> {
  const opened = await openConfigured();
  if (!opened) return 2;
  await opened.database.close();
  process.stdout.write(`migrations applied (${opened.database.engine})\n`);
  return 0;
}
