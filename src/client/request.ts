/**
 * The one request path of a client. Every call — a named operation (`getRun`, …) or a raw openapi-fetch method
 * (`GET`, `request`, …) — is prepared here once (URL, headers with the credentials, serialised body) and sent
 * attempt by attempt through the sender (timeouts, caller aborts, retries).
 *
 * An attempt follows openapi-fetch's own request path (its coreFetch): `use()` middleware sees a Request before
 * it is sent and the Response after, with openapi-fetch's semantics (middleware.ts). A Request object exists only
 * for middleware to see: without any, fetch gets the URL and init directly — on a fast local round trip,
 * building a Request that fetch then copies costs about a third of a plain fetch (BENCHMARKS.md). On both,
 * every request goes out with `redirect: 'manual'` and only to the origin of `baseUrl`, a 3xx answer is
 * refused (redirects.ts), and a body is read only up to `maxResponseBytes` (body-limit.ts), so the caller
 * always gets the exact bytes of the body.
 */
import {
  type HeadersOptions,
  type MergedOptions,
  type Middleware,
  type MiddlewareRequestParams,
  type ParseAs,
  defaultBodySerializer,
  defaultPathSerializer,
  mergeHeaders,
} from 'openapi-fetch';
import type { Credentials } from './auth.js';
import { readBody } from './body-limit.js';
import { PoppRequestError, PoppRequestValidationError } from './errors.js';
import { type MiddlewareContext, type MiddlewareList, runOnError, runOnRequest, runOnResponse } from './middleware.js';
import { onOrigin, redirectRefusal } from './redirects.js';
import { Refusal } from './refusal.js';
import { pathParamIssues } from './request-validation.js';
import type { RetryPolicy } from './retry.js';
import { type Exchange, type PoppCallOptions, type SendResult, createSender } from './send.js';
import { type Serializers, querySerializerOf, requestPath } from './url.js';

export type FetchFunction = (input: string | URL | Request, init?: RequestInit) => Promise<Response>;

/** One call, in named options. */
export interface RequestSpec extends PoppCallOptions {
  /** Names the call when its input is refused before sending: an operation (`getRun`) or `GET /v1/…`. */
  operation: string;
  /** HTTP method, upper case. */
  method: string;
  /** The path template, e.g. `/v1/workflow-runs/{runId}` (openapi-fetch's `schemaPath`). */
  url: string;
  params?: MiddlewareRequestParams;
  /** The body before serialisation (JSON unless a raw call's `bodySerializer` says otherwise). */
  body?: unknown;
  /** A raw call's own headers (`null` removes one). The credentials and User-Agent are set over them. */
  headers?: HeadersOptions;
  /** A raw call's other RequestInit fields (`cache`, `keepalive`, …) and any keys its middleware reads. */
  init?: Record<string, unknown>;
  /** Middleware for this call only, after the client's (openapi-fetch's per-request `middleware`). */
  middleware?: readonly Middleware[];
  /** A raw call's own serializers. */
  serializers?: Serializers & { bodySerializer?: (body: unknown, headers?: Headers) => unknown };
  /** How a raw call reads the body; shown to middleware as `options.parseAs`. */
  parseAs?: ParseAs;
}

/** The last attempt's response with its whole body, where the call went and how it ended. */
export interface Answer extends Exchange, Omit<SendResult, 'result'> {}

export type Requester = (spec: RequestSpec) => Promise<Answer>;

export interface RequesterConfig {
  fetch: FetchFunction;
  /** The checked base URL; requests go to its origin only. */
  baseUrl: string;
  maxResponseBytes: number;
  credentials: Credentials;
  userAgent: string;
  timeoutMs: number;
  retry: RetryPolicy;
  middleware: MiddlewareList;
}

/** A call prepared once for all its attempts. */
interface Prepared {
  method: string;
  /** The absolute URL. */
  url: string;
  /** Path and query after `baseUrl`, for messages. */
  path: string;
  headers: HeadersInit;
  body: BodyInit | undefined;
  init: Record<string, unknown> | undefined;
  spec: RequestSpec;
}

/** Statuses whose Response cannot be constructed with a body, even an empty one. */
const NULL_BODY_STATUSES = new Set([204, 205]);
const NO_MIDDLEWARE: readonly Middleware[] = Object.freeze([]);
const NO_PARAMS: MiddlewareRequestParams = Object.freeze({});
const NO_SERIALIZERS: NonNullable<RequestSpec['serializers']> = Object.freeze({});

/**
 * Creates the request path of one client.
 *
 * @example
 *   const request = createRequester({ ...resolveOptions(options), middleware: createMiddlewareList() });
 *   const { response, body, context } = await request({ operation: 'getRun', method: 'GET', url: RUN, params: { path: { runId: 'run_1' } } });
 */
export function createRequester(config: RequesterConfig): Requester {
  const { fetch, baseUrl, maxResponseBytes, credentials, middleware } = config;
  const origin = new URL(baseUrl).origin;
  const transportFailures = new WeakSet<object>();
  const send = createSender({ timeoutMs: config.timeoutMs, retry: config.retry, transportFailures });
  // Shared and never changed (not frozen: fetch reads a plain object faster): the common case, no headers of the
  // caller's own, builds no header object per call.
  const plainHeaders: Readonly<Record<string, string>> = { ...credentials.toHeaders(), 'user-agent': config.userAgent };
  const jsonHeaders: Readonly<Record<string, string>> = { ...plainHeaders, 'content-type': 'application/json' };

  /** Errors of fetch and of reading a body (network failures, aborts), as opposed to bugs or middleware errors. */
  const mark = (error: unknown) => {
    if (typeof error === 'object' && error !== null) transportFailures.add(error);
    return error;
  };

  function prepare(spec: RequestSpec): Prepared {
    const { method, url, params = NO_PARAMS, serializers = NO_SERIALIZERS } = spec;
    // Built as openapi-fetch builds it (a path serializer sees baseUrl too); the path after baseUrl is for messages.
    let built = '';
    const pathOf = () => (built.startsWith(baseUrl) ? built.slice(baseUrl.length) : built);
    const issues = pathParamIssues(params.path, () => {
      built = requestPath(url, params, baseUrl, serializers);
      return pathOf();
    });
    if (issues.length > 0) throw new PoppRequestValidationError(spec.operation, issues, { method, path: url });
    const path = pathOf();
    const custom = spec.headers !== undefined || params.header !== undefined;
    const merged = custom ? mergeHeaders(spec.headers, params.header as HeadersOptions | undefined) : undefined;
    const body = serialize(spec.body, merged, serializers.bodySerializer) as BodyInit | undefined;
    const sendsJson = body !== undefined && !(body instanceof FormData);
    let headers: HeadersInit = sendsJson ? jsonHeaders : plainHeaders;
    if (custom) {
      // openapi-fetch's order: the JSON content type, then the caller's headers, then the credentials over all.
      const own = mergeHeaders(sendsJson ? { 'content-type': 'application/json' } : {}, spec.headers, params.header as HeadersOptions | undefined);
      credentials.applyTo(own);
      own.set('user-agent', config.userAgent);
      headers = own;
    }
    return { method, url: built, path, headers, body, init: spec.init, spec };
  }

  function initFor(call: Prepared, signal: AbortSignal): RequestInit {
    const { method, headers, body } = call;
    if (call.init === undefined) return { method, headers, body, signal, redirect: 'manual' };
    return { ...call.init, method, headers, body, signal, redirect: 'manual' };
  }

  /** The response checked for redirects and its body read within the limit. */
  async function receive(response: Response, requestUrl: string): Promise<Exchange> {
    const refusal = redirectRefusal(response, requestUrl, origin, credentials);
    if (refusal) throw refusal;
    try {
      return { response, body: await readBody(response, maxResponseBytes, credentials) };
    } catch (error) {
      throw error instanceof Refusal ? error : mark(error);
    }
  }

  async function fetchMarked(input: string | Request, init?: RequestInit): Promise<Response> {
    try {
      return await fetch(input, init);
    } catch (error) {
      throw typeof input === 'string' && refusedArguments(error, input, init) ? error : mark(error);
    }
  }

  async function attempt(call: Prepared, signal: AbortSignal): Promise<Exchange> {
    const own = call.spec.middleware ?? NO_MIDDLEWARE;
    if (middleware.items.length > 0 || own.length > 0) return attemptThroughMiddleware(call, [...middleware.items, ...own], signal);
    if (!onOrigin(call.url, origin)) throw offOrigin(call.url, origin, credentials, '');
    return receive(await fetchMarked(call.url, initFor(call, signal)), call.url);
  }

  async function attemptThroughMiddleware(call: Prepared, chain: readonly Middleware[], signal: AbortSignal): Promise<Exchange> {
    const context: MiddlewareContext = { schemaPath: call.spec.url, params: call.spec.params ?? {}, id: randomId(), options: mergedOptions(call.spec) };
    const built = new Request(call.url, initFor(call, signal));
    // As openapi-fetch does: keys of the init a Request does not know stay readable by middleware.
    for (const key in call.init) if (!(key in built)) (built as unknown as Record<string, unknown>)[key] = call.init[key];
    const outcome = await runOnRequest(chain, built, context);
    if (outcome instanceof Response) return { response: outcome, body: await readBody(outcome, maxResponseBytes, credentials) };
    const request = outcome;
    let response: Response;
    let body: Uint8Array | undefined;
    try {
      if (!onOrigin(request.url, origin)) throw offOrigin(request.url, origin, credentials, ' (did a use() middleware change the URL?)');
      // A Request that middleware made may have lost the redirect policy or this attempt's signal.
      const sent = request === built ? request : new Request(request, { redirect: 'manual', signal });
      const received = await receive(await fetchMarked(sent), request.url);
      body = received.body;
      response = readableCopy(received.response, body);
    } catch (error) {
      response = await runOnError(chain, error, request, context);
    }
    const final = await runOnResponse(chain, response, request, context);
    return { response: final, body: final === response && body !== undefined ? body : await readBody(final, maxResponseBytes, credentials) };
  }

  function mergedOptions(spec: RequestSpec): MergedOptions {
    const { querySerializer, pathSerializer, bodySerializer } = spec.serializers ?? {};
    return Object.freeze({
      baseUrl,
      fetch: fetch as typeof globalThis.fetch,
      parseAs: spec.parseAs ?? 'json',
      querySerializer: querySerializerOf(querySerializer),
      bodySerializer: (bodySerializer ?? defaultBodySerializer) as MergedOptions['bodySerializer'],
      pathSerializer: pathSerializer ?? defaultPathSerializer,
    });
  }

  return async function request(spec) {
    const call = prepare(spec);
    const { result, context, retryAfterMs } = await send({ method: call.method, path: call.path, attempt: (signal) => attempt(call, signal), signal: spec.signal, timeoutMs: spec.timeoutMs });
    return { response: result.response, body: result.body, context, retryAfterMs };
  };
}

/**
 * Did fetch reject the arguments (a body on a GET, an invalid init field) rather than fail to reach the server?
 * Both reject with a TypeError; Node's network failures carry a `cause`, and only a Request built from the same
 * arguments tells the rest apart (some runtimes' network errors have none). Called on failure only, so a call
 * that succeeds never builds a Request.
 */
function refusedArguments(error: unknown, url: string, init: RequestInit | undefined): boolean {
  if (!(error instanceof TypeError) || error.cause !== undefined) return false;
  try {
    new Request(url, init);
    return false;
  } catch {
    return true;
  }
}

function serialize(body: unknown, headers: Headers | undefined, bodySerializer: ((body: unknown, headers?: Headers) => unknown) | undefined): unknown {
  if (body === undefined) return undefined;
  if (bodySerializer) return bodySerializer(body, headers ?? new Headers());
  return (defaultBodySerializer as (body: unknown, headers?: Headers) => string)(body, headers);
}

/** A response whose body has been read, again readable (by middleware), with the same status and headers. */
function readableCopy(response: Response, body: Uint8Array): Response {
  return new Response(NULL_BODY_STATUSES.has(response.status) ? null : (body as BodyInit), { status: response.status, statusText: response.statusText, headers: response.headers });
}

/** A request whose URL is not on the client's origin (or carries user info): refused, nothing sent. */
function offOrigin(url: string, origin: string, credentials: Credentials, hint: string): Refusal {
  let where: string;
  try {
    const parsed = new URL(url);
    where = parsed.username || parsed.password ? `${parsed.origin} with user info in the URL` : parsed.origin;
  } catch {
    where = 'an unusable URL';
  }
  const summary = `not sent: its URL is on ${credentials.redact(where)}, not on the origin of the client's baseUrl, ${origin}; the client sends its credentials only there${hint}`;
  return new Refusal(summary, (context) => new PoppRequestError(`${context.method} ${context.path} ${summary}`, { ...context, attempts: context.attempts - 1 }));
}

/** openapi-fetch's request ID for middleware: unique enough to tell concurrent requests apart in logs. */
function randomId(): string {
  return Math.random().toString(36).slice(2, 11);
}
