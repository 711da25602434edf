// The run store's test fixtures: a real PostgreSQL (a schema per test) or PGlite, and coherent runs built from
// the spec's examples (contact resolved, started, nodes completed, a terminal event) in a seeded random order.
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import type { RunEvent } from '../../src/events.js';
import { buildEvent } from '../../src/testing/index.js';

/** The test database: POPP_TEST_DATABASE_URL, or the one every development machine and CI run starts. */
export const DATABASE_URL = process.env.POPP_TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

/** The URL without its password, for messages. */
function shown(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password !== '') parsed.password = '***';
    return parsed.href;
  } catch {
    return '(an unparseable POPP_TEST_DATABASE_URL)';
  }
}

/** A pg Pool on the test database, after checking the server answers; fails naming what to start when it does not. */
export async function connectPool(options: pg.PoolConfig = {}, url = DATABASE_URL): Promise<pg.Pool> {
  const pool = new pg.Pool({ connectionString: url, max: 4, connectionTimeoutMillis: 10_000, ...options });
  try {
    await pool.query('SELECT 1');
  } catch (error) {
    await pool.end().catch(() => undefined);
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(
      `PostgreSQL is not reachable at ${shown(url)} (${reason}). Start it: pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start — or point POPP_TEST_DATABASE_URL at a PostgreSQL database where this user may create schemas.`,
    );
  }
  return pool;
}

/** A fresh schema name for one test (lower case, as the store requires). */
export function schemaName(label: string): string {
  return `rs_${label}_${Math.random().toString(36).slice(2, 10)}`;
}

export async function dropSchema(pool: pg.Pool, schema: string): Promise<void> {
  await pool.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
}

/** PGlite in memory: a new database per call. */
export async function newPGlite(): Promise<PGlite> {
  const db = new PGlite();
  await db.waitReady;
  return db;
}

/** A small seeded generator (mulberry32): the same seed gives the same order on every machine. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function shuffle<T>(items: T[], random: () => number): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [items[i], items[j]] = [items[j] as T, items[i] as T];
  }
  return items;
}

export interface BuiltRun {
  organizationId: string;
  runId: string;
  workflowId: string;
  candidateProfileId: string;
  /** The run's events in the order Popp sent them. */
  events: RunEvent[];
}

const TERMINAL = ['WORKFLOW_RUN_COMPLETED', 'WORKFLOW_RUN_FAILED', 'WORKFLOW_RUN_CANCELLED'] as const;

/**
 * `count` coherent runs over two organizations (some run IDs used by both, which must stay two runs), 7
 * workflows and 23 candidate profiles: the contact resolved (every other run; one run in eight stops there,
 * pending), started, 0–4 nodes completed, then a terminal event (three runs in four; the rest still running).
 */
export function buildRuns(count: number, random: () => number): BuiltRun[] {
  const runs: BuiltRun[] = [];
  for (let i = 0; i < count; i++) {
    const organizationId = i % 2 === 0 ? 'org_a' : 'org_b';
    // Runs i and i+1 share a run ID (one per organization) for the first 10 % of runs.
    const runId = i < count / 10 ? `run_${i >> 1}` : `run_${i}`;
    const workflowId = `wf_${i % 7}`;
    const candidateProfileId = `cp_${i % 23}`;
    const data = { recordId: runId, organizationId, workflowId, candidateProfileId };
    const start = Date.UTC(2026, 3, 28, 10, 0, 0) + i * 60_000;
    const at = (ms: number) => new Date(start + ms).toISOString();
    const eventId = (n: number) => `evt_${organizationId}_${runId}_${n}`;
    const events: RunEvent[] = [];
    if (i % 2 === 0) events.push(buildEvent('WORKFLOW_CONTACT_RESOLVED', { eventId: eventId(0), eventTimestamp: at(0), data: { ...data, contactIndex: i % 5 } }));
    // One run in eight is still pending: its contact resolved, the run not started yet.
    if (i % 8 === 6) {
      runs.push({ organizationId, runId, workflowId, candidateProfileId, events });
      continue;
    }
    events.push(buildEvent('WORKFLOW_RUN_STARTED', { eventId: eventId(1), eventTimestamp: at(1000), data: { ...data, timestamp: at(1000) } }));
    const nodes = Math.floor(random() * 5);
    for (let k = 0; k < nodes; k++) {
      events.push(buildEvent('WORKFLOW_NODE_COMPLETED', { eventId: eventId(10 + k), eventTimestamp: at(2000 + k * 1000), data: { ...data, nodeId: `node_${k}`, enteredAt: at(1500 + k * 1000), completedAt: at(2000 + k * 1000) } }));
    }
    if (i % 4 !== 3) {
      const type = TERMINAL[Math.floor(random() * TERMINAL.length)] as (typeof TERMINAL)[number];
      events.push(buildEvent(type, { eventId: eventId(99), eventTimestamp: at(10_000), data: { ...data, startedAt: at(1000), completedAt: at(10_000) } } as never));
    }
    runs.push({ organizationId, runId, workflowId, candidateProfileId, events });
  }
  return runs;
}

/** Runs `work` over `items` with at most `parallel` in flight at once. */
export async function inParallel<T>(items: readonly T[], parallel: number, work: (item: T) => Promise<unknown>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await work(items[next++] as T);
  };
  await Promise.all(Array.from({ length: parallel }, worker));
}

/** A state as it reads after a JSON round trip (what a database gives back): own data only, getters built. */
export function plain<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}
