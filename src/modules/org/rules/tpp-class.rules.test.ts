import { describe, expect, it } from 'vitest';
import { tppTableProblems } from './tpp-class.rules';

const full = () =>
  Array.from({ length: 17 }, (_, i) => ({ kelas: i + 1, amount: 1_000 * (i + 1) }));

describe('tppTableProblems', () => {
  it('accepts every kelas 1–17 once with a positive amount', () => {
    expect(tppTableProblems(full())).toEqual([]);
  });

  it('refuses a partial or empty table on items', () => {
    for (const items of [full().slice(1), []]) {
      expect(tppTableProblems(items)).toEqual([
        { field: 'items', reason: 'harus memuat kelas 1–17, masing-masing sekali' },
      ]);
    }
  });

  it('names a repeated kelas and a non-positive or fractional amount', () => {
    const items = full();
    items[1] = { kelas: 1, amount: 5 };
    items[2] = { kelas: 3, amount: 0 };
    items[3] = { kelas: 4, amount: 1.5 };
    expect(tppTableProblems(items).map((p) => p.field)).toEqual([
      'items',
      'items.2.amount',
      'items.3.amount',
      'items',
    ]);
  });
});
