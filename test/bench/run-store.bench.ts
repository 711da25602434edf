/**
 * The durable run store: what `createPostgresRunStore().apply(event)` costs on PostgreSQL (127.0.0.1:5432,
 * database `test`, or POPP_TEST_DATABASE_URL) against the raw equivalent in the same run: one
 * `INSERT … ON CONFLICT DO UPDATE` of the same json (the state after the event, serialized before timing)
 * into a table of the same shape, on the same pool of one connection.
 *
 * apply does more by design: BEGIN, SELECT … FOR UPDATE of the run's row, reduceRun onto the loaded state,
 * UPDATE (or INSERT for a new run), COMMIT — four round trips where the upsert makes one, because the fold
 * runs in JavaScript between reading and writing, and the row lock is what keeps concurrent events of one
 * run from losing updates. Two cases: an event of a run not stored yet (the INSERT path), and the 11th event
 * of a run holding 10 (the UPDATE path; every pair uses another run, so states do not grow over the bench).
 * A reference row sets the UPDATE path against the same transaction written by hand on the raw table, with
 * the state precomputed: what apply adds beyond its round trips (validation, reduceRun, JSON).
 *
 * Timed in interleaved pairs (raw, store, store, raw, …) as client.bench.ts does: a round's ratio is the
 * store's median latency over the raw median; the reported ratio is the median of the rounds, with the range.
 * Then throughput: blocks of runs applied 16 at once on a pool of 8 connections against as many raw upserts.
 * No target (the issue sets none for the run store): the figures say what the transaction costs.
 */
import { cpus, loadavg } from 'node:os';
import pg from 'pg';
import type { RunEvent } from '../../src/events.js';
import { reduceRun, type RunState } from '../../src/runs/index.js';
import { createPostgresRunStore } from '../../src/stores/postgres/run-store.js';
import { buildEvent } from '../../src/testing/index.js';
import { connectPool, dropSchema, inParallel, schemaName, seeded, shuffle } from '../stores/run-store-helpers.js';
import type { BenchSection } from './run-all.js';
import { median, us } from './stats.js';

const ROUNDS = 5;
const PAIRS = 600;
const WARMUP_PAIRS = 100;
const PRIOR_EVENTS = 10;
const BLOCK_RUNS = 500;

const STARTED = buildEvent('WORKFLOW_RUN_STARTED');
const NODE = buildEvent('WORKFLOW_NODE_COMPLETED');

function started(runId: string): RunEvent {
  return { ...STARTED, eventId: `evt_${runId}_start`, data: { ...STARTED.data, recordId: runId } };
}

function node(runId: string, i: number): RunEvent {
  const at = new Date(Date.UTC(2026, 3, 28, 10, 0, i)).toISOString();
  return { ...NODE, eventId: `evt_${runId}_${i}`, data: { ...NODE.data, recordId: runId, nodeId: `node_${i}`, enteredAt: at, completedAt: at } };
}

interface Case {
  name: string;
  /** The baseline's name in the table; default: the raw upsert. */
  baselineName?: string;
  /** The baseline for one pair; default: the raw upsert of the state after the event. */
  baseline?: (rawParams: unknown[]) => Promise<unknown>;
  /** Prepares `count` runs in both tables and returns, per pair, the store's event and the raw upsert's JSON. */
  prepare(count: number, prefix: string): Promise<{ event: RunEvent; rawParams: unknown[] }[]>;
}

export async function run(): Promise<BenchSection> {
  const pool = await connectPool({ max: 1 });
  const schema = schemaName('bench');
  try {
    const store = createPostgresRunStore({ client: pool, schema });
    await store.ensureSchema();
    const raw = `"${schema}"."raw_runs"`;
    await pool.query(`CREATE TABLE ${raw} (LIKE "${schema}"."popp_runs" INCLUDING ALL)`);
    const upsert = `INSERT INTO ${raw} (organization_id, run_id, status, workflow_id, candidate_profile_id, state) VALUES ($1, $2, $3, $4, $5, $6::json)
      ON CONFLICT (organization_id, run_id) DO UPDATE SET status = excluded.status, workflow_id = excluded.workflow_id, candidate_profile_id = excluded.candidate_profile_id, state = excluded.state, updated_at = now()`;
    const params = (state: RunState, json: string) => [state.organizationId, state.runId, state.status, state.workflowId, state.candidateProfileId, json];
    /** Stores `states` in both tables at once (unnest), outside the timing. */
    const seed = async (states: RunState[]) => {
      const columns = [0, 1, 2, 3, 4, 5].map((i) => states.map((state) => params(state, JSON.stringify(state))[i]));
      for (const table of [`"${schema}"."popp_runs"`, raw]) {
        await pool.query(`INSERT INTO ${table} (organization_id, run_id, status, workflow_id, candidate_profile_id, state) SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::json[])`, columns);
      }
    };

    // The store's own transaction done by hand on the raw table, with the state after the event precomputed:
    // what apply costs beyond its round trips (validation, reduceRun, JSON parse and stringify).
    const lockedUpdate = `UPDATE ${raw} SET status = $3, workflow_id = $4, candidate_profile_id = $5, state = $6::json, updated_at = now() WHERE organization_id = $1 AND run_id = $2`;
    const byHand = async (rawParams: unknown[]) => {
      const client = await pool.connect();
      try {
        await client.query('BEGIN ISOLATION LEVEL READ COMMITTED');
        await client.query(`SELECT state FROM ${raw} WHERE organization_id = $1 AND run_id = $2 FOR UPDATE`, rawParams.slice(0, 2));
        await client.query(lockedUpdate, rawParams);
        await client.query('COMMIT');
      } finally {
        client.release();
      }
    };
    const updatePath = async (count: number, prefix: string) => {
      const prepared = Array.from({ length: count }, (_, i) => {
        const runId = `run_${prefix}upd_${i}`;
        let state = reduceRun(undefined, started(runId));
        for (let k = 1; k < PRIOR_EVENTS; k++) state = reduceRun(state, node(runId, k));
        const event = node(runId, PRIOR_EVENTS);
        const next = reduceRun(state, event);
        return { state, event, rawParams: params(next, JSON.stringify(next)) };
      });
      await seed(prepared.map(({ state }) => state));
      return prepared;
    };

    const cases: Case[] = [
      {
        name: 'an event of a new run (WORKFLOW_RUN_STARTED: the INSERT path)',
        async prepare(count, prefix) {
          return Array.from({ length: count }, (_, i) => {
            const event = started(`run_${prefix}new_${i}`);
            const next = reduceRun(undefined, event);
            return { event, rawParams: params(next, JSON.stringify(next)) };
          });
        },
      },
      {
        name: `the ${PRIOR_EVENTS + 1}th event of a run holding ${PRIOR_EVENTS} (WORKFLOW_NODE_COMPLETED: the UPDATE path)`,
        prepare: updatePath,
      },
      {
        name: `reference: the UPDATE path against the same transaction by hand (BEGIN, SELECT … FOR UPDATE, UPDATE of the precomputed state, COMMIT)`,
        baselineName: 'by hand',
        baseline: byHand,
        prepare: updatePath,
      },
    ];

    const rows: string[] = [];
    const loadBefore = loadavg()[0] as number;
    for (const [c, benchCase] of cases.entries()) {
      const rounds: { raw: number; store: number }[] = [];
      for (let round = 0; round < ROUNDS; round++) {
        const items = await benchCase.prepare(WARMUP_PAIRS + PAIRS, `c${c}r${round}_`);
        const times = { raw: [] as number[], store: [] as number[] };
        const timed = async (side: 'raw' | 'store', fn: () => Promise<unknown>, record: boolean) => {
          const start = performance.now();
          await fn();
          if (record) times[side].push(performance.now() - start);
        };
        for (const [pair, item] of items.entries()) {
          const record = pair >= WARMUP_PAIRS;
          const rawSide = () => timed('raw', () => (benchCase.baseline ?? ((rawParams) => pool.query(upsert, rawParams)))(item.rawParams), record);
          const storeSide = () => timed('store', () => store.apply(item.event), record);
          if (pair % 2 === 0) {
            await rawSide();
            await storeSide();
          } else {
            await storeSide();
            await rawSide();
          }
        }
        rounds.push({ raw: median(times.raw), store: median(times.store) });
      }
      const ratios = rounds.map((round) => round.store / round.raw);
      rows.push(
        `| ${benchCase.name} | ${benchCase.baselineName ?? 'raw upsert'}: ${us(median(rounds.map((round) => round.raw)))} | ${us(median(rounds.map((round) => round.store)))} | **${median(ratios).toFixed(2)}×** (${Math.min(...ratios).toFixed(2)}–${Math.max(...ratios).toFixed(2)}) |`,
      );
    }

    // Throughput under concurrency: blocks of runs (started + 3 nodes, shuffled, so events of one run meet)
    // applied 16 at once through a pool of 8 connections, against as many raw upserts 16 at once on the same
    // pool; blocks alternate which side goes first.
    const wide = await connectPool({ max: 8 });
    const throughput: number[] = [];
    const perSecond = { raw: [] as number[], store: [] as number[] };
    try {
      const wideStore = createPostgresRunStore({ client: wide, schema });
      for (let round = -1; round < ROUNDS; round++) {
        const events = shuffleSeeded(Array.from({ length: BLOCK_RUNS }, (_, r) => [started(`run_w${round}_${r}`), node(`run_w${round}_${r}`, 1), node(`run_w${round}_${r}`, 2), node(`run_w${round}_${r}`, 3)]).flat(), round + 2);
        const state = new Map<string, RunState>();
        const rawParams = events.map((event) => {
          const next = reduceRun(state.get(event.data.recordId), event);
          state.set(event.data.recordId, next);
          return params(next, JSON.stringify(next));
        });
        const sides = { raw: () => inParallel(rawParams, 16, (p) => wide.query(upsert, p)), store: () => inParallel(events, 16, (event) => wideStore.apply(event)) };
        const rates: Record<'raw' | 'store', number> = { raw: 0, store: 0 };
        for (const side of round % 2 === 0 ? (['raw', 'store'] as const) : (['store', 'raw'] as const)) {
          const start = performance.now();
          await sides[side]();
          rates[side] = events.length / ((performance.now() - start) / 1000);
        }
        if (round < 0) continue; // warm-up
        perSecond.raw.push(rates.raw);
        perSecond.store.push(rates.store);
        throughput.push(rates.raw / rates.store);
      }
    } finally {
      await wide.end();
    }

    const markdown = `\`apply(event)\` of \`createPostgresRunStore\` on PostgreSQL through a \`pg\` Pool of one connection, against the raw
equivalent on the same pool: one \`INSERT … ON CONFLICT DO UPDATE\` of the same json state (serialized before
timing) into a table of the same shape and indexes. apply makes four round trips (BEGIN, SELECT … FOR UPDATE,
UPDATE or INSERT, COMMIT) and folds the event with reduceRun onto the loaded state in between: the row lock
is what keeps concurrent events of one run from losing updates, which a blind upsert of a state computed
elsewhere cannot. Ratio: store median / raw median over ${PAIRS} interleaved pairs, median of ${ROUNDS} rounds
(range in brackets). Load average (1 min) ${loadBefore.toFixed(1)} at the start and ${(loadavg()[0] as number).toFixed(1)} at the end, on ${cpus().length} CPUs.
The reference row sets apply against the same four statements written by hand (the state after the event
precomputed), so its ratio is what the store adds in JavaScript: the event's validation, reduceRun onto the
loaded state, JSON. No target: the issue sets none for the run store.

| event | baseline (median) | store.apply (median) | ratio |
|---|---:|---:|---:|
${rows.join('\n')}

Under concurrency (no target): blocks of ${BLOCK_RUNS} runs × 4 events (started, three nodes; shuffled, so events of one run
meet) applied 16 at once through a pool of 8 connections, against as many raw upserts 16 at once on the same
pool, ${ROUNDS} blocks each, alternating which side goes first: raw ${Math.round(median(perSecond.raw)).toLocaleString('en')} upserts/s, store
${Math.round(median(perSecond.store)).toLocaleString('en')} events/s: **${median(throughput).toFixed(2)}×** the time (${Math.min(...throughput).toFixed(2)}–${Math.max(...throughput).toFixed(2)}).`;
    return { title: 'Durable run store (PostgreSQL)', markdown, targetsMet: true };
  } finally {
    await dropSchema(pool, schema).catch(() => undefined);
    await pool.end();
  }
}

function shuffleSeeded<T>(items: T[], seed: number): T[] {
  return shuffle(items, seeded(seed));
}

