// The in-memory IdempotencyStore's own bounds (ttlMs, maxEntries) and argument checks. The contract every store
// shares (leases, owners, conflicts, TTL) is tested once for all stores in test/stores/conformance.test.ts.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createMemoryIdempotencyStore, type ClaimToken, type IdempotencyStore } from '../../src/webhooks/index.js';

function clock(start = 0) {
  let time = start;
  return { now: () => time, advance: (ms: number) => (time += ms) };
}

const LEASE = { leaseMs: 60_000, payloadHash: 'h' };

async function claimed(store: IdempotencyStore, eventId: string): Promise<ClaimToken> {
  const result = await store.claim(eventId, LEASE);
  if (result.status !== 'claimed') throw new Error(`expected to claim ${eventId}, got ${result.status}`);
  return result.token;
}

async function statusOf(store: IdempotencyStore, eventId: string): Promise<string> {
  const result = await store.claim(eventId, LEASE);
  if (result.status === 'claimed') await store.release(result.token);
  return result.status;
}

describe('createMemoryIdempotencyStore', () => {
  it('keeps at most maxEntries completed events, forgetting the oldest first', async () => {
    const store = createMemoryIdempotencyStore({ maxEntries: 3 });
    for (const id of ['a', 'b', 'c', 'd']) await store.complete(await claimed(store, id));
    expect(store.size).toBe(3);
    expect(await statusOf(store, 'a')).toBe('claimed');
    for (const id of ['c', 'd']) expect(await statusOf(store, id)).toBe('completed');
  });

  it('never evicts an in-progress claim for completed ones', async () => {
    const store = createMemoryIdempotencyStore({ maxEntries: 2 });
    await claimed(store, 'running');
    for (const id of ['a', 'b', 'c']) await store.complete(await claimed(store, id));
    expect(await statusOf(store, 'running')).toBe('in-progress');
  });

  it('stays bounded under any sequence of operations', async () => {
    const operation = fc.tuple(fc.constantFrom('claim', 'complete', 'release', 'tick'), fc.integer({ min: 0, max: 30 }));
    await fc.assert(
      fc.asyncProperty(fc.array(operation, { maxLength: 300, size: 'max' }), async (operations) => {
        const time = clock();
        const store = createMemoryIdempotencyStore({ ttlMs: 50, maxEntries: 8, now: time.now });
        const inProgress = new Map<string, ClaimToken>();
        const completions: { id: string; at: number }[] = [];
        const lease = { leaseMs: 1_000_000, payloadHash: 'h' };
        for (const [kind, n] of operations) {
          const id = `evt_${n}`;
          const token = inProgress.get(id);
          if (kind === 'tick') time.advance(n);
          else if (kind === 'claim') {
            const result = await store.claim(id, lease);
            if (result.status === 'claimed') inProgress.set(id, result.token);
          } else if (kind === 'complete' && token !== undefined) {
            inProgress.delete(id);
            expect(await store.complete(token)).toBe(true);
            completions.push({ id, at: time.now() });
          } else if (kind === 'release' && token !== undefined) {
            inProgress.delete(id);
            expect(await store.release(token)).toBe(true);
          }
          expect(store.size).toBeLessThanOrEqual(8 + inProgress.size);
          for (const running of inProgress.keys()) expect((await store.claim(running, lease)).status).toBe('in-progress');
          // Any of the most recent maxEntries completions is remembered until its ttlMs has passed.
          for (const { id: done, at } of completions.slice(-8)) {
            if (at + 50 > time.now()) expect((await store.claim(done, lease)).status).toBe('completed');
          }
        }
      }),
      { numRuns: 200 },
    );
  });

  it('rejects a nonsensical bound or claim', async () => {
    expect(() => createMemoryIdempotencyStore({ ttlMs: 0 })).toThrow(/ttlMs must be a positive integer/);
    expect(() => createMemoryIdempotencyStore({ maxEntries: 1.5 })).toThrow(/maxEntries/);
    expect(() => createMemoryIdempotencyStore({ maxEntries: Number.NaN })).toThrow(RangeError);
    const store = createMemoryIdempotencyStore();
    await expect(store.claim('evt', { leaseMs: 0, payloadHash: 'h' })).rejects.toThrow(/leaseMs must be a positive integer/);
    await expect(store.claim('', LEASE)).rejects.toThrow(/eventId must be a non-empty string/);
    await expect(store.claim('evt', { leaseMs: 10 } as never)).rejects.toThrow(/payloadHash/);
    await expect(store.extend(await claimed(store, 'evt'), -1)).rejects.toThrow(/leaseMs/);
  });
});
