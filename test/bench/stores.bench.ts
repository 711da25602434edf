/**
 * Idempotency stores: claim + complete against the raw engine doing the equivalent work in the same run, and
 * the webhook handler's deliveries with each store against the in-memory store.
 *
 * Raw work: Redis `SET key value NX PX lease` then `SET key value PX ttl` (the store: the same SET NX PX, then
 * an owner-checked Lua script); PostgreSQL `INSERT … ON CONFLICT DO NOTHING` then `UPDATE` on a table of the
 * same shape and index (the store: an INSERT … ON CONFLICT DO UPDATE … WHERE lapsed RETURNING, then an
 * owner-checked UPDATE … RETURNING). Both sides use the same client and fresh eventIds. Timed in interleaved
 * pairs (baseline, store, store, baseline, …); a round's ratio is the store's median latency over the
 * baseline's, the reported ratio the median of the rounds, with their range. Target: ≤ 1.2× (issue 13).
 */
import { cpus, loadavg } from 'node:os';
import { PGlite } from '@electric-sql/pglite';
import { createPostgresIdempotencyStore, type Queryable } from '../../src/stores/postgres/index.js';
import { schemaStatements } from '../../src/stores/postgres/schema.js';
import { createRedisIdempotencyStore } from '../../src/stores/redis/index.js';
import { createMemoryIdempotencyStore, createWebhookHandler, type IdempotencyStore } from '../../src/webhooks/index.js';
import { examples } from '../../generated/examples.js';
import { connectIoRedis, connectNodeRedis, connectPostgres, deleteRedisKeys, uniqueName } from '../stores/engines.js';
import { deliveryHeaders, SECRET, withEventId } from '../helpers/webhooks.js';
import type { BenchSection } from './run-all.js';
import { median, us } from './stats.js';

const TARGET = 1.2;
const ROUNDS = 5;
const PAIRS = 400;
const WARMUP_PAIRS = 100;
const LEASE = '30000';
const TTL = '604800000';
const HASH = 'a'.repeat(64);

interface Pair {
  name: string;
  baseline: (n: number) => Promise<unknown>;
  subject: (n: number) => Promise<unknown>;
  informational?: boolean;
}

export async function run(): Promise<BenchSection> {
  const nodeRedis = await connectNodeRedis();
  const ioRedis = await connectIoRedis();
  const pool = await connectPostgres(4);
  const pglite = await PGlite.create();
  const prefix = `${uniqueName('popp-bench')}:`;
  const schema = uniqueName('popp_bench');
  let counter = 0;
  const id = (side: string) => `evt_${side}_${counter++}`;
  try {
    const pgStore = createPostgresIdempotencyStore({ client: pool, schema, table: 'store' });
    await pgStore.ensureSchema();
    for (const statement of schemaStatements({ schema, table: 'raw' })) await pool.query(statement);
    const pgliteStore = createPostgresIdempotencyStore({ client: pglite, table: 'store' });
    await pgliteStore.ensureSchema();
    for (const statement of schemaStatements({ schema: undefined, table: 'raw' })) await pglite.query(statement);

    const claimComplete = (store: IdempotencyStore) => async () => {
      const claim = await store.claim(id('store'), { leaseMs: 30_000, payloadHash: HASH });
      if (claim.status !== 'claimed' || !(await store.complete(claim.token))) throw new Error('bench: claim + complete failed');
    };
    const redisRaw = (send: (args: string[]) => Promise<unknown>) => async () => {
      const key = `${prefix}raw:${id('raw')}`;
      if ((await send(['SET', key, `p|${globalThis.crypto.randomUUID()}|${HASH}`, 'NX', 'PX', LEASE])) === null) throw new Error('bench: raw SET NX failed');
      await send(['SET', key, `c|owner|${HASH}`, 'PX', TTL]);
    };
    const pgRaw = (client: Queryable, table: string) => async () => {
      const eventId = id('raw');
      await client.query(`INSERT INTO ${table} (event_id, state, owner, payload_hash, expires_at, updated_at) VALUES ($1, 'in-progress', $2, $3, statement_timestamp() + $4::double precision * interval '1 millisecond', statement_timestamp()) ON CONFLICT (event_id) DO NOTHING`, [eventId, globalThis.crypto.randomUUID(), HASH, 30_000]);
      await client.query(`UPDATE ${table} SET state = 'completed', expires_at = statement_timestamp() + $2::double precision * interval '1 millisecond', updated_at = statement_timestamp() WHERE event_id = $1`, [eventId, 604_800_000]);
    };
    const nodeRedisSend = (args: string[]) => nodeRedis.sendCommand(args);
    const ioRedisSend = ([name, ...args]: string[]) => ioRedis.call(name!, ...args);

    const storePairs: Pair[] = [
      { name: 'Redis via node-redis', baseline: redisRaw(nodeRedisSend), subject: claimComplete(createRedisIdempotencyStore({ client: nodeRedis, prefix: `${prefix}store:` })) },
      { name: 'Redis via ioredis', baseline: redisRaw(ioRedisSend), subject: claimComplete(createRedisIdempotencyStore({ client: ioRedis, prefix: `${prefix}io:` })) },
      { name: 'PostgreSQL via pg Pool', baseline: pgRaw(pool, `"${schema}"."raw"`), subject: claimComplete(pgStore) },
      { name: 'PGlite (in process)', baseline: pgRaw(pglite, '"raw"'), subject: claimComplete(pgliteStore) },
    ];

    // The handler: one signed delivery of a fresh event per call, straight into the Fetch handler (no HTTP).
    const deliver = (handler: (request: Request) => Promise<Response>, side: string) => async () => {
      const body = withEventId(examples.WORKFLOW_RUN_COMPLETED[0]!, id(side));
      const response = await handler(new Request('http://receiver.test/', { method: 'POST', body, headers: await deliveryHeaders(body) }));
      if (response.status !== 200) throw new Error(`bench: delivery answered ${response.status}`);
    };
    const handlerWith = (store: IdempotencyStore) => createWebhookHandler({ secret: SECRET, idempotency: store, on: { WORKFLOW_RUN_COMPLETED: () => {} } });
    const memory = handlerWith(createMemoryIdempotencyStore({ maxEntries: 1_000_000 }));
    const handlerPairs: Pair[] = [
      { name: 'Redis via node-redis', baseline: deliver(memory, 'memory'), subject: deliver(handlerWith(createRedisIdempotencyStore({ client: nodeRedis, prefix: `${prefix}h1:` })), 'h'), informational: true },
      { name: 'Redis via ioredis', baseline: deliver(memory, 'memory'), subject: deliver(handlerWith(createRedisIdempotencyStore({ client: ioRedis, prefix: `${prefix}h2:` })), 'h'), informational: true },
      { name: 'PostgreSQL via pg Pool', baseline: deliver(memory, 'memory'), subject: deliver(handlerWith(pgStore), 'h'), informational: true },
      { name: 'PostgreSQL via pg Pool, transactional', baseline: deliver(memory, 'memory'), subject: deliver(handlerWith(createPostgresIdempotencyStore({ client: pool, schema, table: 'store', transactional: true })), 'h'), informational: true },
      { name: 'PGlite', baseline: deliver(memory, 'memory'), subject: deliver(handlerWith(pgliteStore), 'h'), informational: true },
    ];

    const loadBefore = loadavg()[0] as number;
    let targetsMet = true;
    const storeRows: string[] = [];
    for (const pair of storePairs) {
      const { row, met } = await measure(pair, (ms) => `${us(ms)} (${Math.round(1000 / ms)}/s)`);
      targetsMet &&= met;
      storeRows.push(row);
    }
    const handlerRows: string[] = [];
    for (const pair of handlerPairs) handlerRows.push((await measure(pair, (ms) => `${us(ms)} (${Math.round(1000 / ms)}/s)`)).row);

    const markdown = `Claim + complete of a fresh eventId, per call, against the raw engine doing the equivalent work (see
test/bench/stores.bench.ts), over local Redis 7 and PostgreSQL 15 (127.0.0.1) and PGlite in process. Ratio:
store median / raw median over ${PAIRS} interleaved pairs, median of ${ROUNDS} rounds (range in brackets). Load
average (1 min) ${loadBefore.toFixed(1)} at the start and ${(loadavg()[0] as number).toFixed(1)} at the end, on ${cpus().length} CPUs.

| store | raw engine (median, calls/s) | store (median, calls/s) | ratio | target |
|---|---:|---:|---:|---|
${storeRows.join('\n')}

The webhook handler, one signed delivery of a fresh event per call straight into the Fetch handler (signature,
validation, payload hash, claim, handler, complete), with each store against the in-memory store:

| store | memory store (median, deliveries/s) | this store (median, deliveries/s) | ratio | target |
|---|---:|---:|---:|---|
${handlerRows.join('\n')}`;
    return { title: 'Idempotency stores', markdown, targetsMet };
  } finally {
    await pool.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`).catch(() => {});
    await pool.end();
    await deleteRedisKeys(ioRedis, prefix);
    ioRedis.disconnect();
    await nodeRedis.quit();
    await pglite.close();
  }
}

async function measure(pair: Pair, show: (ms: number) => string): Promise<{ row: string; met: boolean }> {
  const rounds = [];
  for (let round = 0; round < ROUNDS; round++) rounds.push(await pairedRound(pair.baseline, pair.subject));
  const ratios = rounds.map((round) => round.subject / round.baseline);
  const ratio = median(ratios);
  const met = pair.informational === true || ratio <= TARGET;
  const target = pair.informational ? '—' : `≤ ${TARGET.toFixed(2)}× ${met ? '✓' : '✗'}`;
  const row = `| ${pair.name} | ${show(median(rounds.map((round) => round.baseline)))} | ${show(median(rounds.map((round) => round.subject)))} | **${ratio.toFixed(3)}×** (${Math.min(...ratios).toFixed(3)}–${Math.max(...ratios).toFixed(3)}) | ${target} |`;
  return { row, met };
}

/** Median latency (ms) of each side over interleaved pairs; the order inside a pair alternates. */
async function pairedRound(baseline: (n: number) => Promise<unknown>, subject: (n: number) => Promise<unknown>): Promise<{ baseline: number; subject: number }> {
  const times = { baseline: [] as number[], subject: [] as number[] };
  const timed = async (side: 'baseline' | 'subject', fn: (n: number) => Promise<unknown>, pair: number, record: boolean) => {
    const started = performance.now();
    await fn(pair);
    if (record) times[side].push(performance.now() - started);
  };
  for (let pair = 0; pair < WARMUP_PAIRS + PAIRS; pair++) {
    const record = pair >= WARMUP_PAIRS;
    if (pair % 2 === 0) {
      await timed('baseline', baseline, pair, record);
      await timed('subject', subject, pair, record);
    } else {
      await timed('subject', subject, pair, record);
      await timed('baseline', baseline, pair, record);
    }
  }
  return { baseline: median(times.baseline), subject: median(times.subject) };
}

