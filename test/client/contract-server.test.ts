// The contract server is the client's referee, so it must itself catch requests that break the contract.
// These tests send such requests with plain fetch and check that each one is refused and recorded.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type ContractServer, failures, startContractServer, TEST_CREDENTIALS } from './contract-server.js';

let server: ContractServer;
beforeEach(async () => {
  server = await startContractServer();
});
afterEach(async () => {
  await server.close();
});

const auth = { 'x-api-key': TEST_CREDENTIALS.apiKey, 'x-organization-id': TEST_CREDENTIALS.organizationId };

async function send(path: string, init: RequestInit = {}): Promise<{ status: number; body: any }> {
  const response = await fetch(`${server.url}${path}`, init);
  return { status: response.status, body: await response.json() };
}

describe('the contract server refuses and records requests that break the contract', () => {
  it.each([
    ['a missing x-organization-id header', '/v1/workflow-runs/run_xyz789', { headers: { 'x-api-key': TEST_CREDENTIALS.apiKey } }, 401, /x-organization-id header is missing/],
    ['a missing x-api-key header', '/v1/workflow-runs/run_xyz789', { headers: { 'x-organization-id': TEST_CREDENTIALS.organizationId } }, 401, /x-api-key header is missing/],
    ['an unknown path', '/v1/workflow-run/run_xyz789', { headers: auth }, 404, /no path of the contract/],
    ['a method the path does not have', '/v1/workflow-runs/run_xyz789', { method: 'DELETE', headers: auth }, 405, /DELETE is not an operation/],
    ['an unknown query parameter', '/v1/workflows/wf_abc123/runs?pageSize=5', { headers: auth }, 400, /unknown query parameter pageSize/],
    ['a repeated query parameter', '/v1/workflows/wf_abc123/runs?status=RUNNING&status=FAILED', { headers: auth }, 400, /status is repeated/],
    ['a query value outside its enum', '/v1/workflows/wf_abc123/runs?status=DONE', { headers: auth }, 400, /status="DONE"/],
    ['a limit above 100', '/v1/workflows/wf_abc123/runs?limit=101', { headers: auth }, 400, /limit="101"/],
    ['a body on publish', '/v1/workflows/wf_abc123/publish', { method: 'POST', headers: { ...auth, 'content-type': 'application/json' }, body: '{}' }, 400, /takes no request body/],
    ['start runs without a body', '/v1/workflows/wf_abc123/runs', { method: 'POST', headers: auth }, 400, /requires a JSON body/],
    ['a body that is not sent as JSON', '/v1/workflows/wf_abc123/runs', { method: 'POST', headers: { ...auth, 'content-type': 'text/plain' }, body: '{"candidateProfileIds":["cp_1"]}' }, 400, /application\/json/],
    ['a body field of the wrong type', '/v1/workflows/wf_abc123/runs', { method: 'POST', headers: { ...auth, 'content-type': 'application/json' }, body: '{"candidateProfileIds":"cp_1"}' }, 400, /must be array/],
    ['a body with no entries', '/v1/workflows/wf_abc123/runs', { method: 'POST', headers: { ...auth, 'content-type': 'application/json' }, body: '{"contacts":[]}' }, 400, /anyOf/],
  ] as const)('%s', async (_name, path, init, status, recorded) => {
    const answer = await send(path, init as RequestInit);
    expect(answer.status).toBe(status);
    expect(server.violations).toHaveLength(1);
    expect(server.violations[0]).toMatch(recorded);
  });

  it('answers a wrong key with 401 without calling it a contract violation', async () => {
    const answer = await send('/v1/workflow-runs/run_xyz789', { headers: { ...auth, 'x-api-key': 'sk_wrong_key_000000' } });
    expect(answer).toMatchObject({ status: 401, body: { code: 'UNAUTHORIZED' } });
    expect(server.violations).toEqual([]);
  });

  it('accepts a well-formed request and answers per the contract', async () => {
    const answer = await send('/v1/workflows/wf_abc123/runs?status=RUNNING&limit=1', { headers: auth });
    expect(answer.status).toBe(200);
    expect(answer.body.runs).toHaveLength(1);
    expect(server.violations).toEqual([]);
    expect(server.responseViolations).toEqual([]);
  });
});

describe('the contract server checks its own answers', () => {
  it('records a scripted answer that breaks the response schema or the Retry-After format', async () => {
    server.script('getWorkflowRun', { status: 200, body: { runId: 'run_1' } }, { ...failures.rateLimited(), headers: { 'retry-after': 'in a minute' } });
    await send('/v1/workflow-runs/run_xyz789', { headers: auth });
    await send('/v1/workflow-runs/run_xyz789', { headers: auth });
    expect(server.responseViolations).toHaveLength(2);
    expect(server.responseViolations[0]).toMatch(/getWorkflowRun 200: body .*required property/);
    expect(server.responseViolations[1]).toMatch(/header Retry-After: "in a minute"/);
  });

  it('accepts Retry-After in seconds and as an HTTP date', async () => {
    server.script('getWorkflowRun', failures.rateLimited(3), failures.unavailable(new Date('2026-04-28T10:31:00Z')));
    await send('/v1/workflow-runs/run_xyz789', { headers: auth });
    await send('/v1/workflow-runs/run_xyz789', { headers: auth });
    expect(server.responseViolations).toEqual([]);
  });
});
