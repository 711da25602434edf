// Popp evolves, seen from the REST client: every named operation reads its 2xx body with the tolerant profile.
// Drift (a new status, errorCode, node type or outcome kind, an ISO 8601 date-time, an absent field the docs
// never promised) comes back as it was sent and is reported — to onDrift and through driftOf — at the right
// path; a body without what the operation needs is a PoppApiError listing the issues. Before sending, only the
// documented rules and safety refuse a call: startRuns sends triggerSource "API" by default, and the inferred
// limits (a 500-character cancel reason, the external-ID pattern) are left to Popp.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inspect } from 'node:util';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { REMEMBERED_DRIFT_KEYS, warnOncePerKind } from '../../src/client/drift.js';
import { createPoppClient, driftOf, PoppApiError, type PoppClient, type PoppClientOptions, type PoppDriftReport } from '../../src/client/index.js';
import { ROOT } from '../helpers/contract.js';
import { type HostileServer, startHostileServer } from './hostile-server.js';
import { rejectionOf } from './fixtures.js';
import { virtualClock } from './test-clock.js';

const CREDENTIALS = { apiKey: 'sk_test_7d1e5a9c3b2f4860', organizationId: 'org_654321' };
const example = (name: string) => JSON.parse(readFileSync(join(ROOT, 'spec/examples/api', name), 'utf8'));

const ctx = {} as { server: HostileServer; reports: PoppDriftReport[] };
beforeEach(async () => {
  ctx.server = await startHostileServer();
  ctx.reports = [];
});
afterEach(async () => {
  await ctx.server.close();
});

function client(overrides: Partial<PoppClientOptions> = {}): PoppClient {
  return createPoppClient({ ...CREDENTIALS, baseUrl: ctx.server.url, retry: { clock: virtualClock() }, onDrift: (report) => ctx.reports.push(report), ...overrides });
}

/** The server answers every request with this status and JSON body. */
function answer(body: unknown, status = 200): void {
  ctx.server.handle((_req, res) => {
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(JSON.stringify(body));
  });
}

/** The docs' run with what a later Popp might send: a new status, outcome and errorCode, an ISO 8601 offset without a colon, a new field, and a node of a new type with an outcome of a new kind. */
function evolvedRun(): Record<string, any> {
  const run = example('getWorkflowRun.200.json');
  Object.assign(run, { status: 'PAUSED', outcome: 'timed_out', errorCode: 'QUOTA_EXCEEDED', startedAt: '2026-04-28T10:30+0100', priority: 'high' });
  run.nodes[1] = {
    nodeId: 'wait-1',
    nodeType: 'TIMED_WAIT',
    enteredAt: '2026-04-28T10:42:11.000Z',
    completedAt: '2026-04-28T10:45:00.000Z',
    routingEvent: 'onTimeout',
    outcome: { kind: 'wait', until: '2026-04-29T10:00:00Z' },
  };
  return run;
}

const EVOLVED_RUN_DRIFT = [
  { path: '/status', kind: 'unknown-enum-value', value: 'PAUSED' },
  { path: '/outcome', kind: 'unknown-enum-value', value: 'timed_out' },
  { path: '/startedAt', kind: 'date-time-not-rfc3339', value: '2026-04-28T10:30+0100' },
  { path: '/errorCode', kind: 'unknown-enum-value', value: 'QUOTA_EXCEEDED' },
  { path: '/nodes/1/nodeType', kind: 'unknown-enum-value', value: 'TIMED_WAIT' },
  { path: '/nodes/1/outcome/kind', kind: 'unknown-kind', value: 'wait' },
];

describe('drift is returned and reported, never thrown', () => {
  it('getRun: a run with a new status, outcome, errorCode, node type and outcome kind comes back as sent, with each deviation at its path', async () => {
    answer(evolvedRun());
    const run = await client().getRun('run_xyz789');
    expect(run).toEqual(evolvedRun());
    expect(run.status).toBe('PAUSED');
    expect(ctx.reports).toEqual([{ operation: 'getRun', method: 'GET', path: '/v1/workflow-runs/run_xyz789', deviations: EVOLVED_RUN_DRIFT }]);
    expect(driftOf(run)).toEqual(EVOLVED_RUN_DRIFT);
  });

  it('cancelRun, startRuns and publishWorkflow read their bodies the same way', async () => {
    const cancelled = { ...example('cancelWorkflowRun.200.json'), status: 'CANCELLING' };
    const started = example('startWorkflowRuns.202.json');
    started.alreadyEnrolled[0].runStatus = 'PAUSED';
    started.errors[0].entry.source = 'candidateEmails';
    const published = { workflowId: 'wf_abc123', workflowVersionId: 'wfv_def457', versionNumber: 0 };
    const bodies: Record<string, unknown> = { cancel: cancelled, runs: started, publish: published };
    ctx.server.handle((req, res) => {
      res.writeHead(req.url?.endsWith('/runs') ? 202 : 200, { 'content-type': 'application/json' });
      res.end(JSON.stringify(bodies[req.url?.split('/').at(-1) ?? '']));
    });
    const popp = client();
    expect(await popp.cancelRun('run_xyz789')).toEqual(cancelled);
    expect(await popp.startRuns('wf_abc123', { candidateProfileIds: ['cp_abc123'] })).toEqual(started);
    const version = await popp.publishWorkflow('wf_abc123');
    expect(version).toEqual(published);
    expect(ctx.reports.map(({ operation, method, path, deviations }) => [operation, method, path, deviations])).toEqual([
      ['cancelRun', 'POST', '/v1/workflow-runs/run_xyz789/cancel', [{ path: '/status', kind: 'unknown-enum-value', value: 'CANCELLING' }]],
      [
        'startRuns',
        'POST',
        '/v1/workflows/wf_abc123/runs',
        [
          { path: '/errors/0/entry/source', kind: 'unknown-enum-value', value: 'candidateEmails' },
          { path: '/alreadyEnrolled/0/runStatus', kind: 'unknown-enum-value', value: 'PAUSED' },
        ],
      ],
      [
        'publishWorkflow',
        'POST',
        '/v1/workflows/wf_abc123/publish',
        [
          { path: '/publishedAt', kind: 'missing-field' },
          { path: '/versionNumber', kind: 'out-of-range', value: 0 },
        ],
      ],
    ]);
    expect(driftOf(version)).toEqual(ctx.reports[2]?.deviations);
  });

  it("a stub's {} from startRuns is returned, but not silently: each absent field is reported", async () => {
    ctx.server.handle((_req, res) => void res.writeHead(202, { 'content-type': 'application/json' }).end('{}'));
    const result = await client().startRuns('wf_abc123', { candidateProfileIds: ['cp_abc123'] });
    expect(result).toEqual({});
    expect(driftOf(result)).toEqual([
      { path: '/summary', kind: 'missing-field' },
      { path: '/errors', kind: 'missing-field' },
      { path: '/alreadyEnrolled', kind: 'missing-field' },
      { path: '/duplicatesInRequest', kind: 'missing-field' },
    ]);
    expect(ctx.reports).toHaveLength(1);
  });

  it('listRuns and iterateRuns: the page reports every run’s drift, and each run yielded carries its own', async () => {
    const page = example('listWorkflowRuns.200.json');
    page.runs[1] = { ...page.runs[1], status: 'PAUSED', completedAt: '20260428T104500Z' };
    page.nextToken = null;
    answer(page);
    const popp = client();
    const listed = await popp.listRuns('wf_abc123', { limit: 10 });
    const pageDrift = [
      { path: '/runs/1/status', kind: 'unknown-enum-value', value: 'PAUSED' },
      { path: '/runs/1/completedAt', kind: 'date-time-not-rfc3339', value: '20260428T104500Z' },
    ];
    expect(listed).toEqual(page);
    expect(driftOf(listed)).toEqual(pageDrift);
    expect(driftOf(listed.runs[0])).toEqual([]);
    expect(driftOf(listed.runs[1])).toEqual([
      { path: '/status', kind: 'unknown-enum-value', value: 'PAUSED' },
      { path: '/completedAt', kind: 'date-time-not-rfc3339', value: '20260428T104500Z' },
    ]);
    const yielded = [];
    for await (const run of popp.iterateRuns('wf_abc123')) yielded.push(run);
    expect(yielded.map((run) => [run.runId, driftOf(run).map((deviation) => deviation.path)])).toEqual([
      ['run_existing_xyz', []],
      ['run_xyz789', ['/status', '/completedAt']],
    ]);
    expect(ctx.reports.map(({ operation, path, deviations }) => [operation, path, deviations])).toEqual([
      ['listRuns', '/v1/workflows/wf_abc123/runs?limit=10', pageDrift],
      ['listRuns', '/v1/workflows/wf_abc123/runs', pageDrift],
    ]);
  });

  it('a body that matches the strict contract reports nothing', async () => {
    answer(example('getWorkflowRun.200.json'));
    const run = await client().getRun('run_xyz789');
    expect(driftOf(run)).toEqual([]);
    expect(ctx.reports).toEqual([]);
    expect(driftOf(undefined)).toEqual([]);
    expect(driftOf({ runId: 'run_xyz789' })).toEqual([]);
  });

  it('a credential echoed in a drifting value is redacted in the report and in driftOf', async () => {
    answer({ ...example('getWorkflowRun.200.json'), status: `KEY_${CREDENTIALS.apiKey}` });
    const run = await client().getRun('run_xyz789');
    expect(run.status).toBe(`KEY_${CREDENTIALS.apiKey}`);
    expect(ctx.reports[0]?.deviations).toEqual([{ path: '/status', kind: 'unknown-enum-value', value: 'KEY_[redacted]' }]);
    expect(driftOf(run)).toEqual(ctx.reports[0]?.deviations);
  });

  it('an onDrift that throws does not fail a call Popp carried out; the error is logged', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      answer({ ...example('cancelWorkflowRun.200.json'), status: 'CANCELLING' });
      const failure = new Error('listener bug');
      const run = await client({ onDrift: () => { throw failure; } }).cancelRun('run_xyz789');
      expect(run.status).toBe('CANCELLING');
      expect(logged).toHaveBeenCalledTimes(1);
      expect(logged.mock.calls[0]).toEqual(['popp-workflow-contract: the onDrift listener threw while cancelRun succeeded; the call\'s result is returned anyway.', failure]);
    } finally {
      logged.mockRestore();
    }
  });
});

describe('the default onDrift: one warning per operation, path and kind', () => {
  it('warns once per kind of difference, array indices counting as one path, and never with a credential', async () => {
    const warned = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    try {
      const page = example('listWorkflowRuns.200.json');
      for (const run of page.runs) run.status = `PAUSED_${CREDENTIALS.organizationId}`;
      answer(page);
      const popp = createPoppClient({ ...CREDENTIALS, baseUrl: ctx.server.url });
      await popp.listRuns('wf_abc123');
      await popp.listRuns('wf_abc123');
      expect(warned).toHaveBeenCalledTimes(1);
      const message = String(warned.mock.calls[0]?.[0]);
      expect(message).toBe(
        'popp-workflow-contract: listRuns (GET /v1/workflows/wf_abc123/runs) got a response that differs from the contract; it was accepted and returned as it is (tolerant profile):\n' +
          '  - /runs/0/status: unknown-enum-value "PAUSED_[redacted]"\n' +
          'Popp may have changed its API: check the release notes of popp-workflow-contract. Each kind of difference is warned about once; pass createPoppClient({ onDrift }) to handle every report, and driftOf(value) tells the caller.',
      );
      for (const secret of Object.values(CREDENTIALS)) expect(inspect(warned.mock.calls)).not.toContain(secret);
      // Another kind of difference, or another operation, warns again.
      answer({ ...example('getWorkflowRun.200.json'), status: 'PAUSED', errorCode: 'QUOTA_EXCEEDED' });
      await popp.getRun('run_xyz789');
      expect(warned).toHaveBeenCalledTimes(2);
      expect(String(warned.mock.calls[1]?.[0])).toContain('getRun (GET /v1/workflow-runs/run_xyz789)');
      expect(String(warned.mock.calls[1]?.[0])).toContain('\n  - /status: unknown-enum-value "PAUSED"\n  - /errorCode: unknown-enum-value "QUOTA_EXCEEDED"\n');
    } finally {
      warned.mockRestore();
    }
  });

  it('remembers a bounded number of keys, then says so once and stays quiet', () => {
    const messages: string[] = [];
    const onDrift = warnOncePerKind((message) => messages.push(message), 3);
    const report = (path: string) => onDrift({ operation: 'getRun', method: 'GET', path: '/v1/workflow-runs/run_1', deviations: [{ path, kind: 'unknown-enum-value', value: 'X' }] });
    for (const path of ['/a', '/b', '/a', '/c']) report(path);
    expect(messages).toHaveLength(3);
    report('/d');
    report('/e');
    expect(messages).toHaveLength(4);
    expect(messages[3]).toBe('popp-workflow-contract: 3 kinds of drift have been warned about; further ones are not (pass createPoppClient({ onDrift }) to receive every report).');
    expect(REMEMBERED_DRIFT_KEYS).toBe(500);
  });
});

describe('what the operation needs is still required: its absence is a PoppApiError with the issues', () => {
  it.each([
    ['getRun', {}, (popp: PoppClient) => popp.getRun('run_xyz789'), 'GET /v1/workflow-runs/run_xyz789', 'WorkflowRun', ['/runId: is required']],
    ['cancelRun', { runId: 5, status: 7 }, (popp: PoppClient) => popp.cancelRun('run_xyz789'), 'POST /v1/workflow-runs/run_xyz789/cancel', 'WorkflowRun', ['/runId: must be string', '/status: must be string']],
    [
      'startRuns',
      { summary: 'x', errors: {} },
      (popp: PoppClient) => popp.startRuns('wf_abc123', { candidateProfileIds: ['cp_abc123'] }),
      'POST /v1/workflows/wf_abc123/runs',
      'StartWorkflowRunsResponse',
      ['/summary: must be object', '/errors: must be array'],
    ],
    ['publishWorkflow', { versionNumber: 'one' }, (popp: PoppClient) => popp.publishWorkflow('wf_abc123'), 'POST /v1/workflows/wf_abc123/publish', 'PublishedWorkflowVersion', ['/versionNumber: must be integer']],
    ['listRuns', { runs: [{ status: 'RUNNING' }], nextToken: null }, (popp: PoppClient) => popp.listRuns('wf_abc123'), 'GET /v1/workflows/wf_abc123/runs', 'WorkflowRunPage', ['/runs/0/runId: is required']],
  ])('%s', async (_operation, body, call, request, schema, issues) => {
    answer(body);
    const error = await rejectionOf(call(client()));
    expect(error).toBeInstanceOf(PoppApiError);
    expect(error).toMatchObject({ status: 200, code: null, body, rawBody: JSON.stringify(body), attempts: 1 });
    const [method] = request.split(' ');
    expect(error.message).toBe(
      `${request} → 200: the body is not what the contract promises: it is not a ${schema} (${issues.length} ${issues.length === 1 ? 'problem' : 'problems'}):${issues.map((issue) => `\n  - ${issue}`).join('')}`,
    );
    expect(error.method).toBe(method);
    expect(ctx.reports).toEqual([]);
  });
});

describe('before sending: documented rules and safety, not inference', () => {
  it('startRuns sends triggerSource "API" by default, keeps one the caller gives, and leaves the caller’s body unchanged', async () => {
    ctx.server.handle((_req, res) => void res.writeHead(202, { 'content-type': 'application/json' }).end(JSON.stringify(example('startWorkflowRuns.202.json'))));
    const popp = client();
    const body = { candidateProfileIds: ['cp_abc123'] };
    await popp.startRuns('wf_abc123', body);
    await popp.startRuns('wf_abc123', { triggerSource: 'API', contacts: [{ email: 'jane.doe@example.com' }] });
    await popp.startRuns('wf_abc123', { candidateProfileIds: ['cp_abc123'], triggerSource: undefined });
    expect(ctx.server.requests.map((request) => request.body)).toEqual([
      '{"candidateProfileIds":["cp_abc123"],"triggerSource":"API"}',
      '{"triggerSource":"API","contacts":[{"email":"jane.doe@example.com"}]}',
      '{"candidateProfileIds":["cp_abc123"],"triggerSource":"API"}',
    ]);
    expect(body).toEqual({ candidateProfileIds: ['cp_abc123'] });
  });

  it('a cancel reason over 500 characters is sent: that limit is inferred, Popp decides', async () => {
    answer(example('cancelWorkflowRun.200.json'));
    const reason = 'Candidate withdrew via ATS. '.repeat(40).trim();
    expect(reason.length).toBeGreaterThan(500);
    await client().cancelRun('run_xyz789', { reason, closeActiveConversations: true });
    expect(ctx.server.requests.map((request) => [request.method, request.url, JSON.parse(request.body)])).toEqual([
      ['POST', '/v1/workflow-runs/run_xyz789/cancel', { reason, closeActiveConversations: true }],
    ]);
  });

  it('external IDs outside the inferred pattern and length are sent', async () => {
    ctx.server.handle((_req, res) => void res.writeHead(202, { 'content-type': 'application/json' }).end(JSON.stringify(example('startWorkflowRuns.202.json'))));
    const body = { candidateProfileExternalIds: ['ats 42/7', 'x'.repeat(300)], contacts: [{ externalId: 'ats#43', email: 'jane.doe@example.com' }] };
    await client().startRuns('wf_abc123', body);
    expect(JSON.parse(ctx.server.requests[0]?.body ?? '')).toEqual({ ...body, triggerSource: 'API' });
  });
});
