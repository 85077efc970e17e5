import type { Tx } from '../../db/client';
import { directSubordinatesOf } from '../org/supervision.store';

/**
 * Who reports to `supervisorId` on each of the given dates. Supervision depends on the
 * date (a Plt's assignment has a period), so a queue of items or leave requests is
 * filtered by the supervisor on each item's own date, as verification itself is.
 * One query per distinct date; a queue spans a few weeks at most.
 */
export async function subordinatesByDate(
  tx: Tx,
  supervisorId: string,
  dates: Iterable<string>,
): Promise<Map<string, Set<string>>> {
  const result = new Map<string, Set<string>>();
  for (const date of new Set(dates)) {
    result.set(date, new Set(await directSubordinatesOf(tx, supervisorId, date)));
  }
  return result;
}
