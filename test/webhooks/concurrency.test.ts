// At-least-once delivery meets exactly-once processing: the same events delivered 50 times at once, a
// handler that fails on its first attempt, and a sender that retries every non-2xx answer (as Popp does).
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { examples } from '../../generated/examples.js';
import { createWebhookHandler } from '../../src/webhooks/index.js';
import { deferred, deliveryHeaders, nodeHttpTransport, recordingLog, requestTransport, withEventId, type Answer, type Delivery } from '../helpers/webhooks.js';

const EVENT_IDS = ['evt_c1', 'evt_c2', 'evt_c3'];
const COPIES = 50;
// The sender retries for this long, not a number of times: under load, the 147 other first answers that release
// each held first attempt can take seconds, and a count of quick retries ran out before them. The test
// timeout is set above it, so running out shows as this test's own error.
const RETRY_FOR_MS = 25_000;

describe.each([requestTransport, nodeHttpTransport])('concurrent duplicate deliveries via $name', (transport) => {
  it('complete exactly once per eventId, and none is lost', async () => {
    const attempts = new Map<string, number>();
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
          if (attempt === 1) {
            await othersAnswered.promise;
            throw new Error(`first attempt at ${event.eventId} fails`);
          }
          await sleep(2);
          completed.push(event.eventId);
        },
      },
    });
    const receiver = await transport.start(handler);

    // Popp's side: resend any delivery that did not get a 2xx, with a growing backoff (capped at 100 ms
    // here, to keep the test short), for a bounded time.
    async function deliver(delivery: Delivery): Promise<{ final: Answer; statuses: number[] }> {
      const statuses: number[] = [];
      const giveUpAt = Date.now() + RETRY_FOR_MS;
      for (let attempt = 1; attempt === 1 || Date.now() < giveUpAt; attempt++) {
        const answer = await receiver.send(delivery);
        statuses.push(answer.status);
        if (attempt === 1 && ++firstAnswers === EVENT_IDS.length * (COPIES - 1)) othersAnswered.resolve();
        if (answer.status >= 200 && answer.status < 300) return { final: answer, statuses };
        await sleep(Math.min(5 * 2 ** attempt, 100) * (0.5 + Math.random()));
      }
      throw new Error(`not acknowledged within ${RETRY_FOR_MS} ms (${statuses.length} attempts): ${statuses.join(' ')}`);
    }

    try {
      const deliveries = await Promise.all(
        EVENT_IDS.map(async (eventId) => {
          const body = withEventId(examples.WORKFLOW_RUN_COMPLETED[0], eventId);
          return { body, headers: await deliveryHeaders(body, 'concurrency-secret') };
        }),
      );
      const results = await Promise.all(deliveries.flatMap((delivery) => Array.from({ length: COPIES }, () => deliver(delivery))));

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
  }, 2 * RETRY_FOR_MS);
});
