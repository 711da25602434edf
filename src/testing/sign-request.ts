// signRequest: a delivery as Popp would send it, ready for fetch() or new Request().
import { SIGNATURE_HEADER, signPayload } from '../webhooks/signature.js';
import { stringifyJson } from './json.js';

/** A signed delivery: spread it into fetch() or new Request(). */
export interface SignedRequest<Body extends string | Uint8Array = string> {
  method: 'POST';
  body: Body;
  headers: { 'content-type': 'application/json'; 'x-signature': string };
}

/**
 * Signs an event (serialised as JSON.stringify does, at any depth) or a raw body (sent as given, byte for byte) with
 * `secret`, as Popp does, and returns what fetch() needs to deliver it.
 *
 * @example
 *   const response = await fetch('http://127.0.0.1:3000/webhooks/popp', await signRequest(buildEvent('WORKFLOW_RUN_STARTED'), secret));
 *   const response2 = await handler(new Request('http://test/webhooks', await signRequest('{"not":"an event"}', secret)));
 */
export async function signRequest(eventOrBody: string | object, secret: string): Promise<SignedRequest<string>>;
export async function signRequest(eventOrBody: Uint8Array<ArrayBuffer>, secret: string): Promise<SignedRequest<Uint8Array<ArrayBuffer>>>;
export async function signRequest(eventOrBody: string | object | Uint8Array<ArrayBuffer>, secret: string): Promise<SignedRequest<string | Uint8Array<ArrayBuffer>>> {
  const body = typeof eventOrBody === 'string' || eventOrBody instanceof Uint8Array ? eventOrBody : stringifyJson(eventOrBody);
  if (body === undefined) throw new TypeError('signRequest: the event cannot be serialised to JSON.');
  return { method: 'POST', body, headers: { 'content-type': 'application/json', [SIGNATURE_HEADER]: await signPayload(body, secret) } as SignedRequest['headers'] };
}
