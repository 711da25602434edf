/**
 * `use()` middleware, run the way openapi-fetch's own request path runs it (its coreFetch, 0.17): `onRequest` in
 * registration order (it may replace the Request or answer with a Response), `onError` in reverse order when the
 * exchange fails (it may recover with a Response or replace the error), `onResponse` in reverse order (it may
 * replace the Response). The messages for a middleware that returns something else are openapi-fetch's.
 */
import type { MergedOptions, Middleware, MiddlewareRequestParams } from 'openapi-fetch';

/** What every middleware callback of one attempt receives besides the request (openapi-fetch's callback params). */
export interface MiddlewareContext {
  readonly schemaPath: string;
  readonly params: MiddlewareRequestParams;
  readonly id: string;
  readonly options: MergedOptions;
}

/** The middleware registered on a client with `use()`, in order. */
export interface MiddlewareList {
  readonly items: readonly Middleware[];
  use(...middleware: Middleware[]): void;
  eject(...middleware: Middleware[]): void;
}

/**
 * A client's middleware list, with openapi-fetch's check of what `use()` accepts.
 *
 * @example
 *   const middleware = createMiddlewareList();
 *   middleware.use({ onRequest: ({ request }) => void request.headers.set('x-trace-id', traceId()) });
 */
export function createMiddlewareList(): MiddlewareList {
  const items: Middleware[] = [];
  return {
    items,
    use(...middleware) {
      for (const item of middleware) {
        if (!item) continue;
        if (typeof item !== 'object' || !('onRequest' in item || 'onResponse' in item || 'onError' in item)) {
          throw new Error('Middleware must be an object with one of `onRequest()`, `onResponse() or `onError()`');
        }
        items.push(item);
      }
    },
    eject(...middleware) {
      for (const item of middleware) {
        const index = items.indexOf(item);
        if (index !== -1) items.splice(index, 1);
      }
    },
  };
}

/**
 * Runs `onRequest` of each middleware in order; returns the request to send, or the Response one of them
 * answered with (the later ones are then skipped).
 *
 * @example
 *   const outcome = await runOnRequest(middleware, request, context);
 *   if (outcome instanceof Response) return outcome;
 */
export async function runOnRequest(middleware: readonly Middleware[], request: Request, context: MiddlewareContext): Promise<Request | Response> {
  let current = request;
  for (const onRequest of callbacks(middleware, 'onRequest', false)) {
    const result = await onRequest({ request: current, ...context });
    if (!result) continue;
    if (result instanceof Request) current = result;
    else if (result instanceof Response) return result;
    else throw new Error('onRequest: must return new Request() or Response() when modifying the request');
  }
  return current;
}

/**
 * Runs `onError` of each middleware, last registered first, for an exchange that threw `error`: a Response
 * returned by one of them is the answer; otherwise the (possibly replaced) error is thrown.
 *
 * @example
 *   response = await runOnError(middleware, error, request, context);
 */
export async function runOnError(middleware: readonly Middleware[], error: unknown, request: Request, context: MiddlewareContext): Promise<Response> {
  let current = error;
  for (const onError of callbacks(middleware, 'onError', true)) {
    const result = await onError({ request, error: current, ...context });
    if (!result) continue;
    if (result instanceof Response) return result;
    if (result instanceof Error) current = result;
    else throw new Error('onError: must return new Response() or instance of Error');
  }
  throw current;
}

/**
 * Runs `onResponse` of each middleware, last registered first; each may replace the response.
 *
 * @example
 *   response = await runOnResponse(middleware, response, request, context);
 */
export async function runOnResponse(middleware: readonly Middleware[], response: Response, request: Request, context: MiddlewareContext): Promise<Response> {
  let current = response;
  for (const onResponse of callbacks(middleware, 'onResponse', true)) {
    const result = await onResponse({ request, response: current, ...context });
    if (!result) continue;
    if (!(result instanceof Response)) throw new Error('onResponse: must return new Response() when modifying the response');
    current = result;
  }
  return current;
}

type Hook = 'onRequest' | 'onResponse' | 'onError';

/** The middleware's callbacks of one kind, bound to their object, in registration order or last registered first. */
function callbacks<K extends Hook>(middleware: readonly Middleware[], hook: K, lastFirst: boolean): NonNullable<Middleware[K]>[] {
  const found: NonNullable<Middleware[K]>[] = [];
  for (const item of middleware) {
    const callback = item && typeof item === 'object' ? item[hook] : undefined;
    if (typeof callback === 'function') found.push(callback.bind(item) as NonNullable<Middleware[K]>);
  }
  return lastFirst ? found.reverse() : found;
}
