// toNodeListener serves createWebhookHandler's handlers on a direct node:http path and every other Fetch handler
// through its Fetch adapter. Both run the same core, so the whole status table must come back byte for byte the
// same from either, and the same as the Fetch handler answers a Request: each case below is sent, as the same
// bytes, to a fresh receiver on each path, and the answers are compared.
import { createServer } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { examples } from '../../generated/examples.js';
import { createMemoryIdempotencyStore, createWebhookHandler, payloadHash, signPayload, toNodeListener, type IdempotencyStore, type WebhookHandlerOptions } from '../../src/webhooks/index.js';
import { evolved } from '../helpers/evolutions.js';
import { completedBody, listen, SECRET, throughFetchAdapter, withEventId, type RunningServer } from '../helpers/webhooks.js';
import { chunk, RawConnection, rawRequest, type RawAnswer } from './raw-http.js';

const MAX_BODY_BYTES = 4096;
const completed = examples.WORKFLOW_RUN_COMPLETED[0];
const quiet = { warn() {}, error() {} };

interface Case {
  name: string;
  /** The request as bytes on the wire, and as the Fetch handler's Request. */
  request: () => Promise<{ method: string; headers: Record<string, string>; body: string | Uint8Array; chunked?: boolean }>;
  /** The receiver's options beyond secret, log and maxBodyBytes; called once per path, so each gets a fresh one. */
  options?: () => Promise<Partial<WebhookHandlerOptions>>;
  status: number;
}

async function signed(body: string | Uint8Array, headers: Record<string, string> = {}) {
  return { method: 'POST', headers: { 'content-type': 'application/json', 'x-signature': await signPayload(body, SECRET), ...headers }, body };
}

/** A store that holds completedBody's eventId in `state`, claimed with `body`'s hash (another body: a conflict). */
async function storeWith(state: 'in-progress' | 'completed', body: string = completedBody): Promise<IdempotencyStore> {
  const store = createMemoryIdempotencyStore();
  const claim = await store.claim(completed.eventId, { leaseMs: 60_000, payloadHash: await payloadHash(new TextEncoder().encode(body)) });
  if (claim.status !== 'claimed') throw new Error(`the fresh store answered ${claim.status}`);
  if (state === 'completed') await store.complete(claim.token);
  return store;
}

const CASES: Case[] = [
  { name: 'GET', request: async () => ({ method: 'GET', headers: {}, body: '' }), status: 405 },
  { name: 'PUT with a body', request: async () => ({ ...(await signed(completedBody)), method: 'PUT' }), status: 405 },
  { name: 'text/plain', request: async () => ({ ...(await signed(completedBody)), headers: { 'content-type': 'text/plain' } }), status: 415 },
  { name: 'no content type', request: async () => ({ method: 'POST', headers: {}, body: completedBody }), status: 415 },
  { name: 'over maxBodyBytes by Content-Length', request: () => signed('x'.repeat(MAX_BODY_BYTES + 1)), status: 413 },
  { name: 'over maxBodyBytes, chunked', request: async () => ({ ...(await signed('x'.repeat(MAX_BODY_BYTES + 1))), chunked: true }), status: 413 },
  { name: 'no signature', request: async () => ({ method: 'POST', headers: { 'content-type': 'application/json' }, body: completedBody }), status: 401 },
  { name: 'malformed signature', request: async () => ({ method: 'POST', headers: { 'content-type': 'application/json', 'x-signature': 'nope' }, body: completedBody }), status: 401 },
  { name: 'wrong signature', request: async () => ({ ...(await signed(completedBody)), body: completedBody.replace('completed', 'cancelled') }), status: 401 },
  { name: 'empty body', request: () => signed(''), status: 400 },
  { name: 'not JSON', request: () => signed('{"event":'), status: 400 },
  { name: 'not UTF-8', request: () => signed(new Uint8Array([0x7b, 0xff, 0x7d])), status: 400 },
  { name: 'not an envelope', request: () => signed('{"hello":"world"}'), status: 400 },
  { name: 'schema violation', request: () => signed(JSON.stringify({ ...completed, data: { ...completed.data, outcome: 42, truncated: null } })), status: 422 },
  { name: 'processed', request: () => signed(completedBody), status: 200 },
  { name: 'processed, chunked', request: async () => ({ ...(await signed(completedBody)), chunked: true }), status: 200 },
  { name: 'drift reported, processed', request: () => signed(JSON.stringify(evolved('WORKFLOW_RUN_COMPLETED', ['/data/outcome', 'paused']))), status: 200 },
  { name: 'duplicate', request: () => signed(completedBody), options: async () => ({ idempotency: await storeWith('completed') }), status: 200 },
  { name: 'in progress', request: () => signed(completedBody), options: async () => ({ idempotency: await storeWith('in-progress') }), status: 409 },
  { name: 'another body under a processed eventId', request: () => signed(completedBody), options: async () => ({ idempotency: await storeWith('completed', `${completedBody} `) }), status: 409 },
  { name: 'no handler for the type', request: () => signed(JSON.stringify(examples.WORKFLOW_RUN_STARTED[0])), status: 200 },
  { name: 'unknown event type', request: () => signed(JSON.stringify({ ...completed, event: 'WORKFLOW_RUN_TELEPORTED' })), status: 200 },
  { name: 'unknown event type to onUnknown', request: () => signed(JSON.stringify({ ...completed, event: 'WORKFLOW_RUN_TELEPORTED' })), options: async () => ({ onUnknown: () => {} }), status: 200 },
  { name: 'handler throws', request: () => signed(completedBody), options: async () => ({ on: { WORKFLOW_RUN_COMPLETED: () => { throw new Error('boom'); } } }), status: 500 },
  // A handler that never settles meets its deadline whatever the machine's speed: the outcome, not its timing, is compared.
  { name: 'handler timeout', request: () => signed(completedBody), options: async () => ({ handlerTimeoutMs: 1, on: { WORKFLOW_RUN_COMPLETED: () => new Promise(() => {}) } }), status: 500 },
  {
    name: 'store cannot claim',
    request: () => signed(completedBody),
    options: async () => ({ idempotency: { claim: () => Promise.reject(new Error('store down')), complete: async () => true, release: async () => true, extend: async () => true } }),
    status: 503,
  },
  { name: 'invalid, kept by onInvalid', request: () => signed(JSON.stringify({ ...completed, data: { ...completed.data, outcome: 42 } })), options: async () => ({ onInvalid: () => {} }), status: 200 },
  { name: 'invalid, onInvalid throws', request: () => signed(JSON.stringify({ ...completed, data: { ...completed.data, outcome: 42 } })), options: async () => ({ onInvalid: () => { throw new Error('disk full'); } }), status: 500 },
  { name: 'a fresh eventId', request: () => signed(withEventId(completed, 'evt_fresh_1')), status: 200 },
];

function receiver(options: Partial<WebhookHandlerOptions>) {
  return createWebhookHandler({ secret: SECRET, maxBodyBytes: MAX_BODY_BYTES, log: quiet, on: { WORKFLOW_RUN_COMPLETED: () => {} }, ...options });
}

/** The parts of an answer that must agree: the status, the headers the handler sets, the exact body. */
function comparable(answer: { status: number; headers: Record<string, string | undefined>; body: string }) {
  return { status: answer.status, contentType: answer.headers['content-type'], allow: answer.headers.allow, body: answer.body };
}

async function overNode(listener: ReturnType<typeof toNodeListener>, request: Awaited<ReturnType<Case['request']>>): Promise<RawAnswer> {
  const server: RunningServer = await listen(createServer(listener));
  try {
    const connection = await RawConnection.open(server.url);
    const body = typeof request.body === 'string' ? Buffer.from(request.body) : request.body;
    if (request.chunked) await connection.write(Buffer.concat([rawRequest(request.method, { ...request.headers, 'transfer-encoding': 'chunked' }), chunk(body.subarray(0, 7)), chunk(body.subarray(7)), chunk('')]));
    else await connection.write(rawRequest(request.method, { ...request.headers, 'content-length': body.byteLength }, body));
    const answer = await connection.next();
    connection.destroy();
    if (answer === undefined) throw new Error('the connection closed without an answer');
    return answer;
  } finally {
    await server.close();
  }
}

async function overRequest(handler: (request: Request) => Promise<Response>, request: Awaited<ReturnType<Case['request']>>) {
  const bodyless = request.method === 'GET' || request.method === 'HEAD';
  const response = await handler(new Request('http://receiver.test/webhooks/popp', { method: request.method, headers: request.headers, body: bodyless ? null : bytes(request.body) }));
  return { status: response.status, headers: Object.fromEntries(response.headers), body: await response.text() };
}

// Bytes rather than a string, so that the Request gets no content type of its own (a string body would be text/plain).
function bytes(body: string | Uint8Array): Uint8Array<ArrayBuffer> {
  return (typeof body === 'string' ? new TextEncoder().encode(body) : body) as Uint8Array<ArrayBuffer>;
}

describe("toNodeListener's direct path and its Fetch adapter answer alike", () => {
  const originals = { Request: globalThis.Request, Response: globalThis.Response, Headers: globalThis.Headers };
  afterEach(() => Object.assign(globalThis, originals));

  it('covers every status of the handler', () => {
    expect(new Set(CASES.map((c) => c.status))).toEqual(new Set([200, 400, 401, 405, 409, 413, 415, 422, 500, 503]));
  });

  it.each(CASES)('$name: $status on both paths and as a Request', async (testCase) => {
    const request = await testCase.request();
    const direct = await overNode(toNodeListener(receiver((await testCase.options?.()) ?? {})), request);
    const adapted = await overNode(toNodeListener(throughFetchAdapter(receiver((await testCase.options?.()) ?? {}))), request);
    const fetched = await overRequest(receiver((await testCase.options?.()) ?? {}), request);
    expect(comparable(direct).status).toBe(testCase.status);
    expect(comparable(direct)).toEqual(comparable(adapted));
    expect(comparable(direct)).toEqual(comparable(fetched));
    expect(JSON.parse(direct.body)).toMatchObject({ outcome: expect.any(String) });
  });

  it('the direct path builds no Request, Headers or Response (so it is the one taken)', async () => {
    const listener = toNodeListener(receiver({}));
    const request = await signed(completedBody);
    const refuse = class {
      constructor() {
        throw new Error('the direct path built a Fetch object');
      }
    };
    Object.assign(globalThis, { Request: refuse, Response: refuse, Headers: refuse });
    const answer = await overNode(listener, request);
    Object.assign(globalThis, originals);
    expect([answer.status, JSON.parse(answer.body).outcome]).toEqual([200, 'processed']);
    // And the Fetch adapter does build them: the same check fails it (500 from the adapter's catch).
    const adapted = toNodeListener(throughFetchAdapter(receiver({})));
    const logged: unknown[] = [];
    const error = console.error;
    console.error = (...args: unknown[]) => void logged.push(args);
    Object.assign(globalThis, { Request: refuse, Response: refuse, Headers: refuse });
    try {
      expect((await overNode(adapted, request)).status).toBe(500);
    } finally {
      Object.assign(globalThis, originals);
      console.error = error;
    }
    expect(logged).toHaveLength(1);
  });
});
