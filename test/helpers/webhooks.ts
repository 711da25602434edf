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
