// The retry decision and Retry-After parsing as pure functions, case by case.
import { describe, expect, it } from 'vitest';
import { type AttemptOutcome, backoffDelay, parseRetryAfter, resolveRetryPolicy, retryVerdict } from '../../src/client/retry.js';
import { CLOCK_START, virtualClock } from './test-clock.js';

const policy = resolveRetryPolicy({ clock: virtualClock(), random: () => 0.5, baseDelayMs: 100 });
// The sender reads Retry-After at the clock's time; the policy's virtual clock stands at CLOCK_START.
const response = (status: number, headers: Record<string, string> = {}): AttemptOutcome => ({
  kind: 'response',
  status,
  retryAfterMs: parseRetryAfter(headers['retry-after'] ?? null, CLOCK_START, headers.date ?? null),
});
const verdict = (method: string, outcome: AttemptOutcome, attempt = 1, elapsedMs = 0) => retryVerdict(policy, { method, outcome, attempt, elapsedMs });

describe('parseRetryAfter', () => {
  it.each([
    ['0', 0],
    ['2', 2000],
    [' 30 ', 30_000],
    ['Tue, 28 Apr 2026 10:31:00 GMT', 60_000],
    ['Tuesday, 28-Apr-26 10:30:10 GMT', 10_000],
    ['Tue, 28 Apr 2026 10:29:00 GMT', 0],
  ])('%j → %d ms (measured against the clock without a Date header)', (value, expected) => {
    expect(parseRetryAfter(value, CLOCK_START, null)).toBe(expected);
  });

  it.each([null, '', '-1', '1.5', 'soon', '2026-04-28', '12abc'])('%j → null (unusable)', (value) => {
    expect(parseRetryAfter(value, CLOCK_START, null)).toBeNull();
  });

  it('keeps an absurdly long delay-seconds finite, so that it prints and serialises as a number', () => {
    expect(parseRetryAfter('9'.repeat(400), CLOCK_START, null)).toBe(Number.MAX_SAFE_INTEGER);
    expect(verdict('GET', response(429, { 'retry-after': '9'.repeat(400) }))).toEqual({
      retry: false,
      note: `not retried: Retry-After asked for ${Number.MAX_SAFE_INTEGER} ms, more than the 60 s left of the 60 s retry budget`,
    });
  });

  it("measures an HTTP date against the response's Date header when present (clock skew does not matter)", () => {
    const skewedClock = CLOCK_START + 3_600_000;
    expect(parseRetryAfter('Tue, 28 Apr 2026 10:31:00 GMT', skewedClock, 'Tue, 28 Apr 2026 10:30:30 GMT')).toBe(30_000);
    expect(parseRetryAfter('Tue, 28 Apr 2026 10:31:00 GMT', CLOCK_START, 'not a date')).toBe(60_000);
  });
});

describe('backoffDelay', () => {
  it('is a random share of base · 2^(attempt−1), capped at maxDelayMs', () => {
    const capped = resolveRetryPolicy({ random: () => 0.999, baseDelayMs: 100, maxDelayMs: 1000 });
    expect([1, 2, 3, 4, 5, 10].map((attempt) => backoffDelay(capped, attempt))).toEqual([99, 199, 399, 799, 999, 999]);
    const zero = resolveRetryPolicy({ random: () => 0, baseDelayMs: 100 });
    expect(backoffDelay(zero, 3)).toBe(0);
  });
});

describe('retryVerdict', () => {
  it.each([
    ['GET', response(429), true],
    ['GET', response(500), true],
    ['GET', response(502), true],
    ['GET', response(503), true],
    ['GET', response(504), true],
    ['GET', { kind: 'timeout' } as const, true],
    ['GET', { kind: 'network', code: 'UND_ERR_SOCKET', requestNotSent: false } as const, true],
    ['GET', response(400), false],
    ['GET', response(404), false],
    ['POST', response(429), true],
    ['POST', response(503, { 'retry-after': '1' }), true],
    ['POST', response(503), false],
    ['POST', response(503, { 'retry-after': 'later' }), false],
    ['POST', response(500, { 'retry-after': '1' }), false],
    ['POST', response(502), false],
    ['POST', { kind: 'timeout' } as const, false],
    ['POST', { kind: 'network', code: 'ECONNREFUSED', requestNotSent: true } as const, true],
    ['POST', { kind: 'network', code: 'ECONNRESET', requestNotSent: false } as const, false],
    ['POST', response(409), false],
  ])('%s after %j → retry %s', (method, outcome, retry) => {
    expect(verdict(method, outcome).retry).toBe(retry);
  });

  it('uses Retry-After as the delay, or full-jitter backoff without it', () => {
    expect(verdict('GET', response(503, { 'retry-after': '4' }))).toEqual({ retry: true, delayMs: 4000, reason: '503 (Retry-After 4 s)' });
    expect(verdict('GET', response(503), 2)).toEqual({ retry: true, delayMs: 100, reason: '503' });
  });

  it('stops at maxAttempts and when the budget cannot cover the wait', () => {
    expect(verdict('GET', response(500), 3)).toEqual({ retry: false, note: 'retry limit of 3 attempts reached' });
    expect(verdict('GET', response(429, { 'retry-after': '61' }))).toEqual({
      retry: false,
      note: 'not retried: Retry-After asked for 61 s, more than the 60 s left of the 60 s retry budget',
    });
    expect(verdict('GET', response(429, { 'retry-after': '10' }), 1, 50_001).retry).toBe(false);
    expect(verdict('GET', response(429, { 'retry-after': '10' }), 1, 50_000).retry).toBe(true);
  });

  it('explains why a POST was not retried', () => {
    expect(verdict('POST', response(500))).toEqual({ retry: false, note: 'not retried: a POST that got 500 may have been carried out' });
    expect(verdict('POST', { kind: 'timeout' })).toEqual({ retry: false, note: 'not retried: a POST that timed out may have been carried out' });
    expect(verdict('POST', { kind: 'network', code: 'UND_ERR_SOCKET', requestNotSent: false })).toEqual({
      retry: false,
      note: 'not retried: the connection failed after the POST may have been sent',
    });
    expect(verdict('POST', response(404))).toEqual({ retry: false });
  });

  it('with one attempt allowed, adds no note', () => {
    expect(retryVerdict(resolveRetryPolicy(false), { method: 'GET', outcome: response(503), attempt: 1, elapsedMs: 0 })).toEqual({ retry: false });
  });
});
