/**
 * The retry policy: which failures may be retried, and how long to wait before the next attempt.
 *
 * GET (a read) is retried on 429, any 5xx, a timeout and any network error. POST (start, cancel and publish
 * have side effects and no idempotency key) is retried only where the request provably was not processed:
 * 429, 503 with a usable Retry-After, and a connection that failed before the request was sent.
 * Waits are exponential backoff with full jitter, or exactly what Retry-After asks; attempts and total time
 * are both bounded, and a Retry-After beyond the remaining budget ends the call instead of being shortened.
 */
import { sleep } from './timers.js';

/** Time source and wait, injectable so tests can run the policy deterministically against a real server. */
export interface RetryClock {
  /** Milliseconds since the epoch (like `Date.now()`); HTTP-date Retry-After values are measured against it. */
  now(): number;
  /** Resolves after `ms`; rejects with `signal.reason` as soon as `signal` aborts. */
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
}

/** What the client reports before each retry, e.g. to a logger. It never carries credentials. */
export interface RetryEvent {
  method: string;
  path: string;
  /** The attempt that failed (1-based). */
  attempt: number;
  /** How long the client waits before the next attempt. */
  delayMs: number;
  /** Why it retries, e.g. `429 (Retry-After 2 s)` or `network error ECONNREFUSED (not sent)`. */
  reason: string;
}

export interface RetryOptions {
  /** Attempts per call, the first one included (1 disables retries). Default 3. */
  maxAttempts?: number;
  /** Backoff before the first retry at most this long (full jitter: a random wait up to it). Default 500. */
  baseDelayMs?: number;
  /** Longest backoff wait; Retry-After is not capped by it. Default 10000. */
  maxDelayMs?: number;
  /** No retry is started once this much time has passed since the call began. Default 60000; any length works (waits beyond setTimeout's 24.8-day limit are made in steps). */
  maxElapsedMs?: number;
  /** Random source in [0, 1) for the jitter. Default Math.random. */
  random?: () => number;
  /** Clock and sleep. Default the system clock and setTimeout. */
  clock?: RetryClock;
  /** Called before each retry. */
  onRetry?: (event: RetryEvent) => void;
}

export interface RetryPolicy {
  maxAttempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
  maxElapsedMs: number;
  random: () => number;
  clock: RetryClock;
  onRetry: ((event: RetryEvent) => void) | undefined;
}

/** How one attempt ended, as far as the retry decision cares. */
export type AttemptOutcome =
  /** `retryAfterMs`: the response's Retry-After as {@link parseRetryAfter} reads it. */
  | { kind: 'response'; status: number; retryAfterMs: number | null }
  | { kind: 'timeout' }
  | { kind: 'network'; code: string | null; requestNotSent: boolean };

export type RetryVerdict = { retry: true; delayMs: number; reason: string } | { retry: false; note?: string };

export const systemClock: RetryClock = { now: () => Date.now(), sleep };

const DEFAULTS = { maxAttempts: 3, baseDelayMs: 500, maxDelayMs: 10_000, maxElapsedMs: 60_000 } as const;

/**
 * Checks the `retry` option and fills in the defaults; `false` means one attempt only.
 *
 * @example
 *   resolveRetryPolicy({ maxAttempts: 5 }).maxElapsedMs; // 60000
 */
export function resolveRetryPolicy(options: RetryOptions | false | undefined): RetryPolicy {
  if (options !== undefined && options !== false && (typeof options !== 'object' || options === null)) {
    throw new TypeError(`createPoppClient: retry must be an object of retry options or false (got ${typeof options})`);
  }
  const given = options === false ? { maxAttempts: 1 } : (options ?? {});
  const policy: RetryPolicy = {
    maxAttempts: given.maxAttempts ?? DEFAULTS.maxAttempts,
    baseDelayMs: given.baseDelayMs ?? DEFAULTS.baseDelayMs,
    maxDelayMs: given.maxDelayMs ?? Math.max(DEFAULTS.maxDelayMs, given.baseDelayMs ?? 0),
    maxElapsedMs: given.maxElapsedMs ?? DEFAULTS.maxElapsedMs,
    random: given.random ?? Math.random,
    clock: given.clock ?? systemClock,
    onRetry: given.onRetry,
  };
  if (!Number.isInteger(policy.maxAttempts) || policy.maxAttempts < 1 || policy.maxAttempts > 20) {
    throw new RangeError(`createPoppClient: retry.maxAttempts must be an integer from 1 to 20 (got ${String(policy.maxAttempts)})`);
  }
  for (const name of ['baseDelayMs', 'maxDelayMs', 'maxElapsedMs'] as const) {
    const value = policy[name];
    if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
      throw new RangeError(`createPoppClient: retry.${name} must be a finite number of milliseconds >= 0 (got ${String(value)})`);
    }
  }
  if (policy.maxDelayMs < policy.baseDelayMs) {
    throw new RangeError(`createPoppClient: retry.maxDelayMs (${policy.maxDelayMs}) is less than retry.baseDelayMs (${policy.baseDelayMs})`);
  }
  for (const name of ['random', 'onRetry'] as const) {
    if (policy[name] !== undefined && typeof policy[name] !== 'function') throw new TypeError(`createPoppClient: retry.${name} must be a function`);
  }
  if (typeof policy.clock?.now !== 'function' || typeof policy.clock.sleep !== 'function') {
    throw new TypeError('createPoppClient: retry.clock must have now() and sleep(ms, signal) functions');
  }
  return policy;
}

/**
 * Reads a Retry-After value — delay-seconds or an HTTP date — as milliseconds to wait (never negative), or
 * null when it is missing or unusable. An HTTP date is measured against the response's own `Date` header
 * when there is one, so a skewed local clock does not matter; otherwise against `nowMs`.
 *
 * @example
 *   parseRetryAfter('2', 0, null); // 2000
 *   parseRetryAfter('Tue, 28 Apr 2026 10:31:00 GMT', Date.parse('2026-04-28T10:30:00Z'), null); // 60000
 */
export function parseRetryAfter(value: string | null, nowMs: number, responseDate: string | null): number | null {
  if (value === null) return null;
  const text = value.trim();
  // Capped so that an absurd number of digits stays a finite, printable delay (it then exceeds any budget).
  if (/^\d+$/.test(text)) return Math.min(Number(text) * 1000, Number.MAX_SAFE_INTEGER);
  const at = Date.parse(text);
  if (Number.isNaN(at) || !/[A-Za-z]/.test(text)) return null;
  const reference = responseDate === null ? Number.NaN : Date.parse(responseDate);
  return Math.max(0, at - (Number.isNaN(reference) ? nowMs : reference));
}

/**
 * Full-jitter exponential backoff: a random wait in [0, min(maxDelay, base · 2^(attempt−1))).
 *
 * @example
 *   backoffDelay(resolveRetryPolicy({ baseDelayMs: 100, random: () => 0.5 }), 3); // 200
 */
export function backoffDelay(policy: RetryPolicy, attempt: number): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
  return Math.floor(policy.random() * ceiling);
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Decides whether the call goes on after an attempt that did not succeed, and after how long.
 * A verdict not to retry may carry a note for the error message saying why a retry was not made.
 *
 * @example
 *   retryVerdict(policy, { method: 'POST', outcome: { kind: 'timeout' }, attempt: 1, elapsedMs: 30000 });
 *   // { retry: false, note: 'not retried: a POST that timed out may have been carried out' }
 */
export function retryVerdict(
  policy: RetryPolicy,
  input: { method: string; outcome: AttemptOutcome; attempt: number; elapsedMs: number },
): RetryVerdict {
  const { method, outcome, attempt, elapsedMs } = input;
  const safe = SAFE_METHODS.has(method);
  let retryAfterMs: number | null = null;
  let reason: string;

  if (outcome.kind === 'response') {
    retryAfterMs = outcome.retryAfterMs;
    reason = retryAfterMs === null ? `${outcome.status}` : `${outcome.status} (Retry-After ${formatMs(retryAfterMs)})`;
    if (outcome.status === 429) {
      // Rate-limited requests are turned away before they are processed, whatever the method.
    } else if (outcome.status >= 500) {
      if (!safe && !(outcome.status === 503 && retryAfterMs !== null)) {
        return { retry: false, note: `not retried: a ${method} that got ${outcome.status} may have been carried out` };
      }
    } else {
      return { retry: false };
    }
  } else if (outcome.kind === 'timeout') {
    reason = 'timeout';
    if (!safe) return { retry: false, note: `not retried: a ${method} that timed out may have been carried out` };
  } else {
    reason = `network error${outcome.code ? ` ${outcome.code}` : ''}${outcome.requestNotSent ? ' before the request was sent' : ''}`;
    if (!safe && !outcome.requestNotSent) {
      return { retry: false, note: `not retried: the connection failed after the ${method} may have been sent` };
    }
  }

  if (attempt >= policy.maxAttempts) {
    return policy.maxAttempts > 1 ? { retry: false, note: `retry limit of ${policy.maxAttempts} attempts reached` } : { retry: false };
  }
  const remainingMs = policy.maxElapsedMs - elapsedMs;
  if (retryAfterMs !== null) {
    if (retryAfterMs > remainingMs) {
      return {
        retry: false,
        note: `not retried: Retry-After asked for ${formatMs(retryAfterMs)}, more than the ${formatMs(Math.max(0, remainingMs))} left of the ${formatMs(policy.maxElapsedMs)} retry budget`,
      };
    }
    return { retry: true, delayMs: retryAfterMs, reason };
  }
  const delayMs = backoffDelay(policy, attempt);
  if (delayMs > remainingMs) {
    return { retry: false, note: `not retried: the ${formatMs(policy.maxElapsedMs)} retry budget is used up` };
  }
  return { retry: true, delayMs, reason };
}

function formatMs(ms: number): string {
  return ms % 1000 === 0 ? `${ms / 1000} s` : `${ms} ms`;
}
