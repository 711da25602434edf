// Keeps an idempotency claim's lease alive while its handler runs, and aborts the handler before it would lapse.
import type { ClaimToken, IdempotencyStore } from './idempotency.js';

/** A lease being held: `stop()` once the handler settled. */
export interface HeldLease {
  stop(): void;
}

/**
 * Extends the claim every third of `leaseMs` until stopped. If no extension has succeeded for three quarters
 * of `leaseMs` (the store refused, threw or did not answer), `controller` aborts with an `AbortError`: the lease
 * may lapse a quarter of `leaseMs` later, and then a redelivery may take the event over. The local clock only
 * schedules these calls; whether the lease holds is the store's decision, by its own clock, and an extension
 * is counted from when it was sent (before the store measured it), so the abort comes early rather than late.
 * Internal.
 *
 * @example
 *   const lease = holdLease(store, token, 30_000, controller, (error) => log.error('extend failed', error));
 *   try { await handler({ signal: controller.signal }); } finally { lease.stop(); }
 */
export function holdLease(store: IdempotencyStore, token: ClaimToken, leaseMs: number, controller: { abort(reason: unknown): void }, onError: (error: unknown) => void): HeldLease {
  let stopped = false;
  let renewTimer: ReturnType<typeof setTimeout> | undefined;
  let abortTimer: ReturnType<typeof setTimeout> | undefined;
  const abortLater = (delay: number) => {
    clearTimeout(abortTimer);
    abortTimer = setTimeout(() => {
      if (!stopped) controller.abort(new DOMException(`The idempotency claim on ${token.eventId} could not be extended; its lease lapses within ${Math.ceil(leaseMs / 4)} ms and a redelivery may then process the event.`, 'AbortError'));
    }, delay);
  };
  const renew = async () => {
    const sentAt = Date.now();
    try {
      const extended = await store.extend(token, leaseMs);
      if (stopped) return;
      if (!extended) {
        controller.abort(new DOMException(`The idempotency claim on ${token.eventId} was lost (its lease lapsed or another delivery took it over); the outcome of this run will not be recorded.`, 'AbortError'));
        return;
      }
      abortLater(Math.max(0, sentAt + (leaseMs * 3) / 4 - Date.now()));
    } catch (error) {
      if (stopped) return;
      onError(error);
    }
    if (!stopped) renewTimer = setTimeout(renew, leaseMs / 3);
  };
  abortLater((leaseMs * 3) / 4);
  renewTimer = setTimeout(renew, leaseMs / 3);
  return {
    stop() {
      stopped = true;
      clearTimeout(renewTimer);
      clearTimeout(abortTimer);
    },
  };
}
