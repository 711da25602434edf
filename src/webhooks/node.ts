/**
 * The node:http adapter: runs a Fetch handler as a node:http / Express listener. It reads the raw body
 * itself, so the handler's body limit applies while reading. A handler made by createWebhookHandler is run
 * through its core directly on node:http's objects (reply.ts); any other Fetch handler gets a Request and
 * answers with a Response. It describes the node:http
 * objects structurally instead of importing node:http, so the webhooks entry needs no `node:` module and
 * its types compile without @types/node (Workers, Deno).
 */
import { MAX_TIMER_MS } from './deadline.js';
import { failedReply, methodNotAllowedReply } from './handler.js';
import { readRequestBody, type Connection, type DrainBounds, type RequestBody } from './node-body.js';
import { RECIPES } from './raw-body.js';
import { coreOf, type IncomingDelivery, type Reply } from './reply.js';

/** Anything that answers a Fetch Request: createWebhookHandler's result, a Hono app's `fetch`, … */
export type FetchHandler = (request: Request) => Response | Promise<Response>;

/**
 * The parts of node:http's IncomingMessage the adapter uses, plus what Express and body parsers add
 * (`body`, `originalUrl`). A node:http, Express or Fastify (`request.raw`) request fits.
 */
export interface NodeRequest {
  method?: string | undefined;
  url?: string | undefined;
  headers: Record<string, string | string[] | undefined>;
  readonly readableEnded: boolean;
  body?: unknown;
  originalUrl?: string;
  on(event: string, listener: (...args: any[]) => void): unknown;
  off(event: string, listener: (...args: any[]) => void): unknown;
  pause(): unknown;
  resume(): unknown;
}

/** The parts of node:http's ServerResponse the adapter uses. A node:http, Express or Fastify (`reply.raw`) response fits. */
export interface NodeResponse {
  statusCode: number;
  readonly headersSent: boolean;
  setHeader(name: string, value: string | readonly string[]): unknown;
  end(chunk: string | Uint8Array): unknown;
  destroy(): unknown;
}

/** The bounds on reading a body the handler left unread; see toNodeListener. */
export interface NodeListenerOptions {
  /**
   * When the handler answers before reading the body to its end (405, 415, 413, …), read and discard at most
   * this many more bytes, so the connection can carry the next request. A body with more left (by its
   * Content-Length, or found while draining a chunked one) is not read: the answer says `Connection: close`
   * and the connection is closed after it. Default: 256 KiB. 0 closes every such connection.
   */
  drainMaxBytes?: number;
  /** How long that drain may wait for the rest of the body, in milliseconds; then the connection is closed. Default: 5 000. */
  drainTimeoutMs?: number;
}

// 256 KiB, as Go's net/http reads after a handler that left its body (maxPostHandlerReadBytes): a real
// delivery (a few KiB) answered 405 or 415 keeps its connection; an oversized or endless body does not.
const DEFAULT_DRAIN_MAX_BYTES = 256 * 1024;
// Enough for a client on a slow link to send the rest; short enough that a stalled body frees its connection.
const DEFAULT_DRAIN_TIMEOUT_MS = 5_000;

/**
 * Adapts a Fetch handler to node:http and Express. With Express, mount the route before `express.json()`,
 * or give it `express.raw({ type: 'application/json' })`: a body that a JSON parser already consumed cannot
 * be verified, and is answered with a 500 that says so (so Popp retries it once the app is fixed) and logged.
 *
 * A body the handler did not read to its end (a 405, 415 or 413 answer) is drained within `drainMaxBytes`
 * and `drainTimeoutMs` before the answer, so the connection stays usable; past either bound the answer carries
 * `Connection: close` and the connection is closed, with the rest unread. Methods a Fetch Request cannot
 * carry (CONNECT, TRACE, TRACK) are answered 405 without calling the handler. A handler made by
 * createWebhookHandler is called without building a Request or a Response (the same answers, less work per
 * delivery); wrapping it in a function of your own gives the Fetch path instead.
 *
 * @example
 *   import { createServer } from 'node:http';
 *   createServer(toNodeListener(createWebhookHandler({ secret, on }))).listen(3000);
 *   // Express: app.post('/webhooks/popp', toNodeListener(handler)); app.use(express.json());
 */
export function toNodeListener(handler: FetchHandler, options: NodeListenerOptions = {}): (req: NodeRequest, res: NodeResponse) => Promise<void> {
  const bounds: DrainBounds = {
    maxBytes: bound(options.drainMaxBytes, DEFAULT_DRAIN_MAX_BYTES, 'drainMaxBytes', 0, Number.MAX_SAFE_INTEGER),
    timeoutMs: bound(options.drainTimeoutMs, DEFAULT_DRAIN_TIMEOUT_MS, 'drainTimeoutMs', 1, MAX_TIMER_MS),
  };
  // A handler made by createWebhookHandler is called through its core, on node:http's own objects: the same
  // code as its Fetch form, without a Request, Headers, body stream and Response per delivery.
  const core = coreOf(handler);
  return async function poppWebhookListener(req: NodeRequest, res: NodeResponse): Promise<void> {
    let body: RequestBody | undefined;
    try {
      const method = req.method ?? 'GET';
      const given = givenBody(req);
      if (given === undefined) {
        console.error(`popp-workflow-contract toNodeListener: ${ALREADY_READ}`);
        return await answer(res, body, bounds, failedReply('body-already-read', ALREADY_READ));
      }
      const representable = isFetchMethod(method);
      if (given === UNREAD) body = readRequestBody(req, !representable || BODYLESS.has(method.toUpperCase()) ? 'none' : core === undefined ? 'stream' : 'bytes');
      if (!representable) return await answer(res, body, bounds, methodNotAllowedReply(method));
      if (core !== undefined) return await answer(res, body, bounds, await core(new NodeDelivery(method, req, given === UNREAD ? (body as RequestBody) : given)));
      const response = await handler(toRequest(req, given === UNREAD ? (body?.stream ?? null) : given));
      const bytes = new Uint8Array(await response.arrayBuffer());
      sendResponse(res, response, bytes, body === undefined ? 'keep-alive' : await body.settle(bounds));
    } catch (error) {
      console.error('popp-workflow-contract toNodeListener: the request could not be handled', error);
      if (res.headersSent) res.destroy();
      else await answer(res, body, bounds, failedReply()).catch(() => res.destroy());
    }
  };
}

const ALREADY_READ = `The request body was already read or parsed by a middleware (express.json() or similar), so its signature cannot be verified. Mount the webhook route before express.json(), or give it express.raw({ type: "application/json" }). ${RECIPES}`;
const UNREAD = Symbol('unread');
const BODYLESS = new Set(['GET', 'HEAD']);
// An HTTP token (RFC 9110 §5.6.2), minus the methods the Fetch standard forbids in a Request.
const TOKEN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
const FORBIDDEN_METHODS = new Set(['CONNECT', 'TRACE', 'TRACK']);

function isFetchMethod(method: string): boolean {
  return TOKEN.test(method) && !FORBIDDEN_METHODS.has(method.toUpperCase());
}

/** What a raw-body middleware left, UNREAD for the stream still to read, or undefined if the body is gone. */
function givenBody(req: NodeRequest): string | Uint8Array<ArrayBuffer> | null | typeof UNREAD | undefined {
  const bodyless = BODYLESS.has((req.method ?? 'GET').toUpperCase());
  if (req.body === undefined) {
    // A stream that already ended was read by someone else (a logging middleware, say) and will never emit again.
    if (req.readableEnded) return bodyless ? null : undefined;
    return UNREAD;
  }
  if (bodyless) return null;
  if (typeof req.body === 'string') return req.body;
  if (req.body instanceof Uint8Array) return req.body as Uint8Array<ArrayBuffer>;
  return undefined;
}

function toRequest(req: NodeRequest, body: BodyInit | null): Request {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined || name.startsWith(':')) continue;
    for (const item of Array.isArray(value) ? value : [value]) headers.append(name, item);
  }
  const path = req.originalUrl ?? req.url ?? '/';
  let url: URL;
  try {
    url = new URL(path, `http://${req.headers.host ?? 'localhost'}`);
  } catch {
    url = new URL(path, 'http://localhost');
  }
  const method = req.method ?? 'GET';
  // `duplex` is required by Node's fetch for a streamed body, and missing from the DOM typings.
  return new Request(url, { method, headers, body: BODYLESS.has(method.toUpperCase()) ? null : body, duplex: 'half' } as RequestInit);
}

const encoder = new TextEncoder();

/**
 * What createWebhookHandler's core reads, taken from node:http's request without building a Fetch Request. A
 * class, so that a delivery allocates no closures.
 */
class NodeDelivery implements IncomingDelivery {
  constructor(
    readonly method: string,
    private readonly req: NodeRequest,
    private readonly body: RequestBody | string | Uint8Array | null,
  ) {}

  header(name: string): string | null {
    const value = this.req.headers[name];
    // node:http joins repeated headers with ', ' itself, as Headers.get does; only set-cookie stays a list.
    return value === undefined ? null : Array.isArray(value) ? value.join(', ') : value;
  }

  // Not async: the stream's own promise is returned as it is, without another one around it.
  readBody(maxBytes: number): Promise<Uint8Array | undefined> {
    const body = this.body;
    if (body !== null && typeof body === 'object' && !(body instanceof Uint8Array)) return body.read(maxBytes);
    return Promise.resolve(this.givenBody(body, maxBytes));
  }

  /** A body a raw-body middleware left: the same bounds as readBodyWithLimit applies to a Request's. */
  private givenBody(body: string | Uint8Array | null, maxBytes: number): Uint8Array | undefined {
    const declared = Number(this.header('content-length') ?? Number.NaN);
    if (declared > maxBytes) return undefined;
    const bytes = body === null ? new Uint8Array(0) : typeof body === 'string' ? encoder.encode(body) : body;
    return bytes.byteLength > maxBytes ? undefined : bytes;
  }
}

/** Sends `reply` once the body is settled (ended, drained, or left on a connection to close). */
async function answer(res: NodeResponse, body: RequestBody | undefined, bounds: DrainBounds, reply: Reply): Promise<void> {
  sendReply(res, reply, body === undefined ? 'keep-alive' : await body.settle(bounds));
}

function sendReply(res: NodeResponse, reply: Reply, connection: Connection): void {
  res.statusCode = reply.status;
  for (const [name, value] of Object.entries(reply.headers)) res.setHeader(name, value);
  // node:http closes the connection once an answer that says so is written.
  if (connection === 'close') res.setHeader('connection', 'close');
  // As text, not bytes: node:http then writes the head and the body in one piece (the same UTF-8 bytes and
  // Content-Length), where bytes went out as a second buffer of a writev.
  res.end(reply.body);
}

function sendResponse(res: NodeResponse, response: Response, body: Uint8Array, connection: Connection): void {
  res.statusCode = response.status;
  const cookies = response.headers.getSetCookie();
  response.headers.forEach((value, name) => {
    if (name !== 'set-cookie') res.setHeader(name, value);
  });
  if (cookies.length > 0) res.setHeader('set-cookie', cookies);
  // node:http closes the connection once an answer that says so is written.
  if (connection === 'close') res.setHeader('connection', 'close');
  res.end(body);
}

function bound(value: number | undefined, fallback: number, name: string, min: number, max: number): number {
  if (value === undefined) return fallback;
  if (!Number.isSafeInteger(value) || value < min || value > max) throw new RangeError(`toNodeListener: ${name} must be an integer from ${min} to ${max}, got ${String(value)}.`);
  return value;
}
