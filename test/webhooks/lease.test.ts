// The handler holds its claim's lease while a slow handler runs, aborts the handler's signal before the lease
// would lapse, and refuses a second body under one eventId. Virtual time: fake timers drive both the handler's
// timers and the memory store's clock.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { examples } from '../../generated/examples.js';
import { createMemoryIdempotencyStore, createWebhookHandler, payloadHash, type DeliveryContext, type DeliveryFailure, type IdempotencyStore } from '../../src/webhooks/index.js';
import { completedBody, deferred, deliveryHeaders, SECRET } from '../helpers/webhooks.js';

afterEach(() => void vi.useRealTimers());

async function delivery(body = completedBody): Promise<Request> {
  return new Request('http://receiver.test/webhooks/popp', { method: 'POST', body, headers: await deliveryHeaders(body) });
}

async function answer(response: Promise<Response>): Promise<{ status: number; body: Record<string, unknown> }> {
  const settled = await response;
  return { status: settled.status, body: (await settled.json()) as Record<string, unknown> };
}

const quiet = { warn() {}, error() {} };

describe('the handler and its claim lease', () => {
  it('extends the lease while a slow handler runs, so a redelivery meets 409 long past leaseMs', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    const store = createMemoryIdempotencyStore({ now: () => Date.now() });
    const extend = vi.spyOn(store, 'extend');
    const gate = deferred();
    const entered = deferred();
    let calls = 0;
    const popp = createWebhookHandler({ secret: SECRET, idempotency: store, leaseMs: 300, log: quiet, onError: () => {}, on: { WORKFLOW_RUN_COMPLETED: async () => (calls++, entered.resolve(), gate.promise) } });
    const first = answer(popp(await delivery()));
    await entered.promise;
    await vi.advanceTimersByTimeAsync(3000);
    expect((await answer(popp(await delivery()))).status).toBe(409);
    expect(extend.mock.calls.length).toBeGreaterThanOrEqual(9);
    gate.resolve();
    expect((await first).body.outcome).toBe('processed');
    expect((await answer(popp(await delivery()))).body.outcome).toBe('duplicate');
    expect(calls).toBe(1);
    // Stopped with the handler: no extension after it settled.
    const after = extend.mock.calls.length;
    await vi.advanceTimersByTimeAsync(3000);
    expect(extend.mock.calls.length).toBe(after);
  });

  it.each([
    // Refused at the first extension (a third of the lease): aborted at once. Failing: at three quarters of it.
    ['refuses (the lease was lost)', async (): Promise<boolean> => false, 330, 340],
    ['throws (the store is down)', async (): Promise<boolean> => Promise.reject(new Error('store down')), 740, 760],
  ] as const)('aborts the signal before the lease would lapse when extend %s', async (_name, extendResult, notYetAt, abortedBy) => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    const memory = createMemoryIdempotencyStore({ now: () => Date.now() });
    const store: IdempotencyStore = { claim: (id, o) => memory.claim(id, o), complete: (t) => memory.complete(t), release: (t) => memory.release(t), extend: extendResult };
    let context: DeliveryContext | undefined;
    const errors: string[] = [];
    const gate = deferred();
    const entered = deferred();
    const popp = createWebhookHandler({
      secret: SECRET,
      idempotency: store,
      leaseMs: 1000,
      log: { warn() {}, error: (message) => void errors.push(message) },
      on: { WORKFLOW_RUN_COMPLETED: async (_event, ctx) => ((context = ctx), entered.resolve(), gate.promise) },
    });
    const first = answer(popp(await delivery()));
    await entered.promise;
    expect(context!.signal.aborted).toBe(false);
    await vi.advanceTimersByTimeAsync(notYetAt);
    expect(context!.signal.aborted).toBe(false);
    await vi.advanceTimersByTimeAsync(abortedBy - notYetAt);
    expect(context!.signal.aborted).toBe(true);
    expect((context!.signal.reason as DOMException).name).toBe('AbortError');
    expect(String((context!.signal.reason as DOMException).message)).toMatch(/evt_abc123/);
    gate.resolve();
    expect((await first).status).toBe(200);
  });

  it('gives the signal a TimeoutError at handlerTimeoutMs', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    let signal: AbortSignal | undefined;
    const entered = deferred();
    const popp = createWebhookHandler({ secret: SECRET, handlerTimeoutMs: 500, log: quiet, onError: () => {}, on: { WORKFLOW_RUN_COMPLETED: (_event, ctx) => ((signal = ctx.signal), entered.resolve(), new Promise(() => {})) } });
    const first = answer(popp(await delivery()));
    await entered.promise;
    await vi.advanceTimersByTimeAsync(500);
    expect((await first).body.error).toBe('handler-timeout');
    expect((signal!.reason as DOMException).name).toBe('TimeoutError');
  });

  it('gives a signal first read after the deadline already aborted, with the TimeoutError', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    let context: DeliveryContext | undefined;
    const entered = deferred();
    const popp = createWebhookHandler({ secret: SECRET, handlerTimeoutMs: 500, log: quiet, onError: () => {}, on: { WORKFLOW_RUN_COMPLETED: (_event, ctx) => ((context = ctx), entered.resolve(), new Promise(() => {})) } });
    const first = answer(popp(await delivery()));
    await entered.promise;
    await vi.advanceTimersByTimeAsync(500);
    expect((await first).body.error).toBe('handler-timeout');
    // The signal is built only when read (lazy-signal.ts); read late, it still carries the deadline's abort.
    const { signal } = context!;
    expect(signal.aborted).toBe(true);
    expect((signal.reason as DOMException).name).toBe('TimeoutError');
  });

  it('gives the handler a context shaped like a plain object: eventId, signal, transaction, spread and assignable', async () => {
    let context: DeliveryContext | undefined;
    const popp = createWebhookHandler({ secret: SECRET, log: quiet, on: { WORKFLOW_RUN_COMPLETED: (_event, ctx) => void (context = ctx) } });
    expect((await answer(popp(await delivery()))).body.outcome).toBe('processed');
    expect(Object.keys(context!)).toEqual(['eventId', 'signal', 'transaction']);
    const copy = { ...context! };
    expect(copy.signal).toBeInstanceOf(AbortSignal);
    expect(copy.signal).toBe(context!.signal);
    expect([copy.eventId, copy.transaction, copy.signal.aborted]).toEqual(['evt_abc123', undefined, false]);
    const replacement = new AbortController().signal;
    context!.signal = replacement;
    expect(context!.signal).toBe(replacement);
    expect(Object.keys(context!)).toEqual(['eventId', 'signal', 'transaction']);
  });

  it('answers 409 payload-conflict, without calling the handler, to another body under a processed eventId', async () => {
    const failures: DeliveryFailure[] = [];
    let calls = 0;
    const popp = createWebhookHandler({ secret: SECRET, log: quiet, onError: (_e, failure) => void failures.push(failure), on: { WORKFLOW_RUN_COMPLETED: () => void calls++ } });
    expect((await answer(popp(await delivery()))).body.outcome).toBe('processed');
    const other = JSON.stringify({ ...examples.WORKFLOW_RUN_COMPLETED[0], data: { ...examples.WORKFLOW_RUN_COMPLETED[0]!.data, recordId: 'rec_other' } });
    const conflict = await answer(popp(await delivery(other)));
    expect([conflict.status, conflict.body.error, conflict.body.eventId]).toEqual([409, 'payload-conflict', 'evt_abc123']);
    expect(conflict.body.message).toMatch(/different body/);
    expect(failures).toEqual([expect.objectContaining({ status: 409, code: 'payload-conflict' })]);
    // The same bytes again are still a plain duplicate.
    expect((await answer(popp(await delivery()))).body.outcome).toBe('duplicate');
    expect(calls).toBe(1);
  });

  it('hashes the exact body bytes with SHA-256', async () => {
    expect(await payloadHash(new TextEncoder().encode('{}'))).toBe('44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a');
    expect(await payloadHash(new TextEncoder().encode('{ }'))).not.toBe(await payloadHash(new TextEncoder().encode('{}')));
  });
});
