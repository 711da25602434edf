// Waits longer than setTimeout's limit (2^31−1 ms, about 24.8 days). setTimeout fires such a delay after 1 ms;
// vitest's fake timers reproduce that, so the overflow is observed on a virtual clock, in no real time.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { systemClock } from '../../src/client/retry.js';
import { MAX_TIMER_MS, sleep } from '../../src/client/timers.js';

const DAY = 24 * 3600 * 1000;

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
});
afterEach(() => {
  vi.useRealTimers();
});

/** A sleep whose settling can be observed without awaiting it. */
function watch(promise: Promise<void>): { settled: () => string } {
  let state = 'pending';
  promise.then(
    () => (state = 'resolved'),
    (error) => (state = `rejected: ${String(error)}`),
  );
  return { settled: () => state };
}

describe('the system clock sleeps for any length', () => {
  it('waits 30 days, not 1 ms (a Retry-After within a maxElapsedMs above 2^31−1)', async () => {
    const wait = watch(systemClock.sleep(30 * DAY));
    await vi.advanceTimersByTimeAsync(1);
    expect(wait.settled()).toBe('pending');
    await vi.advanceTimersByTimeAsync(MAX_TIMER_MS);
    expect(wait.settled()).toBe('pending');
    await vi.advanceTimersByTimeAsync(30 * DAY - MAX_TIMER_MS - 2);
    expect(wait.settled()).toBe('pending');
    await vi.advanceTimersByTimeAsync(1);
    expect(wait.settled()).toBe('resolved');
  });

  it('waits exactly the limit itself, and short waits as before', async () => {
    const atLimit = watch(sleep(MAX_TIMER_MS));
    const short = watch(sleep(20));
    await vi.advanceTimersByTimeAsync(20);
    expect([short.settled(), atLimit.settled()]).toEqual(['resolved', 'pending']);
    await vi.advanceTimersByTimeAsync(MAX_TIMER_MS - 20);
    expect(atLimit.settled()).toBe('resolved');
  });

  it('is aborted in any step of a long wait, with the signal reason', async () => {
    const controller = new AbortController();
    const wait = watch(sleep(3 * MAX_TIMER_MS, controller.signal));
    await vi.advanceTimersByTimeAsync(MAX_TIMER_MS + DAY);
    expect(wait.settled()).toBe('pending');
    controller.abort(new Error('shutting down'));
    await vi.advanceTimersByTimeAsync(0);
    expect(wait.settled()).toBe('rejected: Error: shutting down');
    expect(vi.getTimerCount()).toBe(0);
  });

  it('treats a negative or NaN wait as none', async () => {
    const negative = watch(sleep(-5));
    const nan = watch(sleep(Number.NaN));
    await vi.advanceTimersByTimeAsync(0);
    expect([negative.settled(), nan.settled()]).toEqual(['resolved', 'resolved']);
  });
});
