/**
 * How attempts reach the network. Two ways, with the same observable result:
 *
 * - through openapi-fetch (`client.GET`, …, and the named operations when `use()` middleware is registered),
 *   which builds a Request and runs the middleware;
 * - directly with `fetch(url, init)` for the named operations when no middleware is registered: the same URL,
 *   headers and body, without building an extra Request — on a fast local round trip that copy is a
 *   measurable share of the call (see BENCHMARKS.md).
 *
 * On both, every request goes out with `redirect: 'manual'` and only to the origin of `baseUrl` (a middleware
 * cannot redirect it elsewhere), a 3xx answer is refused (redirects.ts), and a body is read only up to
 * `maxResponseBytes` (body-limit.ts). Both mark transport failures (so the sender can tell them from bugs) and
 * keep the exact text of error responses (so PoppApiError can show the raw body): the openapi-fetch path in
 * `errorBodies`, the direct path as the result's `error`.
 */
import type { Credentials } from './auth.js';
import { decodeText, readBody } from './body-limit.js';
import { PoppRequestError } from './errors.js';
import { onOrigin, redirectRefusal } from './redirects.js';
import { Refusal } from './refusal.js';
import type { Attempt, FetchResult } from './send.js';

export type FetchFunction = (input: string | URL | Request, init?: RequestInit) => Promise<Response>;

export interface TransportConfig {
  fetch: FetchFunction;
  /** The checked base URL; requests go to its origin only. */
  baseUrl: string;
  maxResponseBytes: number;
  credentials: Credentials;
}

export interface Transport {
  /** Errors raised by fetch or by reading a body: network failures and aborts. */
  transportFailures: WeakSet<object>;
  /** Raw text of error responses sent through openapi-fetch, by the Response handed on. */
  errorBodies: WeakMap<Response, string>;
  /** The fetch given to openapi-fetch. Hands on a copy of the response whose body has been read within the limit. */
  forOpenapiFetch(request: Request): Promise<Response>;
  /** An attempt sent straight to fetch; resolves like openapi-fetch with `parseAs: 'text'`. */
  direct(method: string, url: string, headers: Record<string, string>, body: string | undefined): Attempt;
}

/** Statuses whose Response cannot be constructed with a body, even an empty one. */
const NULL_BODY_STATUSES = new Set([204, 205]);

/**
 * Creates the transport over a fetch implementation.
 *
 * @example
 *   const transport = createTransport({ fetch: globalThis.fetch, baseUrl: 'https://api.joinpopp.com', maxResponseBytes: DEFAULT_MAX_RESPONSE_BYTES, credentials });
 *   const attempt = transport.direct('GET', 'https://api.joinpopp.com/v1/workflow-runs/run_1', headers, undefined);
 */
export function createTransport(config: TransportConfig): Transport {
  const { fetch, maxResponseBytes, credentials } = config;
  const origin = new URL(config.baseUrl).origin;
  const transportFailures = new WeakSet<object>();
  const errorBodies = new WeakMap<Response, string>();

  const mark = (error: unknown) => {
    if (typeof error === 'object' && error !== null) transportFailures.add(error);
    return error;
  };
  /** The response checked for redirects and its body read within the limit. */
  const receive = async (response: Response, requestUrl: string): Promise<Uint8Array> => {
    const refusal = redirectRefusal(response, requestUrl, origin, credentials);
    if (refusal) throw refusal;
    try {
      return await readBody(response, maxResponseBytes, credentials);
    } catch (error) {
      throw error instanceof Refusal ? error : mark(error);
    }
  };

  return {
    transportFailures,
    errorBodies,
    async forOpenapiFetch(request) {
      if (!onOrigin(request.url, origin)) throw offOrigin(request, origin, credentials);
      let response: Response;
      try {
        response = await fetch(request.redirect === 'manual' ? request : new Request(request, { redirect: 'manual' }));
      } catch (error) {
        throw mark(error);
      }
      const bytes = await receive(response, request.url);
      const copy = new Response(NULL_BODY_STATUSES.has(response.status) ? null : (bytes as BodyInit), { status: response.status, statusText: response.statusText, headers: response.headers });
      if (!response.ok) errorBodies.set(copy, decodeText(bytes));
      return copy;
    },
    direct(method, url, headers, body) {
      return async (signal): Promise<FetchResult> => {
        let response: Response;
        try {
          response = await fetch(url, { method, headers, body, signal, redirect: 'manual' });
        } catch (error) {
          throw mark(error);
        }
        const text = decodeText(await receive(response, url));
        return response.ok ? { data: text, response } : { error: text, response };
      };
    },
  };
}

/** A request that a middleware pointed at another origin (or gave user info): refused, nothing sent. */
function offOrigin(request: Request, origin: string, credentials: Credentials): Refusal {
  let where: string;
  try {
    const url = new URL(request.url);
    where = url.username || url.password ? `${url.origin} with user info in the URL` : url.origin;
  } catch {
    where = 'an unusable URL';
  }
  const summary = `not sent: its URL is on ${credentials.redact(where)}, not on the origin of the client's baseUrl, ${origin}; the client sends its credentials only there (did a use() middleware change the URL?)`;
  return new Refusal(summary, (context) => new PoppRequestError(`${context.method} ${context.path} ${summary}`, { ...context, attempts: context.attempts - 1 }));
}
