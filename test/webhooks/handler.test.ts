// createWebhookHandler: every status of the contract, both as a Fetch handler fed Request objects and behind
// toNodeListener on a real node:http server.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { examples } from '../../generated/examples.js';
import { createMemoryIdempotencyStore, createWebhookHandler, signPayload, type DeliveryFailure, type IdempotencyStore, type WebhookHandlerOptions } from '../../src/webhooks/index.js';
import type { PoppWebhookEvent } from '../../src/events.js';
import { completedBody, deferred, deliveryHeaders, nodeFetchAdapterTransport, nodeHttpTransport, recordingLog, requestTransport, SECRET, withEventId, type Answer, type Delivery } from '../helpers/webhooks.js';

describe.each([requestTransport, nodeHttpTransport, nodeFetchAdapterTransport])('createWebhookHandler via $name', (transport) => {
  let close: (() => Promise<void>) | undefined;
  afterEach(async () => {
    await close?.();
    close = undefined;
  });

  /** A receiver with a recording log and a record of the events its handlers got. */
  async function receiver(options: Partial<WebhookHandlerOptions> = {}) {
    const received: PoppWebhookEvent[] = [];
    const recorder = recordingLog();
    const handler = createWebhookHandler({
      secret: SECRET,
      on: { WORKFLOW_RUN_COMPLETED: (event) => void received.push(event), WORKFLOW_RUN_STARTED: (event) => void received.push(event) },
      log: recorder.log,
      ...options,
    });
    const started = await transport.start(handler);
    close = started.close;
    return { send: started.send, received, ...recorder };
  }

  async function signedDelivery(body: string | Uint8Array = completedBody, secret = SECRET): Promise<Delivery> {
    return { body, headers: await deliveryHeaders(body, secret) };
  }

  function expectJsonAnswer(answer: Answer, status: number, fields: Record<string, unknown>): void {
    expect(answer.status).toBe(status);
    expect(answer.headers.get('content-type')).toBe('application/json');
    expect(answer.json).toMatchObject(fields);
  }

  it('200 once the handler resolved, with the narrowed event', async () => {
    const { send, received } = await receiver();
    expectJsonAnswer(await send(await signedDelivery()), 200, { outcome: 'processed', event: 'WORKFLOW_RUN_COMPLETED', eventId: 'evt_abc123' });
    expect(received).toEqual([examples.WORKFLOW_RUN_COMPLETED[0]]);
  });

  it('accepts a content type with parameters', async () => {
    const { send } = await receiver();
    const delivery = await signedDelivery();
    const answer = await send({ ...delivery, headers: { ...delivery.headers, 'content-type': 'Application/JSON; charset=utf-8' } });
    expect(answer.status).toBe(200);
  });

  it('405 for anything but POST, with Allow: POST', async () => {
    const { send, received } = await receiver();
    for (const method of ['GET', 'PUT', 'DELETE']) {
      const answer = await send({ method, ...(method === 'GET' ? {} : await signedDelivery()) });
      expectJsonAnswer(answer, 405, { outcome: 'rejected', error: 'method-not-allowed' });
      expect(answer.headers.get('allow')).toBe('POST');
    }
    expect(received).toEqual([]);
  });

  it('415 for a body that is not declared JSON', async () => {
    const { send } = await receiver();
    const delivery = await signedDelivery();
    expectJsonAnswer(await send({ ...delivery, headers: { ...delivery.headers, 'content-type': 'text/plain' } }), 415, { error: 'unsupported-media-type' });
    const { 'content-type': _dropped, ...withoutType } = delivery.headers!;
    expectJsonAnswer(await send({ body: new TextEncoder().encode(completedBody), headers: withoutType }), 415, { error: 'unsupported-media-type' });
  });

  it('413 over maxBodyBytes, by declared length and by streamed length', async () => {
    const { send, received } = await receiver({ maxBodyBytes: 1024 });
    const big = JSON.stringify({ ...examples.WORKFLOW_RUN_COMPLETED[0], padding: 'x'.repeat(4096) });
    expectJsonAnswer(await send(await signedDelivery(big)), 413, { error: 'body-too-large' });
    // No content-length: a stream of 64-byte chunks; the limit applies while reading.
    const headers = await deliveryHeaders(big);
    const chunks = big.match(/[\s\S]{1,64}/g)!;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        const chunk = chunks.shift();
        if (chunk === undefined) controller.close();
        else controller.enqueue(new TextEncoder().encode(chunk));
      },
    });
    expectJsonAnswer(await send({ body: stream, headers }), 413, { error: 'body-too-large' });
    expect(received).toEqual([]);
    // A body exactly at the limit is accepted.
    const fitting = JSON.stringify({ ...examples.WORKFLOW_RUN_STARTED[0], padding: '' });
    const exact = fitting.replace('"padding":""', `"padding":"${'y'.repeat(1024 - fitting.length)}"`);
    expect(new TextEncoder().encode(exact).length).toBe(1024);
    expect((await send(await signedDelivery(exact))).status).toBe(200);
  });

  it('401 for a missing, malformed or wrong signature', async () => {
    const { send, received } = await receiver();
    expectJsonAnswer(await send({ body: completedBody, headers: { 'content-type': 'application/json' } }), 401, { error: 'signature-missing' });
    expectJsonAnswer(await send({ body: completedBody, headers: { 'content-type': 'application/json', 'x-signature': 'nope' } }), 401, { error: 'signature-malformed' });
    expectJsonAnswer(await send(await signedDelivery(completedBody, 'someone-else')), 401, { error: 'signature-mismatch' });
    const delivery = await signedDelivery();
    expectJsonAnswer(await send({ ...delivery, body: completedBody.replace('completed', 'cancelled') }), 401, { error: 'signature-mismatch' });
    expect(received).toEqual([]);
  });

  it('400 for malformed JSON, an empty body, or JSON that is not an envelope', async () => {
    const { send } = await receiver();
    expectJsonAnswer(await send(await signedDelivery('{"event":')), 400, { error: 'body-not-json' });
    expectJsonAnswer(await send(await signedDelivery('')), 400, { error: 'body-empty' });
    const answer = await send(await signedDelivery('{"hello":"world"}'));
    expectJsonAnswer(answer, 400, { error: 'not-an-envelope' });
    expect(answer.json.issues).toEqual(expect.arrayContaining([{ path: '/event', message: 'is required' }]));
  });

  it('422 for a schema violation, listing the paths', async () => {
    const { send, received } = await receiver();
    const example = examples.WORKFLOW_RUN_COMPLETED[0];
    // Wrong types break even the tolerant profile (an unknown outcome *value* would be drift, not a violation).
    const body = JSON.stringify({ ...example, data: { ...example.data, outcome: 42, truncated: null } });
    const answer = await send(await signedDelivery(body));
    expectJsonAnswer(answer, 422, { outcome: 'rejected', error: 'schema-violation', event: 'WORKFLOW_RUN_COMPLETED' });
    expect((answer.json.issues as { path: string }[]).map((issue) => issue.path).sort()).toEqual(['/data/outcome', '/data/truncated']);
    expect(received).toEqual([]);
  });

  it('200 for a duplicate of a processed event, without calling the handler again', async () => {
    const { send, received } = await receiver();
    expect((await send(await signedDelivery())).json.outcome).toBe('processed');
    expectJsonAnswer(await send(await signedDelivery()), 200, { outcome: 'duplicate', eventId: 'evt_abc123' });
    expect(received).toHaveLength(1);
  });

  it('409 for a duplicate that arrives while the first delivery is in progress', async () => {
    const gate = deferred();
    const entered = deferred();
    let calls = 0;
    const { send } = await receiver({
      on: {
        WORKFLOW_RUN_COMPLETED: async () => {
          calls++;
          entered.resolve();
          await gate.promise;
        },
      },
    });
    const first = send(await signedDelivery());
    await entered.promise;
    expectJsonAnswer(await send(await signedDelivery()), 409, { outcome: 'in-progress', eventId: 'evt_abc123' });
    gate.resolve();
    expect((await first).status).toBe(200);
    expect((await send(await signedDelivery())).json.outcome).toBe('duplicate');
    expect(calls).toBe(1);
  });

  it('500 when the handler throws; the claim is released, so the retry is processed', async () => {
    let calls = 0;
    const failures: unknown[] = [];
    const { send } = await receiver({
      on: {
        WORKFLOW_RUN_COMPLETED: () => {
          calls++;
          if (calls === 1) throw new Error('database unavailable');
        },
      },
      onError: (error, failure) => void failures.push({ error, failure }),
    });
    const answer = await send(await signedDelivery());
    expectJsonAnswer(answer, 500, { outcome: 'failed', error: 'handler-failed', event: 'WORKFLOW_RUN_COMPLETED', eventId: 'evt_abc123' });
    expect(JSON.stringify(answer.json)).not.toContain('database unavailable');
    expect(failures).toEqual([{ error: new Error('database unavailable'), failure: expect.objectContaining({ status: 500, code: 'handler-failed', eventId: 'evt_abc123' }) }]);
    expect((await send(await signedDelivery())).json.outcome).toBe('processed');
    expect((await send(await signedDelivery())).json.outcome).toBe('duplicate');
    expect(calls).toBe(2);
  });

  it('401 tells the caller only that the signature does not match; the diagnosis (secret count, whitespace) goes to onError', async () => {
    const failures: DeliveryFailure[] = [];
    const { send } = await receiver({ secret: [SECRET, ' old-secret '], onError: (_error, failure) => void failures.push(failure) });
    const answer = await send(await signedDelivery(completedBody, 'old-secret'));
    expectJsonAnswer(answer, 401, { error: 'signature-mismatch' });
    expect(answer.json.message).toBe('The x-signature header does not match the body; the receiver logged the likely cause.');
    expect(failures.map((failure) => failure.message)).toEqual([expect.stringMatching(/any of the 2 signing secrets.*matches once it is trimmed/)]);
  });

  it('logs what it rejects when there is no onError: warnings for 4xx, errors for 5xx', async () => {
    const { send, warnings, errors } = await receiver({ on: { WORKFLOW_RUN_COMPLETED: () => Promise.reject(new Error('boom')) } });
    await send(await signedDelivery(completedBody, 'wrong'));
    await send(await signedDelivery());
    expect(warnings).toEqual([expect.stringContaining('401 signature-mismatch')]);
    expect(errors).toEqual([{ message: expect.stringContaining('500 handler-failed'), error: new Error('boom') }]);
  });

  it('sends unknown event types to onUnknown with the envelope, once per eventId', async () => {
    const envelopes: unknown[] = [];
    const { send, warnings } = await receiver({ onUnknown: (envelope) => void envelopes.push(envelope) });
    const envelope = { event: 'WORKFLOW_RUN_PAUSED', eventId: 'evt_p1', eventTimestamp: '2026-05-01T00:00:00Z', data: { recordId: 'run_1', organizationId: 'org_1' } };
    expectJsonAnswer(await send(await signedDelivery(JSON.stringify(envelope))), 200, { outcome: 'processed', event: 'WORKFLOW_RUN_PAUSED', eventId: 'evt_p1' });
    expectJsonAnswer(await send(await signedDelivery(JSON.stringify(envelope))), 200, { outcome: 'duplicate' });
    expect(envelopes).toEqual([envelope]);
    expect(warnings).toEqual([]);
  });

  it('without onUnknown, acknowledges unknown types and warns once per type', async () => {
    const { send, warnings, received } = await receiver();
    const unknown = (event: string, eventId: string) => JSON.stringify({ event, eventId, eventTimestamp: '2026-05-01T00:00:00Z', data: { recordId: 'r', organizationId: 'o' } });
    expectJsonAnswer(await send(await signedDelivery(unknown('NEW_EVENT_A', 'e1'))), 200, { outcome: 'unknown-event-type', event: 'NEW_EVENT_A', eventId: 'e1' });
    await send(await signedDelivery(unknown('NEW_EVENT_A', 'e2')));
    await send(await signedDelivery(unknown('NEW_EVENT_B', 'e3')));
    expect(warnings).toHaveLength(2);
    expect(warnings[0]).toMatch(/unknown event type "NEW_EVENT_A".*onUnknown/);
    expect(warnings[1]).toMatch(/NEW_EVENT_B/);
    expect(received).toEqual([]);
  });

  it('acknowledges a known type without a handler and warns once per type', async () => {
    const { send, warnings } = await receiver();
    const body = JSON.stringify(examples.WORKFLOW_PUBLISHED[0]);
    expectJsonAnswer(await send(await signedDelivery(body)), 200, { outcome: 'ignored', event: 'WORKFLOW_PUBLISHED' });
    await send(await signedDelivery(withEventId(examples.WORKFLOW_PUBLISHED[0], 'evt_other')));
    expect(warnings).toEqual([expect.stringMatching(/no handler for WORKFLOW_PUBLISHED.*on\.WORKFLOW_PUBLISHED/)]);
  });

  it('with idempotency: false, calls the handler for every delivery', async () => {
    const { send, received } = await receiver({ idempotency: false });
    await send(await signedDelivery());
    expect((await send(await signedDelivery())).json.outcome).toBe('processed');
    expect(received).toHaveLength(2);
  });

  it('503 when the idempotency store cannot claim; 200 (and an error logged) when it cannot record completion', async () => {
    const memory = createMemoryIdempotencyStore();
    let broken: 'claim' | 'complete' = 'claim';
    const store: IdempotencyStore = {
      claim: (id, options) => (broken === 'claim' ? Promise.reject(new Error('redis down')) : memory.claim(id, options)),
      complete: (token) => (broken === 'complete' ? Promise.reject(new Error('redis down')) : memory.complete(token)),
      release: (token) => memory.release(token),
      extend: (token, leaseMs) => memory.extend(token, leaseMs),
    };
    const { send, received, errors } = await receiver({ idempotency: store });
    expectJsonAnswer(await send(await signedDelivery()), 503, { error: 'idempotency-store-unavailable' });
    expect(received).toEqual([]);
    broken = 'complete';
    expectJsonAnswer(await send(await signedDelivery()), 200, { outcome: 'processed' });
    expect(received).toHaveLength(1);
    expect(errors.map((entry) => entry.message)).toEqual([expect.stringContaining('503'), expect.stringContaining('could not record it')]);
  });

  it('keeps its answers small whatever the payload holds: strings from the body are clipped', async () => {
    const { send } = await receiver();
    const huge = 'K'.repeat(500_000);
    const node = examples.WORKFLOW_NODE_COMPLETED[0];
    const unknownKind = JSON.stringify({ ...node, data: { ...node.data, outcome: { kind: huge } } });
    const hugeType = JSON.stringify({ event: huge, data: {} });
    const hugeIds = JSON.stringify({ ...node, eventId: huge, data: { ...node.data, nodeId: huge, routingEvent: 42 } });
    // An unknown kind is a 422 under the strict contract; a reader tolerant of new kinds accepts it (200).
    for (const [body, statuses] of [[unknownKind, [200, 422]], [hugeType, [400]], [hugeIds, [422]]] as const) {
      const answer = await send(await signedDelivery(body));
      expect(statuses).toContain(answer.status);
      expect(JSON.stringify(answer.json).length).toBeLessThan(16 * 1024);
    }
  });

  it('remembers at most 1000 unknown event types to warn once about, and still warns beyond', async () => {
    const { send, warnings } = await receiver();
    const unknown = (index: number) => JSON.stringify({ event: `NEW_EVENT_${index}`, eventId: `e${index}`, eventTimestamp: '2026-05-01T00:00:00Z', data: { recordId: 'r', organizationId: 'o' } });
    for (let index = 0; index <= 1000; index++) await send(await signedDelivery(unknown(index)));
    await send(await signedDelivery(unknown(0)));
    await send(await signedDelivery(unknown(1000)));
    expect(warnings).toHaveLength(1002);
    expect(warnings.at(-1)).toMatch(/NEW_EVENT_1000/);
  });

  it('answers small JSON bodies', async () => {
    const { send } = await receiver();
    for (const answer of [await send(await signedDelivery()), await send(await signedDelivery('{')), await send({ method: 'GET' })]) {
      expect(JSON.stringify(answer.json).length).toBeLessThan(600);
    }
  });
});

describe('createWebhookHandler handler deadline (on a fake setTimeout: the deadline passes only when the test says so)', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  async function delivery(): Promise<Request> {
    return new Request('http://receiver.test/webhooks/popp', { method: 'POST', body: completedBody, headers: await deliveryHeaders(completedBody) });
  }

  async function answerOf(response: Promise<Response>): Promise<[number, Record<string, unknown>]> {
    const settled = await response;
    return [settled.status, (await settled.json()) as Record<string, unknown>];
  }

  it.each(['resolves', 'rejects'] as const)('500 handler-timeout past handlerTimeoutMs; the retry is processed, and the abandoned run, when it %s late, marks and releases nothing', async (late) => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const entered = [deferred(), deferred()];
    const gates = [deferred(), deferred()];
    const lateReported = deferred();
    const failures: DeliveryFailure[] = [];
    const reports: string[] = [];
    let calls = 0;
    const popp = createWebhookHandler({
      secret: SECRET,
      handlerTimeoutMs: 1000,
      onError: (_error, failure) => void failures.push(failure),
      log: {
        warn: (message) => (reports.push(message), lateReported.resolve()),
        error: (message) => (reports.push(message), lateReported.resolve()),
      },
      on: {
        WORKFLOW_RUN_COMPLETED: async () => {
          const run = calls++;
          entered[run]!.resolve();
          await gates[run]!.promise;
          if (run === 0 && late === 'rejects') throw new Error('late failure');
        },
      },
    });

    const first = answerOf(popp(await delivery()));
    await entered[0]!.promise;
    await vi.advanceTimersByTimeAsync(999);
    expect(failures).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    const [status, body] = await first;
    expect([status, body.outcome, body.error, body.eventId]).toEqual([500, 'failed', 'handler-timeout', 'evt_abc123']);
    expect(body.message).toMatch(/did not settle within 1000 ms \(handlerTimeoutMs\).*retry will process/);
    expect(failures).toEqual([expect.objectContaining({ status: 500, code: 'handler-timeout', eventId: 'evt_abc123' })]);

    // The retry claims the event (the timed-out run released it) and holds it.
    const second = answerOf(popp(await delivery()));
    await entered[1]!.promise;
    // Now the abandoned run settles: that is reported, and nothing else happens.
    gates[0]!.resolve();
    await lateReported.promise;
    expect(reports).toEqual([expect.stringMatching(late === 'resolves' ? /abandoned at its 1000 ms deadline, resolved later/ : /abandoned at its 1000 ms deadline, rejected later/)]);
    // Had it completed the event, this would be a duplicate; had it released the retry's claim, it would run.
    expect((await answerOf(popp(await delivery())))[0]).toBe(409);
    gates[1]!.resolve();
    expect((await second)[1].outcome).toBe('processed');
    expect((await answerOf(popp(await delivery())))[1].outcome).toBe('duplicate');
    expect(calls).toBe(2);
  });

  it('defaults to 30 s, and applies without an idempotency store too', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const entered = deferred();
    const popp = createWebhookHandler({ secret: SECRET, idempotency: false, onError: () => {}, log: { warn() {}, error() {} }, on: { WORKFLOW_RUN_COMPLETED: () => (entered.resolve(), new Promise(() => {})) } });
    let answered = false;
    const answer = answerOf(popp(await delivery())).finally(() => (answered = true));
    await entered.promise;
    await vi.advanceTimersByTimeAsync(29_999);
    expect(answered).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect((await answer)[1].error).toBe('handler-timeout');
  });
});

describe('createWebhookHandler configuration', () => {
  const on = { WORKFLOW_RUN_COMPLETED: () => {} };
  it('fails fast on a bad configuration, naming the problem', () => {
    expect(() => createWebhookHandler({ secret: '', on })).toThrow(/empty string/);
    expect(() => createWebhookHandler({ secret: [], on })).toThrow(/No signing secret/);
    expect(() => createWebhookHandler({ secret: SECRET, on: { WORKFLOW_RUN_DONE: () => {} } as never })).toThrow(/on\.WORKFLOW_RUN_DONE is not a Popp event type.*WORKFLOW_RUN_COMPLETED/);
    expect(() => createWebhookHandler({ secret: SECRET, on: { WORKFLOW_RUN_COMPLETED: 'save' } as never })).toThrow(/must be a function/);
    expect(() => createWebhookHandler({ secret: SECRET, on: null as never })).toThrow(/`on` must be an object/);
    expect(() => createWebhookHandler({ secret: SECRET, on, maxBodyBytes: 0 })).toThrow(RangeError);
    expect(() => createWebhookHandler({ secret: SECRET, on, onUnknown: 1 as never })).toThrow(/onUnknown/);
  });

  it('refuses a blank secret at start-up (a whitespace-only one used to pass, then turn every mismatch into a 500)', () => {
    expect(() => createWebhookHandler({ secret: '\n', on })).toThrow(/The signing secret is only whitespace \(1 character\)/);
    expect(() => createWebhookHandler({ secret: [SECRET, '  '], on })).toThrow(/Signing secret #2 is only whitespace \(2 characters\)/);
    expect(() => createWebhookHandler({ secret: '\uFEFF\r\n', on })).toThrow(TypeError);
    for (const secret of ['\n', [SECRET, '  ']]) {
      try {
        createWebhookHandler({ secret, on });
      } catch (error) {
        expect((error as Error).message).not.toContain(SECRET);
      }
    }
  });

  it('refuses a handlerTimeoutMs that is not a positive integer a timer can hold', () => {
    for (const handlerTimeoutMs of [0, -1, 1.5, Number.NaN, Infinity, 2 ** 31]) {
      expect(() => createWebhookHandler({ secret: SECRET, on, handlerTimeoutMs }), String(handlerTimeoutMs)).toThrow(/handlerTimeoutMs must be a positive integer of milliseconds up to 2147483647/);
    }
    expect(() => createWebhookHandler({ secret: SECRET, on, handlerTimeoutMs: 2 ** 31 - 1 })).not.toThrow();
  });

  it('defaults to console for its warnings', async () => {
    const warned: unknown[] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => void warned.push(args);
    try {
      const handler = createWebhookHandler({ secret: SECRET, on });
      const body = JSON.stringify(examples.WORKFLOW_PUBLISHED[0]);
      await handler(new Request('http://receiver.test/', { method: 'POST', body, headers: { 'content-type': 'application/json', 'x-signature': await signPayload(body, SECRET) } }));
    } finally {
      console.warn = original;
    }
    expect(warned).toEqual([[expect.stringContaining('no handler for WORKFLOW_PUBLISHED')]]);
  });
});
