/**
 * createPoppClient: openapi-fetch's `createClient<paths>()` with authentication, retries, timeouts and
 * error-body capture wired in, plus the named operations.
 */
import createClient, { type Client } from 'openapi-fetch';
import type { paths } from '../../generated/api.js';
import { INSPECT, REDACTED, authMiddleware } from './auth.js';
import { type PoppClientHelpers, createHelpers } from './helpers.js';
import { type PoppClientOptions, type ResolvedOptions, resolveOptions } from './options.js';
import { type Send, createSender } from './send.js';

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
  const transportFailures = new WeakSet<object>();
  const errorBodies = new WeakMap<Response, string>();
  const base = createClient<paths, 'application/json'>({ baseUrl: config.baseUrl, fetch: capturingFetch(config.fetch, transportFailures, errorBodies) });
  base.use(authMiddleware(config.credentials, config.userAgent));
  const send = createSender(base, { timeoutMs: config.timeoutMs, retry: config.retry, transportFailures });

  const client = {
    ...rawMethods(send),
    use: base.use,
    eject: base.eject,
    ...createHelpers({ send, credentials: config.credentials, clock: config.retry.clock, errorBodies }),
  } as PoppClient;
  const describe = () => description(config);
  Object.defineProperties(client, {
    toString: { value: () => `PoppClient ${JSON.stringify(describe())}` },
    toJSON: { value: describe },
    [INSPECT]: { value: () => `PoppClient ${JSON.stringify(describe(), null, 2)}` },
  });
  return client;
}

/** GET, POST, … and request(): openapi-fetch's signatures, sent through the retrying sender. */
function rawMethods(send: Send): Pick<PoppClient, (typeof METHODS)[number] | 'request'> {
  const methods = Object.fromEntries(METHODS.map((method) => [method, (url: string, init?: Record<string, unknown>) => unwrapResult(send(method, url, init))]));
  const request = (method: string, url: string, init?: Record<string, unknown>) => unwrapResult(send(String(method).toUpperCase(), url, init));
  return { ...methods, request } as unknown as Pick<PoppClient, (typeof METHODS)[number] | 'request'>;
}

async function unwrapResult(sent: ReturnType<Send>) {
  return (await sent).result;
}

/**
 * The fetch given to openapi-fetch: marks transport failures (so the sender can tell them from bugs), and
 * keeps the exact text of error responses (so PoppApiError can show the raw body). Success bodies pass
 * through untouched.
 */
function capturingFetch(
  fetch: (input: Request) => Promise<Response>,
  transportFailures: WeakSet<object>,
  errorBodies: WeakMap<Response, string>,
): (input: Request) => Promise<Response> {
  return async (request) => {
    let response: Response;
    let text: string;
    try {
      response = await fetch(request);
      if (response.ok) return response;
      text = await response.text();
    } catch (error) {
      if (typeof error === 'object' && error !== null) transportFailures.add(error);
      throw error;
    }
    const copy = new Response(text, { status: response.status, statusText: response.statusText, headers: response.headers });
    errorBodies.set(copy, text);
    return copy;
  };
}

function description(config: ResolvedOptions): Record<string, unknown> {
  const { credentials: _credentials, fetch: _fetch, retry, ...rest } = config;
  const { clock: _clock, random: _random, onRetry: _onRetry, ...retrySettings } = retry;
  return { ...rest, apiKey: REDACTED, organizationId: REDACTED, retry: retrySettings };
}
