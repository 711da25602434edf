// The raw request body: the exact bytes the signature covers. Anything else is diagnosed, not coerced.
import { WebhookPayloadError } from './errors.js';

/** A request body as received: text, bytes (a Node Buffer is a Uint8Array) or an ArrayBuffer. */
export type RawBody = string | Uint8Array | ArrayBuffer;

const encoder = new TextEncoder();

/** The body's bytes (strings are UTF-8 encoded); throws a `body-not-raw` WebhookPayloadError for anything else. */
export function toBytes(payload: unknown, caller: string): Uint8Array {
  const raw = toRaw(payload, caller);
  return typeof raw === 'string' ? encoder.encode(raw) : raw;
}

/**
 * The body as text or bytes, as it came (an ArrayBuffer viewed as bytes): what HMAC and JSON.parse take without
 * a copy. Throws a `body-not-raw` WebhookPayloadError for anything else.
 */
export function toRaw(payload: unknown, caller: string): string | Uint8Array {
  if (typeof payload === 'string' || payload instanceof Uint8Array) return payload;
  if (payload instanceof ArrayBuffer) return new Uint8Array(payload);
  throw new WebhookPayloadError('body-not-raw', notRawMessage(payload, caller));
}

/** Where the README shows how to get the raw body in each framework. */
export const RECIPES = 'See "Raw body recipes" in the popp-workflow-contract README.';

function notRawMessage(payload: unknown, caller: string): string {
  const wanted = `${caller} needs the raw request body (a string, Uint8Array/Buffer or ArrayBuffer)`;
  if (payload === undefined) {
    return `${wanted}, but got undefined. With Express, req.body is undefined when no body parser ran on the route: use express.raw({ type: 'application/json' }) there, or toNodeListener(), which reads the body itself. ${RECIPES}`;
  }
  if (payload !== null && typeof payload === 'object') {
    return `${wanted}, but got a parsed ${Array.isArray(payload) ? 'array' : 'object'}. The signature covers the exact bytes Popp sent, and a parsed body cannot give them back (JSON.stringify does not reproduce them): read the body before any JSON parser, e.g. mount the webhook route before express.json() or use express.raw({ type: 'application/json' }). ${RECIPES}`;
  }
  return `${wanted}, but got ${payload === null ? 'null' : typeof payload}. ${RECIPES}`;
}
