/**
 * Exactly-once processing over at-least-once delivery: a delivery claims its eventId under a lease before its
 * handler runs, and the owner of the claim (and only the owner) extends it while the handler runs, completes it
 * after, or releases it when the handler fails, so that Popp's retry is processed.
 */

/**
 * Proof of a claim, handed back to `complete`, `release` and `extend`. `owner` is a random value the store
 * chose; a call with any other owner is refused, so a duplicate or a late run can never end someone else's
 * claim.
 */
export interface ClaimToken {
  readonly eventId: string;
  readonly owner: string;
}

/** How a delivery claims its eventId. */
export interface ClaimOptions {
  /** How long the claim holds without an `extend`, in milliseconds, measured by the store's own clock. */
  leaseMs: number;
  /** SHA-256 of the delivery's exact body (lowercase hex): a record with another hash is a `conflict`. */
  payloadHash: string;
}

/**
 * What a claim found: `claimed` (this delivery owns the event now, with `token`), `in-progress` (another
 * delivery of the same event holds a live lease), `completed` (the event was processed and is still
 * remembered) or `conflict` (a live record of the same eventId was made for a different body).
 */
export type ClaimResult = { status: 'claimed'; token: ClaimToken } | { status: 'in-progress' } | { status: 'completed' } | { status: 'conflict' };

/** A `query` bound to one open transaction, as a store that runs handlers in its transaction passes it on. */
export interface StoreTransaction {
  query<Row = Record<string, unknown>>(text: string, params?: readonly unknown[]): Promise<{ rows: Row[] }>;
}

/** How `completeInTransaction` ended: committed with the record completed, rolled back by `work`, or the claim was lost (rolled back). */
export type TransactionOutcome = 'completed' | 'rolled-back' | 'lost';

/**
 * Where claims live. Every operation is atomic and every lease is measured by the store's clock (Redis `PX`,
 * PostgreSQL's `statement_timestamp()`, the memory store's `now`), never by one receiver's `Date.now()`.
 * A lapsed lease is no claim at all: the next `claim` takes the event over, and the old owner's `complete`
 * and `extend` report `false`.
 *
 * The stores of this package: `createMemoryIdempotencyStore` (one process), `createRedisIdempotencyStore`
 * (`popp-workflow-contract/stores/redis`) and `createPostgresIdempotencyStore`
 * (`popp-workflow-contract/stores/postgres`).
 *
 * @example
 *   const claim = await store.claim('evt_1', { leaseMs: 30_000, payloadHash });
 *   if (claim.status === 'claimed') {
 *     try { await work(); await store.complete(claim.token); } catch (error) { await store.release(claim.token); throw error; }
 *   }
 */
export interface IdempotencyStore {
  /** Atomically claims `eventId` unless a live record of it exists; a lapsed lease is taken over. */
  claim(eventId: string, options: ClaimOptions): Promise<ClaimResult>;
  /** Marks the owner's claim processed (kept for the store's TTL). `false`: not the owner's live claim, nothing changed. */
  complete(token: ClaimToken): Promise<boolean>;
  /** Gives the owner's in-progress claim up, so the next delivery is processed. `false`: not the owner's claim, nothing changed. */
  release(token: ClaimToken): Promise<boolean>;
  /** Renews the owner's live lease to `leaseMs` from now (the store's now). `false`: the lease is lost. */
  extend(token: ClaimToken, leaseMs: number): Promise<boolean>;
  /**
   * Present on stores that can run the handler inside the transaction that completes the claim (PostgreSQL
   * with `transactional: true`). `work` gets the transaction and says whether to commit; the record is
   * completed in the same transaction, so the handler's writes to that database happen exactly once.
   */
  completeInTransaction?(token: ClaimToken, work: (transaction: StoreTransaction) => Promise<boolean>): Promise<TransactionOutcome>;
}

export interface MemoryIdempotencyStoreOptions {
  /** How long a processed eventId is remembered, in milliseconds. Default: 24 hours. */
  ttlMs?: number;
  /** At most this many processed eventIds are kept; the oldest are forgotten first. Default: 10 000. */
  maxEntries?: number;
  /** The store's clock, in milliseconds. Default: Date.now. */
  now?: () => number;
}

/** The in-memory store, with the number of eventIds it currently holds. */
export interface MemoryIdempotencyStore extends IdempotencyStore {
  readonly size: number;
}

type Entry = { state: 'in-progress'; owner: string; payloadHash: string; until: number } | { state: 'completed'; owner: string; payloadHash: string; until: number };

/**
 * An IdempotencyStore in this process's memory, bounded by `ttlMs` and `maxEntries`. In-progress claims are
 * never evicted while their lease lives; processed eventIds are forgotten after `ttlMs`, or oldest first
 * beyond `maxEntries`. A redelivery after that is processed again. For several processes, or to survive
 * restarts, use the Redis or PostgreSQL store.
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

  function forgetCompleted(shouldForget: (entry: Entry) => boolean): void {
    for (const [eventId, entry] of entries) {
      if (entry.state === 'in-progress') continue;
      if (!shouldForget(entry)) return;
      entries.delete(eventId);
      completedCount--;
    }
  }

  /** The live entry of this owner's claim, or undefined. */
  function liveClaim(token: ClaimToken): Entry | undefined {
    const entry = entries.get(token.eventId);
    return entry?.state === 'in-progress' && entry.owner === token.owner && entry.until > now() ? entry : undefined;
  }

  return {
    get size() {
      return entries.size;
    },
    async claim(eventId, claimOptions) {
      const { leaseMs, payloadHash } = checkClaim(eventId, claimOptions);
      const time = now();
      forgetCompleted((entry) => entry.until <= time);
      const entry = entries.get(eventId);
      if (entry !== undefined && entry.until > time) {
        if (entry.payloadHash !== payloadHash) return { status: 'conflict' };
        return { status: entry.state };
      }
      if (entry?.state === 'completed') completedCount--;
      const owner = newOwner();
      entries.delete(eventId);
      entries.set(eventId, { state: 'in-progress', owner, payloadHash, until: time + leaseMs });
      return { status: 'claimed', token: { eventId, owner } };
    },
    async complete(token) {
      const entry = liveClaim(token);
      if (entry === undefined) return false;
      entries.delete(token.eventId);
      entries.set(token.eventId, { state: 'completed', owner: token.owner, payloadHash: entry.payloadHash, until: now() + ttlMs });
      completedCount++;
      forgetCompleted(() => completedCount > maxEntries);
      return true;
    },
    async release(token) {
      const entry = entries.get(token.eventId);
      if (entry?.state !== 'in-progress' || entry.owner !== token.owner) return false;
      entries.delete(token.eventId);
      return true;
    },
    async extend(token, leaseMs) {
      checkLease(leaseMs, 'extend');
      const entry = liveClaim(token);
      if (entry === undefined) return false;
      entry.until = now() + leaseMs;
      return true;
    },
  };
}

/**
 * A fresh, unguessable owner for a claim (Web Crypto: every runtime the webhooks entry supports has it).
 * Internal; the stores share it.
 *
 * @example
 *   const token = { eventId, owner: newOwner() };
 */
export function newOwner(): string {
  return globalThis.crypto.randomUUID();
}

/**
 * Checks `claim`'s arguments, so that every store refuses the same mistakes with the same words. Internal.
 *
 * @example
 *   const { leaseMs, payloadHash } = checkClaim(eventId, options);
 */
export function checkClaim(eventId: unknown, options: ClaimOptions | undefined): ClaimOptions {
  if (typeof eventId !== 'string' || eventId.length === 0) throw new TypeError(`IdempotencyStore.claim: eventId must be a non-empty string, got ${typeof eventId === 'string' ? 'an empty string' : typeof eventId}.`);
  if (options === null || typeof options !== 'object') throw new TypeError('IdempotencyStore.claim: pass { leaseMs, payloadHash } as the second argument.');
  checkLease(options.leaseMs, 'claim');
  if (typeof options.payloadHash !== 'string' || options.payloadHash.length === 0) throw new TypeError('IdempotencyStore.claim: payloadHash must be a non-empty string (the SHA-256 of the body, in hex).');
  return { leaseMs: options.leaseMs, payloadHash: options.payloadHash };
}

/**
 * Checks a lease length (a positive safe integer of milliseconds). Internal.
 *
 * @example
 *   checkLease(leaseMs, 'extend');
 */
export function checkLease(leaseMs: unknown, operation: string): void {
  if (typeof leaseMs !== 'number' || !Number.isSafeInteger(leaseMs) || leaseMs <= 0) throw new RangeError(`IdempotencyStore.${operation}: leaseMs must be a positive integer of milliseconds, got ${String(leaseMs)}.`);
}

function positiveInteger(value: number | undefined, fallback: number, name: string): number {
  if (value === undefined) return fallback;
  if (!Number.isSafeInteger(value) || value <= 0) throw new RangeError(`createMemoryIdempotencyStore: ${name} must be a positive integer, got ${String(value)}.`);
  return value;
}
