// A virtual clock for the retry policy: sleeps return at once and move time forward, so backoff and
// Retry-After are observed exactly while the HTTP traffic stays real.
import type { RetryClock } from '../../src/client/index.js';

export const CLOCK_START = Date.parse('2026-04-28T10:30:00.000Z');

export function virtualClock(start = CLOCK_START): RetryClock & { sleeps: number[]; advance(ms: number): void } {
  let now = start;
  const sleeps: number[] = [];
  return {
    sleeps,
    now: () => now,
    async sleep(ms, signal) {
      if (signal?.aborted) throw signal.reason;
      sleeps.push(ms);
      now += ms;
    },
    advance(ms) {
      now += ms;
    },
  };
}

/** A random source that returns the given values in turn (then repeats the last). */
export function randomSequence(...values: number[]): () => number {
  let index = 0;
  return () => values[Math.min(index++, values.length - 1)] as number;
}
