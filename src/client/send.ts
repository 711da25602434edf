/**
 * One call = one or more attempts, each with its own timeout signal linked to the caller's signal, and the
 * retry policy deciding between attempts. How an attempt is sent is the request path's (request.ts).
 */
import { PoppNetworkError, type PoppRequestContext, PoppTimeoutError } from './errors.js';
import { type TransportFailure, describeTransportFailure, isTransportFailure } from './network-errors.js';
import { Refusal } from './refusal.js';
import { type AttemptOutcome, type RetryPolicy, parseRetryAfter, retryVerdict } from './retry.js';
import { MAX_TIMER_MS } from './timers.js';

/** What one attempt got: the response and its whole body (read within the client's limit). */
export interface Exchange {
  response: Response;
  body: Uint8Array;
}

/** One HTTP attempt, aborted through `signal`. */
export type Attempt = (signal: AbortSignal) => Promise<Exchange>;

/** Per-call options every operation accepts besides openapi-fetch's own. */
export interface PoppCallOptions {
  /** Aborts the call (any attempt or wait); the call then rejects with the signal's reason. */
  signal?: AbortSignal | null;
  /** Overrides the client's `timeoutMs` for each attempt of this call. */
  timeoutMs?: number;
}

export interface CallPlan extends PoppCallOptions {
  method: string;
  /** The request path and query, for messages and retry events. */
  path: string;
  attempt: Attempt;
}

export interface SendResult {
  result: Exchange;
  /** Where the call went and how many attempts it took (computed on demand). */
  context: () => PoppRequestContext;
  /** What an error response's Retry-After asked for, in milliseconds (null on success or without a usable one). */
  retryAfterMs: number | null;
}

export type Send = (plan: CallPlan) => Promise<SendResult>;

export interface SenderConfig {
  timeoutMs: number;
  retry: RetryPolicy;
  /** Errors thrown by the client's transport (as opposed to bugs or middleware errors). */
  transportFailures: WeakSet<object>;
}

/**
 * Creates the function through which every call of a client goes: attempts, timeouts, caller aborts, retries.
 *
 * @example
 *   const send = createSender({ timeoutMs: 30000, retry: resolveRetryPolicy(undefined), transportFailures });
 *   const { result } = await send({ method: 'GET', path: '/v1/workflow-runs/run_1', attempt: (signal) => fetchRun(signal) });
 */
export function createSender(config: SenderConfig): Send {
  const { retry } = config;
  return async function send({ method, path, attempt: runAttempt, signal: callerSignal, timeoutMs = config.timeoutMs }) {
    assertTimeoutMs(timeoutMs, 'timeoutMs');
    if (callerSignal != null && !(callerSignal instanceof AbortSignal)) throw new TypeError('signal must be an AbortSignal');
    if (callerSignal?.aborted) throw callerSignal.reason;
    const startedAt = retry.clock.now();
    for (let attempt = 1; ; attempt++) {
      const deadline = startDeadline(timeoutMs, callerSignal ?? undefined);
      let result: Exchange | undefined;
      let failure: unknown;
      try {
        result = await runAttempt(deadline.controller.signal);
      } catch (error) {
        if (deadline.callerAborted) throw callerSignal?.reason;
        // A redirect, an oversized body or a URL off the origin: final, whatever the method.
        if (error instanceof Refusal) throw error.toError({ method, path, attempts: attempt });
        if (!deadline.timedOut && !isTransportFailure(error, config.transportFailures)) throw error;
        failure = error;
      } finally {
        stopDeadline(deadline);
      }
      const attempts = attempt;
      if (result?.response.ok) return { result, context: () => ({ method, path, attempts }), retryAfterMs: null };
      // Read once, for the retry decision and for the error: one clock reading, one Retry-After parse, one
      // description of a transport failure.
      const nowMs = retry.clock.now();
      const retryAfterMs = result ? parseRetryAfter(result.response.headers.get('retry-after'), nowMs, result.response.headers.get('date')) : null;
      const transportFailure = result || deadline.timedOut ? undefined : describeTransportFailure(failure);
      const outcome: AttemptOutcome = result
        ? { kind: 'response', status: result.response.status, retryAfterMs }
        : transportFailure
          ? { kind: 'network', code: transportFailure.code, requestNotSent: transportFailure.requestNotSent }
          : { kind: 'timeout' };
      const verdict = retryVerdict(retry, { method, outcome, attempt, elapsedMs: nowMs - startedAt });
      if (!verdict.retry) {
        const context: PoppRequestContext = { method, path, attempts, retryNote: verdict.note };
        if (result) return { result, context: () => context, retryAfterMs };
        throw attemptError(failure, transportFailure, timeoutMs, context);
      }
      retry.onRetry?.({ method, path, attempt, delayMs: verdict.delayMs, reason: verdict.reason });
      await retry.clock.sleep(verdict.delayMs, callerSignal ?? undefined);
      if (callerSignal?.aborted) throw callerSignal.reason;
    }
  };
}

/** The error of a last attempt that got no response: a timeout, or the transport failure described. */
function attemptError(failure: unknown, transportFailure: TransportFailure | undefined, timeoutMs: number, context: PoppRequestContext): Error {
  if (transportFailure === undefined) {
    return new PoppTimeoutError(`${context.method} ${context.path} timed out after ${timeoutMs} ms`, timeoutMs, context);
  }
  const { code, requestNotSent, description } = transportFailure;
  const sent = requestNotSent ? 'the request was not sent' : 'the request may have reached Popp';
  return new PoppNetworkError(`${context.method} ${context.path} failed: ${description}; ${sent}`, { code, requestMayHaveBeenSent: !requestNotSent, cause: failure }, context);
}

/** One attempt's signal: fires on the timeout or when the caller aborts, and says which. */
interface AttemptDeadline {
  controller: AbortController;
  timer: ReturnType<typeof setTimeout>;
  callerSignal: AbortSignal | undefined;
  onCallerAbort: (() => void) | undefined;
  timedOut: boolean;
  callerAborted: boolean;
}

function startDeadline(timeoutMs: number, callerSignal: AbortSignal | undefined): AttemptDeadline {
  const deadline: AttemptDeadline = { controller: new AbortController(), timer: undefined as never, callerSignal, onCallerAbort: undefined, timedOut: false, callerAborted: false };
  deadline.timer = setTimeout(fireTimeout, timeoutMs, deadline, timeoutMs);
  if (callerSignal) {
    deadline.onCallerAbort = () => {
      deadline.callerAborted = true;
      deadline.controller.abort(callerSignal.reason);
    };
    callerSignal.addEventListener('abort', deadline.onCallerAbort, { once: true });
  }
  return deadline;
}

function fireTimeout(deadline: AttemptDeadline, timeoutMs: number): void {
  if (deadline.callerAborted) return;
  deadline.timedOut = true;
  deadline.controller.abort(new DOMException(`The attempt timed out after ${timeoutMs} ms`, 'TimeoutError'));
}

function stopDeadline(deadline: AttemptDeadline): void {
  clearTimeout(deadline.timer);
  if (deadline.onCallerAbort) deadline.callerSignal?.removeEventListener('abort', deadline.onCallerAbort);
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
