// The sandbox's REST API: the five operations with state, strict about requests, checked answers, and the run
// events that the operations lead to.
import { describe, expect, it } from 'vitest';
import { WORKFLOW_ERROR_CODES } from '../../generated/constants.js';
import { PoppApiError } from '../../src/client/index.js';
import { buildEvent, MAX_TERMINAL_NODES, restExamples } from '../../src/testing/index.js';
import { createSandbox, SandboxBugError } from '../../src/sandbox/index.js';
import { createScheduler } from '../../src/sandbox/clock.js';
import { createDeliveries } from '../../src/sandbox/delivery.js';
import { createRandom } from '../../src/sandbox/random.js';
import { handleRest } from '../../src/sandbox/rest.js';
import type { SandboxState } from '../../src/sandbox/state.js';
import { receiver, SECRET, setup, START } from './helpers.js';

const headers = { 'x-api-key': 'sk_test_sandbox', 'x-organization-id': 'org_123456', 'content-type': 'application/json' };
const call = async (sandbox: { fetch: (input: string, init?: RequestInit) => Promise<Response> }, method: string, path: string, body?: unknown, extra: Record<string, string> = {}) => {
  const response = await sandbox.fetch(`http://sandbox.test${path}`, { method, headers: { ...headers, ...extra }, ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }) });
  return { status: response.status, body: (await response.json()) as any };
};

describe('startRuns and the runs it plays', () => {
  it('answers 202 at once; the run exists from WORKFLOW_RUN_STARTED and plays the docs example run on the clock', async () => {
    const { handler, tracker } = receiver();
    const { sandbox, popp } = setup({ deliver: handler });
    const intake = await popp.startRuns('wf_abc123', { candidateProfileIds: ['cp_1', 'cp_1'] });
    expect(intake.summary).toEqual({ requested: 2, enqueued: 1, failed: 0, alreadyEnrolled: 0, duplicatesInRequest: 1 });
    expect((await popp.listRuns('wf_abc123')).runs).toEqual([]);
    await sandbox.advance(5_000);
    const [running] = (await popp.listRuns('wf_abc123')).runs;
    expect(running).toMatchObject({ status: 'RUNNING', candidateProfileId: 'cp_1', workflowVersionId: restExamples.getWorkflowRun.responses['200'].workflowVersionId, startedAt: '2026-04-28T10:30:05.000Z', nodes: [] });
    await sandbox.idle();
    const run = await popp.getRun(running!.runId);
    const docs = restExamples.getWorkflowRun.responses['200'];
    expect(run).toMatchObject({ status: 'COMPLETED', outcome: 'completed', finalNodeId: docs.finalNodeId, truncated: false });
    expect(run.nodes.map((node) => [node.nodeId, node.routingEvent, node.outcome.kind === 'conversation' && node.outcome.status])).toEqual(docs.nodes.map((node) => [node.nodeId, node.routingEvent, node.outcome.kind === 'conversation' && node.outcome.status]));
    expect(Date.parse(run.completedAt!) - Date.parse(run.startedAt)).toBe(Date.parse(docs.completedAt!) - Date.parse(docs.startedAt));
    expect(tracker.get(run.runId)?.status).toBe('completed');
    expect(sandbox.deliveries.map((delivery) => delivery.eventType)).toEqual(['WORKFLOW_RUN_STARTED', 'WORKFLOW_NODE_COMPLETED', 'WORKFLOW_NODE_COMPLETED', 'WORKFLOW_RUN_COMPLETED']);
    await sandbox.close();
  });

  it('resolves inline contacts: resolved (new, then existing profile), failed for invalid@example, skipped while a run is active', async () => {
    const { handler, tracker, events } = receiver();
    const { sandbox, popp } = setup({ deliver: handler });
    await popp.startRuns('wf_abc123', { contacts: [{ email: 'jane@example.com', externalId: 'ats_7' }, { email: 'invalid@example' }] });
    await sandbox.advance(10_000);
    await popp.startRuns('wf_abc123', { contacts: [{ email: 'jane@example.com' }] });
    await sandbox.idle();
    const byType = (type: string) => events.filter((event) => event.event === type) as any[];
    expect(byType('WORKFLOW_CONTACT_RESOLVED').map((event) => event.data)).toEqual([expect.objectContaining({ contactIndex: 0, email: 'jane@example.com', externalId: 'ats_7', isNewProfile: true, versionNumber: 4 })]);
    expect(byType('WORKFLOW_CONTACT_RESOLUTION_FAILED').map((event) => event.data)).toEqual([expect.objectContaining({ contactIndex: 1, email: 'invalid@example', phoneNumber: null })]);
    const [skipped] = byType('WORKFLOW_CONTACT_RESOLUTION_SKIPPED');
    const [resolved] = byType('WORKFLOW_CONTACT_RESOLVED');
    expect(skipped.data).toMatchObject({ recordId: resolved.data.recordId, candidateProfileId: resolved.data.candidateProfileId, existingRunStatus: 'RUNNING', contactIndex: 0 });
    expect(tracker.failedContacts()).toHaveLength(1);
    expect(tracker.get(resolved.data.recordId)).toMatchObject({ status: 'completed', contact: expect.objectContaining({ contactIndex: 0 }) });
    await sandbox.close();
  });

  it('reports already enrolled candidates and unknown external IDs at intake, as the spec example does', async () => {
    const { sandbox, popp } = setup({ deliver: receiver().handler, initialRuns: restExamples.listWorkflowRuns.responses['200'].runs });
    expect(await popp.startRuns('wf_abc123', restExamples.startWorkflowRuns.request)).toEqual(restExamples.startWorkflowRuns.responses['202']);
    await sandbox.close();
  });

  it('refuses a body that breaks the strict profile with the spec’s 400, naming the field', async () => {
    const { sandbox } = setup({ deliver: receiver().handler });
    const bad = await call(sandbox, 'POST', '/v1/workflows/wf_abc123/runs', { contacts: [{ email: 'a@b.co', phoneNumber: '07700 900000' }] });
    expect(bad.status).toBe(400);
    expect(bad.body).toMatchObject({ code: 'VALIDATION_FAILED', details: [expect.objectContaining({ field: '/contacts/0/phoneNumber' })] });
    // strict: the external ID's character rule, which the client lets through (x-popp-strict-only)
    expect((await call(sandbox, 'POST', '/v1/workflows/wf_abc123/runs', { candidateProfileExternalIds: ['has space'] })).body.details[0].field).toBe('/candidateProfileExternalIds/0');
    expect((await call(sandbox, 'POST', '/v1/workflows/wf_abc123/runs', '{"candidateProfileIds":')).body.details[0].code).toBe('INVALID_JSON');
    expect((await call(sandbox, 'POST', '/v1/workflows/wf_abc123/runs', { candidateProfileIds: ['cp_1'] }, { 'content-type': 'text/plain' })).body.details[0].code).toBe('UNSUPPORTED_MEDIA_TYPE');
    expect((await call(sandbox, 'GET', '/v1/workflows/wf_abc123/runs?limit=0')).body.details).toEqual([expect.objectContaining({ code: 'OUT_OF_RANGE', field: 'limit' })]);
    expect((await call(sandbox, 'GET', '/v1/workflows/wf_abc123/runs?status=DONE')).body.details[0].field).toBe('status');
    expect((await call(sandbox, 'GET', '/v1/workflows/wf_abc123/runs?page=2')).body.details[0].field).toBe('page');
    expect((await call(sandbox, 'GET', '/v1/workflows/wf_abc123/runs?nextToken=abc')).body.details[0]).toMatchObject({ code: 'INVALID_TOKEN', field: 'nextToken' });
    expect((await call(sandbox, 'POST', '/v1/workflows/wf_abc123/publish', { force: true })).body.details[0].code).toBe('UNEXPECTED_BODY');
    expect((await call(sandbox, 'DELETE', '/v1/workflow-runs/run_1')).status).toBe(405);
    expect((await call(sandbox, 'GET', '/v2/nothing')).status).toBe(404);
    expect(sandbox.deliveries).toEqual([]);
    await sandbox.close();
  });

  it('asks for both credential headers (401), serves one organization (403) and checks the API key when given one', async () => {
    const sandbox = createSandbox({ secret: SECRET, deliver: receiver().handler, apiKey: 'sk_right' });
    expect((await call(sandbox, 'GET', '/v1/workflow-runs/run_1', undefined, { 'x-api-key': '' })).body.code).toBe('UNAUTHORIZED');
    expect((await call(sandbox, 'GET', '/v1/workflow-runs/run_1', undefined, { 'x-api-key': 'sk_wrong' })).status).toBe(401);
    const other = await call(sandbox, 'GET', '/v1/workflow-runs/run_1', undefined, { 'x-api-key': 'sk_right', 'x-organization-id': 'org_other' });
    expect(other).toMatchObject({ status: 403, body: { code: 'FORBIDDEN' } });
    expect(JSON.stringify(other.body)).not.toContain('sk_right');
    await sandbox.close();
  });

  it('pages listRuns with nextToken, newest first, with the status and candidate filters', async () => {
    const { sandbox, popp } = setup({ deliver: receiver().handler, pageSize: 2 });
    await popp.startRuns('wf_abc123', { candidateProfileIds: ['cp_1', 'cp_2', 'cp_3', 'cp_4', 'cp_5'] });
    await sandbox.advance(5_000);
    const first = await popp.listRuns('wf_abc123');
    expect(first.runs).toHaveLength(2);
    const all = [];
    for await (const run of popp.iterateRuns('wf_abc123')) all.push(run.candidateProfileId);
    expect(all).toEqual(['cp_5', 'cp_4', 'cp_3', 'cp_2', 'cp_1']);
    expect((await popp.listRuns('wf_abc123', { candidateProfileId: 'cp_3' })).runs.map((run) => run.candidateProfileId)).toEqual(['cp_3']);
    await popp.cancelRun((await popp.listRuns('wf_abc123', { candidateProfileId: 'cp_2' })).runs[0]!.runId);
    expect((await popp.listRuns('wf_abc123', { status: 'CANCELLED' })).runs.map((run) => run.candidateProfileId)).toEqual(['cp_2']);
    // A token belongs to its list: another filter refuses it.
    const error = await popp.listRuns('wf_abc123', { status: 'RUNNING', nextToken: first.nextToken! }).catch((caught) => caught);
    expect(error).toBeInstanceOf(PoppApiError);
    expect(error).toMatchObject({ status: 400 });
    await sandbox.close();
  });
});

describe('cancelRun and publishWorkflow', () => {
  it('cancels a running run with its reason (WORKFLOW_RUN_CANCELLED with the nodes so far), then 409 once ended', async () => {
    const { handler, tracker } = receiver();
    const { sandbox, popp } = setup({ deliver: handler });
    await popp.startRuns('wf_abc123', { candidateProfileIds: ['cp_1'] });
    await sandbox.advance(15 * 60_000);
    const [run] = (await popp.listRuns('wf_abc123')).runs;
    expect(run?.nodes).toHaveLength(1);
    const cancelled = await popp.cancelRun(run!.runId, { reason: 'Candidate withdrew via ATS' });
    expect(cancelled).toMatchObject({ status: 'CANCELLED', outcome: 'cancelled', cancellationReason: 'Candidate withdrew via ATS', nodes: run!.nodes });
    await sandbox.idle();
    expect(tracker.get(run!.runId)).toMatchObject({ status: 'cancelled', cancellationReason: 'Candidate withdrew via ATS', nodes: run!.nodes });
    expect(sandbox.deliveries.map((delivery) => delivery.eventType)).not.toContain('WORKFLOW_RUN_COMPLETED');
    await expect(popp.cancelRun(run!.runId)).rejects.toMatchObject({ status: 409, code: 'WORKFLOW_RUN_ALREADY_ENDED' });
    await expect(popp.cancelRun('run_nope')).rejects.toMatchObject({ status: 404 });
    await sandbox.close();
  });

  it('publishes the next version (WORKFLOW_PUBLISHED), and runs started after it run on that version', async () => {
    const { handler, events } = receiver();
    const { sandbox, popp } = setup({ deliver: handler });
    expect(await popp.publishWorkflow('wf_abc123')).toEqual({ workflowId: 'wf_abc123', workflowVersionId: 'wfv_abc123_v5', versionNumber: 5, publishedAt: START });
    await popp.startRuns('wf_abc123', { candidateProfileIds: ['cp_1'] });
    await sandbox.idle();
    expect(events[0]).toMatchObject({ event: 'WORKFLOW_PUBLISHED', data: { recordId: 'wf_abc123', versionNumber: 5, workflowVersionId: 'wfv_abc123_v5' } });
    expect((await popp.listRuns('wf_abc123')).runs[0]?.workflowVersionId).toBe('wfv_abc123_v5');
    await sandbox.close();
  });

  it('with a scenario, only its workflows exist; the state conflicts are 409, an unpublishable workflow the spec’s 400', async () => {
    const { sandbox, popp } = setup({ deliver: receiver().handler, scenario: 'outcomes' });
    await expect(popp.startRuns('wf_abc123', { candidateProfileIds: ['cp_1'] })).rejects.toMatchObject({ status: 404, code: 'NOT_FOUND' });
    await expect(popp.startRuns('wf_paused', { candidateProfileIds: ['cp_1'] })).rejects.toMatchObject({ status: 409, code: 'WORKFLOW_NOT_PUBLISHED' });
    await expect(popp.publishWorkflow('wf_archived')).rejects.toMatchObject({ status: 409, code: 'WORKFLOW_ARCHIVED' });
    const unpublishable = await popp.publishWorkflow('wf_unpublishable').catch((error) => error);
    expect(unpublishable).toMatchObject({ status: 400, code: 'WORKFLOW_VALIDATION_FAILED' });
    expect(unpublishable.body.details).toEqual(restExamples.publishWorkflow.responses['400'].details);
    await expect(popp.startRuns('wf_draft', { candidateProfileIds: ['cp_1'] })).rejects.toMatchObject({ status: 409 });
    await popp.publishWorkflow('wf_draft');
    expect((await popp.startRuns('wf_draft', { candidateProfileIds: ['cp_1'] })).summary.enqueued).toBe(1);
    await sandbox.close();
  });

  it('the outcomes scenario ends runs with every terminal outcome and every errorCode', async () => {
    const { handler, tracker } = receiver();
    const { sandbox, popp } = setup({ deliver: handler, scenario: 'outcomes' });
    const failing = WORKFLOW_ERROR_CODES.map((code) => `cp_failed_${code.toLowerCase()}`);
    await popp.startRuns('wf_outcomes', { candidateProfileIds: ['cp_completed', 'cp_opted_out', 'cp_delivery_failed', 'cp_slow', ...failing] });
    await sandbox.advance(60 * 60_000);
    const slow = (await popp.listRuns('wf_outcomes', { candidateProfileId: 'cp_slow' })).runs[0]!;
    await popp.cancelRun(slow.runId, { reason: 'testing' });
    await sandbox.idle();
    const outcome = (profile: string) => tracker.runs().find((run) => run.candidateProfileId === profile);
    expect(new Set(tracker.runs().map((run) => run.outcome))).toEqual(new Set(['completed', 'opted_out', 'delivery_failed', 'cancelled', 'failed']));
    expect(failing.map((profile) => outcome(profile)?.errorCode)).toEqual([...WORKFLOW_ERROR_CODES]);
    expect(outcome('cp_failed_system_failure')?.errorClass).toBe('SYSTEM');
    expect(outcome('cp_completed')?.nodes.map((node) => node.nodeType)).toEqual(['SCREENING_OUTREACH', 'CONDITION', 'ENGAGEMENT_OUTREACH']);
    await sandbox.close();
  });
});

describe('a long run', () => {
  it('lists the first MAX_TERMINAL_NODES nodes in the terminal event with truncated, and getRun agrees with the tracker', async () => {
    const steps = Array.from({ length: MAX_TERMINAL_NODES + 1 }, () => ({ node: 'check', durationMs: 1_000 }));
    const scenario = { workflows: { wf_long: { nodes: [{ id: 'check', type: 'CONDITION' as const }], run: { steps } } } };
    const { handler, tracker } = receiver();
    const { sandbox, popp } = setup({ deliver: handler, scenario });
    await popp.startRuns('wf_long', { candidateProfileIds: ['cp_1'] });
    await sandbox.idle();
    const [run] = (await popp.listRuns('wf_long')).runs;
    expect(run).toMatchObject({ status: 'COMPLETED', truncated: true });
    expect(run?.nodes).toHaveLength(MAX_TERMINAL_NODES);
    expect(sandbox.deliveries.filter((delivery) => delivery.eventType === 'WORKFLOW_NODE_COMPLETED')).toHaveLength(MAX_TERMINAL_NODES + 1);
    expect(tracker.get(run!.runId)).toMatchObject({ truncated: true, nodesSource: 'terminal', nodes: run!.nodes });
    await sandbox.close();
  });
});

describe('the sandbox holds itself to the contract', () => {
  it('throws a SandboxBugError instead of sending an answer that breaks the spec', async () => {
    const [run] = restExamples.listWorkflowRuns.responses['200'].runs;
    const broken = { ...run!, status: 'PAUSED' as 'RUNNING' };
    // A state that went wrong (no public way leads there: initialRuns are checked, see below).
    const state = { run: () => ({ run: broken, order: 0, cancelPending: () => undefined }) } as unknown as SandboxState;
    const context = { state, simulation: {} as never, organizationId: 'org_123456', apiKey: undefined, pageSize: 50, requestId: () => 'req_1' };
    const request = new Request(`http://sandbox.test/v1/workflow-runs/${run!.runId}`, { headers });
    await expect(handleRest(request, context)).rejects.toThrow(new SandboxBugError('its 200 answer to getWorkflowRun (req_1) breaks the spec: /status: must be one of "RUNNING", "COMPLETED", "FAILED", "CANCELLED".'));
    expect(() => setup({ deliver: receiver().handler, initialRuns: [broken] })).toThrow(/initialRuns\[0\] is not a WorkflowRun under the strict profile \(1 problem\):\n {2}- \/status: must be one of/);
  });

  it('throws a SandboxBugError instead of delivering an event that breaks the strict profile', () => {
    const scheduler = createScheduler({ mode: 'virtual', start: START }, true);
    const deliveries = createDeliveries({ secret: SECRET, url: 'http://receiver.test/', deliver: async () => new Response(null), handler: true, scheduler, random: createRandom(1), retry: {}, chaos: {}, log: () => undefined });
    const event = buildEvent('WORKFLOW_RUN_FAILED');
    expect(() => deliveries.enqueue({ ...event, data: { ...event.data, outcome: 'crashed' as 'failed' } })).toThrow(SandboxBugError);
    expect(deliveries.list()).toEqual([]);
    deliveries.enqueue(event);
    expect(deliveries.list()).toHaveLength(1);
  });

  it('refuses a bad scenario with every problem and its path, and bad options with a clear message', () => {
    expect(() => createSandbox({ secret: SECRET, deliver: receiver().handler, scenario: { workflows: { wf_1: { nodes: [{ id: 'a', type: 'ROBOT' as 'CONDITION' }], run: { steps: [{ node: 'b' }], fail: { errorCode: 'NOPE' as 'UNKNOWN' } } } } } })).toThrow(
      /3 problems:\n {2}- \/workflows\/wf_1\/nodes\/0\/type: must be one of SCREENING_OUTREACH, ENGAGEMENT_OUTREACH, CONDITION\n {2}- \/workflows\/wf_1\/run\/steps\/0\/node: b is not one of the workflow's nodes\n {2}- \/workflows\/wf_1\/run\/fail\/errorCode/,
    );
    const scoreOver100 = { workflows: { wf_1: { nodes: [{ id: 'a', type: 'SCREENING_OUTREACH' as const }], run: { steps: [{ node: 'a', answers: [{ slug: 'q', score: 150 }] }] } } } };
    expect(() => createSandbox({ secret: SECRET, deliver: receiver().handler, scenario: scoreOver100 })).toThrow(/\/workflows\/wf_1\/run\/steps\/0\/answers\/0\/score: must be/);
    expect(() => createSandbox({ secret: SECRET, deliver: receiver().handler, scenario: 'nope' as 'default' })).toThrow(/no scenario named "nope"; the shipped ones are default, outcomes/);
    expect(() => createSandbox({ secret: '', deliver: receiver().handler })).toThrow(/secret/);
    expect(() => createSandbox({ secret: SECRET } as never)).toThrow(/exactly one of `webhookUrl`/);
    expect(() => createSandbox({ secret: SECRET, webhookUrl: 'ftp://x' })).toThrow(/not an http\(s\) URL/);
  });
});
