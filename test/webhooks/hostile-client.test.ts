// toNodeListener against clients that misbehave, over bare sockets on a real node:http server: pipelined
// requests after every kind of rejection, bodies the handler leaves unread (oversized, endless, trickled),
// lying Content-Length, aborted uploads, and methods outside the handler's table. Assertions are on the
// bytes and answers each side sees, never on how long anything took.
import { createServer, type Server } from 'node:http';
import type { Socket } from 'node:net';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { examples } from '../../generated/examples.js';
import { createWebhookHandler, signPayload, toNodeListener, type DeliveryFailure, type FetchHandler, type NodeListenerOptions } from '../../src/webhooks/index.js';
import { completedBody, listen, SECRET, withEventId, type RunningServer } from '../helpers/webhooks.js';
import { chunk, RawConnection, rawRequest, type RawAnswer } from './raw-http.js';

const MAX_BODY_BYTES = 64 * 1024;
const DRAIN_MAX_BYTES = 256 * 1024; // the default, restated here so the bounds below say what they allow
// What the server may read past a bound before it stops: node:net reads 64 KiB at a time and the parser may
// hold a read or two more, so 1 MiB is several times what it can take, and far below what the clients send.
const READ_MARGIN = 1024 * 1024;
// What the clients below write at most when nobody stops them: 64 times the largest bound.
const ENDLESS = 64 * 1024 * 1024;

// Both of toNodeListener's paths: the direct one it takes for createWebhookHandler's handlers, and the Fetch adapter
// any other Fetch handler gets (the same handler behind a plain function).
describe.each([
  { path: 'direct path', wrap: (handler: FetchHandler) => handler },
  { path: 'Fetch adapter', wrap: (handler: FetchHandler): FetchHandler => (request) => handler(request) },
])('toNodeListener with hostile clients ($path)', ({ wrap }) => {
  let server: RunningServer | undefined;
  let sockets: Socket[] = [];
  let processed: string[] = [];
  let failures: DeliveryFailure[] = [];
  afterEach(async () => {
    await server?.close();
    server = undefined;
    sockets = [];
    processed = [];
    failures = [];
    vi.restoreAllMocks();
  });

  async function start(options: NodeListenerOptions = {}): Promise<string> {
    const handler = createWebhookHandler({
      secret: SECRET,
      maxBodyBytes: MAX_BODY_BYTES,
      on: { WORKFLOW_RUN_COMPLETED: (event) => void processed.push(event.eventId) },
      onError: (_error, failure) => void failures.push(failure),
    });
    const http: Server = createServer(toNodeListener(wrap(handler), options));
    http.on('connection', (socket: Socket) => sockets.push(socket));
    server = await listen(http);
    return server.url;
  }

  /** What the server read from its one connection so far. */
  function serverBytesRead(): number {
    expect(sockets).toHaveLength(1);
    return sockets[0]!.bytesRead;
  }

  async function signed(body: string | Uint8Array, extra: Record<string, string | number> = {}): Promise<Buffer> {
    const length = typeof body === 'string' ? Buffer.byteLength(body) : body.byteLength;
    return rawRequest('POST', { 'content-type': 'application/json', 'x-signature': await signPayload(body, SECRET), 'content-length': length, ...extra }, body);
  }

  function expectAnswer(answer: RawAnswer | undefined, status: number, error?: string): RawAnswer {
    expect(answer?.status).toBe(status);
    if (error !== undefined) expect(JSON.parse(answer!.body).error).toBe(error);
    return answer!;
  }

  it('answers every pipelined request in order on one keep-alive connection, whatever the answers before it were', async () => {
    const url = await start();
    const example = examples.WORKFLOW_RUN_COMPLETED[0];
    // A present field of the wrong type: a violation in every validation profile.
    const violation = JSON.stringify({ ...example, data: { ...example.data, truncated: 'no' } });
    // 200 KiB: over the ~128 KiB that used to stall the connection behind a 405 or 415, within the drain bound.
    const unread = 'x'.repeat(200 * 1024);
    const requests: [Buffer, number, string | undefined][] = [
      [rawRequest('PUT', { 'content-type': 'application/json', 'content-length': unread.length }, unread), 405, 'method-not-allowed'],
      [rawRequest('POST', { 'content-type': 'text/plain', 'content-length': unread.length }, unread), 415, 'unsupported-media-type'],
      [await signed('y'.repeat(MAX_BODY_BYTES + 1)), 413, 'body-too-large'],
      [rawRequest('POST', { 'content-type': 'application/json', 'x-signature': await signPayload(completedBody, 'wrong'), 'content-length': completedBody.length }, completedBody), 401, 'signature-mismatch'],
      [await signed('{"event":'), 400, 'body-not-json'],
      [await signed(violation), 422, 'schema-violation'],
      [await signed(completedBody), 200, undefined],
      [rawRequest('GET', {}), 405, 'method-not-allowed'],
      [rawRequest('OPTIONS', {}), 405, 'method-not-allowed'],
      [rawRequest('PROPFIND', { 'content-length': 7 }, '<prop/>'), 405, 'method-not-allowed'],
      [rawRequest('TRACE', { 'content-length': 3 }, 'abc'), 405, 'method-not-allowed'],
      [await signed(completedBody), 200, undefined],
    ];
    const connection = await RawConnection.open(url);
    expect(await connection.write(Buffer.concat(requests.map(([bytes]) => bytes)))).toBe(true);
    for (const [index, [, status, error]] of requests.entries()) {
      const answer = expectAnswer(await connection.next(), status, error);
      expect(answer.headers.connection, `answer ${index + 1}`).not.toBe('close');
    }
    expect(processed).toEqual(['evt_abc123']);
    // And after all that, a HEAD: its answer has no body, and the connection is still usable.
    await connection.write(Buffer.concat([rawRequest('HEAD', {}), await signed(withEventId(example, 'evt_after_head'))]));
    expect((await connection.next({ head: true }))?.status).toBe(405);
    expectAnswer(await connection.next(), 200);
    expect(processed).toEqual(['evt_abc123', 'evt_after_head']);
    connection.destroy();
  });

  it('does not read a body declared over the drain bound: answers with Connection: close and closes', async () => {
    const url = await start();
    const connection = await RawConnection.open(url);
    await connection.write(rawRequest('PUT', { 'content-type': 'application/json', 'content-length': ENDLESS }));
    const writing = connection.writeUntilClosed(new Uint8Array(64 * 1024), ENDLESS);
    const answer = expectAnswer(await connection.next(), 405, 'method-not-allowed');
    expect(answer.headers.connection).toBe('close');
    await connection.closed;
    await writing;
    expect(serverBytesRead()).toBeLessThan(READ_MARGIN);
  });

  it('after a 413, reads an endless chunked body no further than maxBodyBytes plus the drain bound, then closes', async () => {
    const url = await start();
    const connection = await RawConnection.open(url);
    await connection.write(rawRequest('POST', { 'content-type': 'application/json', 'x-signature': '0'.repeat(64), 'transfer-encoding': 'chunked' }));
    const writing = connection.writeUntilClosed(chunk(new Uint8Array(64 * 1024).fill(0x20)), ENDLESS);
    const answer = expectAnswer(await connection.next(), 413, 'body-too-large');
    expect(answer.headers.connection).toBe('close');
    await connection.closed;
    await writing;
    expect(serverBytesRead()).toBeLessThan(MAX_BODY_BYTES + DRAIN_MAX_BYTES + READ_MARGIN);
    expect(failures.map((failure) => failure.code)).toEqual(['body-too-large']);
  });

  it('drains a chunked body the handler left unread up to the bound, and closes past it', async () => {
    const url = await start();
    const within = await RawConnection.open(url);
    const small = Buffer.concat([chunk('x'.repeat(100 * 1024)), chunk('')]);
    await within.write(Buffer.concat([rawRequest('PUT', { 'transfer-encoding': 'chunked' }, small), await signed(completedBody)]));
    expect(expectAnswer(await within.next(), 405).headers.connection).not.toBe('close');
    expectAnswer(await within.next(), 200);
    within.destroy();

    const beyond = await RawConnection.open(url);
    // Before the answer, node buffers some of the body (less than READ_MARGIN); the drain reads DRAIN_MAX_BYTES more.
    const big = Buffer.concat([chunk('x'.repeat(DRAIN_MAX_BYTES + READ_MARGIN)), chunk('')]);
    await beyond.write(Buffer.concat([rawRequest('PUT', { 'transfer-encoding': 'chunked' }, big), await signed(withEventId(examples.WORKFLOW_RUN_COMPLETED[0], 'evt_never'))]));
    expect(expectAnswer(await beyond.next(), 405).headers.connection).toBe('close');
    expect(await beyond.next()).toBeUndefined();
    expect(processed).toEqual(['evt_abc123']);
  });

  it('closes a connection whose unread body stalls for longer than drainTimeoutMs, after answering it', async () => {
    // The client sends 10 of 1000 declared bytes and then nothing: the answer comes once the drain gives up.
    const url = await start({ drainTimeoutMs: 50 });
    const connection = await RawConnection.open(url);
    await connection.write(rawRequest('PUT', { 'content-type': 'application/json', 'content-length': 1000 }, 'x'.repeat(10)));
    expect(expectAnswer(await connection.next(), 405).headers.connection).toBe('close');
    await connection.closed;
  });

  it('with drainMaxBytes 0, closes every connection whose body is not all there when the answer is, and keeps the others', async () => {
    const url = await start({ drainMaxBytes: 0 });
    const connection = await RawConnection.open(url);
    // A 405 whose short body arrived whole keeps the connection; one with 95 of 100 bytes still to come does not.
    await connection.write(Buffer.concat([await signed(completedBody), rawRequest('PUT', { 'content-length': 5 }, 'abcde'), rawRequest('PUT', { 'content-length': 100 }, 'abcde')]));
    expect(expectAnswer(await connection.next(), 200).headers.connection).not.toBe('close');
    expect(expectAnswer(await connection.next(), 405).headers.connection).not.toBe('close');
    expect(expectAnswer(await connection.next(), 405).headers.connection).toBe('close');
    expect(await connection.next()).toBeUndefined();
  });

  it('serves other connections while one trickles its delivery a few bytes at a time (slowloris), then answers it too', async () => {
    const url = await start();
    const slow = await RawConnection.open(url);
    const request = await signed(withEventId(examples.WORKFLOW_RUN_COMPLETED[0], 'evt_slow'));
    const fast = await RawConnection.open(url);
    for (let offset = 0, round = 0; offset < request.length; offset += 7, round++) {
      await slow.write(request.subarray(offset, offset + 7));
      // Every 40 pieces, a whole delivery on another connection is answered while the slow one is incomplete.
      if (round % 40 === 0) {
        await fast.write(await signed(withEventId(examples.WORKFLOW_RUN_COMPLETED[0], `evt_fast_${round}`)));
        expectAnswer(await fast.next(), 200);
        expect(processed).not.toContain('evt_slow');
      }
      await new Promise((resolve) => setImmediate(resolve));
    }
    expectAnswer(await slow.next(), 200);
    expect(processed.at(-1)).toBe('evt_slow');
  });

  it('settles an upload aborted mid-body without processing it, and keeps serving (also when aborted mid-drain)', async () => {
    const url = await start();
    const mid = await RawConnection.open(url);
    const request = await signed(completedBody);
    await mid.write(request.subarray(0, request.length - 50));
    mid.destroy();
    const draining = await RawConnection.open(url);
    await draining.write(rawRequest('PUT', { 'content-length': 100_000 }, 'x'.repeat(10_000)));
    draining.destroy();
    // Wait for the abort to be seen (the handler reports it), bounded by the test timeout, not a clock.
    await vi.waitFor(() => expect(failures.map((failure) => failure.code)).toContain('body-unreadable'), { timeout: 20_000, interval: 20 });
    const next = await RawConnection.open(url);
    await next.write(await signed(completedBody));
    expectAnswer(await next.next(), 200);
    expect(processed).toEqual(['evt_abc123']);
  });

  describe('lying Content-Length', () => {
    it('shorter than the body: the declared bytes are the delivery (401), and the rest is a request node cannot parse (400, closed)', async () => {
      const url = await start();
      const connection = await RawConnection.open(url);
      const full = await signed(completedBody);
      await connection.write(full.subarray(0, full.length - 10).toString('latin1').replace(`content-length: ${completedBody.length}`, `content-length: ${completedBody.length - 10}`));
      expectAnswer(await connection.next(), 401, 'signature-mismatch');
      await connection.write(full.subarray(full.length - 10));
      expectAnswer(await connection.next(), 400);
      await connection.closed;
      expect(processed).toEqual([]);
    });

    it('longer than the body: the handler waits for the rest, and a sender that stops is answered 400 without processing', async () => {
      const url = await start();
      const connection = await RawConnection.open(url);
      await connection.write(await signed(completedBody, { 'content-length': completedBody.length + 100 }));
      connection.end();
      expectAnswer(await connection.next(), 400);
      await vi.waitFor(() => expect(failures.map((failure) => failure.code)).toEqual(['body-unreadable']), { timeout: 20_000, interval: 20 });
      expect(processed).toEqual([]);
    });

    it('both Content-Length and Transfer-Encoding, or two lengths: node refuses the request (400, closed) before the handler sees it', async () => {
      const url = await start();
      const conflicting: Record<string, string | number>[] = [{ 'content-length': 5, 'transfer-encoding': 'chunked' }, { 'content-length': '5\r\nContent-Length: 6' }];
      for (const headers of conflicting) {
        const connection = await RawConnection.open(url);
        await connection.write(rawRequest('POST', { 'content-type': 'application/json', ...headers }, '0\r\n\r\n'));
        expectAnswer(await connection.next(), 400);
        await connection.closed;
      }
      expect(failures).toEqual([]);
    });
  });

  describe('methods outside the table', () => {
    it('TRACE: 405 from the adapter (the Fetch API cannot carry it), with no error logged; node itself refuses TRACK and lower-case methods (400, closed)', async () => {
      const logged = vi.spyOn(console, 'error');
      const url = await start();
      const connection = await RawConnection.open(url);
      await connection.write(Buffer.concat([rawRequest('TRACE', {}), rawRequest('TRACE', { 'content-length': 4 }, 'body')]));
      for (let i = 0; i < 2; i++) {
        const answer = expectAnswer(await connection.next(), 405, 'method-not-allowed');
        expect(answer.body).toMatch(/Fetch standard refuses CONNECT, TRACE and TRACK/);
        expect(answer.headers.connection).not.toBe('close');
      }
      // Sent after those answers: node drops the answers still pending when it meets a request it cannot parse.
      await connection.write(rawRequest('TRACK', {}));
      expectAnswer(await connection.next(), 400);
      await connection.closed;
      expect(logged).not.toHaveBeenCalled();
    });

    it('CONNECT, TRACK or a non-method set by a method-override middleware: 405 from the adapter, the body drained, no error logged', async () => {
      const logged = vi.spyOn(console, 'error');
      const handler = createWebhookHandler({ secret: SECRET, on: {}, log: { warn() {}, error() {} } });
      const listener = toNodeListener(wrap(handler));
      // What a method-override middleware does: the method a client asked for in a header replaces the real one.
      const http = createServer((req, res) => {
        req.method = String(req.headers['x-http-method-override'] ?? req.method);
        void listener(req, res);
      });
      server = await listen(http);
      const connection = await RawConnection.open(server.url);
      const overrides = ['CONNECT', 'TRACK', 'track', 'GET /admin'];
      await connection.write(Buffer.concat(overrides.map((method) => rawRequest('POST', { 'x-http-method-override': method, 'content-length': 4 }, 'body'))));
      for (const method of overrides) {
        const answer = expectAnswer(await connection.next(), 405, 'method-not-allowed');
        expect([method, answer.headers.connection]).toEqual([method, 'keep-alive']);
      }
      expect(logged).not.toHaveBeenCalled();
    });

    it('OPTIONS, HEAD, PROPFIND, DELETE: 405 with Allow: POST; lower-case post: node answers 400 and closes', async () => {
      const url = await start();
      const connection = await RawConnection.open(url);
      await connection.write(Buffer.concat(['OPTIONS', 'HEAD', 'PROPFIND', 'DELETE'].map((method) => rawRequest(method, {}))));
      // The lower-case one goes after those answers: node drops the answers still pending when it meets a request it cannot parse.
      for (const method of ['OPTIONS', 'HEAD', 'PROPFIND', 'DELETE']) {
        const answer = expectAnswer(await connection.next({ head: method === 'HEAD' }), 405);
        expect([method, answer.headers.allow]).toEqual([method, 'POST']);
      }
      await connection.write(await signed(completedBody).then((bytes) => bytes.toString('latin1').replace(/^POST/, 'post')));
      expectAnswer(await connection.next(), 400);
      await connection.closed;
      expect(processed).toEqual([]);
    });

    it('CONNECT never reaches a request listener: node closes the connection without an answer', async () => {
      const url = await start();
      const connection = await RawConnection.open(url);
      await connection.write('CONNECT 127.0.0.1:1 HTTP/1.1\r\nHost: 127.0.0.1:1\r\n\r\n');
      expect(await connection.next()).toBeUndefined();
      expect(failures).toEqual([]);
    });
  });
});
