/**
 * createPostgresRunStore: run state that outlives the process and is shared by every receiver instance.
 * Each event is folded with reduceRun onto the run's stored state in one transaction that holds the run's
 * row lock, so concurrent events of one run (two instances, two deliveries) are applied one after the
 * other and none is lost. Keyed by organization and run, like createRunTracker, with the same RunState.
 */
import { isRunEvent, RUN_EVENT_TYPES, type EventMap, type PoppWebhookEvent, type RunEvent, type RunEventType } from '../../events.js';
import { compare } from '../../runs/compare.js';
import { reduceRun, type RunState, type RunStatus } from '../../runs/reduce-run.js';
import { listIssues } from '../../validation/issue-list.js';
import { validateEvent } from '../../validation/validate-event.js';
import { transactionsOf, type RunStoreClient, type SqlQueryable } from './run-store-db.js';
import { runStoreSchemaStatements, runTableNames } from './run-store-sql.js';

export type { RunStoreClient } from './run-store-db.js';
export { DEFAULT_RUN_TABLE, runStoreSchemaSql } from './run-store-sql.js';

/** The statuses a run can have, for checking a query's `status` (the compile-time check below keeps it whole). */
const RUN_STATUSES = ['pending', 'running', 'completed', 'failed', 'cancelled'] as const satisfies readonly RunStatus[];
// Fails to compile when RunStatus gains a member that RUN_STATUSES lacks.
const EVERY_STATUS_LISTED: Exclude<RunStatus, (typeof RUN_STATUSES)[number]> extends never ? true : never = true;
void EVERY_STATUS_LISTED;

/** The most runs one list() call returns, and the default. */
export const RUN_STORE_LIST_LIMITS = Object.freeze({ defaultLimit: 100, maxLimit: 1000 });

export interface PostgresRunStoreOptions {
  /**
   * A `pg` Pool (a connection per transaction), a single `pg` Client that nothing else uses meanwhile (the
   * store runs its transactions on it one at a time), or a PGlite instance. The store never closes it.
   */
  client: RunStoreClient;
  /** The schema of the table. Default: none, so the table is found on the connection's search_path. */
  schema?: string;
  /** The table's name. Default `popp_runs` (DEFAULT_RUN_TABLE). */
  table?: string;
  /**
   * Called after an event changed a run's state and the change is committed (never for a duplicate). What it
   * throws rejects that apply, with the change already stored (so a redelivery will not call it again).
   */
  onChange?: (state: RunState, previous: RunState | undefined) => void;
}

/** Which runs list() and count() return: every given field must match. */
export interface RunQuery {
  organizationId?: string;
  workflowId?: string;
  candidateProfileId?: string;
  /** One status, or any of several. */
  status?: RunStatus | readonly RunStatus[];
}

export interface RunListQuery extends RunQuery {
  /** The most runs returned: 1 to 1,000, default 100 (RUN_STORE_LIST_LIMITS). */
  limit?: number;
  /** The `nextCursor` of the previous page. */
  cursor?: string;
}

export interface RunPage {
  /** Runs in the order first stored. */
  runs: RunState[];
  /** Pass as `cursor` for the next page; null when this page is the last. */
  nextCursor: string | null;
}

/** `on` handlers for createWebhookHandler, one per event type about a run (RUN_EVENT_TYPES). */
export type PostgresRunStoreHandlers = { readonly [K in RunEventType]: (event: EventMap[K]) => Promise<void> };

export interface PostgresRunStore {
  /** Creates the table and its indexes when missing (runStoreSchemaSql); safe to call from every instance at start. */
  ensureSchema(): Promise<void>;
  /**
   * Folds any Popp event into its run's stored state in one transaction. Resolves to the run's state for an
   * event about a run (the stored state unchanged for a duplicate), and to `undefined` for any other event
   * (WORKFLOW_PUBLISHED, WORKFLOW_CONTACT_RESOLUTION_FAILED, the non-workflow events, unknown types), which
   * it leaves alone. Rejects an event that breaks its schema, naming the problems.
   */
  apply(event: PoppWebhookEvent): Promise<RunState | undefined>;
  /** The run with this ID; pass its organizationId when runs of several organizations are stored (it rejects when two share the ID and none is given). */
  get(runId: string, organizationId?: string): Promise<RunState | undefined>;
  /**
   * Runs matching the query, in the order first stored, a page at a time. A run stored while you page takes its
   * place when first inserted but shows once that commits, so paging may miss one stored meanwhile (never repeats one).
   */
  list(query?: RunListQuery): Promise<RunPage>;
  /** How many runs match the query. */
  count(query?: RunQuery): Promise<number>;
  /** Deletes a run's stored state; true if it was stored. Addressed as `get`. */
  delete(runId: string, organizationId?: string): Promise<boolean>;
  /** `on` handlers for createWebhookHandler: `on: store.on`, or `on: { ...store.on, WORKFLOW_PUBLISHED: … }`. */
  readonly on: PostgresRunStoreHandlers;
}

const CALLER = 'PostgresRunStore';
/** An INSERT that lost to a concurrent one retries once the winner committed; more rounds mean rows are deleted as fast. */
const MAX_ROUNDS = 5;

/**
 * A durable run store on PostgreSQL (a `pg` Pool or Client, or PGlite): reduceRun applied to the stored
 * state, one transaction per event, with the run's row locked, so concurrent events of one run lose nothing
 * and any number of receiver instances share one truth. States are the RunState createRunTracker keeps;
 * stored as json beside indexed columns for the queries by workflow, candidate profile and status.
 *
 * @example
 *   import pg from 'pg';
 *   const runs = createPostgresRunStore({ client: new pg.Pool({ connectionString: process.env.DATABASE_URL }) });
 *   await runs.ensureSchema();
 *   const handler = createWebhookHandler({ secret, on: runs.on });
 *   const failed = await runs.list({ workflowId: 'wf_abc123', status: 'failed', limit: 50 });
 */
export function createPostgresRunStore(options: PostgresRunStoreOptions): PostgresRunStore {
  if (options === null || typeof options !== 'object') throw new TypeError('createPostgresRunStore: pass { client }, where client is a pg Pool, a pg Client or a PGlite instance.');
  const unknownOptions = Object.keys(options).filter((key) => !(STORE_OPTIONS as readonly string[]).includes(key));
  if (unknownOptions.length > 0) throw new TypeError(`createPostgresRunStore: unknown option${unknownOptions.length > 1 ? 's' : ''} ${unknownOptions.map((key) => JSON.stringify(key)).join(', ')}; the options are ${STORE_OPTIONS.join(', ')}.`);
  const transaction = transactionsOf(options.client, 'createPostgresRunStore');
  const db = options.client;
  const names = runTableNames(options, 'createPostgresRunStore');
  const { table } = names;
  if (options.onChange !== undefined && typeof options.onChange !== 'function') throw new TypeError('createPostgresRunStore: onChange must be a function.');

  const select = `SELECT state FROM ${table} WHERE organization_id = $1 AND run_id = $2 FOR UPDATE`;
  const insert = `INSERT INTO ${table} (organization_id, run_id, status, workflow_id, candidate_profile_id, state) VALUES ($1, $2, $3, $4, $5, $6::json) ON CONFLICT (organization_id, run_id) DO NOTHING RETURNING seq`;
  const update = `UPDATE ${table} SET status = $3, workflow_id = $4, candidate_profile_id = $5, state = $6::json, updated_at = now() WHERE organization_id = $1 AND run_id = $2`;

  const fold = async (tx: SqlQueryable, event: RunEvent): Promise<{ state: RunState; previous: RunState | undefined }> => {
    const { recordId: runId, organizationId } = event.data;
    for (let round = 0; round < MAX_ROUNDS; round++) {
      const row = (await tx.query(select, [organizationId, runId])).rows[0] as Row | undefined;
      const previous = row === undefined ? undefined : stateOf(row.state);
      const state = reduceRun(previous, event);
      if (state === previous) return { state, previous };
      const params = [organizationId, runId, state.status, state.workflowId, state.candidateProfileId, JSON.stringify(state)];
      if (previous !== undefined) {
        await tx.query(update, params);
        return { state, previous };
      }
      // Another transaction inserted the run first: ON CONFLICT waited for it to commit; lock its row next round.
      if ((await tx.query(insert, params)).rows.length > 0) return { state, previous };
    }
    throw new Error(`${CALLER}.apply: run ${runId} of organization ${organizationId} was created and deleted ${MAX_ROUNDS} times while event ${event.eventId} was applied; apply it again.`);
  };

  const find = async (runId: string, organizationId: string | undefined, caller: string): Promise<{ organizationId: string; state: RunState } | undefined> => {
    checkId(runId, 'runId', caller);
    if (organizationId !== undefined) {
      checkId(organizationId, 'organizationId', caller);
      const row = (await query(db, `SELECT state FROM ${table} WHERE organization_id = $1 AND run_id = $2`, [organizationId, runId], caller)).rows[0];
      return row === undefined ? undefined : { organizationId, state: stateOf(row.state) };
    }
    const rows = (await query(db, `SELECT organization_id, state FROM ${table} WHERE run_id = $1`, [runId], caller)).rows;
    if (rows.length > 1) {
      const organizations = rows.map((row) => String(row.organization_id)).sort(compare).join(', ');
      throw new Error(`${CALLER}.${caller}: runs of ${rows.length} organizations (${organizations}) have the ID ${runId}; pass the organizationId: ${caller}(runId, organizationId).`);
    }
    const row = rows[0];
    return row === undefined ? undefined : { organizationId: String(row.organization_id), state: stateOf(row.state) };
  };

  const on = Object.freeze(Object.fromEntries(RUN_EVENT_TYPES.map((type) => [type, async (event: PoppWebhookEvent) => void (await store.apply(event))]))) as PostgresRunStoreHandlers;

  const store: PostgresRunStore = {
    async ensureSchema() {
      await withContext('ensureSchema', names.table, () =>
        transaction(async (tx) => {
          // Instances starting together would race on CREATE … IF NOT EXISTS (it is not atomic): one at a time.
          await tx.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [`popp-workflow-contract:${names.table}`]);
          for (const statement of runStoreSchemaStatements(names)) await tx.query(statement);
        }),
      );
    },

    async apply(event) {
      if (event === null || typeof event !== 'object' || typeof (event as { event?: unknown }).event !== 'string') {
        throw new TypeError(`${CALLER}.apply: expected a Popp event (an object with a string \`event\`), got ${describe(event)}.`);
      }
      if (!isRunEvent(event)) return undefined;
      const checked = validateEvent(event);
      if (!checked.ok) throw new TypeError(listIssues(`${CALLER}.apply: the ${event.event} event ${describeId(event)} breaks its schema`, checked.issues, { whole: 'event' }));
      const { recordId: runId, organizationId } = event.data;
      const { state, previous } = await withContext('apply', names.table, () => transaction((tx) => fold(tx, event)), `event ${event.eventId} of run ${runId} (organization ${organizationId})`);
      if (state !== previous) options.onChange?.(state, previous);
      return state;
    },

    get: async (runId, organizationId) => (await find(runId, organizationId, 'get'))?.state,

    async list(listQuery = {}) {
      const limit = listQuery.limit ?? RUN_STORE_LIST_LIMITS.defaultLimit;
      if (!Number.isSafeInteger(limit) || limit < 1 || limit > RUN_STORE_LIST_LIMITS.maxLimit) {
        throw new RangeError(`${CALLER}.list: limit must be an integer from 1 to ${RUN_STORE_LIST_LIMITS.maxLimit}, got ${describe(limit)}.`);
      }
      const where = conditions(listQuery, 'list');
      if (listQuery.cursor !== undefined) {
        if (typeof listQuery.cursor !== 'string' || !/^\d{1,19}$/.test(listQuery.cursor)) {
          throw new TypeError(`${CALLER}.list: cursor must be the nextCursor of an earlier page, got ${describe(listQuery.cursor)}.`);
        }
        where.add('seq > $?::bigint', listQuery.cursor);
      }
      // One row more than asked tells whether another page follows.
      const rows = (await query(db, `SELECT seq, state FROM ${table}${where.sql()} ORDER BY seq LIMIT ${limit + 1}`, where.params, 'list')).rows;
      const page = rows.slice(0, limit);
      return { runs: page.map((row) => stateOf(row.state)), nextCursor: rows.length > limit ? String(page[page.length - 1]?.seq) : null };
    },

    async count(countQuery = {}) {
      const where = conditions(countQuery, 'count');
      const row = (await query(db, `SELECT count(*) AS count FROM ${table}${where.sql()}`, where.params, 'count')).rows[0];
      return Number(row?.count ?? 0);
    },

    async delete(runId, organizationId) {
      const found = await find(runId, organizationId, 'delete');
      if (found === undefined) return false;
      const rows = (await query(db, `DELETE FROM ${table} WHERE organization_id = $1 AND run_id = $2 RETURNING run_id`, [found.organizationId, runId], 'delete')).rows;
      return rows.length > 0;
    },

    on,
  };
  return store;
}

const STORE_OPTIONS = ['client', 'schema', 'table', 'onChange'] as const satisfies readonly (keyof PostgresRunStoreOptions)[];
const FILTER_FIELDS = ['organizationId', 'workflowId', 'candidateProfileId', 'status'] as const satisfies readonly (keyof RunQuery)[];
const QUERY_FIELDS = { count: FILTER_FIELDS, list: [...FILTER_FIELDS, 'limit', 'cursor'] as const satisfies readonly (keyof RunListQuery)[] };

/** A row as the queries here select it (pg and PGlite both give rows as objects keyed by column). */
type Row = Record<string, unknown>;

/** The WHERE clause of a RunQuery, its parameters numbered as they are added (`$?` in a condition). */
function conditions(runQuery: RunQuery, caller: 'list' | 'count'): { add(condition: string, value: unknown): void; sql(): string; params: unknown[] } {
  if (runQuery === null || typeof runQuery !== 'object') throw new TypeError(`${CALLER}.${caller}: the query must be an object such as { workflowId, status }, got ${describe(runQuery)}.`);
  // A misspelt field would otherwise match every run.
  const known = QUERY_FIELDS[caller];
  const unknown = Object.keys(runQuery).filter((key) => !(known as readonly string[]).includes(key));
  if (unknown.length > 0) throw new TypeError(`${CALLER}.${caller}: unknown query field${unknown.length > 1 ? 's' : ''} ${unknown.map((key) => JSON.stringify(key)).join(', ')}; the fields are ${known.join(', ')}.`);
  const parts: string[] = [];
  const params: unknown[] = [];
  const where = {
    add(condition: string, value: unknown) {
      params.push(value);
      parts.push(condition.replace('$?', `$${params.length}`));
    },
    sql: () => (parts.length === 0 ? '' : ` WHERE ${parts.join(' AND ')}`),
    params,
  };
  const columns = { organizationId: 'organization_id', workflowId: 'workflow_id', candidateProfileId: 'candidate_profile_id' } as const;
  for (const [field, column] of Object.entries(columns) as [keyof typeof columns, string][]) {
    const value = runQuery[field];
    if (value === undefined) continue;
    checkId(value, field, caller);
    where.add(`${column} = $?`, value);
  }
  if (runQuery.status !== undefined) {
    const statuses: readonly unknown[] = Array.isArray(runQuery.status) ? runQuery.status : [runQuery.status];
    const unknown = statuses.filter((status) => !(RUN_STATUSES as readonly unknown[]).includes(status));
    if (statuses.length === 0 || unknown.length > 0) {
      throw new TypeError(`${CALLER}.${caller}: status must be one of ${RUN_STATUSES.join(', ')} (or a non-empty array of them), got ${describe(runQuery.status)}.`);
    }
    where.add('status = ANY($?::text[])', [...statuses]);
  }
  return where;
}

/** A stored state as reduceRun folds onto it: pg and PGlite parse json, a client set up to return text does not. */
function stateOf(stored: unknown): RunState {
  return (typeof stored === 'string' ? JSON.parse(stored) : stored) as RunState;
}

function checkId(value: unknown, name: string, caller: string): void {
  if (typeof value !== 'string' || value === '') throw new TypeError(`${CALLER}.${caller}: ${name} must be a non-empty string, got ${describe(value)}.`);
}

async function query(db: SqlQueryable, text: string, params: unknown[], caller: string): Promise<{ rows: Row[] }> {
  return withContext(caller, undefined, async () => (await db.query(text, params)) as { rows: Row[] });
}

// PostgreSQL's SQLSTATE for a table that does not exist.
const UNDEFINED_TABLE = '42P01';
const SQLSTATE = /^[0-9A-Z]{5}$/;
const OWN_ERROR = /^(PostgresRunStore\.|reduceRun: )/;

/** Runs a database call, so that a database error says which store call, and what to do when the table is missing. */
async function withContext<T>(caller: string, table: string | undefined, fn: () => Promise<T>, what?: string): Promise<T> {
  try {
    return await fn();
  } catch (error) {
    // Our own errors (from reduceRun, or the bounded retry) already say where they come from.
    if (!(error instanceof Error) || OWN_ERROR.test(error.message)) throw error;
    const where = `${what ?? 'the query'}${table === undefined ? '' : ` on ${table}`}`;
    const code = 'code' in error && typeof error.code === 'string' ? error.code : undefined;
    // A driver's error without a code: a connection lost mid-call ("Connection terminated unexpectedly"), say.
    if (code === undefined) throw new Error(`${CALLER}.${caller}: the database call failed for ${where}: ${error.message}`, { cause: error });
    if (!SQLSTATE.test(code)) throw new Error(`${CALLER}.${caller}: could not reach the database for ${where}: ${error.message} (${code}).`, { cause: error });
    const hint = code === UNDEFINED_TABLE ? ' Create the table first: await store.ensureSchema(), or run the SQL of runStoreSchemaSql() (run-store.sql) in a migration.' : '';
    throw new Error(`${CALLER}.${caller}: the database refused ${where}: ${error.message} (SQLSTATE ${code}).${hint}`, { cause: error });
  }
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return `an array (${value.length})`;
  if (typeof value === 'string') return JSON.stringify(value.length > 60 ? `${value.slice(0, 60)}…` : value);
  if (typeof value === 'object') return 'an object';
  return typeof value === 'undefined' ? 'undefined' : `${typeof value} ${String(value)}`;
}

function describeId(event: { eventId?: unknown }): string {
  return typeof event.eventId === 'string' ? event.eventId : '(without an eventId)';
}
