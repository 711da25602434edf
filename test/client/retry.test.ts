// The retry policy end to end: a real server scripts the failures, a virtual clock records every wait.
import { afterEach, describe, expect, it } from 'vitest';
import { createPoppClient, PoppApiError, type PoppClientOptions, PoppNetworkError, PoppTimeoutError, type RetryEvent } from '../../src/client/index.js';
import { type ContractServer, failures, reservePort, responseExample, startContractServer, TEST_CREDENTIALS } from './contract-server.js';
import { clientFor, rejectionOf, useContractServer } from './fixtures.js';
import { CLOCK_START, randomSequence, virtualClock } from './test-clock.js';

const ctx = useContractServer();
const START_BODY = { candidateProfileIds: ['cp_abc123'] };

function setup(retry: PoppClientOptions['retry'] = {}, timeoutMs?: number) {
  const clock = virtualClock();
  const events: RetryEvent[] = [];
  const popp = clientFor(ctx.server, {
    retry: retry === false ? false : { clock, onRetry: (event) => events.push(event), ...retry },
    ...(timeoutMs ? { timeoutMs } : {}),
  });
  return { popp, clock, events };
}

const attemptsOf = (operationId: string) => ctx.server.requests.filter((request) => request.operationId === operationId).length;

describe('GET retries on 429, 5xx, timeouts and network errors', () => {
  it('waits exactly the Retry-After seconds of a 429, then succeeds', async () => {
    ctx.server.script('getWorkflowRun', failures.rateLimited(2));
    const { popp, clock, events } = setup();
    const run = await popp.getRun('run_xyz789');
    expect(run.runId).toBe('run_xyz789');
    expect(clock.sleeps).toEqual([2000]);
    expect(attemptsOf('getWorkflowRun')).toBe(2);
    expect(events).toEqual([{ method: 'GET', path: '/v1/workflow-runs/run_xyz789', attempt: 1, delayMs: 2000, reason: '429 (Retry-After 2 s)' }]);
  });

  it('measures an HTTP-date Retry-After against the response Date header', async () => {
    const responseDate = new Date('2026-04-28T11:00:00Z');
    ctx.server.script('getWorkflowRun', failures.rateLimited(new Date(responseDate.getTime() + 5000), { date: responseDate.toUTCString() }));
    const { popp, clock } = setup();
    await popp.getRun('run_xyz789');
    expect(clock.sleeps).toEqual([5000]);
  });

  it('honours a Retry-After longer than maxDelayMs when it fits the budget', async () => {
    ctx.server.script('getWorkflowRun', failures.unavailable(30));
    const { popp, clock } = setup({ maxDelayMs: 1000 });
    await popp.getRun('run_xyz789');
    expect(clock.sleeps).toEqual([30_000]);
  });

  it('backs off exponentially with full jitter when there is no Retry-After (503, 500, 502)', async () => {
    ctx.server.script('getWorkflowRun', failures.unavailable(), failures.internalError(), { status: 502, body: responseExample('getWorkflowRun', '5XX') });
    const { popp, clock, events } = setup({ maxAttempts: 4, baseDelayMs: 100, random: randomSequence(0.5, 0.5, 0.999) });
    await popp.getRun('run_xyz789');
    // attempt n waits random · min(maxDelay, base · 2^(n-1)): 0.5·100, 0.5·200, 0.999·400
    expect(clock.sleeps).toEqual([50, 100, 399]);
    expect(events.map((event) => event.reason)).toEqual(['503', '500', '502']);
    expect(attemptsOf('getWorkflowRun')).toBe(4);
  });

  it('caps the backoff at maxDelayMs', async () => {
    ctx.server.script('getWorkflowRun', failures.internalError(), failures.internalError());
    const { popp, clock } = setup({ baseDelayMs: 800, maxDelayMs: 1000, random: () => 0.5 });
    await popp.getRun('run_xyz789');
    expect(clock.sleeps).toEqual([400, 500]);
  });

  it('retries a connection reset', async () => {
    ctx.server.script('getWorkflowRun', failures.reset());
    const { popp, events } = setup({ random: () => 0 });
    await expect(popp.getRun('run_xyz789')).resolves.toMatchObject({ runId: 'run_xyz789' });
    expect(attemptsOf('getWorkflowRun')).toBe(2);
    expect(events[0]?.reason).toBe('network error UND_ERR_SOCKET');
  });

  it('retries a timed-out GET', async () => {
    // The first answer would take ten minutes; the retry's ordinary answer takes milliseconds, and the 2 s
    // timeout each attempt has leaves it a margin of a hundred times and more on a loaded machine.
    ctx.server.script('getWorkflowRun', failures.slow(600_000));
    const { popp, events } = setup({ random: () => 0 }, 2000);
    await expect(popp.getRun('run_xyz789')).resolves.toMatchObject({ runId: 'run_xyz789' });
    expect(events.map((event) => event.reason)).toEqual(['timeout']);
  });

  it('gives up after maxAttempts with the last error and says so', async () => {
    ctx.server.script('getWorkflowRun', failures.unavailable(), failures.unavailable(), failures.unavailable());
    const { popp } = setup({ random: () => 0 });
    const error = await rejectionOf(popp.getRun('run_xyz789'));
    expect(error).toBeInstanceOf(PoppApiError);
    expect(error).toMatchObject({ status: 503, code: 'SERVICE_UNAVAILABLE', attempts: 3, retryNote: 'retry limit of 3 attempts reached' });
    expect(error.message).toContain('(after 3 attempts; retry limit of 3 attempts reached)');
    expect(attemptsOf('getWorkflowRun')).toBe(3);
  });

  it('does not retry other 4xx answers', async () => {
    const { popp, clock } = setup();
    const error = await rejectionOf(popp.getRun('run_missing'));
    expect(error).toMatchObject({ status: 404, attempts: 1, retryNote: null });
    expect(clock.sleeps).toEqual([]);
  });

  it('retry: false makes one attempt only', async () => {
    ctx.server.script('getWorkflowRun', failures.unavailable(1));
    const { popp } = setup(false);
    expect(await rejectionOf(popp.getRun('run_xyz789'))).toMatchObject({ status: 503, attempts: 1 });
  });
});

describe('POST retries only where the request provably was not processed', () => {
  it('retries a 429 (with or without Retry-After)', async () => {
    ctx.server.script('startWorkflowRuns', failures.rateLimited(1), failures.rateLimited());
    const { popp, clock } = setup({ baseDelayMs: 100, random: () => 0.5 });
    await expect(popp.startRuns('wf_abc123', START_BODY)).resolves.toMatchObject({ summary: { requested: 1 } });
    expect(clock.sleeps).toEqual([1000, 100]);
    expect(attemptsOf('startWorkflowRuns')).toBe(3);
  });

  it('retries a 503 that carries Retry-After', async () => {
    ctx.server.script('cancelWorkflowRun', failures.unavailable(3));
    const { popp, clock } = setup();
    await expect(popp.cancelRun('run_existing_xyz')).resolves.toMatchObject({ status: 'CANCELLED' });
    expect(clock.sleeps).toEqual([3000]);
  });

  it.each([
    ['a 503 without Retry-After', failures.unavailable(), 503],
    ['a 500', failures.internalError(), 500],
    ['a 502', { status: 502, body: responseExample('publishWorkflow', '5XX') }, 502],
  ])('never retries %s', async (_name, step, status) => {
    ctx.server.script('publishWorkflow', step);
    const { popp, clock } = setup();
    const error = await rejectionOf(popp.publishWorkflow('wf_abc123'));
    expect(error).toMatchObject({ status, attempts: 1, retryNote: `not retried: a POST that got ${status} may have been carried out` });
    expect(error.message).toContain('not retried: a POST');
    expect(clock.sleeps).toEqual([]);
    expect(attemptsOf('publishWorkflow')).toBe(1);
  });

  it('never retries after a timeout (the server got the request)', async () => {
    ctx.server.script('startWorkflowRuns', failures.slow(2000));
    const { popp } = setup({}, 100);
    const error = await rejectionOf(popp.startRuns('wf_abc123', START_BODY));
    expect(error).toBeInstanceOf(PoppTimeoutError);
    expect(error).toMatchObject({ timeoutMs: 100, attempts: 1, retryNote: 'not retried: a POST that timed out may have been carried out' });
    expect(attemptsOf('startWorkflowRuns')).toBe(1);
  });

  it('never retries after the connection was reset once the request was read', async () => {
    ctx.server.script('startWorkflowRuns', failures.reset());
    const { popp } = setup();
    const error = await rejectionOf(popp.startRuns('wf_abc123', START_BODY));
    expect(error).toBeInstanceOf(PoppNetworkError);
    expect(error).toMatchObject({ code: 'UND_ERR_SOCKET', requestMayHaveBeenSent: true, attempts: 1 });
    expect(error.message).toMatch(/connection closed unexpectedly .*; the request may have reached Popp/);
    expect(attemptsOf('startWorkflowRuns')).toBe(1);
    expect(ctx.server.requests[0]?.body).toEqual({ ...START_BODY, triggerSource: 'API' });
  });
});

describe('connection refused: provably not sent, so a POST is retried', () => {
  let late: ContractServer | undefined;
  afterEach(async () => {
    await late?.close();
    late = undefined;
  });

  it('retries a POST whose connection was refused, once the server is up, and it is processed once', async () => {
    const port = await reservePort();
    const clock = virtualClock();
    const sleep = clock.sleep;
    clock.sleep = async (ms, signal) => {
      late ??= await startContractServer({ port });
      return sleep(ms, signal);
    };
    const popp = createPoppClient({ ...TEST_CREDENTIALS, baseUrl: `http://127.0.0.1:${port}`, retry: { clock, random: () => 0.5, baseDelayMs: 200 } });
    const result = await popp.startRuns('wf_abc123', START_BODY);
    expect(result.summary.enqueued).toBe(1);
    expect(clock.sleeps).toEqual([100]);
    expect(late?.requests).toHaveLength(1);
    expect(late?.violations).toEqual([]);
  });

  it('reports a refused connection as not sent when the retries run out', async () => {
    const port = await reservePort();
    const popp = createPoppClient({ ...TEST_CREDENTIALS, baseUrl: `http://127.0.0.1:${port}`, retry: { clock: virtualClock(), random: () => 0 } });
    const error = await rejectionOf(popp.cancelRun('run_1'));
    expect(error).toBeInstanceOf(PoppNetworkError);
    expect(error).toMatchObject({ code: 'ECONNREFUSED', requestMayHaveBeenSent: false, attempts: 3 });
    expect(error.message).toMatch(/^POST \/v1\/workflow-runs\/run_1\/cancel failed: connection refused \(connect ECONNREFUSED 127\.0\.0\.1:\d+\); the request was not sent \(after 3 attempts/);
    expect(error.cause).toBeInstanceOf(TypeError);
  });
});

describe('the total time budget', () => {
  it('does not wait for a Retry-After beyond the remaining budget, and says so', async () => {
    ctx.server.script('getWorkflowRun', failures.rateLimited(120));
    const { popp, clock } = setup({ maxElapsedMs: 10_000 });
    const error = await rejectionOf(popp.getRun('run_xyz789'));
    expect(error).toMatchObject({ status: 429, code: 'RATE_LIMITED', retryAfterMs: 120_000, attempts: 1 });
    expect(error.retryNote).toBe('not retried: Retry-After asked for 120 s, more than the 10 s left of the 10 s retry budget');
    expect(error.message).toContain(error.retryNote);
    expect(clock.sleeps).toEqual([]);
  });

  it('stops backing off when the next wait would overrun the budget', async () => {
    ctx.server.script('getWorkflowRun', failures.internalError(), failures.internalError(), failures.internalError());
    const { popp, clock } = setup({ maxAttempts: 5, baseDelayMs: 1000, maxElapsedMs: 2500, random: () => 0.9 });
    const error = await rejectionOf(popp.getRun('run_xyz789'));
    // waits 900 (elapsed 900), then 1800 would end at 2700 > 2500
    expect(clock.sleeps).toEqual([900]);
    expect(error).toMatchObject({ status: 500, attempts: 2, retryNote: 'not retried: the 2500 ms retry budget is used up' });
  });

  it('honours a Retry-After beyond setTimeout\'s 24.8-day limit when maxElapsedMs allows it (the wait is not cut to 1 ms)', async () => {
    ctx.server.script('getWorkflowRun', failures.rateLimited(30 * 24 * 3600));
    const { popp, clock } = setup({ maxElapsedMs: 2 ** 32 });
    await expect(popp.getRun('run_xyz789')).resolves.toMatchObject({ runId: 'run_xyz789' });
    // The virtual clock records the wait asked of the clock; timers.test.ts shows the system clock keeps it.
    expect(clock.sleeps).toEqual([2_592_000_000]);
  });

  it('counts time spent before the retry against the budget (virtual clock advanced by the server)', async () => {
    ctx.server.script('getWorkflowRun', failures.rateLimited(5));
    const clock = virtualClock();
    const popp = createPoppClient({ ...TEST_CREDENTIALS, baseUrl: ctx.server.url, retry: { clock, maxElapsedMs: 8000 } });
    popp.use({ onResponse: () => clock.advance(4000) });
    const error = await rejectionOf(popp.getRun('run_xyz789'));
    expect(error.retryNote).toBe('not retried: Retry-After asked for 5 s, more than the 4 s left of the 8 s retry budget');
    expect(clock.now()).toBe(CLOCK_START + 4000);
  });
});
