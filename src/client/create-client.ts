/**
 * createPoppClient: openapi-fetch's typed client surface (`GET`, `POST`, …, `use()`, `eject()`) and the named
 * operations, all over one request path (request.ts) with authentication, retries, timeouts, redirect refusal
 * and the response limit.
 */
import type { Client } from 'openapi-fetch';
import type { paths } from '../../generated/api.js';
import { INSPECT, REDACTED } from './auth.js';
import { type PoppClientHelpers, createHelpers } from './helpers.js';
import { createMiddlewareList } from './middleware.js';
import { type PoppClientOptions, type ResolvedOptions, resolveOptions } from './options.js';
import { createRawMethods } from './raw-methods.js';
import { createRequester } from './request.js';

/**
 * The typed openapi-fetch client (`GET`, `POST`, … returning `{ data, error, response }`, `use()`, `eject()`)
 * plus the named operations. Every request — through either — is authenticated, retried per the policy and
 * bounded by the timeout; the raw methods also accept `signal` and `timeoutMs` in their init.
 */
export type PoppClient = Client<paths, 'application/json'> & PoppClientHelpers;

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
  const middleware = createMiddlewareList();
  const request = createRequester({ ...config, middleware });
  const client = {
    ...createRawMethods(request),
    use: middleware.use,
    eject: middleware.eject,
    ...createHelpers({ request, credentials: config.credentials, onDrift: config.onDrift }),
  } as unknown as PoppClient;
  const describe = () => description(config);
  Object.defineProperties(client, {
    toString: { value: () => `PoppClient ${JSON.stringify(describe())}` },
    toJSON: { value: describe },
    [INSPECT]: { value: () => `PoppClient ${JSON.stringify(describe(), null, 2)}` },
  });
  return client;
}

function description(config: ResolvedOptions): Record<string, unknown> {
  const { credentials: _credentials, fetch: _fetch, onDrift: _onDrift, retry, ...rest } = config;
  const { clock: _clock, random: _random, onRetry: _onRetry, ...retrySettings } = retry;
  return { ...rest, apiKey: REDACTED, organizationId: REDACTED, retry: retrySettings };
}
