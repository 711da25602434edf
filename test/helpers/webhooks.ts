// Shared pieces of the webhook tests: a secret, a signed docs example, and a real node:http server on 127.0.0.1.
import { createServer, type RequestListener, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { examples } from '../../generated/examples.js';
import { signPayload, SIGNATURE_HEADER } from '../../src/webhooks/index.js';

export const SECRET = 'whsec_test_7f3a9c';

/** The docs' WORKFLOW_RUN_COMPLETED example, as the exact bytes Popp would send. */
export const completedBody = JSON.stringify(examples.WORKFLOW_RUN_COMPLETED[0]);

/** Headers of a signed delivery of `body`. */
export async function deliveryHeaders(body: string | Uint8Array, secret = SECRET): Promise<Record<string, string>> {
  return { 'content-type': 'application/json', [SIGNATURE_HEADER]: await signPayload(body, secret) };
}

/** A JSON body with a fresh eventId, so idempotency does not turn it into a duplicate. */
export function withEventId<T extends { eventId: string }>(event: T, eventId: string): string {
  return JSON.stringify({ ...event, eventId });
}

export interface RunningServer {
  url: string;
  close(): Promise<void>;
}

/** Starts a node:http server on 127.0.0.1 (a free port) and returns its base URL. */
export async function listen(listener: RequestListener | Server): Promise<RunningServer> {
  const server = typeof listener === 'function' ? createServer(listener) : listener;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

/** A logger that records instead of printing, for asserting on what the handler reports. */
export function recordingLog() {
  const warnings: string[] = [];
  const errors: { message: string; error: unknown }[] = [];
  return { warnings, errors, log: { warn: (message: string) => warnings.push(message), error: (message: string, error?: unknown) => errors.push({ message, error }) } };
}

export interface Delivery {
  method?: string;
  headers?: Record<string, string>;
  body?: string | Uint8Array | ReadableStream<Uint8Array>;
}

export interface Answer {
  status: number;
  headers: Headers;
  json: Record<string, unknown>;
}

/** Sends deliveries to a Fetch handler, either as Request objects or over a real node:http server. */
export interface Transport {
  name: string;
  start(handler: (request: Request) => Promise<Response>): Promise<{ send(delivery: Delivery): Promise<Answer>; close(): Promise<void> }>;
}

async function toAnswer(response: Response): Promise<Answer> {
  const text = await response.text();
  return { status: response.status, headers: response.headers, json: text === '' ? {} : (JSON.parse(text) as Record<string, unknown>) };
}

function init(delivery: Delivery): RequestInit {
  // `duplex` is needed for a streamed body and missing from the DOM typings.
  return { method: delivery.method ?? 'POST', headers: delivery.headers ?? {}, body: delivery.body ?? null, duplex: 'half' } as RequestInit;
}

export const requestTransport: Transport = {
  name: 'Request objects',
  async start(handler) {
    return { send: async (delivery) => toAnswer(await handler(new Request('http://receiver.test/webhooks/popp', init(delivery)))), close: async () => {} };
  },
};

/** toNodeListener on a handler from createWebhookHandler: its direct node:http path (no Request, no Response). */
export const nodeHttpTransport: Transport = {
  name: 'node:http on 127.0.0.1 (direct path)',
  async start(handler) {
    const { toNodeListener } = await import('../../src/webhooks/index.js');
    const server = await listen(toNodeListener(handler));
    return { send: async (delivery) => toAnswer(await fetch(`${server.url}/webhooks/popp`, init(delivery))), close: () => server.close() };
  },
};

/**
 * The same handler wrapped in a plain function, which toNodeListener cannot look inside: its Fetch adapter path
 * (Request in, Response out), as any other Fetch handler gets.
 */
export const nodeFetchAdapterTransport: Transport = {
  name: 'node:http on 127.0.0.1 (Fetch adapter)',
  start: (handler) => nodeHttpTransport.start(throughFetchAdapter(handler)),
};

/** A Fetch handler toNodeListener serves through its Fetch adapter: the same answers, no direct path. */
export function throughFetchAdapter(handler: (request: Request) => Promise<Response>): (request: Request) => Promise<Response> {
  return (request) => handler(request);
}

/** A promise with its resolve function outside, to hold a handler in progress. */
export function deferred<T = void>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((done) => (resolve = done));
  return { promise, resolve };
}
