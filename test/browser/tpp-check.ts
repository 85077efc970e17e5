import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/** Helpers to hold what the browser shows against what the server answers. */

/** An instant given as a WITA wall-clock time on a calendar date. */
export function wita(date: string, clock: string): Date {
  return new Date(`${date}T${clock}:00+08:00`);
}

/**
 * The whole number in a displayed text ("Rp 7.250.000" → 7250000), or in the first group
 * of `pattern` when given. Indonesian thousands dots are dropped with everything else.
 */
export function digits(text: string | null, pattern?: RegExp): number | null {
  const part = pattern ? text?.match(pattern)?.[1] : text;
  if (part == null) return null;
  const only = part.replace(/\D/g, '');
  return only ? Number(only) : null;
}

/** "Senin, 30 November 2026", as the explanation names a day. */
export function dayLabel(date: string): string {
  return new Intl.DateTimeFormat('id-ID', {
    timeZone: 'UTC',
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }).format(new Date(`${date}T00:00:00Z`));
}

export type ResultRow = {
  employeeId: string;
  base: number;
  disciplinePaid: number;
  performancePaid: number;
  total: number;
  deductionPct: string;
  verifiedMinutes: number;
};

export type ResultsPage = { total: number; items: ResultRow[] };

/** GET /api/tpp/results as the page's user, every page of it. */
export async function tppResults(
  page: Page,
  query: { month: string; agencyId?: string; employeeId?: string },
): Promise<ResultsPage> {
  const items: ResultRow[] = [];
  let total = 0;
  do {
    const params = new URLSearchParams({ ...query, limit: '1000', offset: String(items.length) });
    const res = await page.request.get(`/api/tpp/results?${params}`);
    if (!res.ok()) throw new Error(`/api/tpp/results: ${res.status()} ${await res.text()}`);
    const body = (await res.json()) as ResultsPage;
    total = body.total;
    if (body.items.length === 0) break;
    items.push(...body.items);
  } while (items.length < total);
  return { total, items };
}

export const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The recap's totals row against the server's whole selection. */
export async function expectRecap(page: Page, expected: ResultsPage): Promise<void> {
  const sum = page.getByTestId('recap-sum');
  const count = digits(await sum.textContent(), /\(([\d.]+) pegawai/);
  expect(count).toBe(expected.total);
  expect(expected.items).toHaveLength(expected.total);
  const total = expected.items.reduce((s, r) => s + r.total, 0);
  expect(digits(await page.getByTestId('recap-sum-total').textContent())).toBe(total);
}

/**
 * The employee's TPP screen against GET /api/tpp/results for the same employee: every
 * figure equal, the explanation's verified minutes and deduction equal, and the deduction
 * the sum of the days' deductions, each day named with its cost. Returns the lines.
 */
export async function expectTppAsServer(
  page: Page,
  month: string,
  employeeId: string,
): Promise<string[]> {
  const { items } = await tppResults(page, { month, employeeId });
  expect(items).toHaveLength(1);
  const api = items[0];
  const shown = async (testId: string) => page.getByTestId(testId).textContent();
  expect(digits(await shown('tpp-total'))).toBe(api.total);
  expect(digits(await shown('tpp-base'))).toBe(api.base);
  expect(digits(await shown('tpp-discipline'))).toBe(api.disciplinePaid);
  expect(digits(await shown('tpp-performance'))).toBe(api.performancePaid);
  const pct = api.deductionPct.replace('.', ',');
  expect(await shown('tpp-deduction')).toContain(`${pct}%`);

  expect(api.verifiedMinutes).toBeGreaterThan(0);
  const lines = await page.getByTestId('tpp-explanation').locator('li').allTextContents();
  const counted = lines.map((l) => l.match(/^Menit diakui ([\d.]+) dari target/)).find(Boolean);
  expect(digits(counted?.[1] ?? null)).toBe(api.verifiedMinutes);

  const res = await page.request.get(`/api/tpp/results/${month}/${employeeId}`);
  const detail = (await res.json()) as { days: Array<{ date: string; deduction_pct: string }> };
  const deducted = detail.days.filter((d) => Number(d.deduction_pct) > 0);
  const sum = deducted.reduce((s, d) => s + Number(d.deduction_pct), 0);
  expect(Number(api.deductionPct)).toBeCloseTo(Math.min(sum, 100), 6);
  const said = lines.map((l) => l.match(/^Jumlah potongan disiplin: ([\d,]+)%/)).find(Boolean);
  expect(said?.[1]).toBe(pct);
  for (const day of deducted) {
    const cost = `potongan ${day.deduction_pct.replace('.', ',')}% dari bagian disiplin`;
    expect(lines).toContainEqual(
      expect.stringMatching(new RegExp(`^${dayLabel(day.date)}: .*${escapeRegExp(cost)}`)),
    );
  }
  return lines;
}
