// Error responses become PoppApiErrors that say what came back, whatever the body; no error, log line or
// description of the client ever contains a credential.
import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { PoppApiError, type RetryEvent } from '../../src/client/index.js';
import { failures, responseExample, TEST_CREDENTIALS } from './contract-server.js';
import { clientFor, rejectionOf, useContractServer } from './fixtures.js';
import { virtualClock } from './test-clock.js';

const ctx = useContractServer();

describe('error mapping', () => {
  it.each([
    ['sent directly', false],
    ['sent through use() middleware', true],
  ])('maps a JSON ErrorResponse: status, code, message, details, requestId, raw body, method and path (%s)', async (_path, withMiddleware) => {
    const body = responseExample('startWorkflowRuns', '400');
    ctx.server.script('startWorkflowRuns', { status: 400, body });
    const popp = clientFor(ctx.server);
    if (withMiddleware) popp.use({ onResponse: () => undefined });
    const error = await rejectionOf(popp.startRuns('wf_abc123', { contacts: [{ phoneNumber: '+447700900000' }] }));
    expect(error).toBeInstanceOf(PoppApiError);
    expect(error).toMatchObject({
      name: 'PoppApiError',
      status: 400,
      code: 'VALIDATION_FAILED',
      details: body.details,
      requestId: 'req_1b2c3d4e',
      body,
      rawBody: JSON.stringify(body),
      contentType: 'application/json',
      method: 'POST',
      path: '/v1/workflows/wf_abc123/runs',
      attempts: 1,
    });
    expect(error.message).toBe(
      'POST /v1/workflows/wf_abc123/runs → 400 VALIDATION_FAILED: The request body failed validation. [Popp request ID req_1b2c3d4e]\n' +
        '  - INVALID_FORMAT (/contacts/0/phoneNumber): Must be a phone number in E.164 format.',
    );
  });

  it('lists the publish validation problems as details, with their node', async () => {
    const body = responseExample('publishWorkflow', '400');
    ctx.server.script('publishWorkflow', { status: 400, body });
    const error = await rejectionOf(clientFor(ctx.server).publishWorkflow('wf_abc123'));
    expect(error.details).toEqual(body.details);
    expect(error.details.map((detail: { code: string }) => detail.code)).toEqual(['ATS_JOB_ALREADY_CONNECTED', 'RUBRIC_GENERATION_FAILED']);
    expect(error.message).toContain('\n  - RUBRIC_GENERATION_FAILED (node screen-availability): The scoring rubric');
  });

  it('still gives a useful error for an empty body', async () => {
    ctx.server.script('getWorkflowRun', failures.emptyBody(502));
    const error = await rejectionOf(clientFor(ctx.server, { retry: false }).getRun('run_xyz789'));
    expect(error).toMatchObject({ status: 502, code: null, details: [], requestId: null, body: undefined, rawBody: '' });
    expect(error.message).toBe('GET /v1/workflow-runs/run_xyz789 → 502 Bad Gateway: the response body was empty');
  });

  it.each([
    ['sent directly', false],
    ['sent through use() middleware', true],
  ])('still gives a useful error for an HTML body, quoting the start of it (%s)', async (_path, withMiddleware) => {
    ctx.server.script('getWorkflowRun', failures.html(502));
    const popp = clientFor(ctx.server, { retry: false });
    if (withMiddleware) popp.use({ onRequest: () => undefined });
    const error = await rejectionOf(popp.getRun('run_xyz789'));
    expect(error).toMatchObject({ status: 502, code: null, contentType: 'text/html', body: undefined });
    expect(error.rawBody).toContain('<h1>502 Bad Gateway</h1>');
    expect(error.message).toMatch(/^GET \/v1\/workflow-runs\/run_xyz789 → 502 Bad Gateway: the body \(text\/html\) is not JSON: "<html> <head><title>502 Bad Gateway/);
  });

  it('still gives a useful error for plain text and for JSON that is not an ErrorResponse', async () => {
    ctx.server.script('publishWorkflow', failures.text(503, 'upstream connect error or disconnect/reset before headers'), {
      status: 403,
      body: { error: 'forbidden' },
      breaksContract: true,
    });
    const popp = clientFor(ctx.server);
    const text = await rejectionOf(popp.publishWorkflow('wf_abc123'));
    expect(text.message).toBe('POST /v1/workflows/wf_abc123/publish → 503 Service Unavailable: the body (text/plain) is not JSON: "upstream connect error or disconnect/reset before headers" (not retried: a POST that got 503 may have been carried out)');
    const json = await rejectionOf(popp.publishWorkflow('wf_abc123'));
    expect(json).toMatchObject({ status: 403, code: null, body: { error: 'forbidden' } });
    expect(json.message).toContain('the JSON body (application/json) is not a Popp error body (code and message): "{\\"error\\":\\"forbidden\\"}"');
  });

  it('shortens a long body in the message but keeps all of it in rawBody', async () => {
    const long = 'x'.repeat(5000);
    ctx.server.script('getWorkflowRun', failures.text(500, long));
    const error = await rejectionOf(clientFor(ctx.server, { retry: false }).getRun('run_xyz789'));
    expect(error.rawBody).toBe(long);
    expect(error.message.length).toBeLessThan(400);
  });

  it('reports a 2xx whose body is not JSON, or not an object, as a PoppApiError', async () => {
    ctx.server.script('getWorkflowRun', { status: 200, rawBody: 'OK', headers: { 'content-type': 'text/plain' }, breaksContract: true }, { status: 200, body: [1], breaksContract: true });
    const popp = clientFor(ctx.server);
    const text = await rejectionOf(popp.getRun('run_xyz789'));
    expect(text).toMatchObject({ status: 200, code: null, rawBody: 'OK' });
    expect(text.message).toBe('GET /v1/workflow-runs/run_xyz789 → 200: the body is not what the contract promises: the body (text/plain) is not JSON: "OK"');
    expect((await rejectionOf(popp.getRun('run_xyz789'))).message).toContain('the JSON body is not an object');
  });

  it('rejects a list page without a runs array or with an empty nextToken', async () => {
    ctx.server.script('listWorkflowRuns', { status: 200, body: { items: [], nextToken: null }, breaksContract: true }, { status: 200, body: { runs: [], nextToken: '' }, breaksContract: true });
    const popp = clientFor(ctx.server);
    const promise = 'GET /v1/workflows/wf_abc123/runs → 200: the body is not what the contract promises: it is not a WorkflowRunPage (1 problem):';
    expect((await rejectionOf(popp.listRuns('wf_abc123'))).message).toBe(`${promise}\n  - /runs: is required`);
    expect((await rejectionOf(popp.listRuns('wf_abc123'))).message).toBe(`${promise}\n  - /nextToken: must NOT have fewer than 1 characters`);
  });

  it('keeps the Retry-After of the last answer on the error', async () => {
    ctx.server.script('startWorkflowRuns', failures.unavailable());
    const error = await rejectionOf(clientFor(ctx.server).startRuns('wf_abc123', { candidateProfileIds: ['cp_1'] }));
    expect(error.retryAfterMs).toBeNull();
    ctx.server.script('getWorkflowRun', failures.rateLimited(7));
    const limited = await rejectionOf(clientFor(ctx.server, { retry: false }).getRun('run_xyz789'));
    expect(limited.retryAfterMs).toBe(7000);
  });
});

describe('credentials never leak', () => {
  const secrets = Object.values(TEST_CREDENTIALS);
  const expectNoSecret = (text: string) => {
    for (const secret of secrets) expect(text).not.toContain(secret);
  };
  const renderings = (value: unknown) => [String(value), JSON.stringify(value), inspect(value, { depth: 10, showHidden: true }), `${(value as Error).stack ?? ''}`];

  it('not in the client: toString, JSON.stringify, util.inspect', () => {
    const popp = clientFor(ctx.server);
    for (const text of renderings(popp)) expectNoSecret(text);
    expect(String(popp)).toContain('"apiKey":"[redacted]"');
    expect(inspect(popp)).toContain('"organizationId": "[redacted]"');
    expect(JSON.parse(JSON.stringify(popp))).toMatchObject({ baseUrl: ctx.server.url, apiKey: '[redacted]', timeoutMs: 30000 });
  });

  it('not in any kind of error, even when the server echoes them back', async () => {
    const echo = { code: 'UNAUTHORIZED', message: `Key ${TEST_CREDENTIALS.apiKey} may not act for ${TEST_CREDENTIALS.organizationId}.`, requestId: 'req_1' };
    ctx.server.script('getWorkflowRun', failures.unavailable(), { status: 401, body: echo });
    ctx.server.script('startWorkflowRuns', failures.slow(2000), failures.reset());
    const events: RetryEvent[] = [];
    const popp = clientFor(ctx.server, { retry: { clock: virtualClock(), onRetry: (event) => events.push(event) } });
    const body = { candidateProfileIds: ['cp_1'] };
    const errors = [
      await rejectionOf(popp.getRun('run_xyz789')),
      // Only this call has a short timeout: the 2 s answer cannot come first, whatever the machine's load.
      await rejectionOf(popp.startRuns('wf_abc123', body, { timeoutMs: 60 })),
      await rejectionOf(popp.startRuns('wf_abc123', body)),
      await rejectionOf(popp.startRuns('wf_abc123', { contacts: [{ firstName: 'Jane' }] } as never)),
    ];
    expect(errors.map((error) => error.name)).toEqual(['PoppApiError', 'PoppTimeoutError', 'PoppNetworkError', 'PoppRequestValidationError']);
    expect(errors[0].message).toContain('Key [redacted] may not act for [redacted].');
    for (const error of errors) for (const text of renderings(error)) expectNoSecret(text);
    expect(events.length).toBeGreaterThan(0);
    expectNoSecret(JSON.stringify(events));
  });

  it('not in construction errors about the credentials themselves', () => {
    const badKey = `${TEST_CREDENTIALS.apiKey}\n`;
    let message = '';
    try {
      clientFor(ctx.server, { apiKey: badKey });
    } catch (error) {
      message = inspect(error);
    }
    expect(message).toContain('apiKey has leading or trailing whitespace');
    expectNoSecret(message);
  });
});
