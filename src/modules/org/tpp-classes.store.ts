import { asc } from 'drizzle-orm';
import type { Tx } from '../../db/client';
import { tppClassAmounts } from '../../db/tables';

export type TppClassRow = typeof tppClassAmounts.$inferSelect;

export async function listTppClasses(tx: Tx): Promise<TppClassRow[]> {
  return tx.select().from(tppClassAmounts).orderBy(asc(tppClassAmounts.kelas));
}

/** Replaces the whole table with `rows`. */
export async function replaceTppClasses(tx: Tx, rows: TppClassRow[]): Promise<void> {
  await tx.delete(tppClassAmounts);
  if (rows.length > 0) await tx.insert(tppClassAmounts).values(rows);
}
