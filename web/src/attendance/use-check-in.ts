import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { attendanceApi } from '../api/endpoints';
import { ApiError, isRetryable } from '../api/http';
import type { CheckAccepted, CheckKind } from '../api/types';
import {
  enqueue,
  flushQueue,
  listQueued,
  type QueuedCheck,
  type QueueOutcome,
  subscribeQueue,
} from './check-in-queue';
import { type Fix, LocationError, newClientId, readPosition } from './geolocation';

/** What the last tap came to, for the sentence under the button. */
export type CheckOutcome =
  | { type: 'accepted'; kind: CheckKind; result: CheckAccepted }
  | { type: 'queued'; kind: CheckKind; at: string }
  | { type: 'refused'; kind: CheckKind; error: ApiError }
  | { type: 'location'; kind: CheckKind; error: LocationError }
  | { type: 'poor_fix'; kind: CheckKind; accuracyM: number };

/**
 * Without network the server cannot judge accuracy, so the client does, with the default
 * rule-set limit: a queued check-in with a poor fix would only be refused later.
 */
const OFFLINE_ACCURACY_LIMIT_M = 100;

/** The queue as React state, with what background sends produced. */
export function useCheckQueue(onOutcomes?: (o: QueueOutcome[]) => void) {
  const [items, setItems] = useState<QueuedCheck[]>([]);
  const callback = useRef(onOutcomes);
  callback.current = onOutcomes;
  useEffect(() => {
    let alive = true;
    void listQueued().then((list) => alive && setItems(list));
    const stop = subscribeQueue((list, outcomes) => {
      if (!alive) return;
      setItems(list);
      if (outcomes.length) callback.current?.(outcomes);
    });
    return () => {
      alive = false;
      stop();
    };
  }, []);
  return items;
}

/**
 * One tap = one check-in. The client id is made at tap time and reused until the server
 * gives a definite answer, so a double tap or a retry after a lost answer is stored once;
 * the button is disabled while a tap is being handled.
 */
export function useCheckIn() {
  const queryClient = useQueryClient();
  const clientIdRef = useRef<string | null>(null);
  const [outcome, setOutcome] = useState<CheckOutcome | null>(null);

  const mutation = useMutation({
    mutationFn: async (kind: CheckKind): Promise<CheckOutcome> => {
      clientIdRef.current ??= newClientId();
      const clientId = clientIdRef.current;
      const tappedAt = new Date().toISOString();
      let fix: Fix;
      try {
        fix = await readPosition();
      } catch (err) {
        if (err instanceof LocationError) return { type: 'location', kind, error: err };
        throw err;
      }
      const queue = async (): Promise<CheckOutcome> => {
        if (fix.accuracyM > OFFLINE_ACCURACY_LIMIT_M) {
          return { type: 'poor_fix', kind, accuracyM: fix.accuracyM };
        }
        await enqueue({
          kind,
          body: { clientId, ...fix, deviceAt: tappedAt, offline: true },
          queuedAt: new Date().toISOString(),
          attempts: 0,
        });
        clientIdRef.current = null; // the queue owns this id now
        return { type: 'queued', kind, at: tappedAt };
      };
      if (!navigator.onLine) return queue();
      try {
        const result = await attendanceApi.check(kind, { clientId, ...fix, deviceAt: tappedAt });
        clientIdRef.current = null;
        return { type: 'accepted', kind, result };
      } catch (err) {
        if (isRetryable(err)) return queue();
        if (err instanceof ApiError && err.status !== 401) {
          clientIdRef.current = null;
          return { type: 'refused', kind, error: err };
        }
        throw err;
      }
    },
    onSuccess: (o) => {
      setOutcome(o);
      if (o.type === 'accepted') {
        void queryClient.invalidateQueries({ queryKey: ['attendance'] });
        // The network works: anything queued earlier can go now.
        void flushQueue().catch(() => undefined);
      }
    },
  });

  return {
    check: (kind: CheckKind) => {
      if (!mutation.isPending) mutation.mutate(kind);
    },
    isPending: mutation.isPending,
    error: mutation.error,
    outcome,
  };
}
