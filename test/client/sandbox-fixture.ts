// The client tests that need only a correct, stateful Popp run against the product's sandbox
// (src/sandbox), seeded with the spec's example runs, behind a thin node:http front that records each
// request as it arrived (headers and raw body). The sandbox checks every request against the strict profile;
// a request it refuses as breaking the contract (400 VALIDATION_FAILED, 401, 405, an unknown path) is a
// violation, and every test must end with none. Its own answers are checked by the sandbox before sending.
// Tests that script faults (statuses, resets, slow bodies) use contract-server.ts.
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, expect } from 'vitest';
import { createSandbox, type Sandbox, type SandboxLogEntry } from '../../src/sandbox/index.js';
import { restExamples } from '../../src/testing/index.js';
import { TEST_CREDENTIALS, type RecordedRequest } from './contract-server.js';

export interface SandboxServer {
  url: string;
  sandbox: Sandbox;
  /** Every request, as it reached the server. */
  requests: RecordedRequest[];
  log: SandboxLogEntry[];
  /** The body of each answer, parsed, in the order of `requests`. */
  answers: unknown[];
  /** Requests the sandbox refused as breaking the contract. */
  readonly violations: string[];
  /** The runs the sandbox started with: the spec's example runs (with the example context), newest first. */
  initialRuns: ReturnType<typeof exampleRuns>;
  close(): Promise<void>;
}

/** The spec's example runs, each with the example context (getRun returns it). */
export function exampleRuns() {
  const { context } = restExamples.getWorkflowRun.responses['200'];
  return restExamples.listWorkflowRuns.responses['200'].runs.map((run) => ({ ...structuredClone(run), context }));
}

// Hop-by-hop and length headers are the transport's, not the request's.
const TRANSPORT = new Set(['host', 'connection', 'content-length', 'transfer-encoding', 'keep-alive']);

export async function startSandboxServer(): Promise<SandboxServer> {
  const log: SandboxLogEntry[] = [];
  const initialRuns = exampleRuns();
  const sandbox = createSandbox({
    secret: 'whsec_client_tests',
    deliver: () => new Response(null, { status: 204 }),
    seed: 1,
    clock: { mode: 'virtual', start: '2026-04-28T10:30:00.000Z' },
    apiKey: TEST_CREDENTIALS.apiKey,
    organizationId: TEST_CREDENTIALS.organizationId,
    initialRuns,
    onLog: (entry) => log.push(entry),
  });
  const requests: RecordedRequest[] = [];
  const answers: unknown[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', async () => {
      const rawBody = Buffer.concat(chunks).toString('utf8');
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      const record: RecordedRequest = { operationId: undefined, method: req.method ?? '', path: url.pathname, query: {}, headers: req.headers, body: rawBody === '' ? undefined : parse(rawBody), rawBody };
      for (const [name, value] of url.searchParams) (record.query[name] ??= []).push(value);
      requests.push(record);
      const response = await sandbox.fetch(new Request(url, { method: req.method, headers: headersOf(req), ...(rawBody === '' ? {} : { body: rawBody }) }));
      const entry = [...log].reverse().find((item) => item.type === 'request');
      record.operationId = entry?.type === 'request' ? (entry.operationId ?? undefined) : undefined;
      const text = await response.text();
      answers[requests.indexOf(record)] = parse(text);
      res.writeHead(response.status, Object.fromEntries(response.headers)).end(text);
    });
  });
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    sandbox,
    requests,
    log,
    answers,
    initialRuns,
    get violations() {
      return log.flatMap((entry) =>
        entry.type === 'request' && (entry.operationId === null || entry.status === 401 || entry.status === 405 || entry.code === 'VALIDATION_FAILED') ? [`${entry.method} ${entry.path}: ${entry.status} ${entry.message}`] : [],
      );
    },
    async close() {
      await sandbox.close();
      server.closeAllConnections();
      await new Promise<void>((done) => server.close(() => done()));
    },
  };
}

/** A fresh sandbox server per test, checked for contract violations at the end. */
export function useSandboxServer(): { server: SandboxServer } {
  const state = {} as { server: SandboxServer };
  beforeEach(async () => {
    state.server = await startSandboxServer();
  });
  afterEach(async () => {
    try {
      expect(state.server.violations, 'requests that broke the OpenAPI contract').toEqual([]);
    } finally {
      await state.server.close();
    }
  });
  return state;
}

function headersOf(req: IncomingMessage): Headers {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (TRANSPORT.has(name) || value === undefined) continue;
    for (const item of Array.isArray(value) ? value : [value]) headers.append(name, item);
  }
  return headers;
}

function parse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
