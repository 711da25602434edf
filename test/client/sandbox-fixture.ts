// The client tests that need only a correct, stateful Popp run against the product's sandbox
// (src/sandbox), seeded with the spec's example runs, behind a thin node:http front that records each
// request as it arrived (headers and raw body). The sandbox checks every request against the strict profile;
// a request it refuses as breaking the contract (400 VALIDATION_FAILED, 401, 405, an unknown path) is a
// violation, and every test must end with none. Its own answers are checked by the sandbox before sending.
// Tests that script faults (statuses, resets, slow bodies) use contract-server.ts.
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, expect } from 'vitest';
import { createSandbox, defaultScenario, type Sandbox, type SandboxLogEntry, type Scenario } from '../../src/sandbox/index.js';
import { restExamples } from '../../src/testing/index.js';
import { TEST_CREDENTIALS, type RecordedRequest } from './contract-server.js';

export interface SandboxServer {
  url: string;
  /** The sandbox, made on the first request (so that addRuns can seed it before). */
  readonly sandbox: Sandbox;
  /** Every request, as it reached the server. */
  requests: RecordedRequest[];
  log: SandboxLogEntry[];
  /** The body of each answer, parsed, in the order of `requests`. */
  answers: unknown[];
  /** Requests the sandbox refused as breaking the contract. */
  readonly violations: string[];
  /** The runs the sandbox starts with, newest first: the spec's example runs (with the example context), after any added. */
  initialRuns: ReturnType<typeof exampleRuns>;
  /**
   * Before the first request: puts `count` runs, built from the spec's RUNNING example run, at the front of the
   * list (newest first); their workflow exists (only wf_abc123 and the runs' workflows do).
   */
  addRuns(count: number, overrides?: Partial<ReturnType<typeof exampleRuns>[number]>): ReturnType<typeof exampleRuns>;
  close(): Promise<void>;
}

export interface SandboxServerOptions {
  /** Page size when the request gives no `limit`. Default 50. */
  pageSize?: number;
}

/** The spec's example runs, each with the example context (getRun returns it). */
export function exampleRuns() {
  const { context } = restExamples.getWorkflowRun.responses['200'];
  return restExamples.listWorkflowRuns.responses['200'].runs.map((run) => ({ ...structuredClone(run), context }));
}

// Hop-by-hop and length headers are the transport's, not the request's.
const TRANSPORT = new Set(['host', 'connection', 'content-length', 'transfer-encoding', 'keep-alive']);

export async function startSandboxServer(options: SandboxServerOptions = {}): Promise<SandboxServer> {
  const log: SandboxLogEntry[] = [];
  const initialRuns = exampleRuns();
  let made: Sandbox | undefined;
  let added = 0;
  // The workflows that exist, as with the contract server: the docs' example one and those of the runs.
  const scenario = (): Scenario => {
    const { workflows } = defaultScenario();
    const ids = new Set(['wf_abc123', ...initialRuns.map((run) => run.workflowId)]);
    return { workflows: Object.fromEntries([...ids].map((id) => [id, workflows[id] ?? workflows['*']!])) };
  };
  const sandboxNow = (): Sandbox =>
    (made ??= createSandbox({
      secret: 'whsec_client_tests',
      deliver: () => new Response(null, { status: 204 }),
      seed: 1,
      clock: { mode: 'virtual', start: '2026-04-28T10:30:00.000Z' },
      apiKey: TEST_CREDENTIALS.apiKey,
      organizationId: TEST_CREDENTIALS.organizationId,
      scenario: scenario(),
      initialRuns,
      pageSize: options.pageSize ?? 50,
      onLog: (entry) => log.push(entry),
    }));
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
      const response = await sandboxNow().fetch(new Request(url, { method: req.method, headers: headersOf(req), ...(rawBody === '' ? {} : { body: rawBody }) }));
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
    get sandbox() {
      return sandboxNow();
    },
    requests,
    log,
    answers,
    initialRuns,
    addRuns(count, overrides = {}) {
      if (made !== undefined) throw new Error('addRuns: call it before the first request; the sandbox is seeded once.');
      const template = initialRuns.find((run) => run.status === 'RUNNING') ?? exampleRuns()[0]!;
      const runs = Array.from({ length: count }, () => {
        added++;
        const id = String(added).padStart(4, '0');
        return { ...structuredClone(template), runId: `run_${id}`, candidateProfileId: `cp_${id}`, ...overrides };
      });
      initialRuns.unshift(...runs);
      return runs;
    },
    get violations() {
      return log.flatMap((entry) =>
        entry.type === 'request' && (entry.operationId === null || entry.status === 401 || entry.status === 405 || entry.code === 'VALIDATION_FAILED') ? [`${entry.method} ${entry.path}: ${entry.status} ${entry.message}`] : [],
      );
    },
    async close() {
      await made?.close();
      server.closeAllConnections();
      await new Promise<void>((done) => server.close(() => done()));
    },
  };
}

/** A fresh sandbox server per test, checked for contract violations at the end. */
export function useSandboxServer(options?: SandboxServerOptions): { server: SandboxServer } {
  const state = {} as { server: SandboxServer };
  beforeEach(async () => {
    state.server = await startSandboxServer(options);
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
