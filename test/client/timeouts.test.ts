// Timeouts and the caller's own AbortSignal, against real slow responses.
import { describe, expect, it } from 'vitest';
import { type PoppClientOptions, PoppRequestError, PoppTimeoutError } from '../../src/client/index.js';
import { failures } from './contract-server.js';
import { clientFor, rejectionOf, useContractServer } from './fixtures.js';
import { virtualClock } from './test-clock.js';

const ctx = useContractServer();

describe('timeoutMs', () => {
  it('ends a slow answer with a PoppTimeoutError naming the request and the limit', async () => {
    ctx.server.script('getWorkflowRun', failures.slow(2000));
    const popp = clientFor(ctx.server, { timeoutMs: 80, retry: false });
    // The slow answer would be a success: only the timeout can make this call fail, on any machine.
    const error = await rejectionOf(popp.getRun('run_xyz789'));
    expect(error).toBeInstanceOf(PoppTimeoutError);
    expect(error).toMatchObject({ name: 'PoppTimeoutError', timeoutMs: 80, method: 'GET', path: '/v1/workflow-runs/run_xyz789', attempts: 1 });
    expect(error.message).toBe('GET /v1/workflow-runs/run_xyz789 timed out after 80 ms');
  });

  it('covers the response body too, not only the headers', async () => {
    ctx.server.script('getWorkflowRun', failures.slowBody(2000));
    const popp = clientFor(ctx.server, { timeoutMs: 150, retry: false });
    expect(await rejectionOf(popp.getRun('run_xyz789'))).toBeInstanceOf(PoppTimeoutError);
  });

  it('can be set per call, for helpers and raw methods alike', async () => {
    ctx.server.script('getWorkflowRun', failures.slow(2000), failures.slow(2000));
    const popp = clientFor(ctx.server, { retry: false });
    expect(await rejectionOf(popp.getRun('run_xyz789', { timeoutMs: 60 }))).toMatchObject({ timeoutMs: 60 });
    const raw = popp.GET('/v1/workflow-runs/{runId}', { params: { path: { runId: 'run_xyz789' } }, timeoutMs: 60 });
    expect(await rejectionOf(raw)).toBeInstanceOf(PoppTimeoutError);
  });

  it('rejects an unusable per-call timeout before sending', async () => {
    const popp = clientFor(ctx.server);
    expect(await rejectionOf(popp.getRun('run_xyz789', { timeoutMs: 0 }))).toBeInstanceOf(RangeError);
    expect(ctx.server.requests).toHaveLength(0);
  });
});

describe("the caller's signal", () => {
  it('aborts an attempt in flight and rejects with the signal reason, not a timeout', async () => {
    ctx.server.script('getWorkflowRun', failures.slow(2000));
    const popp = clientFor(ctx.server, { timeoutMs: 5000 });
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 50);
    const error = await rejectionOf(popp.getRun('run_xyz789', { signal: controller.signal }));
    expect(error).toBe(controller.signal.reason);
    expect(error).toBeInstanceOf(DOMException);
    expect(error.name).toBe('AbortError');
    expect(error).not.toBeInstanceOf(PoppRequestError);
  });

  it('passes a custom abort reason through untouched', async () => {
    ctx.server.script('startWorkflowRuns', failures.slow(2000));
    const popp = clientFor(ctx.server);
    const reason = new Error('shutting down');
    const controller = new AbortController();
    setTimeout(() => controller.abort(reason), 50);
    expect(await rejectionOf(popp.startRuns('wf_abc123', { candidateProfileIds: ['cp_1'] }, { signal: controller.signal }))).toBe(reason);
  });

  it('sends nothing when the signal is already aborted', async () => {
    const popp = clientFor(ctx.server);
    const error = await rejectionOf(popp.publishWorkflow('wf_abc123', { signal: AbortSignal.abort() }));
    expect(error.name).toBe('AbortError');
    expect(ctx.server.requests).toHaveLength(0);
  });

  it('interrupts a Retry-After wait on the real clock', async () => {
    // Ten minutes, far past the test's own timeout: only the abort can end this wait while the test runs. The
    // abort comes after the wait has begun (onRetry is called just before it).
    ctx.server.script('getWorkflowRun', failures.rateLimited(600));
    const controller = new AbortController();
    const popp = clientFor(ctx.server, { retry: { maxElapsedMs: 3_600_000, onRetry: () => void setImmediate(() => controller.abort()) } });
    const error = await rejectionOf(popp.getRun('run_xyz789', { signal: controller.signal }));
    expect(error.name).toBe('AbortError');
    expect(ctx.server.requests).toHaveLength(1);
  });

  it('is honoured by the raw methods too', async () => {
    ctx.server.script('getWorkflowRun', failures.slow(2000));
    const popp = clientFor(ctx.server, { retry: { clock: virtualClock() } });
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 50);
    const error = await rejectionOf(popp.GET('/v1/workflow-runs/{runId}', { params: { path: { runId: 'run_xyz789' } }, signal: controller.signal }));
    expect(error.name).toBe('AbortError');
  });

  it('wins over a timeout that fires in the same tick: the call rejects with the abort reason', async () => {
    ctx.server.script('getWorkflowRun', failures.slow(2000));
    const controller = new AbortController();
    const reason = new Error('shutting down');
    const attemptAbortReasons: unknown[] = [];
    // The timeout uses the real setTimeout (the injectable clock only drives retry waits), so the race is
    // staged through the injectable fetch: the caller aborts synchronously inside the attempt signal's abort
    // event, while the timeout is still firing.
    const abortWithTheTimeout: PoppClientOptions['fetch'] = (input, init) => {
      const signal = init?.signal;
      signal?.addEventListener('abort', () => {
        attemptAbortReasons.push(signal.reason);
        controller.abort(reason);
      }, { once: true });
      return fetch(input, init);
    };
    const popp = clientFor(ctx.server, { timeoutMs: 50, retry: false, fetch: abortWithTheTimeout });
    const error = await rejectionOf(popp.getRun('run_xyz789', { signal: controller.signal }));
    expect(attemptAbortReasons).toHaveLength(1);
    expect(attemptAbortReasons[0]).toMatchObject({ name: 'TimeoutError' });
    expect(error).toBe(reason);
  });
});
