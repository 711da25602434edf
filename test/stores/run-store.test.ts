// createPostgresRunStore against the real engines: PostgreSQL (127.0.0.1:5432, database `test`; a schema per
// test) through pg Pools and one pg Client, and PGlite. The store must end where reduceRun over each run's
// events in order ends, however the events arrive (shuffled, duplicated, concurrently), and hold the same
// states as the in-memory tracker.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { RUN_EVENT_TYPES, type RunEvent } from '../../src/events.js';
import { createRunTracker, reduceRun, type RunState } from '../../src/runs/index.js';
import { createPostgresRunStore, runStoreSchemaSql, type PostgresRunStore, type RunQuery } from '../../src/stores/postgres/run-store.js';
import { buildEvent, signRequest } from '../../src/testing/index.js';
import { createWebhookHandler, toNodeListener } from '../../src/webhooks/index.js';
import { ROOT } from '../helpers/contract.js';
import { buildRuns, connectPool, DATABASE_URL, dropSchema, inParallel, newPGlite, plain, schemaName, seeded, shuffle, type BuiltRun } from './run-store-helpers.js';

const RUNS = 1000;

let admin: pg.Pool;
const cleanups: (() => Promise<unknown>)[] = [];

beforeAll(async () => {
  admin = await connectPool({ max: 2 });
});
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});
afterAll(async () => {
  await admin?.end();
});

/** A store on a fresh schema of the test database, over `pools` pg Pools (each 4 connections); all dropped after the test. */
async function postgresStores(label: string, pools: number): Promise<{ stores: PostgresRunStore[]; schema: string; dbs: pg.Pool[] }> {
  const schema = schemaName(label);
  cleanups.push(() => dropSchema(admin, schema));
  const dbs = await Promise.all(Array.from({ length: pools }, () => connectPool()));
  for (const db of dbs) cleanups.push(() => db.end());
  const stores = dbs.map((db) => createPostgresRunStore({ client: db, schema }));
  await Promise.all(stores.map((store) => store.ensureSchema())); // every instance at start, at once
  return { stores, schema, dbs };
}

/** A receiver instance: node:http on its own port of 127.0.0.1, closed after the test. */
async function receiver(handler: (request: Request) => Promise<Response>): Promise<string> {
  const server = createServer(toNodeListener(handler));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  cleanups.push(() => new Promise((resolve) => server.close(resolve)));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
}

/** Every event of every run, shuffled, with about 30 % delivered twice or more. */
function deliveries(runs: BuiltRun[], random: () => number): RunEvent[] {
  const events = runs.flatMap((run) => run.events);
  const duplicates = events.filter(() => random() < 0.3);
  return shuffle([...events, ...duplicates, ...duplicates.filter(() => random() < 0.2)], random);
}

/** What reduceRun over each run's events in order gives, keyed `organizationId/runId`. */
function expectedStates(runs: BuiltRun[]): Map<string, RunState> {
  return new Map(runs.map((run) => [`${run.organizationId}/${run.runId}`, plain(run.events.reduce<RunState | undefined>(reduceRun, undefined) as RunState)]));
}

/** Every run a query matches, through all its pages. */
async function listAll(store: PostgresRunStore, query: RunQuery, limit: number): Promise<RunState[]> {
  const states: RunState[] = [];
  let cursor: string | undefined;
  for (let page = 0; page < 10_000; page++) {
    const result = await store.list({ ...query, limit, ...(cursor === undefined ? {} : { cursor }) });
    expect(result.runs.length).toBeLessThanOrEqual(limit);
    states.push(...result.runs);
    if (result.nextCursor === null) return states;
    cursor = result.nextCursor;
  }
  throw new Error('list: more than 10,000 pages');
}

const keyOf = (state: { organizationId: string; runId: string }) => `${state.organizationId}/${state.runId}`;

/** The store holds exactly the expected runs, and each query by key returns exactly the runs it should. */
async function expectStoreHolds(store: PostgresRunStore, runs: BuiltRun[]): Promise<void> {
  const expected = expectedStates(runs);
  // As text: field for field and in the same key order.
  for (const run of runs) expect(JSON.stringify(await store.get(run.runId, run.organizationId)), keyOf(run)).toBe(JSON.stringify(expected.get(keyOf(run))));
  expect(await store.count()).toBe(expected.size);
  const all = await listAll(store, {}, 97);
  expect(all.map(keyOf).sort()).toEqual([...expected.keys()].sort());
  const matching = (predicate: (state: RunState) => boolean) => [...expected.values()].filter(predicate).map(keyOf).sort();
  const queries: [RunQuery, (state: RunState) => boolean][] = [
    [{ workflowId: 'wf_3' }, (state) => state.workflowId === 'wf_3'],
    [{ candidateProfileId: 'cp_5' }, (state) => state.candidateProfileId === 'cp_5'],
    [{ status: 'failed' }, (state) => state.status === 'failed'],
    [{ status: 'pending' }, (state) => state.status === 'pending'],
    [{ status: ['running', 'cancelled'] }, (state) => state.status === 'running' || state.status === 'cancelled'],
    [{ organizationId: 'org_b', workflowId: 'wf_1', status: ['completed', 'failed'] }, (state) => state.organizationId === 'org_b' && state.workflowId === 'wf_1' && (state.status === 'completed' || state.status === 'failed')],
  ];
  for (const [query, predicate] of queries) {
    const want = matching(predicate);
    expect(want.length, JSON.stringify(query)).toBeGreaterThan(0); // the check must see something
    expect((await listAll(store, query, 13)).map(keyOf).sort(), JSON.stringify(query)).toEqual(want);
    expect(await store.count(query), JSON.stringify(query)).toBe(want.length);
  }
}

describe('createPostgresRunStore on PostgreSQL (pg)', () => {
  it(`ends, for ${RUNS} runs delivered shuffled with duplicates to 4 receiver instances at once, where reduceRun over each run's events in order ends`, async () => {
    const random = seeded(13);
    const runs = buildRuns(RUNS, random);
    const { stores } = await postgresStores('many', 4);
    // Four receivers on their own ports, each with its own pool and its own in-memory idempotency store (so a
    // duplicate sent to another instance reaches the run store again), behind no load balancer but this loop.
    const secret = 'run-store-instances';
    const problems: string[] = [];
    const log = { warn: (message: string) => void problems.push(message), error: (message: string) => void problems.push(message) };
    const urls = await Promise.all(stores.map((store) => receiver(createWebhookHandler({ secret, on: store.on, log }))));
    const statuses = new Map<number, number>();
    await inParallel(deliveries(runs, random), 16, async (event) => {
      const response = await fetch(urls[Math.floor(random() * urls.length)] as string, await signRequest(event, secret));
      await response.arrayBuffer();
      statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
    });
    // 409: another delivery of the same event was being processed by that instance at that moment (and was).
    expect([...statuses.keys()].filter((status) => status !== 200 && status !== 409), JSON.stringify([...statuses])).toEqual([]);
    expect(problems.filter((message) => !message.includes('409 in-progress'))).toEqual([]);
    await expectStoreHolds(stores[0] as PostgresRunStore, runs);
    // The statuses the runs ended in cover every kind the queries ask about (the seed is fixed).
    expect(new Set([...expectedStates(runs).values()].map((state) => state.status))).toEqual(new Set(['pending', 'running', 'completed', 'failed', 'cancelled']));
  });

  it('ends where reduceRun ends when the same deliveries are applied directly through 4 pools, 8 at once on each', async () => {
    const random = seeded(17);
    const runs = buildRuns(RUNS / 2, random);
    const { stores } = await postgresStores('direct', 4);
    const events = deliveries(runs, random);
    const lanes = stores.map((_, lane) => events.filter((__, i) => i % stores.length === lane));
    await Promise.all(stores.map((store, lane) => inParallel(lanes[lane] as RunEvent[], 8, (event) => store.apply(event))));
    await expectStoreHolds(stores[0] as PostgresRunStore, runs);
  });

  it('loses no update when every event of one run arrives at once, on many connections', async () => {
    const { stores } = await postgresStores('onerun', 4);
    const base = { recordId: 'run_hot', organizationId: 'org_a' };
    const at = (ms: number) => new Date(Date.UTC(2026, 3, 28, 10) + ms).toISOString();
    const events: RunEvent[] = [
      buildEvent('WORKFLOW_RUN_STARTED', { eventId: 'evt_start', data: base }),
      ...Array.from({ length: 120 }, (_, k) => buildEvent('WORKFLOW_NODE_COMPLETED', { eventId: `evt_node_${k}`, data: { ...base, nodeId: `node_${k}`, enteredAt: at(k), completedAt: at(k + 1) } })),
    ];
    await Promise.all(events.map((event, i) => (stores[i % stores.length] as PostgresRunStore).apply(event)));
    const stored = await stores[0]?.get('run_hot', 'org_a');
    expect(stored?.eventIds).toHaveLength(events.length);
    expect(stored?.nodes).toHaveLength(120);
    expect(stored).toEqual(plain(events.reduce<RunState | undefined>(reduceRun, undefined)));
  });

  it('loses no update, and refuses no event, on a database whose default isolation is serializable', async () => {
    const schema = schemaName('serial');
    cleanups.push(() => dropSchema(admin, schema));
    const pools = await Promise.all([0, 1].map(() => connectPool({ options: '-c default_transaction_isolation=serializable' })));
    for (const pool of pools) cleanups.push(() => pool.end());
    expect((await pools[0]!.query('SHOW default_transaction_isolation')).rows[0]).toEqual({ default_transaction_isolation: 'serializable' });
    const stores = pools.map((db) => createPostgresRunStore({ client: db, schema }));
    await stores[0]!.ensureSchema();
    const base = { recordId: 'run_serial', organizationId: 'org_a' };
    const events = Array.from({ length: 40 }, (_, k) => buildEvent('WORKFLOW_NODE_COMPLETED', { eventId: `evt_serial_${k}`, data: { ...base, nodeId: `node_${k}` } }));
    await Promise.all(events.map((event, i) => stores[i % 2]!.apply(event)));
    expect((await stores[0]!.get('run_serial'))?.eventIds).toHaveLength(40);
  });

  it('holds the same states as the in-memory tracker fed the same deliveries, and returns them from apply', async () => {
    const random = seeded(7);
    const runs = buildRuns(60, random);
    const { stores } = await postgresStores('tracker', 1);
    const store = stores[0] as PostgresRunStore;
    const tracker = createRunTracker();
    for (const event of deliveries(runs, random)) {
      const [fromTracker, fromStore] = [tracker.apply(event), await store.apply(event)];
      expect(JSON.stringify(fromStore)).toBe(JSON.stringify(fromTracker));
    }
    // Field for field and in the same key order: the store keeps the state's text exactly (json, not jsonb).
    for (const run of runs) expect(JSON.stringify(await store.get(run.runId, run.organizationId))).toBe(JSON.stringify(tracker.get(run.runId, run.organizationId)));
    // Listed in the order first seen, as tracker.runs() lists them.
    expect((await listAll(store, {}, 1000)).map(keyOf)).toEqual(tracker.runs().map(keyOf));
  });

  it('ignores events that are not about a run, and reports changes (not duplicates) after they commit', async () => {
    const schema = schemaName('changes');
    cleanups.push(() => dropSchema(admin, schema));
    const changes: [RunState['status'], RunState['status'] | undefined][] = [];
    const store = createPostgresRunStore({ client: admin, schema, onChange: (state, previous) => void changes.push([state.status, previous?.status]) });
    await store.ensureSchema();
    for (const type of ['WORKFLOW_PUBLISHED', 'WORKFLOW_CONTACT_RESOLUTION_FAILED', 'CONVERSATION_STARTED'] as const) expect(await store.apply(buildEvent(type))).toBeUndefined();
    expect(await store.apply({ event: 'SOMETHING_NEW', eventId: 'evt_x', eventTimestamp: '2026-04-28T10:30:00Z', data: { recordId: 'r', organizationId: 'o' } } as never)).toBeUndefined();
    expect(await store.count()).toBe(0);
    const started = buildEvent('WORKFLOW_RUN_STARTED');
    expect(await store.apply(started)).toMatchObject({ status: 'running', runId: 'run_xyz789' });
    expect(await store.apply(started)).toMatchObject({ status: 'running', eventIds: [started.eventId] });
    await store.apply(buildEvent('WORKFLOW_RUN_COMPLETED'));
    expect(changes).toEqual([
      ['running', undefined],
      ['completed', 'running'],
    ]);
  });

  it('works as the handler\'s `on` functions: signed deliveries end up stored', async () => {
    const { stores } = await postgresStores('handler', 1);
    const store = stores[0] as PostgresRunStore;
    const secret = 'run-store-secret';
    // One handler per event type about a run, as the spec's record kinds say: none forgotten, none extra.
    expect(Object.keys(store.on).sort()).toEqual([...RUN_EVENT_TYPES].sort());
    const handler = createWebhookHandler({ secret, on: store.on });
    const events = [buildEvent('WORKFLOW_RUN_COMPLETED'), buildEvent('WORKFLOW_NODE_COMPLETED'), buildEvent('WORKFLOW_CONTACT_RESOLVED'), buildEvent('WORKFLOW_RUN_STARTED')];
    for (const event of [...events, events[0]!]) {
      const response = await handler(new Request('http://receiver.test/', await signRequest(event, secret)));
      expect(response.status).toBe(200);
    }
    expect(await store.get('run_xyz789')).toMatchObject({ status: 'completed', nodesSource: 'terminal', eventIds: events.map((event) => event.eventId).sort() });
  });

  it('keeps every string an event can carry: a NUL character and a lone surrogate in a candidate\'s answer', async () => {
    const { stores } = await postgresStores('strings', 1);
    const store = stores[0] as PostgresRunStore;
    const template = buildEvent('WORKFLOW_NODE_COMPLETED');
    const outcome = template.data.outcome as { answers: { answer: string }[] };
    const answer = 'yes\u0000 I am \ud800 registered';
    const event = { ...template, data: { ...template.data, outcome: { ...outcome, answers: [{ ...outcome.answers[0], answer }] } } } as RunEvent;
    await store.apply(event);
    const stored = await store.get('run_xyz789');
    expect((stored?.nodes[0]?.outcome as { answers: { answer: string }[] }).answers[0]?.answer).toBe(answer);
    // A later event folds onto the loaded state as onto the one reduceRun returned.
    const started = buildEvent('WORKFLOW_RUN_STARTED');
    await store.apply(started);
    expect(JSON.stringify(await store.get('run_xyz789'))).toBe(JSON.stringify(reduceRun(reduceRun(undefined, event), started)));
  });

  it('keys runs by organization and run: two organizations\' runs with one ID stay two, and an unaddressed get says which to pass', async () => {
    const { stores } = await postgresStores('keys', 1);
    const store = stores[0] as PostgresRunStore;
    await store.apply(buildEvent('WORKFLOW_RUN_STARTED', { data: { recordId: 'run_1', organizationId: 'org_a' } }));
    expect(await store.get('run_1')).toMatchObject({ organizationId: 'org_a' });
    await store.apply(buildEvent('WORKFLOW_RUN_FAILED', { data: { recordId: 'run_1', organizationId: 'org_b' } }));
    await expect(store.get('run_1')).rejects.toThrow('PostgresRunStore.get: runs of 2 organizations (org_a, org_b) have the ID run_1; pass the organizationId: get(runId, organizationId).');
    expect(await store.get('run_1', 'org_b')).toMatchObject({ status: 'failed' });
    expect(await store.get('run_1', 'org_c')).toBeUndefined();
    expect(await store.delete('run_1', 'org_b')).toBe(true);
    expect(await store.delete('run_1', 'org_b')).toBe(false);
    expect(await store.get('run_1')).toMatchObject({ organizationId: 'org_a', status: 'running' });
  });

  it('refuses bad input with a specific error', async () => {
    const { stores } = await postgresStores('errors', 1);
    const store = stores[0] as PostgresRunStore;
    await expect(store.apply(null as never)).rejects.toThrow('PostgresRunStore.apply: expected a Popp event (an object with a string `event`), got null.');
    const broken = { ...buildEvent('WORKFLOW_RUN_STARTED'), eventId: 'evt_broken', data: { organizationId: 'org_a', recordId: 42 } };
    await expect(store.apply(broken as never)).rejects.toThrow(/^PostgresRunStore\.apply: the WORKFLOW_RUN_STARTED event evt_broken breaks its schema \(\d+ problems?\):\n {2}- \/data\/recordId: /);
    await expect(store.list({ limit: 0 })).rejects.toThrow('PostgresRunStore.list: limit must be an integer from 1 to 1000, got number 0.');
    await expect(store.list({ cursor: 'abc' })).rejects.toThrow('PostgresRunStore.list: cursor must be the nextCursor of an earlier page, got "abc".');
    await expect(store.list({ status: 'done' as never })).rejects.toThrow('PostgresRunStore.list: status must be one of pending, running, completed, failed, cancelled (or a non-empty array of them), got "done".');
    await expect(store.list({ workflow: 'wf_1', status: 'failed' } as never)).rejects.toThrow('PostgresRunStore.list: unknown query field "workflow"; the fields are organizationId, workflowId, candidateProfileId, status, limit, cursor.');
    await expect(store.count({ workflowId: 7 as never })).rejects.toThrow('PostgresRunStore.count: workflowId must be a non-empty string, got number 7.');
    await expect(store.get('')).rejects.toThrow('PostgresRunStore.get: runId must be a non-empty string, got "".');
    expect(() => createPostgresRunStore({ client: admin, table: 'Runs; DROP TABLE x' })).toThrow('createPostgresRunStore: table must be 1 to 40 lower-case letters, digits and underscores, starting with a letter or underscore; got "Runs; DROP TABLE x".');
    expect(() => createPostgresRunStore({ db: admin } as never)).toThrow('createPostgresRunStore: unknown option "db"; the options are client, schema, table, onChange.');
    expect(() => createPostgresRunStore({ client: {} as never })).toThrow('createPostgresRunStore: client must be a pg Pool, a pg Client or a PGlite instance (an object with query(text, params)).');
  });

  it('says what to do when the table is missing, and when the database cannot be reached', async () => {
    const schema = schemaName('missing');
    const store = createPostgresRunStore({ client: admin, schema });
    await expect(store.apply(buildEvent('WORKFLOW_RUN_STARTED'))).rejects.toThrow(/PostgresRunStore\.apply: the database refused event evt_\S+ of run run_xyz789 \(organization org_123456\) on "rs_missing_\w+"\."popp_runs": relation .* does not exist \(SQLSTATE 42P01\)\. Create the table first: await store\.ensureSchema\(\), or run the SQL of runStoreSchemaSql\(\) \(run-store\.sql\) in a migration\./);
    await expect(store.list()).rejects.toThrow(/SQLSTATE 42P01\)\. Create the table first/);
    // Port 1 on 127.0.0.1: nothing listens there.
    const down = new pg.Pool({ connectionString: 'postgres://someone:hunter2@127.0.0.1:1/test', connectionTimeoutMillis: 5000 });
    cleanups.push(() => down.end());
    const error = await createPostgresRunStore({ client: down }).get('run_1').catch((caught: unknown) => caught as Error);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toMatch(/^PostgresRunStore\.get: could not reach the database for the query: .*ECONNREFUSED/);
    expect((error as Error).message).not.toContain('hunter2');
  });

  it('refuses an event whose connection is killed mid-transaction, stores nothing of it, and takes it again', async () => {
    const { stores, schema } = await postgresStores('killed', 1);
    const store = stores[0] as PostgresRunStore;
    await store.apply(buildEvent('WORKFLOW_RUN_STARTED', { data: { recordId: 'run_k' } }));
    const node = buildEvent('WORKFLOW_NODE_COMPLETED', { data: { recordId: 'run_k' } });
    // Another session holds the run's row, so apply waits in SELECT … FOR UPDATE; then its connection is killed.
    const holder = await admin.connect();
    try {
      await holder.query('BEGIN');
      await holder.query(`SELECT 1 FROM "${schema}"."popp_runs" WHERE run_id = 'run_k' FOR UPDATE`);
      const applying = store.apply(node).then(() => undefined, (error: unknown) => error as Error);
      const deadline = Date.now() + 10_000; // bounded by time: the wait shows in pg_stat_activity within milliseconds
      let killed = false;
      while (!killed && Date.now() < deadline) {
        const rows = (await admin.query(`SELECT pg_terminate_backend(pid) AS killed FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND query LIKE '%FOR UPDATE%' AND pid <> pg_backend_pid()`)).rows;
        killed = rows.some((row) => row.killed === true);
        if (!killed) await new Promise((resolve) => setTimeout(resolve, 20));
      }
      expect(killed, 'the waiting apply was found and killed').toBe(true);
      const error = await applying;
      expect(error?.message).toMatch(/^PostgresRunStore\.apply: the database (refused|call failed for) event \S+ of run run_k \(organization org_123456\)/);
    } finally {
      await holder.query('ROLLBACK');
      holder.release();
    }
    expect((await store.get('run_k'))?.eventIds).toHaveLength(1);
    expect((await store.apply(node))?.eventIds).toHaveLength(2); // Popp's redelivery, on a fresh connection
  });

  it('runs one transaction at a time on a single pg Client, and loses no update there either', async () => {
    const schema = schemaName('client');
    cleanups.push(() => dropSchema(admin, schema));
    const client = new pg.Client({ connectionString: (admin.options as { connectionString: string }).connectionString });
    await client.connect();
    cleanups.push(() => client.end());
    const store = createPostgresRunStore({ client, schema });
    await store.ensureSchema();
    const random = seeded(21);
    const runs = buildRuns(100, random);
    await inParallel(deliveries(runs, random), 16, (event) => store.apply(event));
    await expectStoreHolds(store, runs);
  });
});

describe('the test database', () => {
  it('is named when it cannot be reached, with what to start, and without a password', async () => {
    const error = await connectPool({}, 'postgres://someone:hunter2@127.0.0.1:1/test').catch((caught: unknown) => caught as Error);
    expect((error as Error).message).toMatch(/^PostgreSQL is not reachable at postgres:\/\/someone:\*\*\*@127\.0\.0\.1:1\/test \(.*ECONNREFUSED.*\)\. Start it: pg_ctlcluster --skip-systemctl-redirect .* main start — or point POPP_TEST_DATABASE_URL at/);
    expect((error as Error).message).not.toContain('hunter2');
    expect(DATABASE_URL).toMatch(/^postgres(ql)?:\/\//);
  });
});

describe('createPostgresRunStore on PGlite', () => {
  // One in-memory PGlite for the describe (starting one takes seconds), a schema per test.
  let shared: PGlite;
  beforeAll(async () => {
    shared = await newPGlite();
  });
  afterAll(async () => {
    await shared?.close();
  });

  it('ends, for 300 runs delivered shuffled with duplicates and many applies at once, where reduceRun ends; queries by each key', async () => {
    const random = seeded(99);
    const runs = buildRuns(300, random);
    const store = createPostgresRunStore({ client: shared, schema: 'many', table: 'runs' });
    await store.ensureSchema();
    await inParallel(deliveries(runs, random), 16, (event) => store.apply(event));
    await expectStoreHolds(store, runs);
  });

  it('refuses what PostgreSQL refuses, with the same errors', async () => {
    const missing = createPostgresRunStore({ client: shared, table: 'nowhere' });
    await expect(missing.get('run_1')).rejects.toThrow(/^PostgresRunStore\.get: the database refused the query: relation "nowhere" does not exist \(SQLSTATE 42P01\)\. Create the table first/);
  });

  it('keeps the runs on disk: a PGlite opened again on the same directory has them', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'popp-run-store-'));
    cleanups.push(async () => rmSync(dataDir, { recursive: true, force: true }));
    const events = [buildEvent('WORKFLOW_RUN_STARTED'), buildEvent('WORKFLOW_NODE_COMPLETED'), buildEvent('WORKFLOW_RUN_FAILED')];
    const first = new PGlite(dataDir);
    const store = createPostgresRunStore({ client: first });
    await store.ensureSchema();
    for (const event of events) await store.apply(event);
    await first.close();
    const again = new PGlite(dataDir);
    try {
      expect(await createPostgresRunStore({ client: again }).get('run_xyz789')).toEqual(plain(events.reduce<RunState | undefined>(reduceRun, undefined)));
    } finally {
      await again.close();
    }
  });
});

describe('run-store.sql', () => {
  it('is the SQL ensureSchema() runs, for the default names (regenerate it from runStoreSchemaSql() when this fails)', () => {
    expect(readFileSync(join(ROOT, 'src/stores/postgres/run-store.sql'), 'utf8')).toBe(runStoreSchemaSql());
  });

  it('creates a table the store works on, run by hand as a user\'s migration would', async () => {
    const schema = schemaName('migration');
    cleanups.push(() => dropSchema(admin, schema));
    const client = await admin.connect();
    try {
      await client.query(`CREATE SCHEMA "${schema}"; SET search_path TO "${schema}"`);
      await client.query(readFileSync(join(ROOT, 'src/stores/postgres/run-store.sql'), 'utf8'));
      const store = createPostgresRunStore({ client });
      await store.apply(buildEvent('WORKFLOW_RUN_STARTED'));
      expect(await store.count({ status: 'running' })).toBe(1);
      await client.query('RESET search_path');
    } finally {
      client.release();
    }
  });
});
