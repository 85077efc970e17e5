import { get, set } from 'idb-keyval';
import { NetworkError } from '../api/http';

/**
 * The last good answer of a few reads (who am I, today's status), kept in IndexedDB so the
 * app opens with them when there is no network. Only what the person already saw is kept.
 */
export type Cached<T> = { data: T; savedAt: string; fromCache: boolean };

export async function cachedRead<T>(key: string, load: () => Promise<T>): Promise<Cached<T>> {
  try {
    const data = await load();
    const savedAt = new Date().toISOString();
    void set(`cache:${key}`, { data, savedAt }).catch(() => undefined);
    return { data, savedAt, fromCache: false };
  } catch (err) {
    if (!(err instanceof NetworkError)) throw err;
    const hit = await get<{ data: T; savedAt: string }>(`cache:${key}`).catch(() => undefined);
    if (!hit) throw err;
    return { ...hit, fromCache: true };
  }
}

export async function forgetCached(key: string): Promise<void> {
  await set(`cache:${key}`, undefined).catch(() => undefined);
}
