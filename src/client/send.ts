/**
 * One call = one or more attempts through openapi-fetch, each with its own timeout signal linked to the
 * caller's signal, and the retry policy deciding between attempts. Middleware runs on every attempt.
 */
import { type Client, createFinalURL, createQuerySerializer, defaultPathSerializer } from 'openapi-fetch';
import { PoppNetworkError, type PoppRequestContext, PoppTimeoutError } from './errors.js';
import { describeTransportFailure, isTransportFailure } from './network-errors.js';
import { type AttemptOutcome, type RetryPolicy, retryVerdict } from './retry.js';

/** What openapi-fetch resolves with. */
export interface FetchResult {
  data?: unknown;
  error?: unknown;
  response: Response;
}

export interface SendResult {
  result: FetchResult;
  context: PoppRequestContext;
}

/** Per-call options every operation accepts besides openapi-fetch's own. */
export interface PoppCallOptions {
  /** Aborts the call (any attempt or wait); the call then rejects with the signal's reason. */
  signal?: AbortSignal | null;
  /** Overrides the client's `timeoutMs` for each attempt of this call. */
  timeoutMs?: number;
}

export type Send = (method: string, url: string, init?: Record<string, unknown> & PoppCallOptions) => Promise<SendResult>;

export interface SenderConfig {
  timeoutMs: number;
  retry: RetryPolicy;
  /** Errors thrown by the client's own fetch wrapper, i.e. by the transport. */
  transportFailures: WeakSet<object>;
}

/**
 * Creates the function through which every request of a client goes.
 *
 * @example
 *   const send = createSender(openapiFetchClient, { timeoutMs: 30000, retry: resolveRetryPolicy(undefined), transportFailures });
 *   const { result } = await send('GET', '/v1/workflow-runs/{runId}', { params: { path: { runId: 'run_1' } } });
 */
export function createSender(client: Client<any>, config: SenderConfig): Send {
  const { retry } = config;
  return async function send(method, url, init = {}) {
    const { signal: callerSignal, timeoutMs = config.timeoutMs, ...rest } = init;
    assertTimeoutMs(timeoutMs, 'timeoutMs');
    if (callerSignal != null && !(callerSignal instanceof AbortSignal)) throw new TypeError('signal must be an AbortSignal');
    if (callerSignal?.aborted) throw callerSignal.reason;
    const startedAt = retry.clock.now();
    for (let attempt = 1; ; attempt++) {
      const deadline = attemptDeadline(timeoutMs, callerSignal ?? undefined);
      let result: FetchResult | undefined;
      let failure: unknown;
      try {
        result = (await client.request(method.toLowerCase() as never, url as never, { ...rest, signal: deadline.signal } as never)) as FetchResult;
      } catch (error) {
        if (deadline.callerAborted) throw callerSignal?.reason;
        if (!deadline.timedOut && !isTransportFailure(error, config.transportFailures)) throw error;
        failure = error;
      } finally {
        deadline.dispose();
      }
      const context: PoppRequestContext = { method, path: pathOf(url, rest), attempts: attempt };
      if (result?.response.ok) return { result, context };
      const outcome: AttemptOutcome = result
        ? { kind: 'response', status: result.response.status, headers: result.response.headers }
        : deadline.timedOut
          ? { kind: 'timeout' }
          : networkOutcome(failure);
      const verdict = retryVerdict(retry, { method, outcome, attempt, elapsedMs: retry.clock.now() - startedAt });
      if (!verdict.retry) {
        const final = { ...context, retryNote: verdict.note };
        if (result) return { result, context: final };
        throw attemptError(outcome, failure, timeoutMs, final);
      }
      retry.onRetry?.({ method, path: context.path, attempt, delayMs: verdict.delayMs, reason: verdict.reason });
      await retry.clock.sleep(verdict.delayMs, callerSignal ?? undefined);
      if (callerSignal?.aborted) throw callerSignal.reason;
    }
  };
}

function networkOutcome(error: unknown): AttemptOutcome {
  const { code, requestNotSent } = describeTransportFailure(error);
  return { kind: 'network', code, requestNotSent };
}

function attemptError(outcome: AttemptOutcome, failure: unknown, timeoutMs: number, context: PoppRequestContext): Error {
  if (outcome.kind === 'timeout') {
    return new PoppTimeoutError(`${context.method} ${context.path} timed out after ${timeoutMs} ms`, timeoutMs, context);
  }
  const { code, requestNotSent, description } = describeTransportFailure(failure);
  const sent = requestNotSent ? 'the request was not sent' : 'the request may have reached Popp';
  return new PoppNetworkError(`${context.method} ${context.path} failed: ${description}; ${sent}`, { code, requestMayHaveBeenSent: !requestNotSent, cause: failure }, context);
}

/** One attempt's signal: fires on the timeout or when the caller aborts, and says which. */
function attemptDeadline(timeoutMs: number, callerSignal: AbortSignal | undefined) {
  const controller = new AbortController();
  let timedOut = false;
  let callerAborted = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort(new DOMException(`The attempt timed out after ${timeoutMs} ms`, 'TimeoutError'));
  }, timeoutMs);
  const onAbort = () => {
    callerAborted = true;
    controller.abort(callerSignal?.reason);
  };
  callerSignal?.addEventListener('abort', onAbort, { once: true });
  return {
    signal: controller.signal,
    get timedOut() {
      return timedOut && !callerAborted;
    },
    get callerAborted() {
      return callerAborted;
    },
    dispose() {
      clearTimeout(timer);
      callerSignal?.removeEventListener('abort', onAbort);
    },
  };
}

/**
 * Throws a RangeError unless `value` is a usable timeout (1 ms up to setTimeout's limit).
 *
 * @example
 *   assertTimeoutMs(0, 'createPoppClient: timeoutMs'); // throws RangeError
 */
export function assertTimeoutMs(value: unknown, what: string): asserts value is number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0 || value > MAX_TIMER_MS) {
    throw new RangeError(`${what} must be a number of milliseconds from 1 to ${MAX_TIMER_MS} (got ${String(value)})`);
  }
}

/** setTimeout's largest delay. */
export const MAX_TIMER_MS = 2 ** 31 - 1;

const querySerializer = createQuerySerializer();

/**
 * The request's path and query string exactly as openapi-fetch builds them, for messages.
 *
 * @example
 *   requestPath('/v1/workflow-runs/{runId}', { path: { runId: 'run 1' } }); // '/v1/workflow-runs/run%201'
 */
export function requestPath(url: string, params: { path?: Record<string, unknown>; query?: Record<string, unknown> } = {}): string {
  return createFinalURL(url, { baseUrl: '', params, querySerializer, pathSerializer: defaultPathSerializer });
}

function pathOf(url: string, init: Record<string, unknown>): string {
  return requestPath(url, init.params as Parameters<typeof requestPath>[1]);
}
