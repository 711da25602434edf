// popp-workflow-contract/testing: examples, buildEvent and signRequest, used as a receiver's own tests would.
import { describe, expect, it } from 'vitest';
import { KNOWN_EVENT_TYPES } from '../../src/events.js';
import { buildEvent, examples, signRequest } from '../../src/testing/index.js';
import { validateEvent } from '../../src/validators.js';
import { createWebhookHandler, toNodeListener, verifySignature } from '../../src/webhooks/index.js';
import { listen } from '../helpers/webhooks.js';

describe('examples', () => {
  it('has valid examples of every event type, the docs\' first', () => {
    expect(Object.keys(examples).sort()).toEqual([...KNOWN_EVENT_TYPES].sort());
    for (const type of KNOWN_EVENT_TYPES) {
      for (const example of examples[type]) expect(validateEvent(example, { profile: 'strict' }), type).toEqual({ ok: true, event: example, deviations: [] });
    }
  });
});

describe('buildEvent', () => {
  it('builds a valid event of every type, each with its own eventId', () => {
    for (const type of KNOWN_EVENT_TYPES) {
      const [first, second] = [buildEvent(type), buildEvent(type)];
      expect(validateEvent(first).ok, type).toBe(true);
      expect(first.event).toBe(type);
      expect(first.eventId).not.toBe(second.eventId);
      expect({ ...first, eventId: examples[type][0].eventId }).toEqual(examples[type][0]);
    }
  });

  it('merges overrides deeply, replaces arrays, removes undefined properties', () => {
    const event = buildEvent('WORKFLOW_RUN_COMPLETED', { eventId: 'evt_mine', data: { recordId: 'run_1', finalNodeId: undefined, nodes: [] } });
    expect(event.eventId).toBe('evt_mine');
    expect(event.data.recordId).toBe('run_1');
    expect(event.data.organizationId).toBe(examples.WORKFLOW_RUN_COMPLETED[0].data.organizationId);
    expect(event.data.nodes).toEqual([]);
    expect('finalNodeId' in event.data).toBe(false);
  });

  it('replaces a union member of another kind instead of mixing the two', () => {
    const event = buildEvent('WORKFLOW_NODE_COMPLETED', { data: { nodeType: 'CONDITION', outcome: { kind: 'condition', targetNodeId: 'next', targetNodeLabel: null } } });
    expect(event.data.outcome).toEqual({ kind: 'condition', targetNodeId: 'next', targetNodeLabel: null });
  });

  it('does not change the shared examples', () => {
    const before = structuredClone(examples.WORKFLOW_RUN_FAILED[0]);
    buildEvent('WORKFLOW_RUN_FAILED', { data: { errorCode: 'EXECUTOR_TIMEOUT', nodes: [] } }).data.organizationId = 'changed';
    expect(examples.WORKFLOW_RUN_FAILED[0]).toEqual(before);
  });

  it('throws when the overrides break the schema, naming each path', () => {
    const build = () => buildEvent('WORKFLOW_RUN_FAILED', { data: { errorCode: 'QUOTA_EXCEEDED' as never, outcome: undefined } });
    expect(build).toThrow(/WORKFLOW_RUN_FAILED event break its schema \(2 problems\):/);
    expect(build).toThrow(/\/data\/errorCode: must be one of "EXECUTOR_TIMEOUT"/);
    expect(build).toThrow(/\/data\/outcome: is required/);
    expect(() => buildEvent('NOT_A_TYPE' as never)).toThrow(/not a Popp event type/);
  });
});

describe('signRequest', () => {
  const secret = 'testing-secret';

  it('signs the JSON of an event, or a raw body byte for byte', async () => {
    const event = buildEvent('WORKFLOW_RUN_STARTED');
    const signed = await signRequest(event, secret);
    expect(signed).toEqual({ method: 'POST', body: JSON.stringify(event), headers: { 'content-type': 'application/json', 'x-signature': expect.stringMatching(/^[0-9a-f]{64}$/) } });
    expect(await verifySignature(signed.body, signed.headers['x-signature'], secret)).toBe(true);
    const raw = '{ "spaced" :  true }';
    expect((await signRequest(raw, secret)).body).toBe(raw);
    const bytes = new TextEncoder().encode(raw);
    const signedBytes = await signRequest(bytes, secret);
    expect(signedBytes.body).toBe(bytes);
    expect(await verifySignature(bytes, signedBytes.headers['x-signature'], secret)).toBe(true);
  });

  it('is ready for fetch() against a real receiver, and for new Request()', async () => {
    const received: string[] = [];
    const handler = createWebhookHandler({ secret, on: { WORKFLOW_RUN_FAILED: (event) => void received.push(event.data.errorCode) } });
    const server = await listen(toNodeListener(handler));
    try {
      const response = await fetch(`${server.url}/webhooks/popp`, await signRequest(buildEvent('WORKFLOW_RUN_FAILED', { data: { errorCode: 'EXECUTOR_TIMEOUT' } }), secret));
      expect(response.status).toBe(200);
      const direct = await handler(new Request('http://receiver.test/', await signRequest(buildEvent('WORKFLOW_RUN_FAILED'), secret)));
      expect(direct.status).toBe(200);
      const forged = await handler(new Request('http://receiver.test/', await signRequest(buildEvent('WORKFLOW_RUN_FAILED'), 'not-the-secret')));
      expect(forged.status).toBe(401);
    } finally {
      await server.close();
    }
    expect(received).toEqual(['EXECUTOR_TIMEOUT', 'DOWNSTREAM_SERVICE_ERROR']);
  });
});
