// At-least-once delivery meets exactly-once processing: the same events delivered 50 times at once, a
// handler that fails on its first attempt, and a sender that retries every non-2xx answer (as Popp does).
// No step depends on how fast the machine is: the first attempts wait for every other copy's first answer,
// and a sender told 409 (in progress) retries once the attempt in progress has settled, not after a timer.
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { examples } from '../../generated/examples.js';
import { createWebhookHandler } from '../../src/webhooks/index.js';
import { deferred, deliveryHeaders, nodeFetchAdapterTransport, nodeHttpTransport, recordingLog, requestTransport, withEventId, type Answer, type Delivery } from '../helpers/webhooks.js';

const EVENT_IDS = ['evt_c1', 'evt_c2', 'evt_c3'];
const COPIES = 50;
// A hang detector, not a speed check: the whole exchange takes about a second on an idle 2-core machine.
const GIVE_UP_MS = 100_000;

describe.each([requestTransport, nodeHttpTransport, nodeFetchAdapterTransport])('concurrent duplicate deliveries via $name', (transport) => {
  it('complete exactly once per eventId, and none is lost', async () => {
    const attempts = new Map<string, number>();
    // Per eventId, the handler attempt in progress, settled when it returns or throws.
    const inProgress = new Map<string, Promise<void>>();
    const completed: string[] = [];
    const { log } = recordingLog();
    // Each event's first attempt is held until every other copy has had its first answer, so all of them
    // arrive while it is in progress, on any machine; then it fails.
    const othersAnswered = deferred();
    let firstAnswers = 0;
    const handler = createWebhookHandler({
      secret: 'concurrency-secret',
      log,
      onError: () => {},
      on: {
        WORKFLOW_RUN_COMPLETED: async (event) => {
          const attempt = (attempts.get(event.eventId) ?? 0) + 1;
          attempts.set(event.eventId, attempt);
          const settled = deferred();
          inProgress.set(event.eventId, settled.promise);
          try {
            if (attempt === 1) {
              await othersAnswered.promise;
              throw new Error(`first attempt at ${event.eventId} fails`);
            }
            await sleep(2);
            completed.push(event.eventId);
          } finally {
            settled.resolve();
          }
        },
      },
    });
    const receiver = await transport.start(handler);

    // Popp's side: resend any delivery that did not get a 2xx. Popp waits minutes between tries; here a
    // sender told 409 waits for the attempt in progress to settle, and any other answer is retried at once.
    async function deliver(delivery: Delivery, eventId: string): Promise<{ final: Answer; statuses: number[] }> {
      const statuses: number[] = [];
      const giveUpAt = Date.now() + GIVE_UP_MS;
      for (let attempt = 1; Date.now() < giveUpAt; attempt++) {
        const answer = await receiver.send(delivery);
        statuses.push(answer.status);
        if (attempt === 1 && ++firstAnswers === EVENT_IDS.length * (COPIES - 1)) othersAnswered.resolve();
        if (answer.status >= 200 && answer.status < 300) return { final: answer, statuses };
        // The claim outlives the handler by a step (it is completed or released after the handler returns):
        // a retry in that step is told 409 again, and yields to the event loop before the next one.
        if (answer.status === 409) await inProgress.get(eventId);
        await new Promise((resolve) => setImmediate(resolve));
      }
      throw new Error(`not acknowledged within ${GIVE_UP_MS / 1000} s: ${statuses.join(' ')}`);
    }

    try {
      const deliveries = await Promise.all(
        EVENT_IDS.map(async (eventId) => {
          const body = withEventId(examples.WORKFLOW_RUN_COMPLETED[0], eventId);
          return { eventId, delivery: { body, headers: await deliveryHeaders(body, 'concurrency-secret') } };
        }),
      );
      const results = await Promise.all(deliveries.flatMap(({ eventId, delivery }) => Array.from({ length: COPIES }, () => deliver(delivery, eventId))));

      expect(completed.sort()).toEqual(EVENT_IDS);
      for (const eventId of EVENT_IDS) expect(attempts.get(eventId)).toBeGreaterThanOrEqual(2);
      const finals = results.map((result) => result.final.json.outcome);
      expect(finals.filter((outcome) => outcome === 'processed')).toHaveLength(EVENT_IDS.length);
      expect(finals.filter((outcome) => outcome === 'duplicate')).toHaveLength(EVENT_IDS.length * (COPIES - 1));
      // Every other copy first found the event in progress; each first attempt's own delivery saw it fail.
      expect(results.filter((result) => result.statuses[0] === 409)).toHaveLength(EVENT_IDS.length * (COPIES - 1));
      expect(results.filter((result) => result.statuses[0] === 500)).toHaveLength(EVENT_IDS.length);
    } finally {
      await receiver.close();
    }
  }, GIVE_UP_MS + 20_000);
});
