/**
 * The node:http adapter: runs a Fetch handler as a node:http / Express listener. It reads the raw body
 * itself, as a stream, so the handler's body limit applies while reading. It describes the node:http
 * objects structurally instead of importing node:http, so the webhooks entry needs no `node:` module and
 * its types compile without @types/node (Workers, Deno).
 */
import { failedReply } from './handler.js';
import { RECIPES } from './raw-body.js';

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
  end(chunk: Uint8Array): unknown;
  destroy(): unknown;
}

/**
 * Adapts a Fetch handler to node:http and Express. With Express, mount the route before `express.json()`,
 * or give it `express.raw({ type: 'application/json' })`: a body that a JSON parser already consumed cannot
 * be verified, and is answered with a 500 that says so (so Popp retries it once the app is fixed) and logged.
 *
 * @example
 *   import { createServer } from 'node:http';
 *   createServer(toNodeListener(createWebhookHandler({ secret, on }))).listen(3000);
 *   // Express: app.post('/webhooks/popp', toNodeListener(handler)); app.use(express.json());
 */
export function toNodeListener(handler: FetchHandler): (req: NodeRequest, res: NodeResponse) => Promise<void> {
  return async function poppWebhookListener(req: NodeRequest, res: NodeResponse): Promise<void> {
    try {
      const body = requestBody(req);
      if (body === undefined) {
        console.error(`popp-workflow-contract toNodeListener: ${ALREADY_READ}`);
        return send(res, failedReply('body-already-read', ALREADY_READ));
      }
      await send(res, await handler(toRequest(req, body)));
    } catch (error) {
      console.error('popp-workflow-contract toNodeListener: the request could not be handled', error);
      if (res.headersSent) res.destroy();
      else await send(res, failedReply());
    }
  };
}

const ALREADY_READ = `The request body was already read or parsed by a middleware (express.json() or similar), so its signature cannot be verified. Mount the webhook route before express.json(), or give it express.raw({ type: "application/json" }). ${RECIPES}`;

/** The body to hand on: what a raw-body middleware left, the unread stream, or undefined if it is gone. */
function requestBody(req: NodeRequest): BodyInit | null | undefined {
  if (req.method === 'GET' || req.method === 'HEAD') return null;
  // A stream that already ended was read by someone else (a logging middleware, say) and will never emit again.
  if (req.body === undefined) return req.readableEnded ? undefined : streamOf(req);
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
  // `duplex` is required by Node's fetch for a streamed body, and missing from the DOM typings.
  return new Request(url, { method: req.method ?? 'GET', headers, body, duplex: 'half' } as RequestInit);
}

/** The request stream as a web stream, with back-pressure. Cancelling it discards the rest of the body. */
function streamOf(req: NodeRequest): ReadableStream<Uint8Array> {
  let finished = false;
  const onData = (chunk: Uint8Array): void => {
    controller?.enqueue(chunk);
    if ((controller?.desiredSize ?? 1) <= 0) req.pause();
  };
  const onEnd = (): void => finish(() => controller?.close());
  const onError = (error: Error): void => finish(() => controller?.error(error));
  const onClose = (): void => finish(() => controller?.error(new Error('The request was aborted before its body was complete.')));
  const listeners: [string, (...args: any[]) => void][] = [['data', onData], ['end', onEnd], ['error', onError], ['close', onClose]];
  let controller: ReadableStreamDefaultController<Uint8Array> | undefined;
  function finish(action: () => void): void {
    if (finished) return;
    finished = true;
    for (const [event, listener] of listeners) req.off(event, listener);
    action();
  }
  return new ReadableStream<Uint8Array>({
    start(streamController) {
      controller = streamController;
      for (const [event, listener] of listeners) req.on(event, listener);
    },
    pull() {
      req.resume();
    },
    cancel() {
      // Read and drop the rest, so Node can answer (a 413, say) and keep the connection usable.
      finish(() => req.resume());
    },
  });
}

async function send(res: NodeResponse, response: Response): Promise<void> {
  const body = new Uint8Array(await response.arrayBuffer());
  res.statusCode = response.status;
  const cookies = response.headers.getSetCookie();
  response.headers.forEach((value, name) => {
    if (name !== 'set-cookie') res.setHeader(name, value);
  });
  if (cookies.length > 0) res.setHeader('set-cookie', cookies);
  res.end(body);
}
