/**
 * How attempts reach the network. Two ways, with the same observable result:
 *
 * - through openapi-fetch (`client.GET`, …, and the named operations when `use()` middleware is registered),
 *   which builds a Request and runs the middleware;
 * - directly with `fetch(url, init)` for the named operations when no middleware is registered: the same URL,
 *   headers and body, without building an extra Request — on a fast local round trip that copy is a
 *   measurable share of the call (see BENCHMARKS.md).
 *
 * Both mark transport failures (so the sender can tell them from bugs) and keep the exact text of error
 * responses (so PoppApiError can show the raw body): the openapi-fetch path in `errorBodies`, the direct path
 * as the result's `error`.
 */
import type { Attempt, FetchResult } from './send.js';

export type FetchFunction = (input: string | URL | Request, init?: RequestInit) => Promise<Response>;

export interface Transport {
  /** Errors raised by fetch or by reading a body: network failures and aborts. */
  transportFailures: WeakSet<object>;
  /** Raw text of error responses sent through openapi-fetch, by the Response handed on. */
  errorBodies: WeakMap<Response, string>;
  /** The fetch given to openapi-fetch. */
  forOpenapiFetch(request: Request): Promise<Response>;
  /** An attempt sent straight to fetch; resolves like openapi-fetch with `parseAs: 'text'`. */
  direct(method: string, url: string, headers: Record<string, string>, body: string | undefined): Attempt;
}

/**
 * Creates the transport over a fetch implementation.
 *
 * @example
 *   const transport = createTransport(globalThis.fetch);
 *   const attempt = transport.direct('GET', 'https://api.joinpopp.com/v1/workflow-runs/run_1', headers, undefined);
 */
export function createTransport(fetch: FetchFunction): Transport {
  const transportFailures = new WeakSet<object>();
  const errorBodies = new WeakMap<Response, string>();

  const mark = (error: unknown) => {
    if (typeof error === 'object' && error !== null) transportFailures.add(error);
    return error;
  };

  return {
    transportFailures,
    errorBodies,
    async forOpenapiFetch(request) {
      let response: Response;
      let text: string;
      try {
        response = await fetch(request);
        if (response.ok) return response;
        text = await response.text();
      } catch (error) {
        throw mark(error);
      }
      const copy = new Response(text, { status: response.status, statusText: response.statusText, headers: response.headers });
      errorBodies.set(copy, text);
      return copy;
    },
    direct(method, url, headers, body) {
      return async (signal): Promise<FetchResult> => {
        let response: Response;
        let text: string;
        try {
          response = await fetch(url, { method, headers, body, signal });
          text = await response.text();
        } catch (error) {
          throw mark(error);
        }
        return response.ok ? { data: text, response } : { error: text, response };
      };
    },
  };
}
