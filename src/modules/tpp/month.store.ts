import { eq } from 'drizzle-orm';
import type { Tx } from '../../db/client';
import { months } from '../../db/tables';
import { fail } from '../../http/errors';

/** 'YYYY-MM' of an ISO date. */
export function monthOf(date: string): string {
  return date.slice(0, 7);
}

export async function isMonthClosed(tx: Tx, month: string): Promise<boolean> {
  const [row] = await tx
    .select({ status: months.status })
    .from(months)
    .where(eq(months.month, month));
  return row?.status === 'closed';
}

/**
 * Refuses any change that would alter a closed month (DOMAIN §4: closed months are
 * immutable; corrections become adjustment lines in the next open month).
 */
export async function assertMonthOpen(tx: Tx, date: string): Promise<void> {
  const month = monthOf(date);
  if (await isMonthClosed(tx, month)) {
    throw fail(
      'month_closed',
      { month },
      `Bulan ${month} sudah ditutup; perubahan tidak dapat disimpan.`,
    );
  }
}
