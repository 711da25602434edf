// The raw methods (`popp.GET`, …, `use()` middleware) go through the client's own request path, which follows
// openapi-fetch's. This holds them to openapi-fetch itself: the same calls, made with openapi-fetch's createClient
// and with createPoppClient against the same server, must send the same requests, show middleware the same
// things and resolve to the same { data, error, response } — for every parseAs, serializer, header merge,
// middleware outcome and kind of response.
import createClient, { type Middleware } from 'openapi-fetch';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { paths } from '../../generated/api.js';
import { createPoppClient } from '../../src/client/index.js';
import { CLIENT_VERSION } from '../../src/client/options.js';
import { type HostileServer, startHostileServer } from './hostile-server.js';

const CREDENTIALS = { apiKey: 'sk_test_2b7f0c4e9a1d3865', organizationId: 'org_246810' };
const AUTH_HEADERS = { 'x-api-key': CREDENTIALS.apiKey, 'x-organization-id': CREDENTIALS.organizationId, 'user-agent': `popp-workflow-contract/${CLIENT_VERSION}` };
const RUN = '/v1/workflow-runs/{runId}';
const CANCEL = '/v1/workflow-runs/{runId}/cancel';

/** How the server answers, by the runId in the path. */
const ANSWERS: Record<string, (res: import('node:http').ServerResponse) => void> = {
  json: (res) => res.writeHead(200, { 'content-type': 'application/json' }).end('{"runId":"run_1","status":"RUNNING"}'),
  text: (res) => res.writeHead(200, { 'content-type': 'text/plain' }).end('plain words'),
  'no-content': (res) => res.writeHead(204).end(),
  'empty-length': (res) => res.writeHead(200, { 'content-type': 'application/json', 'content-length': '0' }).end(),
  'empty-chunked': (res) => res.writeHead(200, { 'content-type': 'application/json' }).end(),
  'json-error': (res) => res.writeHead(409, { 'content-type': 'application/json' }).end('{"code":"WORKFLOW_RUN_ALREADY_ENDED","message":"ended"}'),
  'text-error': (res) => res.writeHead(422, { 'content-type': 'text/plain' }).end('not json at all'),
};

const ctx = {} as { server: HostileServer };
beforeEach(async () => {
  ctx.server = await startHostileServer();
  ctx.server.handle((req, res) => {
    const runId = new URL(req.url ?? '/', 'http://x').pathname.split('/')[3] ?? '';
    (ANSWERS[runId] ?? ANSWERS.json)?.(res);
  });
});
afterEach(async () => {
  await ctx.server.close();
});

type Call = (client: any) => Promise<any>;
/** What a middleware saw, as far as both implementations must agree. */
type Seen = Record<string, unknown>[];

function recorder(seen: Seen): Middleware {
  return {
    onRequest({ request, schemaPath, params, options, id }) {
      seen.push({
        at: 'request',
        method: request.method,
        url: request.url.replace(ctx.server.url, ''),
        headers: Object.fromEntries(request.headers),
        schemaPath,
        params,
        parseAs: options.parseAs,
        baseUrl: options.baseUrl,
        id: typeof id === 'string' && id.length > 0,
        custom: (request as unknown as Record<string, unknown>).traceId,
      });
    },
    async onResponse({ response }) {
      seen.push({ at: 'response', status: response.status, body: await response.clone().text() });
    },
  };
}

/** The result with everything a caller can read from it made comparable. */
async function comparable(result: { data?: unknown; error?: unknown; response: Response }): Promise<Record<string, unknown>> {
  const read = async (value: unknown) => {
    if (value instanceof Blob) return { blob: value.type, text: await value.text() };
    if (value instanceof ArrayBuffer) return { arrayBuffer: [...new Uint8Array(value)] };
    if (value instanceof ReadableStream) return { stream: await new Response(value).text() };
    return value;
  };
  return {
    keys: Object.keys(result).sort(),
    data: await read(result.data),
    error: await read(result.error),
    status: result.response.status,
    contentType: result.response.headers.get('content-type'),
  };
}

async function both(call: Call, middleware?: (seen: Seen) => Middleware[]): Promise<void> {
  const outcomes = [];
  for (const make of [
    () => createClient<paths>({ baseUrl: ctx.server.url, headers: AUTH_HEADERS }),
    () => createPoppClient({ ...CREDENTIALS, baseUrl: ctx.server.url, retry: false }),
  ]) {
    const client = make();
    const seen: Seen = [];
    for (const item of middleware?.(seen) ?? []) client.use(item);
    const before = ctx.server.requests.length;
    let result: Record<string, unknown>;
    try {
      result = await comparable(await call(client));
    } catch (error) {
      result = { threw: (error as Error).name, message: (error as Error).message };
    }
    // A multipart boundary is random per request.
    const sent = JSON.parse(JSON.stringify(ctx.server.requests.slice(before).map(({ method, url, headers, body }) => ({ method, url, headers, body }))).replace(/formdata-undici-\d+/g, 'formdata-undici-N'));
    outcomes.push({ result, sent, seen });
  }
  const [reference, ours] = outcomes;
  expect(ours).toEqual(reference);
}

describe('raw methods behave as openapi-fetch’s', () => {
  it.each<[string, Call]>([
    ['GET json', (client) => client.GET(RUN, { params: { path: { runId: 'json' } } })],
    ['GET with a query of arrays, nulls and numbers', (client) => client.GET('/v1/workflows/{workflowId}/runs', { params: { path: { workflowId: 'wf 1' }, query: { status: ['RUNNING', 'FAILED'], limit: 5, nextToken: null, candidateProfileId: undefined } } })],
    ['GET with querySerializer options', (client) => client.GET('/v1/workflows/{workflowId}/runs', { params: { path: { workflowId: 'wf_1' }, query: { status: ['RUNNING', 'FAILED'] } }, querySerializer: { array: { style: 'form', explode: false } } })],
    ['GET with a querySerializer function', (client) => client.GET('/v1/workflows/{workflowId}/runs', { params: { path: { workflowId: 'wf_1' }, query: { limit: 5 } }, querySerializer: (query: Record<string, unknown>) => `?custom=${Object.keys(query).join('+')}` })],
    ['GET with a pathSerializer', (client) => client.GET(RUN, { params: { path: { runId: 'json' } }, pathSerializer: (path: string, params: Record<string, string>) => path.replace('{runId}', `${params.runId}`) })],
    ['GET with headers: set, appended arrays, removed by null', (client) => client.GET(RUN, { params: { path: { runId: 'json' }, header: { 'x-from-params': '1', 'x-dropped': null } }, headers: { 'x-list': ['a', 'b'], 'x-dropped': 'no' } })],
    ['POST json body with its own content type and header', (client) => client.POST(CANCEL, { params: { path: { runId: 'json' } }, body: { reason: 'withdrew' }, headers: { 'content-type': 'application/json; charset=utf-8', 'x-custom': 'a' } })],
    ['POST form-urlencoded by content type', (client) => client.POST(CANCEL, { params: { path: { runId: 'json' } }, body: { reason: 'with drew' }, headers: { 'content-type': 'application/x-www-form-urlencoded' } })],
    ['POST with a bodySerializer', (client) => client.POST(CANCEL, { params: { path: { runId: 'json' } }, body: { reason: 'x' }, bodySerializer: (body: { reason: string }) => `reason=${body.reason}` })],
    ['POST without a body', (client) => client.POST(CANCEL, { params: { path: { runId: 'json' } } })],
    ['POST FormData', (client) => { const form = new FormData(); form.set('reason', 'x'); return client.POST(CANCEL, { params: { path: { runId: 'json' } }, body: form as never }); }],
    ['parseAs text', (client) => client.GET(RUN, { params: { path: { runId: 'json' } }, parseAs: 'text' })],
    ['parseAs blob', (client) => client.GET(RUN, { params: { path: { runId: 'text' } }, parseAs: 'blob' })],
    ['parseAs arrayBuffer', (client) => client.GET(RUN, { params: { path: { runId: 'text' } }, parseAs: 'arrayBuffer' })],
    ['parseAs stream', (client) => client.GET(RUN, { params: { path: { runId: 'json' } }, parseAs: 'stream' })],
    ['a text body read as json throws', (client) => client.GET(RUN, { params: { path: { runId: 'text' } } })],
    ['204', (client) => client.GET(RUN, { params: { path: { runId: 'no-content' } } })],
    ['Content-Length 0', (client) => client.GET(RUN, { params: { path: { runId: 'empty-length' } } })],
    ['an empty chunked body', (client) => client.GET(RUN, { params: { path: { runId: 'empty-chunked' } } })],
    ['a JSON error body', (client) => client.POST(CANCEL, { params: { path: { runId: 'json-error' } } })],
    ['a text error body', (client) => client.GET(RUN, { params: { path: { runId: 'text-error' } } })],
    ['HEAD', (client) => client.HEAD(RUN, { params: { path: { runId: 'json' } } })],
    ['request() with a lower-case method', (client) => client.request('get', RUN, { params: { path: { runId: 'json' } } })],
    // Arguments fetch cannot send are fetch's TypeError, at once: not a network failure to retry.
    ['a body on a GET', (client) => client.GET(RUN, { params: { path: { runId: 'json' } }, body: { x: 1 } } as never)],
    ['an init field fetch refuses', (client) => client.GET(RUN, { params: { path: { runId: 'json' } }, cache: 'bogus' } as never)],
  ])('%s', async (_name, call) => {
    await both(call);
  });

  it.each<[string, Call, (seen: Seen) => Middleware[]]>([
    ['middleware sees the request, its params, options, id and custom init keys, then the response', (client) => client.GET(RUN, { params: { path: { runId: 'json' } }, parseAs: 'text', traceId: 't-1' }), (seen) => [recorder(seen)]],
    [
      'onRequest replaces the request',
      (client) => client.GET(RUN, { params: { path: { runId: 'json' } } }),
      (seen) => [{ onRequest: ({ request }) => new Request(request.url.replace('/json', '/text'), { headers: request.headers }) }, recorder(seen)],
    ],
    [
      'onRequest answers without sending',
      (client) => client.GET(RUN, { params: { path: { runId: 'json' } } }),
      (seen) => [recorder(seen), { onRequest: () => new Response('{"cached":true}', { status: 200, headers: { 'content-type': 'application/json' } }) }],
    ],
    [
      'onResponse replaces the response, last registered first',
      (client) => client.GET(RUN, { params: { path: { runId: 'json' } } }),
      (seen) => [recorder(seen), { onResponse: ({ response }) => new Response(`{"was":${response.status}}`, { status: 201 }) }],
    ],
    ['onRequest returning something else throws openapi-fetch’s error', (client) => client.GET(RUN, { params: { path: { runId: 'json' } } }), () => [{ onRequest: () => 'nope' as never }]],
    ['onResponse returning something else throws openapi-fetch’s error', (client) => client.GET(RUN, { params: { path: { runId: 'json' } } }), () => [{ onResponse: () => ({}) as never }]],
    [
      'per-request middleware runs after the client’s',
      (client) => client.GET(RUN, { params: { path: { runId: 'json' } }, middleware: [{ onRequest: ({ request }: { request: Request }) => void request.headers.set('x-order', `${request.headers.get('x-order')},call`) }] }),
      () => [{ onRequest: ({ request }) => void request.headers.set('x-order', 'client') }],
    ],
  ])('%s', async (_name, call, middleware) => {
    await both(call, middleware);
  });

  it('onError recovers from a failed fetch with a Response, or replaces the error', async () => {
    const closed = await startHostileServer();
    const baseUrl = closed.url;
    await closed.close();
    const results = [];
    for (const client of [createClient<paths>({ baseUrl, headers: AUTH_HEADERS }), createPoppClient({ ...CREDENTIALS, baseUrl, retry: false })]) {
      client.use({ onError: ({ error }) => (String((error as Error).message).includes('fetch failed') ? new Response('recovered', { status: 200 }) : undefined) });
      const recovered = await comparable(await client.GET(RUN, { params: { path: { runId: 'json' } }, parseAs: 'text' }));
      client.use({ onError: () => new Error('replaced') });
      let replaced: unknown;
      try {
        await client.GET(RUN, { params: { path: { runId: 'json' } } });
      } catch (error) {
        replaced = (error as Error).message;
      }
      results.push({ recovered, replaced });
    }
    expect(results[1]).toEqual(results[0]);
    expect(results[0]).toMatchObject({ recovered: { data: 'recovered', status: 200 }, replaced: 'replaced' });
  });

  it('use() refuses what openapi-fetch refuses', () => {
    const popp = createPoppClient({ ...CREDENTIALS, baseUrl: ctx.server.url });
    const reference = createClient<paths>({ baseUrl: ctx.server.url });
    const message = (use: () => void) => {
      try {
        use();
      } catch (error) {
        return (error as Error).message;
      }
      return 'accepted';
    };
    expect(message(() => popp.use({ other: 1 } as never))).toBe(message(() => reference.use({ other: 1 } as never)));
    expect(message(() => popp.use({ other: 1 } as never))).toContain('Middleware must be an object');
  });
});
