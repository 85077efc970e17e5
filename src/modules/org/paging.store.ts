import { ilike, or, type SQL } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';

/** An ILIKE pattern matching `q` anywhere, with the LIKE wildcards in `q` taken literally. */
export function containsPattern(q: string): string {
  return `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** `(col1 ILIKE %q% OR col2 ILIKE %q% …)`, or undefined without a search term. */
export function searchAny(q: string | undefined, columns: AnyPgColumn[]): SQL | undefined {
  if (!q) return undefined;
  const pattern = containsPattern(q);
  return or(...columns.map((c) => ilike(c, pattern)));
}

export type Page<T> = { items: T[]; total: number; limit: number; offset: number };
