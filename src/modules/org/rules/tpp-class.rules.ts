import { KELAS_JABATAN_MAX, KELAS_JABATAN_MIN } from './rank.rules';

/**
 * The kelas jabatan → TPP base table is replaced as a whole, so a partial list would
 * silently leave positions without a base: it must hold every kelas exactly once, each
 * with a positive whole-rupiah amount. Pure.
 */

export type TppClassItem = { kelas: number; amount: number };

/** Problems with the table, each naming the field (`items` or `items.N.amount`). */
export function tppTableProblems(
  items: readonly TppClassItem[],
): Array<{ field: string; reason: string }> {
  const problems: Array<{ field: string; reason: string }> = [];
  const seen = new Set<number>();
  items.forEach((item, i) => {
    if (!Number.isInteger(item.amount) || item.amount <= 0) {
      problems.push({ field: `items.${i}.amount`, reason: 'harus bilangan bulat rupiah > 0' });
    }
    if (seen.has(item.kelas)) {
      problems.push({ field: 'items', reason: `kelas ${item.kelas} lebih dari sekali` });
    }
    seen.add(item.kelas);
  });
  const expected = KELAS_JABATAN_MAX - KELAS_JABATAN_MIN + 1;
  const complete =
    items.length === expected &&
    seen.size === expected &&
    [...seen].every((k) => Number.isInteger(k) && k >= KELAS_JABATAN_MIN && k <= KELAS_JABATAN_MAX);
  if (!complete) {
    problems.push({
      field: 'items',
      reason: `harus memuat kelas ${KELAS_JABATAN_MIN}–${KELAS_JABATAN_MAX}, masing-masing sekali`,
    });
  }
  return problems;
}
