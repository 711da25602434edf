// The sandbox judged by a validator we did not write: openapi-backend (its own router and Ajv compile of
// generated/openapi.json) sits in a proxy between the client and the listening sandbox, and checks every
// request and every response that passes. A response that breaks the document fails the test.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import addFormatsModule from 'ajv-formats';
import { OpenAPIBackend, type Request as BackendRequest } from 'openapi-backend';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WORKFLOW_ERROR_CODES } from '../../generated/constants.js';
import { createPoppClient } from '../../src/client/index.js';
import { createSandbox, type Sandbox } from '../../src/sandbox/index.js';
import { restExamples } from '../../src/testing/index.js';
import { GENERATED } from '../helpers/contract.js';
import { receiver, SECRET, START } from './helpers.js';

const addFormats = addFormatsModule as unknown as typeof addFormatsModule.default;
const api = new OpenAPIBackend({
  definition: JSON.parse(readFileSync(join(GENERATED, 'openapi.json'), 'utf8')),
  // quick: openapi-backend's own document check knows OpenAPI 3.0 only; its request and response validation
  // compiles the 3.1 schemas (type lists, const) with Ajv all the same.
  quick: true,
  customizeAjv: (ajv) => {
    addFormats(ajv as never, ['date-time']);
    return ajv;
  },
});

interface Exchange {
  request: string;
  requestProblems: string[];
  responseProblems: string[];
}

/** Checks one response against the document, as openapi-backend reads it. */
function responseProblems(operationId: string, status: number, body: unknown): string[] {
  const operation = api.getOperation(operationId);
  if (operation === undefined) return [`no operation ${operationId}`];
  const result = api.validator.validateResponse(body, operation, status);
  return result.valid ? [] : (result.errors ?? []).map((error) => `${error.instancePath} ${error.message}`);
}

let sandbox: Sandbox;
let proxyUrl = '';
const exchanges: Exchange[] = [];
const closers: (() => Promise<void>)[] = [];

beforeAll(async () => {
  await api.init();
  sandbox = createSandbox({ secret: SECRET, deliver: receiver().handler, seed: 5, clock: { mode: 'virtual', start: START }, scenario: 'outcomes', initialRuns: restExamples.listWorkflowRuns.responses['200'].runs.map((run) => ({ ...run, workflowId: 'wf_outcomes' })) });
  const { url: target } = await sandbox.listen();
  const proxy = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', async () => {
      const raw = Buffer.concat(chunks).toString('utf8');
      const url = new URL(req.url ?? '/', 'http://proxy');
      const exchange: Exchange = { request: `${req.method} ${url.pathname}${url.search}`, requestProblems: [], responseProblems: [] };
      exchanges.push(exchange);
      const request: BackendRequest = { method: req.method ?? 'GET', path: url.pathname, query: Object.fromEntries(url.searchParams), headers: req.headers as Record<string, string>, body: raw === '' ? undefined : JSON.parse(raw) };
      const operation = api.matchOperation(request);
      if (operation === undefined) exchange.requestProblems.push('no operation of the document matches');
      else {
        const checked = api.validateRequest(request, operation);
        if (!checked.valid) exchange.requestProblems.push(...(checked.errors ?? []).map((error) => `${error.instancePath} ${error.message}`));
      }
      const forwarded = await fetch(`${target}${url.pathname}${url.search}`, { method: req.method, headers: req.headers as Record<string, string>, ...(raw === '' ? {} : { body: raw }) });
      const text = await forwarded.text();
      if (operation !== undefined) exchange.responseProblems.push(...responseProblems(operation.operationId as string, forwarded.status, JSON.parse(text)));
      res.writeHead(forwarded.status, { 'content-type': forwarded.headers.get('content-type') ?? 'application/json' }).end(text);
    });
  });
  await new Promise<void>((ready) => proxy.listen(0, '127.0.0.1', ready));
  proxyUrl = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`;
  closers.push(() => new Promise<void>((done) => { proxy.closeAllConnections(); proxy.close(() => done()); }), () => sandbox.close());
});
afterAll(async () => {
  for (const close of closers) await close();
});

describe('the sandbox under an independent OpenAPI validator', () => {
  it('sends only responses that conform, on every operation and outcome, success and error', async () => {
    const popp = createPoppClient({ apiKey: 'sk_test_sandbox', organizationId: sandbox.organizationId, baseUrl: proxyUrl, retry: { maxAttempts: 1 } });
    const failing = WORKFLOW_ERROR_CODES.map((code) => `cp_failed_${code.toLowerCase()}`);
    await popp.startRuns('wf_outcomes', { candidateProfileIds: ['cp_completed', 'cp_opted_out', 'cp_delivery_failed', 'cp_slow', ...failing], contacts: [{ email: 'jane@example.com' }, { email: 'invalid@example' }] });
    await sandbox.advance(60 * 60_000);
    for (const run of (await popp.listRuns('wf_outcomes', { limit: 100 })).runs) await popp.getRun(run.runId);
    const slow = (await popp.listRuns('wf_outcomes', { candidateProfileId: 'cp_slow' })).runs[0]!;
    await popp.cancelRun(slow.runId, { reason: 'Candidate withdrew via ATS', closeActiveConversations: true });
    await sandbox.idle();
    for await (const run of popp.iterateRuns('wf_outcomes', { limit: 3 })) await popp.getRun(run.runId);
    await popp.publishWorkflow('wf_draft');
    // The error answers: 404, 409 (three conflicts), the publish 400.
    const errors = await Promise.all([
      popp.getRun('run_nope').catch((error) => error.status),
      popp.cancelRun(slow.runId).catch((error) => error.status),
      popp.startRuns('wf_paused', { candidateProfileIds: ['cp_1'] }).catch((error) => error.status),
      popp.publishWorkflow('wf_archived').catch((error) => error.status),
      popp.publishWorkflow('wf_unpublishable').catch((error) => error.status),
      popp.startRuns('wf_nope', { candidateProfileIds: ['cp_1'] }).catch((error) => error.status),
    ]);
    expect(errors).toEqual([404, 409, 409, 409, 400, 404]);
    // The 400s and 401 of requests that break the contract (their requests are flagged, as they should be).
    const raw = (path: string, init: RequestInit = {}) => fetch(`${proxyUrl}${path}`, { ...init, headers: { 'x-api-key': 'k', 'x-organization-id': sandbox.organizationId, 'content-type': 'application/json', ...init.headers } });
    expect((await raw('/v1/workflows/wf_outcomes/runs', { method: 'POST', body: JSON.stringify({ contacts: [{ phoneNumber: '07700' }] }) })).status).toBe(400);
    expect((await raw('/v1/workflows/wf_outcomes/runs?limit=500')).status).toBe(400);
    expect((await raw('/v1/workflow-runs/run_1/cancel', { method: 'POST', body: JSON.stringify({ reason: 'x'.repeat(501) }) })).status).toBe(400);
    expect((await raw('/v1/workflow-runs/run_1', { headers: { 'x-api-key': '' } })).status).toBe(401);

    expect(exchanges.length).toBeGreaterThan(25);
    expect(exchanges.filter((exchange) => exchange.responseProblems.length > 0)).toEqual([]);
    const flagged = exchanges.filter((exchange) => exchange.requestProblems.length > 0).map((exchange) => exchange.request);
    // openapi-backend leaves security to its handlers, so the 401's request is not among them.
    expect(flagged).toEqual(['POST /v1/workflows/wf_outcomes/runs', 'GET /v1/workflows/wf_outcomes/runs?limit=500', 'POST /v1/workflow-runs/run_1/cancel']);
  });

  it('is a validator that can fail: it refuses a run that breaks the document', async () => {
    const run = await (await fetch(`${proxyUrl}/v1/workflow-runs/run_xyz789`, { headers: { 'x-api-key': 'k', 'x-organization-id': sandbox.organizationId } })).json();
    expect(responseProblems('getWorkflowRun', 200, run)).toEqual([]);
    expect(responseProblems('getWorkflowRun', 200, { ...run, status: 'DONE' })).not.toEqual([]);
    expect(responseProblems('getWorkflowRun', 200, { ...run, startedAt: 'yesterday' })).not.toEqual([]);
  });
});
