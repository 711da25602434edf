// Several receivers, one store: 4 receiver processes (node:http, each on its own port) share a Redis or a
// PostgreSQL idempotency store. A driver sends 5,000 deliveries, 30 % of them duplicates, spread at random over
// the instances and retried like Popp retries (any non-2xx or a broken connection, after a pause); handlers fail
// 20 % of attempts; one instance is killed with SIGKILL mid-run and started again. In the end every eventId's
// effect is recorded, once.
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { examples } from '../../generated/examples.js';
import { deliveryHeaders, withEventId } from '../helpers/webhooks.js';
import { connectIoRedis, connectPostgres, deleteRedisKeys, uniqueName } from './engines.js';

const RECEIVER = join(dirname(fileURLToPath(import.meta.url)), 'instances/receiver.ts');
const INSTANCES = 4;
const DELIVERIES = 5000;
const DUPLICATE_SHARE = 0.3;
const CONCURRENCY = 48;
// A killed instance's claims are taken over once their lease lapses: short, so the run stays short, and still
// far longer than a handler takes (a couple of inserts), with extensions every third of it.
const LEASE_MS = 3000;
// Bounds the whole run (every delivery acknowledged) so a broken store fails instead of hanging: a run takes a
// few seconds on an idle 2-core machine; 180 s leaves a margin of 20× and more.
const RUN_BOUND_MS = 180_000;

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

function startReceiver(env: Record<string, string>, port: number): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', RECEIVER], { env: { ...process.env, ...env, PORT: String(port) }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => void (stderr += chunk.toString()));
  return new Promise((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('listening')) resolve(child);
    });
    child.once('exit', (code) => reject(new Error(`receiver on port ${port} exited (${code}) before listening: ${stderr.slice(0, 2000)}`)));
  });
}

interface Delivery {
  eventId: string;
  body: string;
  headers: Record<string, string>;
}

async function makeDeliveries(): Promise<{ deliveries: Delivery[]; eventIds: Set<string> }> {
  const unique = Math.round(DELIVERIES * (1 - DUPLICATE_SHARE));
  const originals: Delivery[] = [];
  for (let n = 0; n < unique; n++) {
    const eventId = `evt_multi_${n}`;
    const body = withEventId(examples.WORKFLOW_RUN_COMPLETED[0]!, eventId);
    originals.push({ eventId, body, headers: await deliveryHeaders(body) });
  }
  const duplicates = Array.from({ length: DELIVERIES - unique }, () => originals[Math.floor(Math.random() * unique)]!);
  const deliveries = [...originals, ...duplicates];
  for (let i = deliveries.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [deliveries[i], deliveries[j]] = [deliveries[j]!, deliveries[i]!];
  }
  return { deliveries, eventIds: new Set(originals.map((delivery) => delivery.eventId)) };
}

describe.each(['redis', 'postgres'] as const)('4 receiver instances sharing the %s store', (storeKind) => {
  let pool: pg.Pool;
  const schema = uniqueName('popp_multi');
  const prefix = `${uniqueName('popp-multi')}:`;
  const children: ChildProcess[] = [];

  beforeAll(async () => {
    pool = await connectPostgres(4);
    await pool.query(`CREATE SCHEMA "${schema}"`);
    await pool.query(`CREATE TABLE "${schema}".effects (event_id text PRIMARY KEY, pid integer NOT NULL)`);
    await pool.query(`CREATE TABLE "${schema}".doubles (event_id text NOT NULL, pid integer NOT NULL, first_pid integer)`);
    if (storeKind === 'postgres') {
      const { createPostgresIdempotencyStore } = await import('../../src/stores/postgres/index.js');
      await createPostgresIdempotencyStore({ client: pool, schema }).ensureSchema();
    }
  });

  afterAll(async () => {
    for (const child of children) child.kill('SIGKILL');
    await pool?.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    await pool?.end();
    if (storeKind === 'redis') {
      const redis = await connectIoRedis();
      await deleteRedisKeys(redis, prefix);
      redis.disconnect();
    }
  });

  it('records every eventId\'s effect exactly once, through failures, duplicates and a SIGKILL', { timeout: RUN_BOUND_MS + 60_000 }, async () => {
    const env = { STORE: storeKind, PREFIX: prefix, SCHEMA: schema, LEASE_MS: String(LEASE_MS) };
    const ports = await Promise.all(Array.from({ length: INSTANCES }, freePort));
    children.push(...(await Promise.all(ports.map((port) => startReceiver(env, port)))));
    const { deliveries, eventIds } = await makeDeliveries();

    const until = Date.now() + RUN_BOUND_MS;
    const queue = [...deliveries];
    let acknowledged = 0;
    let attempts = 0;
    const statuses = new Map<string, number>();
    let killed: { pid: number; atAcknowledged: number } | undefined;
    const restart = async () => {
      const victim = children[1]!;
      killed = { pid: victim.pid!, atAcknowledged: acknowledged };
      victim.kill('SIGKILL');
      await new Promise((resolve) => victim.once('exit', resolve));
      children[1] = await startReceiver(env, ports[1]!);
    };
    let restarting: Promise<void> | undefined;

    async function deliver(delivery: Delivery): Promise<void> {
      for (let attempt = 0; ; attempt++) {
        if (Date.now() > until) throw new Error(`${delivery.eventId} was not acknowledged within ${RUN_BOUND_MS} ms`);
        attempts++;
        const port = ports[Math.floor(Math.random() * INSTANCES)]!;
        let outcome: string;
        try {
          const response = await fetch(`http://127.0.0.1:${port}/webhooks/popp`, { method: 'POST', body: delivery.body, headers: delivery.headers });
          await response.arrayBuffer();
          outcome = String(response.status);
          if (response.ok) return;
        } catch {
          outcome = 'connection-error';
        }
        statuses.set(outcome, (statuses.get(outcome) ?? 0) + 1);
        // Popp's retry schedule is not documented: a short, growing, jittered pause stands in for it.
        await new Promise((resolve) => setTimeout(resolve, Math.min(1000, 20 * 2 ** Math.min(attempt, 6)) * (0.5 + Math.random())));
      }
    }

    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
          await deliver(next);
          acknowledged++;
          if (acknowledged === Math.round(DELIVERIES * 0.4)) restarting = restart();
        }
      }),
    );
    await restarting;

    const effects = (await pool.query<{ event_id: string; pid: number }>(`SELECT event_id, pid FROM "${schema}".effects`)).rows;
    const doubles = (await pool.query<{ event_id: string; pid: number; first_pid: number | null }>(`SELECT event_id, pid, first_pid FROM "${schema}".doubles`)).rows;
    const summary = { deliveries: DELIVERIES, events: eventIds.size, attempts, retriedAnswers: Object.fromEntries(statuses), killedPid: killed?.pid, doubles: doubles.length };
    console.log(`multi-instance ${storeKind}: ${JSON.stringify(summary)}`);

    expect(killed).toBeDefined();
    // Failures happened and were retried: the run exercised what it claims to.
    expect(statuses.get('500') ?? 0).toBeGreaterThan(0);
    expect(new Set(effects.map((row) => row.event_id))).toEqual(eventIds);
    expect(effects).toHaveLength(eventIds.size);
    if (storeKind === 'postgres') {
      // The effect and the completion commit together: a double is impossible, even across the SIGKILL.
      expect(doubles).toEqual([]);
    } else {
      // Redis is not the effect's database: an instance killed between its effect and its completion leaves
      // the effect without the record, and the retry repeats it (at-least-once, as the README says). Nothing
      // else may double an effect.
      expect(doubles.filter((row) => row.first_pid !== killed!.pid)).toEqual([]);
    }
  });
});
