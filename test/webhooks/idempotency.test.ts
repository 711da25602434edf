// The in-memory IdempotencyStore: claim → in-progress → completed (or released), bounded by ttlMs and maxEntries.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createMemoryIdempotencyStore } from '../../src/webhooks/index.js';

function clock(start = 0) {
  let time = start;
  return { now: () => time, advance: (ms: number) => (time += ms) };
}

describe('createMemoryIdempotencyStore', () => {
  it('tells a new event from one in progress and one completed', async () => {
    const store = createMemoryIdempotencyStore();
    expect(await store.claim('evt_1')).toBe('claimed');
    expect(await store.claim('evt_1')).toBe('in-progress');
    await store.complete('evt_1');
    expect(await store.claim('evt_1')).toBe('completed');
    expect(await store.claim('evt_2')).toBe('claimed');
  });

  it('release gives an in-progress claim up, but never forgets a completed event', async () => {
    const store = createMemoryIdempotencyStore();
    await store.claim('evt_1');
    await store.release('evt_1');
    expect(await store.claim('evt_1')).toBe('claimed');
    await store.complete('evt_1');
    await store.release('evt_1');
    expect(await store.claim('evt_1')).toBe('completed');
  });

  it('forgets a completed event after ttlMs', async () => {
    const time = clock();
    const store = createMemoryIdempotencyStore({ ttlMs: 1000, now: time.now });
    await store.claim('evt_1');
    await store.complete('evt_1');
    time.advance(999);
    expect(await store.claim('evt_1')).toBe('completed');
    time.advance(1);
    expect(await store.claim('evt_1')).toBe('claimed');
  });

  it('keeps at most maxEntries completed events, forgetting the oldest first', async () => {
    const store = createMemoryIdempotencyStore({ maxEntries: 3 });
    for (const id of ['a', 'b', 'c', 'd']) {
      await store.claim(id);
      await store.complete(id);
    }
    expect(store.size).toBe(3);
    expect(await store.claim('a')).toBe('claimed');
    for (const id of ['c', 'd']) expect(await store.claim(id)).toBe('completed');
  });

  it('never evicts an in-progress claim', async () => {
    const store = createMemoryIdempotencyStore({ maxEntries: 2 });
    await store.claim('running');
    for (const id of ['a', 'b', 'c']) {
      await store.claim(id);
      await store.complete(id);
    }
    expect(await store.claim('running')).toBe('in-progress');
  });

  it('counts only completed events against maxEntries, so claims in progress never push a just-completed one out', async () => {
    const store = createMemoryIdempotencyStore({ maxEntries: 2 });
    for (const id of ['a', 'b', 'c']) await store.claim(id);
    await store.complete('a');
    expect(await store.claim('a')).toBe('completed');
    for (const id of ['b', 'c']) expect(await store.claim(id)).toBe('in-progress');
  });

  it('stays bounded under any sequence of operations', async () => {
    const operation = fc.tuple(fc.constantFrom('claim', 'complete', 'release', 'tick'), fc.integer({ min: 0, max: 30 }));
    await fc.assert(
      fc.asyncProperty(fc.array(operation, { maxLength: 300, size: 'max' }), async (operations) => {
        const time = clock();
        const store = createMemoryIdempotencyStore({ ttlMs: 50, maxEntries: 8, now: time.now });
        const inProgress = new Set<string>();
        const completions: { id: string; at: number }[] = [];
        for (const [kind, n] of operations) {
          const id = `evt_${n}`;
          if (kind === 'tick') time.advance(n);
          else if (kind === 'claim' && (await store.claim(id)) === 'claimed') inProgress.add(id);
          else if (kind === 'complete' && inProgress.delete(id)) {
            await store.complete(id);
            completions.push({ id, at: time.now() });
          } else if (kind === 'release' && inProgress.delete(id)) await store.release(id);
          expect(store.size).toBeLessThanOrEqual(8 + inProgress.size);
          for (const running of inProgress) expect(await store.claim(running)).toBe('in-progress');
          // Any of the most recent maxEntries completions is remembered until its ttlMs has passed.
          for (const { id: done, at } of completions.slice(-8)) {
            if (at + 50 > time.now()) expect(await store.claim(done)).toBe('completed');
          }
        }
      }),
      { numRuns: 200 },
    );
  });

  it('rejects a nonsensical bound', () => {
    expect(() => createMemoryIdempotencyStore({ ttlMs: 0 })).toThrow(/ttlMs must be a positive integer/);
    expect(() => createMemoryIdempotencyStore({ maxEntries: 1.5 })).toThrow(/maxEntries/);
    expect(() => createMemoryIdempotencyStore({ maxEntries: Number.NaN })).toThrow(RangeError);
  });
});
