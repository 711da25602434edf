// The packed package, installed as a user installs it, in every runtime it supports: Node 20.19, 22 and 24, Bun,
// Deno and workerd without nodejs_compat. Each serves test/runtimes/app/ on 127.0.0.1; this test sends it
// signed deliveries over HTTP (200, duplicate, 401, 413) and asks it to run validateEvent, constructEvent, the
// run tracker and the REST client against a stand-in for Popp's API (the contract server, which checks every
// request against the OpenAPI document) with a retried 503, a refused POST and a reset POST.
import { cpSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { buildEvent, signRequest } from '../../src/testing/index.js';
import { failures, reservePort, startContractServer, TEST_CREDENTIALS, type ContractServer } from '../client/contract-server.js';
import { type Scratch, scratchProject } from '../package/scratch.js';
import { RUNTIMES, type Served } from './runtimes.js';

const SECRET = 'whsec_runtime_test_5d1e'; // app/app.mjs's
const ENTRIES = ['', '/events', '/validators', '/webhooks', '/runs', '/testing', '/client', '/stores/redis', '/stores/postgres'].map((subpath) => `popp-workflow-contract${subpath}`);

let project: Scratch;
beforeAll(() => {
  project = scratchProject(inject('tarball'), { type: 'module', prefix: 'popp-runtimes-' });
  cpSync(join(import.meta.dirname, 'app'), join(project.dir, 'app'), { recursive: true });
});
afterAll(() => project?.remove());

// Each runtime's own version is in its describe name, so a run's report says exactly what it covered.
describe.each(RUNTIMES.map((runtime) => ({ runtime, label: `${runtime.name} (${runtime.version()})` })))('$label', ({ runtime }) => {
  let served: Served;
  let standIn: ContractServer;
  let resetter: ContractServer;

  beforeAll(async () => {
    served = await runtime.serve(project.dir);
    standIn = await startContractServer();
    resetter = await startContractServer();
  });
  afterAll(async () => {
    await Promise.all([served?.stop(), standIn?.close(), resetter?.close()]);
  });

  it('serves the webhook handler: processed, duplicate, bad signature, body too large', async () => {
    const event = buildEvent('WORKFLOW_RUN_COMPLETED', { data: { recordId: 'run_runtime_1' } });
    const signed = await signRequest(event, SECRET);
    const deliver = async (init: RequestInit) => {
      const response = await fetch(`${served.url}/webhooks/popp`, init);
      return { status: response.status, ...((await response.json()) as { outcome?: string; error?: string }) };
    };
    expect(await deliver(signed)).toMatchObject({ status: 200, outcome: 'processed', eventId: event.eventId });
    expect(await deliver(signed)).toMatchObject({ status: 200, outcome: 'duplicate' });
    expect(await deliver({ ...signed, headers: { ...signed.headers, 'x-signature': (await signRequest(event, 'not the secret')).headers['x-signature'] } })).toMatchObject({
      status: 401,
      error: 'signature-mismatch',
    });
    const large = await signRequest({ ...buildEvent('WORKFLOW_RUN_COMPLETED'), padding: 'x'.repeat(20 * 1024) }, SECRET);
    expect(await deliver(large)).toMatchObject({ status: 413, error: 'body-too-large' });
    // The processed delivery reached the run tracker inside the runtime.
    const run = await (await fetch(`${served.url}/runs?runId=run_runtime_1`)).json();
    expect(run).toMatchObject({ runId: 'run_runtime_1', status: 'completed' });
  });

  it('runs validateEvent, constructEvent, the run tracker and the REST client (a retried 503, a refused POST, a reset POST)', async () => {
    standIn.script('getWorkflowRun', failures.unavailable());
    standIn.script('startWorkflowRuns', failures.unavailable(2));
    resetter.script('startWorkflowRuns', failures.reset());
    const response = await fetch(`${served.url}/scenario`, {
      method: 'POST',
      body: JSON.stringify({ standIn: standIn.url, refused: `http://127.0.0.1:${await reservePort()}`, reset: resetter.url, credentials: TEST_CREDENTIALS }),
    });
    const text = await response.text();
    expect(response.status, text).toBe(200);
    const result = JSON.parse(text);
    expect(result).toMatchObject({
      validateEvent: { valid: true, invalid: ['/data/outcome'], tolerated: ['/data/outcome'] },
      constructEvent: { event: 'WORKFLOW_RUN_COMPLETED', eventId: true, wrongSecret: 'signature-mismatch' },
      runs: 'completed',
      client: {
        run: 'run_xyz789',
        started: expect.objectContaining({ requested: expect.any(Number) }),
        // The GET's 503 waited the backoff (random 0.5 of 500 ms), the POST's 503 its Retry-After of 2 s.
        retryWaits: [250, 2000],
        resetPost: { name: 'PoppNetworkError', requestMayHaveBeenSent: true, attempts: 1 },
      },
    });
    // The stand-in saw each operation twice (the 503, then the retry), all within the contract.
    expect(standIn.requests.map((request) => request.operationId)).toEqual(['getWorkflowRun', 'getWorkflowRun', 'startWorkflowRuns', 'startWorkflowRuns']);
    expect(standIn.violations).toEqual([]);
    expect(resetter.requests.map((request) => request.operationId)).toEqual(['startWorkflowRuns']);
    expect(result.client.refusedPost).toEqual(REFUSED_POST[runtime.name] ?? REFUSED_POST.default);
  });

  // Deno and workerd have no require() of their own: only the runtimes that do are asked.
  const requireCommand = runtime.requireCommand;
  if (requireCommand) it('require()s every entry point from CommonJS', () => {
    project.write('require-all.cjs', `console.log(JSON.stringify(${JSON.stringify(ENTRIES)}.map((entry) => Object.keys(require(entry)).length)));\n`);
    const [command, args] = requireCommand('require-all.cjs');
    const counts = JSON.parse(project.run(command, args)) as number[];
    expect(counts).toHaveLength(ENTRIES.length);
    for (const count of counts) expect(count).toBeGreaterThan(0);
  });
});

// A POST whose connection was refused was provably not sent, so it is retried up to maxAttempts: Node, Bun and
// Deno say "refused" in their own ways (src/client/network-errors.ts). workerd reports a refused connection
// exactly as a reset one ("Network connection lost."), so there the POST is not retried.
const REFUSED_POST: Record<string, unknown> = {
  default: { name: 'PoppNetworkError', code: 'ECONNREFUSED', requestMayHaveBeenSent: false, attempts: 3 },
  workerd: { name: 'PoppNetworkError', code: null, requestMayHaveBeenSent: true, attempts: 1 },
};
