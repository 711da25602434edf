// The five operations against the sandbox (a correct, stateful Popp): what goes over the wire and what comes
// back, through the named helpers and through the raw openapi-fetch methods. The tests that script faults are
// in operations-faults.test.ts, on the contract server.
import fc from 'fast-check';
import { createFinalURL, createQuerySerializer, defaultPathSerializer } from 'openapi-fetch';
import { describe, expect, it } from 'vitest';
import { PoppApiError } from '../../src/client/index.js';
import { OPERATION_PATHS } from '../../src/client/paths.js';
import { requestPath } from '../../src/client/url.js';
import { requestExample, responseExample, TEST_CREDENTIALS } from './contract-server.js';
import { clientFor, rejectionOf } from './fixtures.js';
import { useSandboxServer } from './sandbox-fixture.js';

const ctx = useSandboxServer();

describe('named operations', () => {
  it('startRuns sends the spec example and returns the intake result the server computed', async () => {
    const popp = clientFor(ctx.server);
    const result = await popp.startRuns('wf_abc123', requestExample('startWorkflowRuns'));
    expect(result).toEqual(responseExample('startWorkflowRuns', '202'));
    const [request] = ctx.server.requests;
    expect(request).toMatchObject({ method: 'POST', path: '/v1/workflows/wf_abc123/runs', body: requestExample('startWorkflowRuns') });
    expect(request?.headers['content-type']).toBe('application/json');
  });

  it('every request carries both credential headers and the User-Agent', async () => {
    const popp = clientFor(ctx.server, { userAgent: 'my-ats-sync/2.1' });
    await popp.getRun('run_xyz789');
    await popp.listRuns('wf_abc123');
    await popp.publishWorkflow('wf_abc123');
    expect(ctx.server.requests).toHaveLength(3);
    for (const request of ctx.server.requests) {
      expect(request.headers['x-api-key']).toBe(TEST_CREDENTIALS.apiKey);
      expect(request.headers['x-organization-id']).toBe(TEST_CREDENTIALS.organizationId);
      expect(request.headers['user-agent']).toBe('my-ats-sync/2.1 popp-workflow-contract/0.1.0');
    }
  });

  it('getRun returns the run with its context; listRuns leaves context out', async () => {
    const popp = clientFor(ctx.server);
    const run = await popp.getRun('run_xyz789');
    expect(run).toEqual(ctx.server.initialRuns.find((candidate) => candidate.runId === 'run_xyz789'));
    expect(typeof run.context).toBe('string');
    const page = await popp.listRuns('wf_abc123', { limit: 10 });
    expect(page.runs.map((listed) => listed.runId)).toEqual(['run_existing_xyz', 'run_xyz789']);
    expect(page.runs.every((listed) => listed.context === undefined)).toBe(true);
    expect(page.nextToken).toBeNull();
  });

  it('listRuns sends status, candidateProfileId and limit as query parameters', async () => {
    const popp = clientFor(ctx.server);
    const page = await popp.listRuns('wf_abc123', { status: 'RUNNING', candidateProfileId: 'cp_def456', limit: 5 });
    expect(page.runs.map((run) => run.runId)).toEqual(['run_existing_xyz']);
    expect(ctx.server.requests[0]?.query).toEqual({ status: ['RUNNING'], candidateProfileId: ['cp_def456'], limit: ['5'] });
  });

  it('cancelRun sends reason and closeActiveConversations and returns the CANCELLED run', async () => {
    const popp = clientFor(ctx.server);
    const run = await popp.cancelRun('run_existing_xyz', { reason: 'Candidate withdrew via ATS', closeActiveConversations: true });
    expect(run).toMatchObject({ runId: 'run_existing_xyz', status: 'CANCELLED', outcome: 'cancelled', cancellationReason: 'Candidate withdrew via ATS' });
    expect(ctx.server.requests[0]?.body).toEqual({ reason: 'Candidate withdrew via ATS', closeActiveConversations: true });
  });

  it('cancelRun without options sends no body at all (the body is optional)', async () => {
    const popp = clientFor(ctx.server);
    await popp.cancelRun('run_existing_xyz');
    expect(ctx.server.requests[0]).toMatchObject({ rawBody: '' });
    expect(ctx.server.requests[0]?.headers['content-type']).toBeUndefined();
  });

  it('cancelling a run that already ended is the 409 of the contract, as a PoppApiError', async () => {
    const popp = clientFor(ctx.server);
    const error = await rejectionOf(popp.cancelRun('run_xyz789'));
    expect(error).toBeInstanceOf(PoppApiError);
    expect(error).toMatchObject({ status: 409, code: 'WORKFLOW_RUN_ALREADY_ENDED', method: 'POST', path: '/v1/workflow-runs/run_xyz789/cancel', attempts: 1 });
  });

  it('publishWorkflow sends no body and returns the new version', async () => {
    const popp = clientFor(ctx.server);
    const first = await popp.publishWorkflow('wf_abc123');
    const second = await popp.publishWorkflow('wf_abc123');
    // The version after the example's live one, as the WORKFLOW_PUBLISHED webhook announced it.
    const published = JSON.parse(ctx.server.sandbox.deliveries[0]!.body).data;
    expect(first).toEqual({ workflowId: published.recordId, workflowVersionId: published.workflowVersionId, versionNumber: published.versionNumber, publishedAt: published.publishedAt });
    expect(first.versionNumber).toBe(responseExample('publishWorkflow', '200').versionNumber + 1);
    expect(second.versionNumber).toBe(first.versionNumber + 1);
    expect(ctx.server.requests.map((request) => request.rawBody)).toEqual(['', '']);
  });

  it('percent-encodes IDs in the path, so an ID cannot reach another route', async () => {
    const popp = clientFor(ctx.server);
    const error = await rejectionOf(popp.getRun('../workflows/wf_abc123/publish'));
    expect(error).toMatchObject({ status: 404, code: 'NOT_FOUND' });
    expect(ctx.server.requests[0]?.path).toBe('/v1/workflow-runs/..%2Fworkflows%2Fwf_abc123%2Fpublish');
  });

  it("fills the operations' paths exactly as openapi-fetch does, for any ID", () => {
    const openapiFetch = (url: string, path: Record<string, string>) =>
      createFinalURL(url, { baseUrl: 'https://api.test', params: { path }, querySerializer: createQuerySerializer(), pathSerializer: defaultPathSerializer });
    const ids = fc.record({ workflowId: fc.string({ unit: 'binary' }), runId: fc.string({ unit: 'binary' }) });
    fc.assert(
      fc.property(fc.constantFrom(...OPERATION_PATHS, '/v1/other/{workflowId}'), ids, (url, path) => {
        expect(requestPath(url, { path }, 'https://api.test')).toBe(openapiFetch(url, path));
      }),
      { numRuns: 300 },
    );
  });
});

describe('raw openapi-fetch methods', () => {
  it('GET returns { data, response } typed by the generated paths', async () => {
    const popp = clientFor(ctx.server);
    const { data, error, response } = await popp.GET('/v1/workflow-runs/{runId}', { params: { path: { runId: 'run_xyz789' } } });
    expect(error).toBeUndefined();
    expect(response.status).toBe(200);
    expect(data?.runId).toBe('run_xyz789');
  });


  it('the named operations send the same request with and without middleware (direct and openapi-fetch paths)', async () => {
    const popp = clientFor(ctx.server);
    const body = requestExample('startWorkflowRuns');
    const direct = await popp.startRuns('wf_abc123', body);
    const middleware = { onRequest: () => undefined };
    popp.use(middleware);
    const viaMiddleware = await popp.startRuns('wf_abc123', body);
    popp.eject(middleware);
    await popp.listRuns('wf_abc123', { status: 'RUNNING', limit: 5 });
    popp.use(middleware);
    await popp.listRuns('wf_abc123', { status: 'RUNNING', limit: 5 });
    // The sandbox keeps state (the second call finds the first call's candidates enrolled): each result is
    // exactly the answer the server sent to its call.
    expect(direct).toEqual(ctx.server.answers[0]);
    expect(viaMiddleware).toEqual(ctx.server.answers[1]);
    const [first, second, third, fourth] = ctx.server.requests;
    expect(second).toEqual(first);
    expect(fourth).toEqual(third);
    expect(Object.keys(first?.headers ?? {}).sort()).toEqual(
      ['accept', 'accept-encoding', 'accept-language', 'connection', 'content-length', 'content-type', 'host', 'sec-fetch-mode', 'user-agent', 'x-api-key', 'x-organization-id'],
    );
  });



  it('use() middleware runs on every request, and cannot remove the credentials', async () => {
    const popp = clientFor(ctx.server);
    const seen: string[] = [];
    popp.use({
      onRequest({ request, schemaPath }) {
        seen.push(`${request.method} ${schemaPath}`);
        request.headers.set('x-trace-id', 'trace-1');
      },
    });
    await popp.getRun('run_xyz789', {});
    await popp.GET('/v1/workflow-runs/{runId}', { params: { path: { runId: 'run_xyz789' } }, headers: { 'x-api-key': null } });
    expect(seen).toEqual(['GET /v1/workflow-runs/{runId}', 'GET /v1/workflow-runs/{runId}']);
    expect(ctx.server.requests.map((request) => [request.headers['x-trace-id'], request.headers['x-api-key']])).toEqual([
      ['trace-1', TEST_CREDENTIALS.apiKey],
      ['trace-1', TEST_CREDENTIALS.apiKey],
    ]);
  });
});
