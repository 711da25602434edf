// The client against a hostile or broken server: redirects of every kind, huge, endless and lying bodies, wrong
// content types, resets mid-body, silence after the headers, echoed credentials. Every case ends with the
// right typed error, nothing reaches the second ("attacker") origin, no credential shows in any rendering of
// the error, and memory stays bounded — measured as the body bytes the server managed to hand to the kernel
// before the client stopped reading, never as RSS.
import { inspect } from 'node:util';
import { gzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  createPoppClient,
  PoppApiError,
  type PoppClient,
  type PoppClientOptions,
  PoppNetworkError,
  PoppRedirectError,
  PoppRequestError,
  PoppResponseTooLargeError,
  PoppTimeoutError,
} from '../../src/client/index.js';
import { responseExample, TEST_CREDENTIALS } from './contract-server.js';
import { rejectionOf } from './fixtures.js';
import { type HostileServer, socketBufferMargin, startHostileServer } from './hostile-server.js';
import { virtualClock } from './test-clock.js';

const MiB = 2 ** 20;
const SECRETS = Object.values(TEST_CREDENTIALS);
const RUN = JSON.stringify(responseExample('getWorkflowRun', '200'));

const ctx = {} as { server: HostileServer; attacker: HostileServer; attackerMayBeReached: boolean };
beforeEach(async () => {
  ctx.server = await startHostileServer();
  ctx.attacker = await startHostileServer();
  ctx.attackerMayBeReached = false;
});
afterEach(async () => {
  try {
    if (!ctx.attackerMayBeReached) {
      expect(ctx.attacker.connections, 'connections to the other origin').toBe(0);
      expect(ctx.attacker.requests).toEqual([]);
    }
  } finally {
    await Promise.all([ctx.server.close(), ctx.attacker.close()]);
  }
});

function client(overrides: Partial<PoppClientOptions> = {}, withMiddleware = false): PoppClient {
  const popp = createPoppClient({ ...TEST_CREDENTIALS, baseUrl: ctx.server.url, retry: { clock: virtualClock() }, ...overrides });
  if (withMiddleware) popp.use({ onRequest: () => undefined });
  return popp;
}

/** Every way a call leaves the client: the named operations and the raw openapi-fetch methods. */
const CALLS: { name: string; method: 'GET' | 'POST'; body?: unknown; call: (popp: PoppClient) => Promise<unknown> }[] = [
  { name: 'getRun', method: 'GET', call: (popp) => popp.getRun('run_xyz789') },
  { name: 'listRuns', method: 'GET', call: (popp) => popp.listRuns('wf_abc123', { status: 'RUNNING', limit: 10 }) },
  {
    name: 'iterateRuns',
    method: 'GET',
    call: async (popp) => {
      for await (const _run of popp.iterateRuns('wf_abc123')) break;
    },
  },
  // The body as sent: startRuns adds the default triggerSource.
  { name: 'startRuns', method: 'POST', body: { candidateProfileIds: ['cp_abc123'], triggerSource: 'API' }, call: (popp) => popp.startRuns('wf_abc123', { candidateProfileIds: ['cp_abc123'] }) },
  { name: 'cancelRun', method: 'POST', body: { reason: 'Candidate withdrew' }, call: (popp) => popp.cancelRun('run_xyz789', { reason: 'Candidate withdrew' }) },
  { name: 'publishWorkflow', method: 'POST', call: (popp) => popp.publishWorkflow('wf_abc123') },
  { name: 'raw GET', method: 'GET', call: (popp) => popp.GET('/v1/workflow-runs/{runId}', { params: { path: { runId: 'run_xyz789' } } }) },
  {
    name: 'raw POST',
    method: 'POST',
    body: { reason: 'Candidate withdrew' },
    call: (popp) => popp.POST('/v1/workflow-runs/{runId}/cancel', { params: { path: { runId: 'run_xyz789' } }, body: { reason: 'Candidate withdrew' } }),
  },
  { name: 'raw request()', method: 'GET', call: (popp) => popp.request('get', '/v1/workflow-runs/{runId}', { params: { path: { runId: 'run_xyz789' } } }) },
];
const PATHS = [
  ['sent directly', false],
  ['sent through use() middleware', true],
] as const;

/** The error rendered every way it could reach a log; none may contain a credential, in any letter case. */
function expectNoCredential(error: unknown): void {
  const renderings = [String(error), JSON.stringify(error), inspect(error, { depth: 10, showHidden: true }), (error as Error).stack ?? ''];
  for (const text of renderings) for (const secret of SECRETS) expect(text.toLowerCase()).not.toContain(secret.toLowerCase());
}

describe('redirects: none is followed, on any path', () => {
  // 399 is unassigned: any 3xx counts.
  const STATUSES = [300, 301, 302, 303, 304, 305, 307, 308, 399];

  it.each(STATUSES)('%i is refused with a PoppRedirectError on every operation and raw method, sent once, never to the Location', async (status) => {
    const attackerPort = new URL(ctx.attacker.url).port;
    // A Location that also tries to carry the key out in its user info, query and fragment.
    const location = `http://popp:${TEST_CREDENTIALS.apiKey}@127.0.0.1:${attackerPort}/steal?key=${TEST_CREDENTIALS.apiKey}#${TEST_CREDENTIALS.organizationId}`;
    ctx.server.handle((_req, res) => {
      res.writeHead(status, { location, 'content-type': 'text/html' });
      res.end(status === 304 ? undefined : `<a href="${location}">moved</a>`);
    });
    for (const [pathName, withMiddleware] of PATHS) {
      for (const { name, method, body, call } of CALLS) {
        const before = ctx.server.requests.length;
        const error = await rejectionOf(call(client({}, withMiddleware)));
        const where = `${name} ${pathName}`;
        expect(error, where).toBeInstanceOf(PoppRedirectError);
        expect(error, where).toBeInstanceOf(PoppApiError);
        expect(error, where).toMatchObject({
          status,
          attempts: 1,
          location: `http://127.0.0.1:${attackerPort}/steal`,
          crossOrigin: true,
          followedByFetch: false,
          method,
          code: null,
          rawBody: '',
        });
        expect(error.message, where).toMatch(new RegExp(`^${method} /v1/\\S+ → ${status}\\b`));
        expect(error.message, where).toContain(`redirect to http://127.0.0.1:${attackerPort}/steal (another origin; user info, query string, fragment left out) not followed`);
        expect(error.message, where).toContain('the client never follows redirects (Popp documents none), so nothing was sent there');
        expectNoCredential(error);
        // Sent once, as it was: same method, same body, no retry.
        const sent = ctx.server.requests.slice(before);
        expect(sent.map((request) => request.method), where).toEqual([method]);
        if (body !== undefined) expect(JSON.parse(sent[0]?.body ?? ''), where).toEqual(body);
      }
    }
  });

  it('a cancelRun answered with 302 or 303 is not turned into a GET that "succeeds"', async () => {
    // Following would GET the run back (200, a valid WorkflowRun) and report a cancel that never happened.
    ctx.server.handle((req, res) => {
      if (req.method === 'GET') return void res.writeHead(200, { 'content-type': 'application/json' }).end(RUN);
      res.writeHead(req.url?.includes('run_302') ? 302 : 303, { location: '/v1/workflow-runs/run_xyz789' }).end();
    });
    for (const runId of ['run_302', 'run_303']) {
      const error = await rejectionOf(client().cancelRun(runId));
      expect(error).toBeInstanceOf(PoppRedirectError);
      expect(error.message).toContain(`redirect to ${ctx.server.url}/v1/workflow-runs/run_xyz789 (the same origin) not followed`);
      expect(error).toMatchObject({ crossOrigin: false, location: `${ctx.server.url}/v1/workflow-runs/run_xyz789` });
    }
    expect(ctx.server.requests.map((request) => `${request.method} ${request.url}`)).toEqual([
      'POST /v1/workflow-runs/run_302/cancel',
      'POST /v1/workflow-runs/run_303/cancel',
    ]);
  });

  it('a 307/308 does not re-send a startRuns body anywhere, even to the same origin', async () => {
    ctx.server.handle((req, res) => {
      if (req.url === '/again') return void res.writeHead(202, { 'content-type': 'application/json' }).end(JSON.stringify(responseExample('startWorkflowRuns', '202')));
      res.writeHead(req.url?.endsWith('runs') ? 307 : 308, { location: '/again' }).end();
    });
    expect(await rejectionOf(client().startRuns('wf_abc123', { candidateProfileIds: ['cp_abc123'] }))).toMatchObject({ name: 'PoppRedirectError', status: 307 });
    expect(ctx.server.requests.map((request) => request.url)).toEqual(['/v1/workflows/wf_abc123/runs']);
  });

  it('a redirect without a Location, or with an unusable one, is refused and says so', async () => {
    ctx.server.handle((req, res) => {
      if (req.url?.includes('run_none')) return void res.writeHead(302).end();
      res.writeHead(301, { location: `http://[${TEST_CREDENTIALS.apiKey}` }).end();
    });
    const none = await rejectionOf(client().getRun('run_none'));
    expect(none).toMatchObject({ name: 'PoppRedirectError', status: 302, location: null, crossOrigin: false });
    expect(none.message).toBe('GET /v1/workflow-runs/run_none → 302 Found: redirect (without a Location) not followed: the client never follows redirects (Popp documents none), so nothing was sent there. Check baseUrl, or the proxy or gateway in front of Popp');
    const unusable = await rejectionOf(client().getRun('run_bad'));
    expect(unusable).toMatchObject({ status: 301, location: null });
    expect(unusable.message).toContain('redirect (with an unusable Location "http://[[redacted]") not followed');
    expectNoCredential(unusable);
  });

  it('an https baseUrl redirected to plain http: refused, and the downgrade is named', async () => {
    // The client talks https to "api.popp.test"; this fetch carries each request to the local server, passing
    // the client's init (redirect: 'manual' included) on unchanged.
    const tunnel: PoppClientOptions['fetch'] = (input, init) => {
      const request = new Request(input, init);
      return fetch(new Request(request.url.replace('https://api.popp.test', ctx.server.url), request));
    };
    ctx.server.handle((_req, res) => res.writeHead(302, { location: `${ctx.attacker.url}/v1/workflow-runs/run_xyz789` }).end());
    const popp = client({ baseUrl: 'https://api.popp.test', fetch: tunnel });
    const error = await rejectionOf(popp.getRun('run_xyz789'));
    expect(error).toBeInstanceOf(PoppRedirectError);
    expect(error.message).toContain(`redirect to ${ctx.attacker.url}/v1/workflow-runs/run_xyz789 (another origin; plain http:) not followed`);
  });

  it("a given fetch that follows redirects anyway: the response is refused, and the error says the request may have reached the Location", async () => {
    ctx.attackerMayBeReached = true;
    const follows: PoppClientOptions['fetch'] = (input, init) => fetch(new Request(input, { ...init, redirect: 'follow' }));
    ctx.server.handle((_req, res) => res.writeHead(307, { location: `${ctx.attacker.url}/v1/workflow-runs/run_xyz789` }).end());
    ctx.attacker.handle((_req, res) => res.writeHead(200, { 'content-type': 'application/json' }).end(RUN));
    for (const withMiddleware of [false, true]) {
      const error = await rejectionOf(client({ fetch: follows }, withMiddleware).getRun('run_xyz789'));
      expect(error).toBeInstanceOf(PoppRedirectError);
      expect(error).toMatchObject({ status: 200, followedByFetch: true, crossOrigin: true, location: `${ctx.attacker.url}/v1/workflow-runs/run_xyz789`, attempts: 1 });
      expect(error.message).toContain("the fetch given to createPoppClient followed a redirect to");
      expect(error.message).toContain('the request and its credentials may have reached that URL');
      expectNoCredential(error);
    }
    // What only the fetch itself could have prevented: the documented limit of the guarantee.
    expect(ctx.attacker.requests.map((request) => request.headers['x-api-key'])).toEqual([TEST_CREDENTIALS.apiKey, TEST_CREDENTIALS.apiKey]);
  });

  it('a given fetch that follows by hand (so response.redirected is false) is caught by the response URL', async () => {
    ctx.attackerMayBeReached = true;
    const followsByHand: PoppClientOptions['fetch'] = async (input, init) => {
      const first = await fetch(input, init);
      const location = first.headers.get('location');
      return location === null ? first : fetch(location, { headers: new Request(input, init).headers });
    };
    ctx.server.handle((_req, res) => res.writeHead(302, { location: `${ctx.attacker.url}/v1/workflow-runs/run_xyz789` }).end());
    ctx.attacker.handle((_req, res) => res.writeHead(200, { 'content-type': 'application/json' }).end(RUN));
    const error = await rejectionOf(client({ fetch: followsByHand }).getRun('run_xyz789'));
    expect(error).toMatchObject({ name: 'PoppRedirectError', status: 200, followedByFetch: true, crossOrigin: true });
    expect(error.message).toContain(`returned a response from ${ctx.attacker.url}/v1/workflow-runs/run_xyz789 (another origin), not from the origin of baseUrl`);
    expect(ctx.attacker.requests).toHaveLength(1);
  });

  it('a use() middleware cannot point a request at another origin: refused before sending', async () => {
    const popp = client();
    popp.use({ onRequest: ({ request }) => new Request(request.url.replace(ctx.server.url, ctx.attacker.url), request) });
    for (const call of [() => popp.getRun('run_xyz789'), () => popp.GET('/v1/workflow-runs/{runId}', { params: { path: { runId: 'run_xyz789' } } })]) {
      const error = await rejectionOf(call());
      expect(error).toBeInstanceOf(PoppRequestError);
      expect(error).toMatchObject({ attempts: 0 });
      expect(error.message).toBe(
        `GET /v1/workflow-runs/run_xyz789 not sent: its URL is on ${ctx.attacker.url}, not on the origin of the client's baseUrl, ${ctx.server.url}; the client sends its credentials only there (did a use() middleware change the URL?)`,
      );
    }
    expect(ctx.server.requests).toEqual([]);
  });

  it('raw-method options that would bypass the policy are refused before sending', async () => {
    const popp = client();
    const params = { path: { runId: 'run_xyz789' } };
    const cases: [Record<string, unknown>, string][] = [
      [{ fetch }, 'init.fetch is not supported'],
      [{ Request }, 'init.Request is not supported'],
      [{ baseUrl: ctx.attacker.url }, 'init.baseUrl is not supported: the client sends its credentials only to the baseUrl it was created with'],
      [{ redirect: 'follow' }, 'init.redirect "follow" is not supported: the client never follows a redirect'],
    ];
    for (const [init, message] of cases) {
      const error = await rejectionOf(popp.GET('/v1/workflow-runs/{runId}', { params, ...init } as never));
      expect(error).toBeInstanceOf(TypeError);
      expect(error.message).toContain(`GET /v1/workflow-runs/{runId}: ${message}`);
    }
    expect(ctx.server.requests).toEqual([]);
  });
});

describe('response bodies are bounded', () => {
  const LIMIT = MiB;

  /**
   * Waits for the server to stop writing, then checks that it wrote (since `before`) no more than the client
   * could have read: the limit, plus what the socket buffers hold.
   */
  async function expectBoundedWrite(before = 0): Promise<void> {
    await ctx.server.streamsEnded();
    expect(ctx.server.bodyBytesWritten - before).toBeLessThan(LIMIT + socketBufferMargin());
  }

  it.each(PATHS)('an endless 200 body stops at maxResponseBytes on every operation and raw method, without a retry (%s)', async (_pathName, withMiddleware) => {
    // 256 MiB stands for "endless": far past the limit plus every buffer on the way.
    ctx.server.handle((_req, res) => ctx.server.stream(res, { totalBytes: 256 * MiB }));
    for (const { name, call } of CALLS) {
      const before = ctx.server.requests.length;
      const written = ctx.server.bodyBytesWritten;
      const error = await rejectionOf(call(client({ maxResponseBytes: LIMIT }, withMiddleware)));
      expect(error, name).toBeInstanceOf(PoppResponseTooLargeError);
      expect(error, name).toMatchObject({ status: 200, maxResponseBytes: LIMIT, declaredBytes: null, attempts: 1, rawBody: '', body: undefined });
      // Read past the limit by less than one chunk, then stopped.
      expect(error.receivedBytes, name).toBeGreaterThan(LIMIT);
      expect(error.receivedBytes, name).toBeLessThan(LIMIT + MiB);
      expect(error.message, name).toContain(`→ 200: the response body is larger than maxResponseBytes, 1048576 bytes (1 MiB): the client stopped reading after ${error.receivedBytes} bytes and kept none of them, and the call is not retried. If Popp really sends bodies this large, raise the limit: createPoppClient({ maxResponseBytes }) takes up to 268435456 bytes (256 MiB)`);
      expect(ctx.server.requests.length - before, name).toBe(1);
      expectNoCredential(error);
      await expectBoundedWrite(written);
    }
  });

  it('an endless error body (a retryable 503 on a GET) is bounded the same way and not retried, on every path', async () => {
    ctx.server.handle((_req, res) => ctx.server.stream(res, { status: 503, headers: { 'content-type': 'application/json', 'retry-after': '1' }, totalBytes: 256 * MiB }));
    const calls = [
      () => client({ maxResponseBytes: LIMIT }).getRun('run_xyz789'),
      () => client({ maxResponseBytes: LIMIT }, true).getRun('run_xyz789'),
      () => client({ maxResponseBytes: LIMIT }).GET('/v1/workflow-runs/{runId}', { params: { path: { runId: 'run_xyz789' } } }),
    ];
    for (const call of calls) {
      const written = ctx.server.bodyBytesWritten;
      const error = await rejectionOf(call());
      expect(error).toBeInstanceOf(PoppResponseTooLargeError);
      expect(error).toMatchObject({ status: 503, attempts: 1, retryAfterMs: null });
      await expectBoundedWrite(written);
    }
    expect(ctx.server.requests).toHaveLength(3);
  });

  it('a Content-Length over the limit is refused before reading: the default limit is 128 MiB', async () => {
    const declared = 200 * MiB;
    ctx.server.handle((_req, res) => ctx.server.stream(res, { headers: { 'content-type': 'application/json', 'content-length': declared }, totalBytes: declared }));
    const error = await rejectionOf(client().getRun('run_xyz789'));
    expect(error).toBeInstanceOf(PoppResponseTooLargeError);
    expect(error).toMatchObject({ maxResponseBytes: 128 * MiB, declaredBytes: declared, receivedBytes: 0, attempts: 1 });
    expect(error.message).toBe(
      'GET /v1/workflow-runs/run_xyz789 → 200: the response declares a body of 209715200 bytes (200 MiB) (Content-Length), more than maxResponseBytes, 134217728 bytes (128 MiB); none of it was read, and the call is not retried. If Popp really sends bodies this large, raise the limit: createPoppClient({ maxResponseBytes }) takes up to 268435456 bytes (256 MiB)',
    );
    await ctx.server.streamsEnded();
    expect(ctx.server.bodyBytesWritten).toBeLessThan(socketBufferMargin());
  });

  it('a Content-Length that lies low does not let more in: the body is cut at the declared length', async () => {
    ctx.server.handle((_req, res) => ctx.server.stream(res, { headers: { 'content-type': 'application/json', 'content-length': 64 }, totalBytes: 256 * MiB }));
    const error = await rejectionOf(client({ maxResponseBytes: LIMIT, retry: false }).getRun('run_xyz789'));
    // undici reads exactly the declared 64 bytes (not JSON), then drops the connection with the rest.
    expect(error).toBeInstanceOf(PoppApiError);
    expect(error).not.toBeInstanceOf(PoppResponseTooLargeError);
    expect(error.rawBody).toBe('x'.repeat(64));
    expect(error.message).toContain('the body is not what the contract promises');
    await expectBoundedWrite();
  });

  it('a Content-Length that lies high (the body ends early) is a network error; GETs are retried, then give up', async () => {
    ctx.server.handle((req, res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': 1000 });
      res.write('{"runId":');
      setImmediate(() => req.socket.destroy());
    });
    const error = await rejectionOf(client({ maxResponseBytes: LIMIT }).getRun('run_xyz789'));
    expect(error).toBeInstanceOf(PoppNetworkError);
    expect(error).toMatchObject({ code: 'UND_ERR_SOCKET', requestMayHaveBeenSent: true, attempts: 3 });
    expectNoCredential(error);
  });

  it('a compressed body is counted after decompression: a gzip bomb stops at the limit', async () => {
    const bomb = gzipSync(Buffer.alloc(16 * MiB, ' '));
    ctx.server.handle((_req, res) => ctx.server.stream(res, { headers: { 'content-type': 'application/json', 'content-encoding': 'gzip' }, chunk: bomb, totalBytes: bomb.length }));
    const error = await rejectionOf(client({ maxResponseBytes: LIMIT }).listRuns('wf_abc123'));
    expect(error).toBeInstanceOf(PoppResponseTooLargeError);
    expect(error.receivedBytes).toBeGreaterThan(LIMIT);
    expect(bomb.length).toBeLessThan(LIMIT);
    await ctx.server.streamsEnded();
    expect(ctx.server.bodyBytesWritten).toBeLessThanOrEqual(bomb.length);
  });

  it.each(PATHS)('a body of exactly maxResponseBytes is read; one byte more is refused (%s)', async (_pathName, withMiddleware) => {
    const limit = Buffer.byteLength(RUN) + 100;
    const padded = (extra: number) => RUN + ' '.repeat(limit - Buffer.byteLength(RUN) + extra);
    ctx.server.handle((req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(padded(req.url?.includes('run_over') ? 1 : 0));
    });
    const popp = client({ maxResponseBytes: limit }, withMiddleware);
    await expect(popp.getRun('run_exact')).resolves.toMatchObject({ runId: 'run_xyz789' });
    const raw = await popp.GET('/v1/workflow-runs/{runId}', { params: { path: { runId: 'run_exact' } } });
    expect(raw.data?.runId).toBe('run_xyz789');
    expect(await rejectionOf(popp.getRun('run_over'))).toMatchObject({ name: 'PoppResponseTooLargeError', receivedBytes: limit + 1 });
    expect(await rejectionOf(popp.GET('/v1/workflow-runs/{runId}', { params: { path: { runId: 'run_over' } } }))).toBeInstanceOf(PoppResponseTooLargeError);
  });
});

describe('other hostile answers', () => {
  it('a 2xx HTML page or binary garbage labelled JSON is a PoppApiError; JSON labelled text/plain is accepted', async () => {
    ctx.server.handle((req, res) => {
      if (req.url?.includes('html')) return void res.writeHead(200, { 'content-type': 'text/html' }).end('<html><body>Welcome to nginx!</body></html>');
      if (req.url?.includes('binary')) return void res.writeHead(200, { 'content-type': 'application/json' }).end(Buffer.from([0xff, 0xfe, 0x00, 0x9f, 0x80]));
      res.writeHead(200, { 'content-type': 'text/plain' }).end(RUN);
    });
    const popp = client();
    const html = await rejectionOf(popp.getRun('run_html'));
    expect(html).toMatchObject({ name: 'PoppApiError', status: 200, contentType: 'text/html' });
    expect(html.message).toContain('the body (text/html) is not JSON: "<html><body>Welcome to nginx!</body></html>"');
    const binary = await rejectionOf(popp.getRun('run_binary'));
    expect(binary).toMatchObject({ name: 'PoppApiError', status: 200, contentType: 'application/json' });
    // Tolerant about traffic: the body is what the contract promises, whatever its label.
    await expect(popp.getRun('run_plain')).resolves.toMatchObject({ runId: 'run_xyz789' });
  });

  it('a reset in the middle of the body: a GET is retried, a POST is not', async () => {
    ctx.server.handle((req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write(RUN.slice(0, 100));
      setImmediate(() => req.socket.destroy());
    });
    const get = await rejectionOf(client().getRun('run_xyz789'));
    expect(get).toMatchObject({ name: 'PoppNetworkError', requestMayHaveBeenSent: true, attempts: 3 });
    const post = await rejectionOf(client().cancelRun('run_xyz789'));
    expect(post).toMatchObject({ name: 'PoppNetworkError', requestMayHaveBeenSent: true, attempts: 1 });
    expect(post.message).toContain('not retried: the connection failed after the POST may have been sent');
    expect(ctx.server.requests.map((request) => request.method)).toEqual(['GET', 'GET', 'GET', 'POST']);
  });

  it.each([
    ['headers, then silence', ''],
    ['headers and half a body, then silence', RUN.slice(0, 200)],
  ])('%s: ends with the client\'s own timeout', async (_name, part) => {
    ctx.server.handle((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write(part);
      // and nothing more, ever: the connection stays open until the test closes the server
    });
    for (const withMiddleware of [false, true]) {
      const error = await rejectionOf(client({ timeoutMs: 100, retry: false }, withMiddleware).getRun('run_xyz789'));
      expect(error).toBeInstanceOf(PoppTimeoutError);
      expect(error).toMatchObject({ timeoutMs: 100, attempts: 1 });
    }
  });

  it('a server echoing the credentials in its status text, Content-Type, Location and body: none reaches an error', async () => {
    const { apiKey, organizationId } = TEST_CREDENTIALS;
    const shouted = apiKey.toUpperCase();
    ctx.server.handle((req, res) => {
      const url = req.url ?? '';
      if (url.includes('run_status')) {
        res.writeHead(401, `Key ${apiKey} unknown`, { 'content-type': `application/json; key=${shouted}` });
        return void res.end(JSON.stringify({ code: 'UNAUTHORIZED', message: `Key ${shouted} for ${organizationId} is unknown.`, requestId: 'req_1' }));
      }
      if (url.includes('run_host')) return void res.writeHead(302, { location: `http://${apiKey}.example.test/` }).end();
      if (url.includes('run_encoded')) return void res.writeHead(302, { location: `/v1/${encodeURIComponent(apiKey).replace(/_/g, '%5F')}` }).end();
      res.writeHead(302, `Found ${organizationId}`, { location: `/v1/${apiKey}/x?org=${organizationId}` }).end();
    });
    const popp = client();
    const status = await rejectionOf(popp.getRun('run_status'));
    expect(status.message).toBe('GET /v1/workflow-runs/run_status → 401 UNAUTHORIZED: Key [redacted] for [redacted] is unknown. [Popp request ID req_1]');
    expect(status.contentType).toBe('application/json; key=[redacted]');
    const host = await rejectionOf(popp.getRun('run_host'));
    expect(host.location).toBe('http://[redacted].example.test/');
    const encoded = await rejectionOf(popp.getRun('run_encoded'));
    expect(encoded.location).toBe(`${ctx.server.url}/[path withheld: it contains a credential]`);
    const path = await rejectionOf(popp.getRun('run_path'));
    expect(path.location).toBe(`${ctx.server.url}/v1/[redacted]/x`);
    expect(path.message).toContain('→ 302 Found [redacted]: redirect to');
    for (const error of [status, host, encoded, path]) expectNoCredential(error);
  });
});
