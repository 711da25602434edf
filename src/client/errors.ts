/**
 * The errors a Popp client call can end with. Every one names the request (method and path, never headers)
 * and how many attempts were made; none holds or prints a credential.
 *
 * - {@link PoppApiError}: Popp answered with a non-2xx status (or a 2xx whose body is not JSON).
 *   - {@link PoppRedirectError}: the answer was a redirect (any 3xx), which the client never follows.
 *   - {@link PoppResponseTooLargeError}: the body was larger than `maxResponseBytes`; the client stopped reading.
 * - {@link PoppTimeoutError}: an attempt took longer than `timeoutMs`.
 * - {@link PoppNetworkError}: no HTTP answer at all (connection refused, reset, DNS failure, …).
 * - {@link PoppRequestValidationError}: the request broke the contract before anything was sent.
 *
 * A call aborted through the caller's own `signal` rejects with that signal's `reason`, untouched.
 */
import type { components } from '../../generated/api.js';
import type { ValidationIssue } from '../validation/issues.js';
import { listIssues } from '../validation/issue-list.js';

export type ErrorDetail = components['schemas']['ErrorDetail'];

/** Where a failed call was going and how hard the client tried. */
export interface PoppRequestContext {
  /** HTTP method, e.g. `POST`. */
  method: string;
  /** Request path with its parameters filled in and its query string, e.g. `/v1/workflow-runs/run_1`. */
  path: string;
  /** HTTP attempts made, retries included (0 when nothing was sent). */
  attempts: number;
  /** Why the client stopped retrying, when it could have retried but did not (e.g. the retry budget ran out). */
  retryNote?: string;
}

/**
 * Base class of every error a Popp client call throws (except a caller's own abort reason).
 *
 * @example
 *   try { await popp.getRun('run_1'); }
 *   catch (error) { if (error instanceof PoppRequestError) console.error(error.method, error.path, error.attempts); }
 */
export class PoppRequestError extends Error {
  readonly method: string;
  readonly path: string;
  readonly attempts: number;
  readonly retryNote: string | null;

  constructor(message: string, context: PoppRequestContext, options?: { cause?: unknown }) {
    super(withRetryNote(message, context), options);
    this.name = new.target.name;
    this.method = context.method;
    this.path = context.path;
    this.attempts = context.attempts;
    this.retryNote = context.retryNote ?? null;
  }

  /** A plain, credential-free summary for structured logs. */
  toJSON(): Record<string, unknown> {
    const { stack: _stack, cause: _cause, ...fields } = this as unknown as Record<string, unknown>;
    return { name: this.name, message: this.message, ...fields };
  }
}

/**
 * Popp answered with an error status. `code`, `message`, `details` and `requestId` come from the
 * ErrorResponse body when there is one; an empty, HTML or otherwise non-JSON body still gives a message that
 * says what came back, with `code` null.
 *
 * @example
 *   try { await popp.publishWorkflow('wf_1'); }
 *   catch (error) {
 *     if (error instanceof PoppApiError && error.status === 400) for (const d of error.details) console.log(d.code, d.nodeId);
 *   }
 */
export class PoppApiError extends PoppRequestError {
  /** HTTP status of the last attempt. */
  readonly status: number;
  /** The body's machine-readable `code`, or null when the body carried none. */
  readonly code: string | null;
  /** The individual problems (`details` of the body): invalid fields, publish validation problems, … */
  readonly details: ErrorDetail[];
  /** Popp's identifier of the request, for support, when the body carried one. */
  readonly requestId: string | null;
  /** The body parsed as JSON, or undefined when it was empty or not JSON. */
  readonly body: unknown;
  /** The body exactly as received (credentials echoed by a server are replaced by `[redacted]`). */
  readonly rawBody: string;
  /** The response's Content-Type, if any. */
  readonly contentType: string | null;
  /** What `Retry-After` asked for, in milliseconds, when the response carried a usable one. */
  readonly retryAfterMs: number | null;

  constructor(
    message: string,
    fields: {
      status: number;
      code: string | null;
      details: ErrorDetail[];
      requestId: string | null;
      body: unknown;
      rawBody: string;
      contentType: string | null;
      retryAfterMs: number | null;
    },
    context: PoppRequestContext,
  ) {
    super(message, context);
    this.status = fields.status;
    this.code = fields.code;
    this.details = fields.details;
    this.requestId = fields.requestId;
    this.body = fields.body;
    this.rawBody = fields.rawBody;
    this.contentType = fields.contentType;
    this.retryAfterMs = fields.retryAfterMs;
  }
}

/**
 * The answer was a 3xx. Popp documents no redirect, and following one would send the API key, the
 * organization ID and any body to wherever the `Location` points (or turn a POST into a GET), so the client
 * never follows it: nothing was sent to `location`, and the call is not retried.
 *
 * @example
 *   catch (error) { if (error instanceof PoppRedirectError) console.error(`check baseUrl: redirected to ${error.location}`); }
 */
export class PoppRedirectError extends PoppApiError {
  /**
   * Where the redirect pointed, resolved against the request URL, with user info, query string and fragment
   * left out (they may carry credentials); null when the answer had no usable `Location`.
   */
  readonly location: string | null;
  /** True when `location` is on another origin than the client's `baseUrl` (another host, port or scheme). */
  readonly crossOrigin: boolean;
  /**
   * False for the built-in fetch and any fetch that honours `redirect: 'manual'`. True when the `fetch` given
   * to createPoppClient followed the redirect anyway: the response is refused, but the request (with its
   * credentials) may then have reached `location`.
   */
  readonly followedByFetch: boolean;

  constructor(
    message: string,
    fields: { status: number; contentType: string | null; location: string | null; crossOrigin: boolean; followedByFetch: boolean },
    context: PoppRequestContext,
  ) {
    super(message, unreadBody(fields.status, fields.contentType), context);
    this.location = fields.location;
    this.crossOrigin = fields.crossOrigin;
    this.followedByFetch = fields.followedByFetch;
  }
}

/**
 * The response body was larger than the client's `maxResponseBytes`. The client stopped reading at the limit
 * (or read nothing when `Content-Length` already declared more), kept none of it, and did not retry.
 *
 * @example
 *   catch (error) { if (error instanceof PoppResponseTooLargeError) console.error(error.message); } // says how to raise the limit
 */
export class PoppResponseTooLargeError extends PoppApiError {
  /** The limit in force, in bytes. */
  readonly maxResponseBytes: number;
  /** Bytes of the body read before the client stopped (decoded bytes, if the body was compressed). */
  readonly receivedBytes: number;
  /** The body length the response declared in `Content-Length`, if any. */
  readonly declaredBytes: number | null;

  constructor(
    message: string,
    fields: { status: number; contentType: string | null; maxResponseBytes: number; receivedBytes: number; declaredBytes: number | null },
    context: PoppRequestContext,
  ) {
    super(message, unreadBody(fields.status, fields.contentType), context);
    this.maxResponseBytes = fields.maxResponseBytes;
    this.receivedBytes = fields.receivedBytes;
    this.declaredBytes = fields.declaredBytes;
  }
}

/**
 * An attempt took longer than the client's `timeoutMs` (headers and body together). A timed-out POST may
 * still have been carried out by Popp, so it is never retried.
 *
 * @example
 *   try { await popp.startRuns('wf_1', body); }
 *   catch (error) { if (error instanceof PoppTimeoutError) console.warn(`gave up after ${error.timeoutMs} ms`); }
 */
export class PoppTimeoutError extends PoppRequestError {
  readonly timeoutMs: number;
  constructor(message: string, timeoutMs: number, context: PoppRequestContext) {
    super(message, context);
    this.timeoutMs = timeoutMs;
  }
}

/**
 * No HTTP answer arrived. `requestMayHaveBeenSent` is false only when the failure provably happened before
 * the request left (connection refused, DNS lookup failed, connect timed out); a POST is retried only then.
 *
 * @example
 *   catch (error) { if (error instanceof PoppNetworkError && error.requestMayHaveBeenSent) reconcileLater(); }
 */
export class PoppNetworkError extends PoppRequestError {
  /** The system or undici error code, e.g. `ECONNREFUSED` or `UND_ERR_SOCKET`, when there is one. */
  readonly code: string | null;
  readonly requestMayHaveBeenSent: boolean;
  constructor(message: string, fields: { code: string | null; requestMayHaveBeenSent: boolean; cause: unknown }, context: PoppRequestContext) {
    super(message, context, { cause: fields.cause });
    this.code = fields.code;
    this.requestMayHaveBeenSent = fields.requestMayHaveBeenSent;
  }
}

/**
 * The call's input breaks the contract (checked with the generated validators); nothing was sent.
 * `issues` point at each offending field with a JSON pointer.
 *
 * @example
 *   catch (error) { if (error instanceof PoppRequestValidationError) for (const i of error.issues) console.log(i.path, i.message); }
 */
export class PoppRequestValidationError extends PoppRequestError {
  readonly operation: string;
  readonly issues: ValidationIssue[];
  constructor(operation: string, issues: ValidationIssue[], context: Omit<PoppRequestContext, 'attempts'>) {
    super(`${operation}: nothing was sent, ${listIssues('the input breaks the contract', issues, { whole: 'input', fullListIn: '.issues' })}`, { ...context, attempts: 0 });
    this.operation = operation;
    this.issues = issues;
  }
}

/** The PoppApiError fields of an answer whose body the client did not keep. */
function unreadBody(status: number, contentType: string | null): ConstructorParameters<typeof PoppApiError>[1] {
  return { status, code: null, details: [], requestId: null, body: undefined, rawBody: '', contentType, retryAfterMs: null };
}

/** The attempts and retry note go at the end of the first line, before any list of details. */
function withRetryNote(message: string, context: PoppRequestContext): string {
  const notes = [context.attempts > 1 ? `after ${context.attempts} attempts` : '', context.retryNote ?? ''].filter(Boolean);
  if (notes.length === 0) return message;
  const end = message.indexOf('\n');
  const first = end === -1 ? message : message.slice(0, end);
  return `${first} (${notes.join('; ')})${end === -1 ? '' : message.slice(end)}`;
}
