// One conformance suite for every IdempotencyStore: memory, Redis through node-redis and ioredis, PostgreSQL
// through pg and PGlite, against the real engines (test/stores/engines.ts). Waits for a lease or a TTL to lapse
// are polls bounded by time, with the margin stated; nothing asserts how fast anything is.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { examples } from '../../generated/examples.js';
import { createWebhookHandler, type ClaimResult, type ClaimToken, type IdempotencyStore } from '../../src/webhooks/index.js';
import { deferred, deliveryHeaders, SECRET, withEventId } from '../helpers/webhooks.js';
import { ENGINES, uniqueName, type Engine } from './engines.js';

// A short lease or TTL lapses within LAPSE_MS of real time on any machine. The bound is 40× the longest of
// them (250 ms): it only keeps a broken store from hanging the suite.
const SHORT_MS = 250;
const LAPSE_BOUND_MS = 10_000;
const HASH = 'a'.repeat(64);
const OTHER_HASH = 'b'.repeat(64);
const quiet = { warn() {}, error() {} };

async function claimAs(store: IdempotencyStore, eventId: string, leaseMs = 60_000, payloadHash = HASH): Promise<ClaimResult> {
  return store.claim(eventId, { leaseMs, payloadHash });
}

function tokenOf(result: ClaimResult): ClaimToken {
  if (result.status !== 'claimed') throw new Error(`expected a claim, got ${result.status}`);
  return result.token;
}

/** Claims until the store grants it, bounded by LAPSE_BOUND_MS; what a retry after a lapse does. */
async function claimOnceLapsed(store: IdempotencyStore, eventId: string, payloadHash = HASH): Promise<{ result: ClaimResult; waitedFor: string[] }> {
  const until = Date.now() + LAPSE_BOUND_MS;
  const waitedFor: string[] = [];
  for (;;) {
    const result = await claimAs(store, eventId, 60_000, payloadHash);
    if (result.status === 'claimed' || Date.now() > until) return { result, waitedFor };
    waitedFor.push(result.status);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

async function timestampOf(engine: Engine): Promise<number> {
  const { rows } = await engine.database!.query('SELECT statement_timestamp() AS at');
  return new Date((rows[0] as { at: Date | string }).at).getTime();
}

async function delivery(body: string): Promise<Request> {
  return new Request('http://receiver.test/webhooks/popp', { method: 'POST', body, headers: await deliveryHeaders(body) });
}

describe.each(Object.keys(ENGINES))('IdempotencyStore conformance: %s', (engineName) => {
  let engine: Engine;
  beforeAll(async () => {
    engine = await ENGINES[engineName]!();
  });
  afterAll(async () => engine?.close());

  it('runs the same event, delivered twice, once', async () => {
    const store = await engine.store();
    let calls = 0;
    const popp = createWebhookHandler({ secret: SECRET, idempotency: store, log: quiet, on: { WORKFLOW_RUN_COMPLETED: () => void calls++ } });
    const body = withEventId(examples.WORKFLOW_RUN_COMPLETED[0]!, uniqueName('evt'));
    expect(await (await popp(await delivery(body))).json()).toMatchObject({ outcome: 'processed' });
    expect(await (await popp(await delivery(body))).json()).toMatchObject({ outcome: 'duplicate' });
    expect(calls).toBe(1);
  });

  it('grants one of 50 parallel claims, and runs one of 50 parallel deliveries', async () => {
    const store = await engine.store();
    const claims = await Promise.all(Array.from({ length: 50 }, () => claimAs(store, 'evt_parallel')));
    expect(claims.filter((claim) => claim.status === 'claimed')).toHaveLength(1);
    expect(new Set(claims.map((claim) => claim.status))).toEqual(new Set(['claimed', 'in-progress']));

    let calls = 0;
    const gate = deferred();
    const popp = createWebhookHandler({ secret: SECRET, idempotency: store, log: quiet, onError: () => {}, on: { WORKFLOW_RUN_COMPLETED: () => (calls++, gate.promise) } });
    const body = withEventId(examples.WORKFLOW_RUN_COMPLETED[0]!, uniqueName('evt'));
    // The running delivery waits until the 49 others are answered: each of them meets its claim, so 409.
    let answered = 0;
    const answers = Array.from({ length: 50 }, async () => {
      const { status } = await popp(await delivery(body));
      if (++answered === 49) gate.resolve();
      return status;
    });
    const all = await Promise.all(answers);
    expect(all.filter((status) => status === 200)).toHaveLength(1);
    expect(all.filter((status) => status === 409)).toHaveLength(49);
    expect(calls).toBe(1);
  });

  it("lets a retry take over a crashed owner's lapsed lease, after which the old owner can end nothing", async () => {
    const store = await engine.store();
    const crashed = tokenOf(await claimAs(store, 'evt_crash', SHORT_MS));
    expect((await claimAs(store, 'evt_crash')).status).toBe('in-progress');
    const { result, waitedFor } = await claimOnceLapsed(store, 'evt_crash');
    expect(waitedFor.every((status) => status === 'in-progress')).toBe(true);
    const retry = tokenOf(result);
    expect(await store.complete(crashed)).toBe(false);
    expect(await store.extend(crashed, 60_000)).toBe(false);
    expect(await store.release(crashed)).toBe(false);
    // The old owner's release deleted nothing: the retry still holds the event.
    expect((await claimAs(store, 'evt_crash')).status).toBe('in-progress');
    expect(await store.complete(retry)).toBe(true);
    expect((await claimAs(store, 'evt_crash')).status).toBe('completed');
  });

  it('refuses release, complete and extend to anyone but the owner, and lets the owner do each', async () => {
    const store = await engine.store();
    const token = tokenOf(await claimAs(store, 'evt_owner'));
    const stranger = { eventId: 'evt_owner', owner: 'not-the-owner' };
    expect([await store.release(stranger), await store.complete(stranger), await store.extend(stranger, 60_000)]).toEqual([false, false, false]);
    expect((await claimAs(store, 'evt_owner')).status).toBe('in-progress');
    expect(await store.extend(token, 60_000)).toBe(true);
    expect(await store.release(token)).toBe(true);
    const again = tokenOf(await claimAs(store, 'evt_owner'));
    expect(await store.complete(again)).toBe(true);
    // Completed: neither owner nor stranger can release or extend it, and a second complete changes nothing.
    expect([await store.release(again), await store.extend(again, 60_000), await store.complete(again)]).toEqual([false, false, false]);
    expect((await claimAs(store, 'evt_owner')).status).toBe('completed');
  });

  it('reports another payload under a live eventId as a conflict, in progress and completed', async () => {
    const store = await engine.store();
    const token = tokenOf(await claimAs(store, 'evt_conflict'));
    expect((await claimAs(store, 'evt_conflict', 60_000, OTHER_HASH)).status).toBe('conflict');
    await store.complete(token);
    expect((await claimAs(store, 'evt_conflict', 60_000, OTHER_HASH)).status).toBe('conflict');
    expect((await claimAs(store, 'evt_conflict')).status).toBe('completed');
  });

  it('forgets a completed event after its TTL', async () => {
    const store = await engine.store({ ttlMs: SHORT_MS });
    expect(await store.complete(tokenOf(await claimAs(store, 'evt_ttl')))).toBe(true);
    expect((await claimAs(store, 'evt_ttl')).status).toBe('completed');
    const { result, waitedFor } = await claimOnceLapsed(store, 'evt_ttl');
    expect(result.status).toBe('claimed');
    expect(waitedFor.every((status) => status === 'completed')).toBe(true);
  });

  it("measures leases and TTLs by the store's clock, not by a receiver's skewed Date.now", async () => {
    // PGlite runs inside the receiver's process and its PostgreSQL reads that process's clock (Date.now, through
    // Emscripten): the store's clock and the receiver's are one, and only one process can open its data.
    if (engine.clockIsTheProcess) {
      const before = await timestampOf(engine);
      const skew = vi.spyOn(Date, 'now').mockImplementation(() => before + 3_600_000);
      try {
        expect(await timestampOf(engine)).toBeGreaterThanOrEqual(before + 3_600_000);
      } finally {
        skew.mockRestore();
      }
      return;
    }
    const store = await engine.store({ ttlMs: 60_000 });
    const real = Date.now.bind(Date);
    const skew = vi.spyOn(Date, 'now');
    try {
      // A receiver an hour behind claims with a minute's lease; one an hour ahead asks. By either local clock
      // the lease would have lapsed (or never begun); by the store's it holds.
      skew.mockImplementation(() => real() - 3_600_000);
      const token = tokenOf(await claimAs(store, 'evt_skew'));
      skew.mockImplementation(() => real() + 3_600_000);
      expect((await claimAs(store, 'evt_skew')).status).toBe('in-progress');
      expect(await store.extend(token, 60_000)).toBe(true);
      skew.mockImplementation(() => real() - 3_600_000);
      expect(await store.complete(token)).toBe(true);
      skew.mockImplementation(() => real() + 3_600_000);
      expect((await claimAs(store, 'evt_skew')).status).toBe('completed');
    } finally {
      skew.mockRestore();
    }
  });

  it('refuses a claim without a lease or a payload hash', async () => {
    const store = await engine.store();
    await expect(store.claim('evt', { leaseMs: 0, payloadHash: HASH })).rejects.toThrow(/leaseMs must be a positive integer/);
    await expect(store.claim('evt', { leaseMs: 1000 } as never)).rejects.toThrow(/payloadHash/);
  });
});

describe.each(['postgres (pg Pool)', 'PGlite'])('same-transaction mode: %s', (engineName) => {
  let engine: Engine;
  let effects: string;
  beforeAll(async () => {
    engine = await ENGINES[engineName]!();
    effects = uniqueName('effects');
    await engine.database!.query(`CREATE TABLE ${effects} (event_id text PRIMARY KEY)`);
  });
  afterAll(async () => {
    await engine?.database?.query(`DROP TABLE IF EXISTS ${effects}`);
    await engine?.close();
  });

  const effectCount = async (eventId: string) => (await engine.database!.query(`SELECT 1 FROM ${effects} WHERE event_id = $1`, [eventId])).rows.length;

  it("commits the handler's writes with the completion, and rolls them back with a failure", async () => {
    const store = await engine.store({ transactional: true });
    expect(typeof store.completeInTransaction).toBe('function');
    let attempt = 0;
    const popp = createWebhookHandler({
      secret: SECRET,
      idempotency: store,
      log: quiet,
      onError: () => {},
      on: {
        WORKFLOW_RUN_COMPLETED: async (event, { transaction }) => {
          await transaction!.query(`INSERT INTO ${effects} (event_id) VALUES ($1)`, [event.eventId]);
          // The first attempt fails after its write: the write must not survive.
          if (attempt++ === 0) throw new Error('failed after writing');
        },
      },
    });
    const eventId = uniqueName('evt');
    const body = withEventId(examples.WORKFLOW_RUN_COMPLETED[0]!, eventId);
    expect(await (await popp(await delivery(body))).json()).toMatchObject({ error: 'handler-failed' });
    expect(await effectCount(eventId)).toBe(0);
    expect(await (await popp(await delivery(body))).json()).toMatchObject({ outcome: 'processed' });
    expect(await (await popp(await delivery(body))).json()).toMatchObject({ outcome: 'duplicate' });
    expect(await effectCount(eventId)).toBe(1);
    expect(attempt).toBe(2);
  });

  it('rolls back the work of an owner whose lease was taken over (pg); PGlite, held by the transaction, cannot be taken over', async () => {
    const store = await engine.store({ transactional: true });
    const eventId = uniqueName('evt');
    if (engine.name === 'PGlite') {
      // One connection, held by the transaction: no claim can run until it ends, so a handler that outlasts
      // its lease keeps it (extended through the transaction) and completes; its signal does not abort.
      let aborted: boolean | undefined;
      const popp = createWebhookHandler({
        secret: SECRET,
        idempotency: store,
        leaseMs: 60,
        log: quiet,
        on: {
          WORKFLOW_RUN_COMPLETED: async (event, { transaction, signal }) => {
            await transaction!.query(`INSERT INTO ${effects} (event_id) VALUES ($1)`, [event.eventId]);
            await new Promise((resolve) => setTimeout(resolve, 300));
            aborted = signal.aborted;
          },
        },
      });
      expect(await (await popp(await delivery(withEventId(examples.WORKFLOW_RUN_COMPLETED[0]!, eventId)))).json()).toMatchObject({ outcome: 'processed' });
      expect(aborted).toBe(false);
      expect(await effectCount(eventId)).toBe(1);
      return;
    }
    const first = tokenOf(await claimAs(store, eventId, SHORT_MS));
    const outcome = await store.completeInTransaction!(first, async (transaction) => {
      await transaction.query(`INSERT INTO ${effects} (event_id) VALUES ($1)`, [eventId]);
      const { result } = await claimOnceLapsed(store, eventId);
      expect(result.status).toBe('claimed');
      return true;
    });
    expect(outcome).toBe('lost');
    expect(await effectCount(eventId)).toBe(0);
  });

  it('refuses writes through a transaction that has ended (an abandoned handler cannot reach a pooled connection)', async () => {
    const store = await engine.store({ transactional: true });
    let kept: { query(text: string): Promise<unknown> } | undefined;
    const outcome = await store.completeInTransaction!(tokenOf(await claimAs(store, uniqueName('evt'))), async (transaction) => ((kept = transaction), false));
    expect(outcome).toBe('rolled-back');
    await expect(kept!.query('SELECT 1')).rejects.toThrow(/transaction has ended/);
  });
});
