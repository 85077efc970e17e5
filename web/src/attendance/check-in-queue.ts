import { createStore, get, update } from 'idb-keyval';
import { attendanceApi } from '../api/endpoints';
import { ApiError, isRetryable } from '../api/http';
import type { CheckAccepted, CheckBody, CheckKind } from '../api/types';

/**
 * Check-ins made without network wait here (IndexedDB) and are sent when it returns.
 *
 * Exactly once: every item keeps the client id made at tap time, so a resend after a lost
 * answer is recognised by the server; an item leaves the queue only after a definite
 * answer (accepted, or refused with a 4xx); and one sender runs at a time — one promise
 * per page and a Web Lock across tabs.
 */

export type QueuedCheck = {
  kind: CheckKind;
  body: CheckBody & { deviceAt: string; offline: true };
  queuedAt: string;
  attempts: number;
};

export type QueueOutcome =
  | { kind: CheckKind; clientId: string; status: 'accepted'; result: CheckAccepted }
  | { kind: CheckKind; clientId: string; status: 'refused'; error: ApiError };

const store = createStore('sipolima-offline', 'check-queue');
const KEY = 'pending';
const listeners = new Set<(items: QueuedCheck[], outcomes: QueueOutcome[]) => void>();

export async function listQueued(): Promise<QueuedCheck[]> {
  return (await get<QueuedCheck[]>(KEY, store)) ?? [];
}

async function announce(outcomes: QueueOutcome[] = []): Promise<void> {
  const items = await listQueued();
  for (const l of listeners) l(items, outcomes);
}

/** Called with the queue after every change, and with what a send produced. */
export function subscribeQueue(
  listener: (items: QueuedCheck[], outcomes: QueueOutcome[]) => void,
): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export async function enqueue(item: QueuedCheck): Promise<void> {
  await update<QueuedCheck[]>(
    KEY,
    (list = []) =>
      list.some((q) => q.body.clientId === item.body.clientId) ? list : [...list, item],
    store,
  );
  await announce();
}

async function remove(clientId: string): Promise<void> {
  await update<QueuedCheck[]>(
    KEY,
    (list = []) => list.filter((q) => q.body.clientId !== clientId),
    store,
  );
}

async function bumpAttempts(clientId: string): Promise<void> {
  await update<QueuedCheck[]>(
    KEY,
    (list = []) =>
      list.map((q) => (q.body.clientId === clientId ? { ...q, attempts: q.attempts + 1 } : q)),
    store,
  );
}

/** Sends the queue oldest first; stops at the first failure without an answer. */
async function drain(): Promise<QueueOutcome[]> {
  const outcomes: QueueOutcome[] = [];
  const items = (await listQueued()).sort((a, b) => a.body.deviceAt.localeCompare(b.body.deviceAt));
  for (const item of items) {
    try {
      const result = await attendanceApi.check(item.kind, item.body);
      await remove(item.body.clientId);
      outcomes.push({ kind: item.kind, clientId: item.body.clientId, status: 'accepted', result });
    } catch (err) {
      // No answer (or a server error): keep it and every later one, in order, for next time.
      // Not logged in: keep it too, it is sent after the next login.
      if (isRetryable(err) || !(err instanceof ApiError) || err.status === 401) {
        await bumpAttempts(item.body.clientId);
        break;
      }
      await remove(item.body.clientId);
      outcomes.push({
        kind: item.kind,
        clientId: item.body.clientId,
        status: 'refused',
        error: err,
      });
    }
  }
  return outcomes;
}

let inFlight: Promise<QueueOutcome[]> | null = null;

/** Sends what is queued. Concurrent calls share one run; other tabs skip while one sends. */
export function flushQueue(): Promise<QueueOutcome[]> {
  if (inFlight) return inFlight;
  const run = async () => {
    if ((await listQueued()).length === 0) return [];
    if (!navigator.locks) return drain();
    return navigator.locks.request('sipolima-check-queue', { ifAvailable: true }, (lock) =>
      lock ? drain() : [],
    );
  };
  inFlight = run()
    .then(async (outcomes) => {
      await announce(outcomes);
      return outcomes;
    })
    .finally(() => {
      inFlight = null;
    });
  return inFlight;
}

let started = false;

/** Sends on app open, when the network returns, when the app comes back to the front. */
export function startQueueSync(): void {
  if (started) return;
  started = true;
  const kick = () => {
    if (navigator.onLine) void flushQueue().catch(() => undefined);
  };
  window.addEventListener('online', kick);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') kick();
  });
  // Some phones report "online" before data really flows: try again every minute.
  window.setInterval(kick, 60_000);
  kick();
}
