// Strict contract, tolerant receiver (issue 9) over a real node:http server: every payload the docs leave open
// reaches the `on` handler with its drift reported; a signed delivery that breaks even the tolerant profile is
// rejected (Popp keeps it) or handed to onInvalid (the user keeps it) — never lost either way.
import { describe, expect, it } from 'vitest';
import { examples } from '../../generated/examples.js';
import type { PoppWebhookEvent } from '../../src/events.js';
import { createWebhookHandler, parseEvent, type DriftReport, type InvalidDelivery, type WebhookHandlerOptions } from '../../src/webhooks/index.js';
import { evolutions, evolved } from '../helpers/evolutions.js';
import { deliveryHeaders, nodeHttpTransport, recordingLog, SECRET, type Answer } from '../helpers/webhooks.js';

/** A receiver on node:http that records what reaches `on` (every known type) and onDrift. */
async function receiver(options: Partial<WebhookHandlerOptions> = {}) {
  const received: PoppWebhookEvent[] = [];
  const drift: DriftReport[] = [];
  const record = (event: PoppWebhookEvent) => void received.push(event);
  const on = Object.fromEntries(Object.keys(examples).map((type) => [type, record])) as WebhookHandlerOptions['on'];
  const { log, warnings, errors } = recordingLog();
  const handler = createWebhookHandler({ secret: SECRET, on, log, onDrift: (report) => void drift.push(report), ...options });
  const server = await nodeHttpTransport.start(handler);
  const send = async (body: string | Uint8Array): Promise<Answer> => server.send({ body, headers: await deliveryHeaders(body) });
  return { send, received, drift, warnings, errors, close: server.close };
}

describe('the receiver reads what Popp may plausibly send (tolerant, the default)', () => {
  it.each(evolutions.map((item) => [item.name, item] as const))('%s: 200, the on handler runs, the drift is reported', async (_name, item) => {
    const receiving = await receiver();
    try {
      const answer = await receiving.send(JSON.stringify(item.payload));
      expect(answer.status, JSON.stringify(answer.json)).toBe(200);
      expect(answer.json.outcome).toBe('processed');
      expect(receiving.received).toEqual([item.payload]);
      const reported = receiving.drift.flatMap((report) => report.deviations);
      expect([...reported].sort((a, b) => a.path.localeCompare(b.path))).toEqual([...item.deviations].sort((a, b) => a.path.localeCompare(b.path)));
      if (item.deviations.length > 0) expect(receiving.drift[0]).toMatchObject({ event: (item.payload as { event: string }).event, eventId: (item.payload as { eventId: string }).eventId });
    } finally {
      await receiving.close();
    }
  });

  it('under profile strict, the same drift is a 422 and reaches no handler', async () => {
    const receiving = await receiver({ profile: 'strict' });
    try {
      for (const item of evolutions.filter((evolution) => evolution.deviations.length > 0)) {
        const answer = await receiving.send(JSON.stringify(item.payload));
        // 422 for the payload, 400 when the envelope itself drifts (its eventTimestamp).
        expect(answer.status, item.name).toBe(item.deviations.some((deviation) => deviation.path === '/eventTimestamp') ? 400 : 422);
        expect((answer.json.issues as { path: string }[]).map((issue) => issue.path).sort(), item.name).toEqual(item.deviations.map((deviation) => deviation.path).sort());
      }
      expect(receiving.received).toEqual([]);
      expect(receiving.drift).toEqual([]);
    } finally {
      await receiving.close();
    }
  });

  it('by default warns once per event type, path (any array index) and kind, and never fails the delivery for it', async () => {
    const { log, warnings } = recordingLog();
    const handler = createWebhookHandler({ secret: SECRET, on: { WORKFLOW_RUN_COMPLETED: () => {} }, log });
    const server = await nodeHttpTransport.start(handler);
    try {
      const send = async (body: string) => server.send({ body, headers: await deliveryHeaders(body) });
      const first = evolved('WORKFLOW_RUN_COMPLETED', ['/eventId', 'evt_d1'], ['/data/nodes/0/nodeType', 'TIMED_WAIT']);
      const second = evolved('WORKFLOW_RUN_COMPLETED', ['/eventId', 'evt_d2'], ['/data/nodes/1/nodeType', 'LOOP']);
      const third = evolved('WORKFLOW_RUN_COMPLETED', ['/eventId', 'evt_d3'], ['/data/outcome', 'paused']);
      for (const payload of [first, second, third]) expect((await send(JSON.stringify(payload))).status).toBe(200);
      expect(warnings).toEqual([
        expect.stringMatching(/^Popp webhook: WORKFLOW_RUN_COMPLETED drifts from the documented contract .*: \/data\/nodes\/0\/nodeType unknown-enum-value "TIMED_WAIT" \(first seen in evt_d1/),
        expect.stringMatching(/\/data\/outcome unknown-enum-value "paused" \(first seen in evt_d3/),
      ]);
    } finally {
      await server.close();
    }
  });

  it('a throwing onDrift is logged and the delivery is still processed', async () => {
    const receiving = await receiver({ onDrift: () => { throw new Error('drift sink down'); } });
    try {
      const answer = await receiving.send(JSON.stringify(evolved('WORKFLOW_RUN_FAILED', ['/data/errorCode', 'QUOTA_EXCEEDED'])));
      expect(answer.json.outcome).toBe('processed');
      expect(receiving.received).toHaveLength(1);
      expect(receiving.errors.map((entry) => entry.message)).toEqual(['Popp webhook: onDrift threw; the delivery is processed anyway']);
    } finally {
      await receiving.close();
    }
  });
});

describe('onInvalid: a signed delivery that breaks even the tolerant profile', () => {
  const broken = evolved('WORKFLOW_RUN_COMPLETED', ['/eventId', 'evt_broken'], ['/data/truncated', 'no'], ['/data/nodes/0/outcome/kind', 7]);
  const brokenBody = JSON.stringify(broken);

  it("'reject' (the default): 422 with the paths, so Popp keeps the delivery; no handler runs", async () => {
    const receiving = await receiver();
    try {
      const answer = await receiving.send(brokenBody);
      expect(answer.status).toBe(422);
      expect(answer.json).toMatchObject({ outcome: 'rejected', error: 'schema-violation', event: 'WORKFLOW_RUN_COMPLETED', eventId: 'evt_broken' });
      expect((answer.json.issues as { path: string }[]).map((issue) => issue.path).sort()).toEqual(['/data/nodes/0/outcome/kind', '/data/truncated']);
      expect(receiving.received).toEqual([]);
    } finally {
      await receiving.close();
    }
  });

  it('a function keeps it: 200 only once it resolved, then duplicates are duplicates, and parseEvent reads what was kept', async () => {
    const kept: InvalidDelivery[] = [];
    const receiving = await receiver({ onInvalid: async (delivery) => void kept.push(delivery) });
    try {
      const answer = await receiving.send(brokenBody);
      expect(answer.status).toBe(200);
      expect(answer.json).toMatchObject({ outcome: 'kept-invalid', error: 'schema-violation', event: 'WORKFLOW_RUN_COMPLETED', eventId: 'evt_broken' });
      expect(kept).toHaveLength(1);
      const [delivery] = kept as [InvalidDelivery];
      expect(Buffer.from(delivery.rawBody).toString('utf8')).toBe(brokenBody);
      expect(delivery).toMatchObject({ text: brokenBody, code: 'schema-violation', envelope: broken, signature: (await deliveryHeaders(brokenBody))['x-signature'] });
      expect(delivery.issues.map((issue) => issue.path).sort()).toEqual(['/data/nodes/0/outcome/kind', '/data/truncated']);
      expect((await receiving.send(brokenBody)).json.outcome).toBe('duplicate');
      expect(kept).toHaveLength(1);
      const replayed = parseEvent(delivery.rawBody);
      expect(replayed.ok).toBe(false);
      expect(!replayed.ok && replayed.error).toMatchObject({ code: 'schema-violation', envelope: broken });
      expect(receiving.received).toEqual([]);
    } finally {
      await receiving.close();
    }
  });

  it('a function that throws gets a 500, so Popp retries, and the retry is kept', async () => {
    let attempts = 0;
    const kept: InvalidDelivery[] = [];
    const receiving = await receiver({
      onInvalid: (delivery) => {
        if (++attempts === 1) throw new Error('dead-letter table unavailable');
        kept.push(delivery);
      },
    });
    try {
      const first = await receiving.send(brokenBody);
      expect(first.status).toBe(500);
      expect(first.json).toMatchObject({ outcome: 'failed', error: 'handler-failed', eventId: 'evt_broken' });
      expect((await receiving.send(brokenBody)).json.outcome).toBe('kept-invalid');
      expect(kept).toHaveLength(1);
    } finally {
      await receiving.close();
    }
  });

  it('a signed body that is not JSON at all reaches it too, without an envelope; an unsigned one never does', async () => {
    const kept: InvalidDelivery[] = [];
    const receiving = await receiver({ onInvalid: (delivery) => void kept.push(delivery) });
    try {
      const answer = await receiving.send('{"event": "WORKFLOW_RUN_COMP');
      expect(answer.status).toBe(200);
      expect(answer.json).toMatchObject({ outcome: 'kept-invalid', error: 'body-not-json' });
      expect(kept).toEqual([expect.objectContaining({ code: 'body-not-json', envelope: undefined, text: '{"event": "WORKFLOW_RUN_COMP', issues: [] })]);
      const unsigned = await nodeHttpTransport.start(createWebhookHandler({ secret: SECRET, on: {}, onInvalid: (delivery) => void kept.push(delivery), log: recordingLog().log }));
      try {
        const refused = await unsigned.send({ body: brokenBody, headers: await deliveryHeaders(brokenBody, 'another-secret') });
        expect(refused.status).toBe(401);
      } finally {
        await unsigned.close();
      }
      expect(kept).toHaveLength(1);
    } finally {
      await receiving.close();
    }
  });

  it('refuses a bad option at creation', () => {
    expect(() => createWebhookHandler({ secret: SECRET, on: {}, onInvalid: 'keep' as never })).toThrow("onInvalid must be 'reject' or a function");
    expect(() => createWebhookHandler({ secret: SECRET, on: {}, profile: 'lenient' as never })).toThrow("profile must be 'strict' or 'tolerant'");
    expect(() => createWebhookHandler({ secret: SECRET, on: {}, onDrift: 'warn' as never })).toThrow('onDrift must be a function');
  });
});
