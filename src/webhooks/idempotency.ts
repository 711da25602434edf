/**
 * Exactly-once processing over at-least-once delivery: a delivery claims its eventId before its handler
 * runs, completes it after, and releases it when the handler fails, so that Popp's retry is processed.
 */

/**
 * What a claim found: `claimed` (this delivery owns the event now), `in-progress` (another delivery of the
 * same event is being processed right now) or `completed` (the event was already processed).
 */
export type ClaimResult = 'claimed' | 'in-progress' | 'completed';

/**
 * Where claims live. Implement it over a shared store (Redis, Postgres) when several processes receive
 * webhooks; `claim` must be atomic (Redis `SET key in-progress NX PX <lease>`, or an
 * `INSERT … ON CONFLICT DO NOTHING`), and a shared store should expire in-progress claims after a lease,
 * so a crashed process does not hold an event forever. Make the lease longer than the handler's
 * `handlerTimeoutMs` (30 s by default): a delivery completes or releases its claim by that deadline, so while
 * the lease holds, the claim it completes or releases is still its own (and a handler that settles later
 * touches no claim at all).
 *
 * @example
 *   const store: IdempotencyStore = {
 *     async claim(id) { return (await redis.set(`popp:${id}`, 'in-progress', { NX: true, PX: 60_000 })) ? 'claimed' : ((await redis.get(`popp:${id}`)) === 'done' ? 'completed' : 'in-progress'); },
 *     async complete(id) { await redis.set(`popp:${id}`, 'done', { PX: 7 * 24 * 3600_000 }); },
 *     async release(id) { await redis.del(`popp:${id}`); },
 *   };
 */
export interface IdempotencyStore {
  /** Atomically claims `eventId` unless it is claimed or completed already. */
  claim(eventId: string): Promise<ClaimResult>;
  /** Marks a claimed event as processed: later deliveries of it are duplicates. */
  complete(eventId: string): Promise<void>;
  /** Gives up a claim after a failure, so that the next delivery of the event is processed. */
  release(eventId: string): Promise<void>;
}

export interface MemoryIdempotencyStoreOptions {
  /** How long a processed eventId is remembered, in milliseconds. Default: 24 hours. */
  ttlMs?: number;
  /** At most this many processed eventIds are kept; the oldest are forgotten first. Default: 10 000. */
  maxEntries?: number;
  /** The clock, in milliseconds (for tests). Default: Date.now. */
  now?: () => number;
}

/** The in-memory store, with the number of eventIds it currently holds. */
export interface MemoryIdempotencyStore extends IdempotencyStore {
  readonly size: number;
}

type Entry = { state: 'in-progress' } | { state: 'completed'; expiresAt: number };

/**
 * An IdempotencyStore in this process's memory, bounded by `ttlMs` and `maxEntries`. In-progress claims are
 * never evicted (they end when their handler settles); processed eventIds are forgotten after `ttlMs`, or
 * oldest first beyond `maxEntries`. A redelivery after that is processed again. For several processes, or to
 * survive restarts, implement IdempotencyStore over a shared store.
 *
 * @example
 *   const handler = createWebhookHandler({ secret, on, idempotency: createMemoryIdempotencyStore({ ttlMs: 3_600_000, maxEntries: 50_000 }) });
 */
export function createMemoryIdempotencyStore(options: MemoryIdempotencyStoreOptions = {}): MemoryIdempotencyStore {
  const ttlMs = positiveInteger(options.ttlMs, 24 * 60 * 60 * 1000, 'ttlMs');
  const maxEntries = positiveInteger(options.maxEntries, 10_000, 'maxEntries');
  const now = options.now ?? Date.now;
  // Map order is insertion order; `complete` re-inserts, so completed entries sit in order of expiry.
  const entries = new Map<string, Entry>();
  // maxEntries bounds the completed entries only: in-progress claims must not push a just-completed event out.
  let completedCount = 0;

  function forgetCompleted(shouldForget: (entry: Entry & { state: 'completed' }) => boolean): void {
    for (const [eventId, entry] of entries) {
      if (entry.state === 'in-progress') continue;
      if (!shouldForget(entry)) return;
      entries.delete(eventId);
      completedCount--;
    }
  }

  return {
    get size() {
      return entries.size;
    },
    async claim(eventId) {
      const time = now();
      forgetCompleted((entry) => entry.expiresAt <= time);
      const entry = entries.get(eventId);
      if (entry !== undefined) return entry.state;
      entries.set(eventId, { state: 'in-progress' });
      return 'claimed';
    },
    async complete(eventId) {
      if (entries.get(eventId)?.state !== 'completed') completedCount++;
      entries.delete(eventId);
      entries.set(eventId, { state: 'completed', expiresAt: now() + ttlMs });
      forgetCompleted(() => completedCount > maxEntries);
    },
    async release(eventId) {
      if (entries.get(eventId)?.state === 'in-progress') entries.delete(eventId);
    },
  };
}

function positiveInteger(value: number | undefined, fallback: number, name: string): number {
  if (value === undefined) return fallback;
  if (!Number.isSafeInteger(value) || value <= 0) throw new RangeError(`createMemoryIdempotencyStore: ${name} must be a positive integer, got ${String(value)}.`);
  return value;
}
