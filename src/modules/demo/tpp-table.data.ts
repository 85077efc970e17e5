import type { DemoTppRow } from './demo-city.types';

/**
 * Monthly TPP base by kelas jabatan, integer rupiah: plausible for a mid-sized city's
 * budget (in the range regional TPP regulations of comparable cities use), not the
 * amounts of Kota Baubau's actual Perwali.
 */
export const TPP_BY_KELAS: readonly DemoTppRow[] = [
  { kelas: 1, amount: 1_500_000 },
  { kelas: 2, amount: 1_700_000 },
  { kelas: 3, amount: 1_900_000 },
  { kelas: 4, amount: 2_150_000 },
  { kelas: 5, amount: 2_450_000 },
  { kelas: 6, amount: 2_800_000 },
  { kelas: 7, amount: 3_250_000 },
  { kelas: 8, amount: 3_800_000 },
  { kelas: 9, amount: 4_500_000 },
  { kelas: 10, amount: 5_400_000 },
  { kelas: 11, amount: 6_600_000 },
  { kelas: 12, amount: 8_100_000 },
  { kelas: 13, amount: 10_000_000 },
  { kelas: 14, amount: 13_500_000 },
  { kelas: 15, amount: 17_500_000 },
  { kelas: 16, amount: 25_000_000 },
  { kelas: 17, amount: 30_000_000 },
];
