/**
 * createPoppClient: openapi-fetch's `createClient<paths>()` with authentication, retries, timeouts and
 * error-body capture wired in, plus the named operations.
 */
import createClient, { type Client, type Middleware } from 'openapi-fetch';
import type { paths } from '../../generated/api.js';
import { INSPECT, REDACTED, authMiddleware } from './auth.js';
import { PoppRequestValidationError } from './errors.js';
import { type HelperDependencies, type PoppClientHelpers, createHelpers } from './helpers.js';
import { type PoppClientOptions, type ResolvedOptions, resolveOptions } from './options.js';
import { pathParamIssues } from './request-validation.js';
import { type FetchResult, type PoppCallOptions, createSender, requestPath } from './send.js';
import { createTransport } from './transport.js';

/**
 * The typed openapi-fetch client (`GET`, `POST`, … returning `{ data, error, response }`, `use()`, `eject()`)
 * plus the named operations. Every request — through either — is authenticated, retried per the policy and
 * bounded by the timeout; the raw methods also accept `signal` and `timeoutMs` in their init.
 */
export type PoppClient = Client<paths, 'application/json'> & PoppClientHelpers;

const METHODS = ['GET', 'PUT', 'POST', 'DELETE', 'OPTIONS', 'HEAD', 'PATCH', 'TRACE'] as const;

/**
 * Creates a client for Popp's workflow REST endpoints. Throws a TypeError or RangeError at once when an
 * option is missing or wrong (no credentials, a base URL ending in /v1, an unknown option, …).
 *
 * @example
 *   const popp = createPoppClient({ apiKey: process.env.POPP_API_KEY!, organizationId: process.env.POPP_ORGANIZATION_ID! });
 *   const { summary } = await popp.startRuns('wf_abc123', { candidateProfileIds: ['cp_abc123'] });
 *   for await (const run of popp.iterateRuns('wf_abc123', { status: 'FAILED' })) console.log(run.runId, run.errorCode);
 *   const { data, error } = await popp.GET('/v1/workflow-runs/{runId}', { params: { path: { runId: 'run_xyz789' } } });
 */
export function createPoppClient(options: PoppClientOptions): PoppClient {
  const config = resolveOptions(options);
  const transport = createTransport(config);
  // The transport enforces redirect: 'manual' on every request; setting it here too spares it a Request copy.
  const base = createClient<paths, 'application/json'>({ baseUrl: config.baseUrl, fetch: transport.forOpenapiFetch, redirect: 'manual' });
  base.use(authMiddleware(config.credentials, config.userAgent));
  const send = createSender({ timeoutMs: config.timeoutMs, retry: config.retry, transportFailures: transport.transportFailures });

  // Middleware registered by the user, mirrored so the named operations know when they must go through it.
  const userMiddleware: Middleware[] = [];
  const headers = { ...config.credentials.toHeaders(), 'user-agent': config.userAgent };
  const jsonHeaders = { ...headers, 'content-type': 'application/json' };
  const attemptFor: HelperDependencies['attemptFor'] = (method, url, params, body) => {
    if (userMiddleware.length > 0) return (signal) => base.request(method.toLowerCase() as never, url as never, { params, body, parseAs: 'text', signal } as never);
    const json = body === undefined ? undefined : JSON.stringify(body);
    return transport.direct(method, requestPath(url, params, config.baseUrl), json === undefined ? headers : jsonHeaders, json);
  };

  const viaOpenapiFetch = async (method: string, url: string, init: Record<string, unknown> & PoppCallOptions = {}) => {
    checkRawInit(method, url, init);
    const { signal, timeoutMs, ...rest } = init;
    const params = rest.params as { path?: Record<string, unknown>; query?: Record<string, unknown> } | undefined;
    const issues = pathParamIssues(params?.path, () => requestPath(url, params));
    if (issues.length > 0) throw new PoppRequestValidationError(`${method} ${url}`, issues, { method, path: url });
    const attempt = (attemptSignal: AbortSignal) => base.request(method.toLowerCase() as never, url as never, { ...rest, signal: attemptSignal } as never) as Promise<FetchResult>;
    const sent = await send({ method, path: () => requestPath(url, params), attempt, signal, timeoutMs });
    return sent.result;
  };

  const client = {
    ...Object.fromEntries(METHODS.map((method) => [method, (url: string, init?: Record<string, unknown>) => viaOpenapiFetch(method, url, init)])),
    request: (method: string, url: string, init?: Record<string, unknown>) => viaOpenapiFetch(String(method).toUpperCase(), url, init),
    use(...middleware: Middleware[]) {
      base.use(...middleware);
      for (const item of middleware) if (item) userMiddleware.push(item);
    },
    eject(...middleware: Middleware[]) {
      base.eject(...middleware);
      for (const item of middleware) {
        const index = userMiddleware.indexOf(item);
        if (index !== -1) userMiddleware.splice(index, 1);
      }
    },
    ...createHelpers({ send, attemptFor, credentials: config.credentials, errorBodies: transport.errorBodies }),
  } as unknown as PoppClient;
  const describe = () => description(config);
  Object.defineProperties(client, {
    toString: { value: () => `PoppClient ${JSON.stringify(describe())}` },
    toJSON: { value: describe },
    [INSPECT]: { value: () => `PoppClient ${JSON.stringify(describe(), null, 2)}` },
  });
  return client;
}

/**
 * Refuses the openapi-fetch options that would take a raw call out of the client's hands: its own `fetch` or
 * `Request` (bypassing the redirect policy, the response limit and the retries), another `baseUrl` (the
 * credentials would go there), and `redirect: 'follow'`.
 */
function checkRawInit(method: string, url: string, init: Record<string, unknown>): void {
  if (typeof init !== 'object' || init === null) throw new TypeError(`${method} ${url}: the init argument must be an object (got ${init === null ? 'null' : typeof init})`);
  const refused = (option: string, why: string) => new TypeError(`${method} ${url}: init.${option} is not supported: ${why}`);
  if (init.fetch !== undefined) throw refused('fetch', 'every request goes through the fetch given to createPoppClient, under its redirect policy and response limit');
  if (init.Request !== undefined) throw refused('Request', 'every request is built and checked by the client');
  if (init.baseUrl !== undefined) throw refused('baseUrl', 'the client sends its credentials only to the baseUrl it was created with; create another client for another base URL');
  if (init.redirect !== undefined && init.redirect !== 'manual' && init.redirect !== 'error') {
    throw refused(`redirect ${JSON.stringify(init.redirect)}`, 'the client never follows a redirect; a 3xx answer ends the call with a PoppRedirectError');
  }
}

function description(config: ResolvedOptions): Record<string, unknown> {
  const { credentials: _credentials, fetch: _fetch, retry, ...rest } = config;
  const { clock: _clock, random: _random, onRetry: _onRetry, ...retrySettings } = retry;
  return { ...rest, apiKey: REDACTED, organizationId: REDACTED, retry: retrySettings };
}
