/**
 * The raw openapi-fetch methods (`GET`, `POST`, …, `request`), typed by the generated paths and resolving to
 * `{ data, error, response }` exactly as openapi-fetch's do (its parseAs, serializers, per-request middleware
 * and error-body parsing), but sent through the client's one request path: the same authentication, retries,
 * timeouts, redirect refusal and response limit as the named operations. The body is not checked against the
 * contract: these methods are the way to send what the named operations would refuse.
 */
import type { HeadersOptions, Middleware, MiddlewareRequestParams, ParseAs } from 'openapi-fetch';
import { decodeText } from './body-limit.js';
import type { Answer, RequestSpec, Requester } from './request.js';
import type { PoppCallOptions } from './send.js';

const METHODS = ['GET', 'PUT', 'POST', 'DELETE', 'OPTIONS', 'HEAD', 'PATCH', 'TRACE'] as const;
const PARSE_AS: readonly ParseAs[] = ['json', 'text', 'blob', 'arrayBuffer', 'stream'];

type RawInit = Record<string, unknown> & PoppCallOptions;
type RawMethod = (url: string, init?: RawInit) => Promise<RawResult>;
type RawResult = { data: unknown; error?: undefined; response: Response } | { data?: undefined; error: unknown; response: Response };

/**
 * The raw methods over a client's request path.
 *
 * @example
 *   const { GET } = createRawMethods(request);
 *   const { data, error } = await GET('/v1/workflow-runs/{runId}', { params: { path: { runId: 'run_1' } } });
 */
export function createRawMethods(request: Requester): Record<(typeof METHODS)[number], RawMethod> & { request: (method: string, url: string, init?: RawInit) => Promise<RawResult> } {
  async function raw(method: string, url: string, init: RawInit = {}): Promise<RawResult> {
    checkRawInit(method, url, init);
    const { signal, timeoutMs, params, body, headers, parseAs, querySerializer, bodySerializer, pathSerializer, middleware, method: _method, ...rest } = init;
    const spec: RequestSpec = {
      operation: `${method} ${url}`,
      method,
      url,
      params: params as MiddlewareRequestParams | undefined,
      body,
      headers: headers as HeadersOptions | undefined,
      init: Object.keys(rest).length > 0 ? rest : undefined,
      middleware: middleware as Middleware[] | undefined,
      serializers: { querySerializer, bodySerializer, pathSerializer } as RequestSpec['serializers'],
      parseAs: parseAs as ParseAs | undefined,
      signal,
      timeoutMs,
    };
    return shape(await request(spec), method, (parseAs as ParseAs | undefined) ?? 'json');
  }
  return {
    ...(Object.fromEntries(METHODS.map((method) => [method, (url: string, init?: RawInit) => raw(method, url, init)])) as Record<(typeof METHODS)[number], RawMethod>),
    request: (method, url, init) => raw(String(method).toUpperCase(), url, init),
  };
}

/**
 * Refuses the openapi-fetch options that would take a raw call out of the client's hands: its own `fetch` or
 * `Request` (bypassing the redirect policy, the response limit and the retries), another `baseUrl` (the
 * credentials would go there), and `redirect: 'follow'`; and, before anything is sent, a `parseAs` or
 * `middleware` openapi-fetch could not use.
 */
function checkRawInit(method: string, url: string, init: RawInit): void {
  if (typeof init !== 'object' || init === null) throw new TypeError(`${method} ${url}: the init argument must be an object (got ${init === null ? 'null' : typeof init})`);
  const refused = (option: string, why: string) => new TypeError(`${method} ${url}: init.${option} is not supported: ${why}`);
  if (init.fetch !== undefined) throw refused('fetch', 'every request goes through the fetch given to createPoppClient, under its redirect policy and response limit');
  if (init.Request !== undefined) throw refused('Request', 'every request is built and checked by the client');
  if (init.baseUrl !== undefined) throw refused('baseUrl', 'the client sends its credentials only to the baseUrl it was created with; create another client for another base URL');
  if (init.redirect !== undefined && init.redirect !== 'manual' && init.redirect !== 'error') {
    throw refused(`redirect ${JSON.stringify(init.redirect)}`, 'the client never follows a redirect; a 3xx answer ends the call with a PoppRedirectError');
  }
  if (init.parseAs !== undefined && !PARSE_AS.includes(init.parseAs as ParseAs)) throw refused(`parseAs ${JSON.stringify(init.parseAs)}`, `use one of ${PARSE_AS.join(', ')}`);
  if (init.middleware !== undefined && !Array.isArray(init.middleware)) throw refused('middleware', 'it must be an array of middleware objects');
}

/** openapi-fetch's reading of a response (coreFetch), over the body the request path has already read. */
function shape({ response, body }: Answer, method: string, parseAs: ParseAs): RawResult {
  const contentLength = response.headers.get('content-length');
  if (response.status === 204 || method === 'HEAD' || (contentLength === '0' && !response.headers.get('transfer-encoding')?.includes('chunked'))) {
    return response.ok ? { data: undefined, response } : { error: undefined, response };
  }
  if (response.ok) return { data: parse(body, parseAs, contentLength, response), response };
  const text = decodeText(body);
  let error: unknown = text;
  try {
    error = JSON.parse(text);
  } catch {
    // Not JSON: the text as it is, as openapi-fetch gives it.
  }
  return { error, response };
}

function parse(body: Uint8Array, parseAs: ParseAs, contentLength: string | null, response: Response): unknown {
  switch (parseAs) {
    case 'json': {
      const text = decodeText(body);
      // openapi-fetch reads an empty body of unknown length as no data, and parses anything else.
      return contentLength === null && text === '' ? undefined : JSON.parse(text);
    }
    case 'text':
      return decodeText(body);
    case 'arrayBuffer':
      return body.slice().buffer;
    case 'blob':
      return new Blob([body as BlobPart], { type: response.headers.get('content-type') ?? '' });
    case 'stream':
      return new Response(body as BodyInit).body;
  }
}
