// The raw openapi-fetch methods under scripted faults (an error status, a 503 then success): these need the
// contract server's fault injection; the rest of the operations run against the sandbox (operations.test.ts).
import { describe, expect, it } from 'vitest';
import { failures, responseExample } from './contract-server.js';
import { clientFor, useContractServer } from './fixtures.js';

const ctx = useContractServer();

describe('raw openapi-fetch methods under faults', () => {
  it('POST returns { error } for an error status instead of throwing, after the same retry policy', async () => {
    ctx.server.script('startWorkflowRuns', { status: 409, body: responseExample('startWorkflowRuns', '409') });
    const popp = clientFor(ctx.server);
    const { data, error, response } = await popp.POST('/v1/workflows/{workflowId}/runs', {
      params: { path: { workflowId: 'wf_abc123' } },
      body: { candidateProfileIds: ['cp_abc123'] },
    });
    expect(data).toBeUndefined();
    expect(response.status).toBe(409);
    expect(error).toEqual(responseExample('startWorkflowRuns', '409'));
  });

  it('raw methods retry per the same policy (a GET after a 503)', async () => {
    ctx.server.script('getWorkflowRun', { status: 503, body: responseExample('getWorkflowRun', '5XX'), headers: { 'retry-after': '1' } });
    const popp = clientFor(ctx.server);
    const { data, response } = await popp.GET('/v1/workflow-runs/{runId}', { params: { path: { runId: 'run_xyz789' } } });
    expect(response.status).toBe(200);
    expect(data?.runId).toBe('run_xyz789');
    expect(ctx.server.requests).toHaveLength(2);
  });

  it('middleware runs once per attempt, retries included', async () => {
    ctx.server.script('getWorkflowRun', failures.unavailable(1));
    const popp = clientFor(ctx.server);
    let attempts = 0;
    popp.use({ onRequest: () => void attempts++ });
    await popp.getRun('run_xyz789');
    expect(attempts).toBe(2);
  });
});
