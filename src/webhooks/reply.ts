/**
 * The webhook handler's core works on plain data: it reads an {@link IncomingDelivery} (a method, a header
 * getter, a bounded body read) and returns a {@link Reply} (status, headers, text). The Fetch handler and
 * toNodeListener's direct node:http path are thin adapters around the same core, so they cannot answer
 * differently; the node path just skips building a Request, a Headers, a body stream and a Response per delivery.
 */
import { readBodyWithLimit } from './read-body.js';

/** An answer as data: what a Response or a node:http ServerResponse is made from. */
export interface Reply {
  readonly status: number;
  /** Lower-case header names; one value each. */
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string;
}

/** What the handler's core reads of a request. */
export interface IncomingDelivery {
  readonly method: string;
  /** A header's value (several joined with `, `), or null; `name` is lower-case. */
  header(name: string): string | null;
  /**
   * The body's bytes, or undefined when it is longer than `maxBytes` (then the rest is not read). Rejects when
   * the body cannot be read to its end (the connection closed mid-body).
   */
  readBody(maxBytes: number): Promise<Uint8Array | undefined>;
}

/** createWebhookHandler's core: one delivery in, one answer out. It answers every failure itself and never rejects. */
export type DeliveryCore = (delivery: IncomingDelivery) => Promise<Reply>;

// Which Fetch handlers have a core toNodeListener may call directly. A WeakMap rather than a property on the
// function, so that the public type of a handler stays `(request: Request) => Promise<Response>`.
const cores = new WeakMap<object, DeliveryCore>();

/**
 * The Fetch handler over `core`, registered so that toNodeListener can call the core without a Request.
 *
 * @example
 *   return fetchHandlerOver(async (delivery) => ({ status: 204, headers: {}, body: '' }));
 */
export function fetchHandlerOver(core: DeliveryCore): (request: Request) => Promise<Response> {
  const handleWebhook = async (request: Request): Promise<Response> => toResponse(await core(fromRequest(request)));
  cores.set(handleWebhook, core);
  return handleWebhook;
}

/**
 * The core behind a handler made by {@link fetchHandlerOver}, or undefined for any other Fetch handler.
 *
 * @example
 *   const core = coreOf(handler); // undefined for a Hono app's fetch
 */
export function coreOf(handler: object): DeliveryCore | undefined {
  return cores.get(handler);
}

function fromRequest(request: Request): IncomingDelivery {
  return { method: request.method, header: (name) => request.headers.get(name), readBody: (maxBytes) => readBodyWithLimit(request, maxBytes) };
}

function toResponse(reply: Reply): Response {
  return new Response(reply.body, { status: reply.status, headers: reply.headers });
}
