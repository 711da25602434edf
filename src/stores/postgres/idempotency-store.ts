/**
 * An IdempotencyStore on PostgreSQL (a pg Pool, PGlite, or any pg-style `query`), shared by every receiver that
 * uses the same table. One row per eventId; leases and expiry by the database's clock. With
 * `transactional: true`, the user's handler runs inside the transaction that completes the row, so its writes
 * to the same database happen exactly once.
 */
import { checkClaim, checkLease, newOwner, type ClaimResult, type ClaimToken, type IdempotencyStore, type TransactionOutcome } from '../../webhooks/idempotency.js';
import { guardTransaction, transactionsOf, type PostgresClient, type Queryable } from './clients.js';
import { DEFAULT_POSTGRES_TABLE, identifier, qualify, schemaStatements, statements, type TableName } from './schema.js';

export interface PostgresIdempotencyStoreOptions {
  /** A pg `Pool` (or Client), a PGlite instance, or anything with pg's `query(text, params)`. The store never closes it. */
  client: PostgresClient;
  /** The PostgreSQL schema of the table. Default: none (the connection's search_path). */
  schema?: string;
  /** The table. Default: `popp_idempotency`. */
  table?: string;
  /** How long a processed eventId is remembered, in milliseconds. Default: 7 days. */
  ttlMs?: number;
  /**
   * Run each handler in the transaction that completes its claim, with `context.transaction` bound to it.
   * Needs a pg `Pool` (a connection per delivery) or PGlite. Default: false.
   */
  transactional?: boolean;
}

/** The PostgreSQL store: an IdempotencyStore with its table's upkeep. */
export interface PostgresIdempotencyStore extends IdempotencyStore {
  /** Creates the schema (if named), the table and its index when missing. Run it once at deploy time. */
  ensureSchema(): Promise<void>;
  /** Deletes forgotten records (completed past `ttlMs`, lapsed leases); resolves with how many. Run it now and then. */
  purgeExpired(): Promise<number>;
  /** The schema-qualified table name, quoted. */
  readonly table: string;
}

const DEFAULT_TTL_MS = 7 * 24 * 60 * 60 * 1000;
// A claim whose INSERT met a row, but whose row was gone by the next statement (released in between), tries again.
const MAX_CLAIM_ROUNDS = 10;

/**
 * Creates the PostgreSQL store over a client you created.
 *
 * @example
 *   import pg from 'pg';
 *   import { createPostgresIdempotencyStore } from 'popp-workflow-contract/stores/postgres';
 *   const idempotency = createPostgresIdempotencyStore({ client: new pg.Pool({ connectionString: process.env.DATABASE_URL }), transactional: true });
 *   await idempotency.ensureSchema();
 *   const handler = createWebhookHandler({ secret, idempotency, on: {
 *     WORKFLOW_RUN_COMPLETED: (event, { transaction }) => transaction!.query('INSERT INTO results (record_id) VALUES ($1)', [event.data.recordId]),
 *   } });
 */
export function createPostgresIdempotencyStore(options: PostgresIdempotencyStoreOptions): PostgresIdempotencyStore {
  if (options === null || typeof options !== 'object') throw new TypeError('createPostgresIdempotencyStore: pass { client }.');
  const client = options.client;
  if (client === null || typeof client !== 'object' || typeof client.query !== 'function') {
    throw new TypeError('createPostgresIdempotencyStore: client must be a pg Pool or Client, a PGlite instance, or an object with query(text, params).');
  }
  const name: TableName = { schema: options.schema, table: options.table ?? DEFAULT_POSTGRES_TABLE };
  if (name.schema !== undefined) identifier(name.schema, 'schema');
  const table = qualify(name);
  const ttlMs = options.ttlMs ?? DEFAULT_TTL_MS;
  if (!Number.isSafeInteger(ttlMs) || ttlMs <= 0) throw new RangeError(`createPostgresIdempotencyStore: ttlMs must be a positive integer of milliseconds, got ${String(options.ttlMs)}.`);
  const inTransaction = options.transactional === true ? transactionsOf(client) : undefined;
  if (options.transactional === true && inTransaction === undefined) {
    throw new TypeError('createPostgresIdempotencyStore: transactional needs a pg Pool (a connection per delivery) or PGlite; a single pg Client is shared by every delivery, so one transaction on it would catch the others\' statements.');
  }
  const counted = reportsCounts(client);
  const sql = statements(table, counted);
  // PGlite runs one statement at a time on one connection, and a transaction holds it to the end.
  const exclusive = typeof (client as { transaction?: unknown }).transaction === 'function';
  const openTransactions = new Map<string, Queryable>();
  const rowsOf = async (on: Queryable, text: string, params: unknown[]) => (await on.query(text, params)).rows as Record<string, unknown>[];
  /** How many rows a changing statement changed. */
  const changed = async (on: Queryable, text: string, params: unknown[]) => {
    const result = (await on.query(text, params)) as { rows: unknown[]; rowCount?: unknown; affectedRows?: unknown };
    if (!counted) return result.rows.length;
    const count = typeof result.rowCount === 'number' ? result.rowCount : result.affectedRows;
    if (typeof count !== 'number') throw new Error('PostgreSQL idempotency store: the client reported no row count (rowCount or affectedRows) for an UPDATE or DELETE.');
    return count;
  };

  const store: PostgresIdempotencyStore = {
    table,
    async ensureSchema() {
      for (const statement of schemaStatements(name)) await client.query(statement);
    },
    async purgeExpired() {
      return changed(client, sql.purge, []);
    },
    async claim(eventId, claimOptions): Promise<ClaimResult> {
      const { leaseMs, payloadHash } = checkClaim(eventId, claimOptions);
      for (let round = 0; round < MAX_CLAIM_ROUNDS; round++) {
        const owner = newOwner();
        const params = [eventId, owner, payloadHash, leaseMs];
        if ((await changed(client, sql.insert, params)) === 1 || (await changed(client, sql.takeOver, params)) === 1) return { status: 'claimed', token: { eventId, owner } };
        const [row] = await rowsOf(client, sql.current, [eventId]);
        if (row === undefined) continue;
        if (row.payload_hash !== payloadHash) return { status: 'conflict' };
        return { status: row.state === 'completed' ? 'completed' : 'in-progress' };
      }
      throw new Error(`PostgreSQL idempotency store: the row of ${eventId} appeared and vanished ${MAX_CLAIM_ROUNDS} times in a row while claiming it.`);
    },
    async complete(token) {
      return (await changed(client, sql.complete, [...ownerOf(token), ttlMs])) === 1;
    },
    async release(token) {
      return (await changed(client, sql.release, ownerOf(token))) === 1;
    },
    async extend(token, leaseMs) {
      checkLease(leaseMs, 'extend');
      // PGlite has one connection: while this claim's own transaction holds it, the extension goes through that
      // transaction (nothing else can read the row before it commits anyway) instead of waiting for its end.
      const through = exclusive ? (openTransactions.get(token.owner) ?? client) : client;
      return (await changed(through, sql.extend, [...ownerOf(token), leaseMs])) === 1;
    },
  };
  if (inTransaction !== undefined) {
    store.completeInTransaction = (token, work) =>
      inTransaction<TransactionOutcome>(async (connection) => {
        const guarded = guardTransaction(connection);
        openTransactions.set(token.owner, connection);
        let proceed: boolean;
        try {
          proceed = await work(guarded.transaction);
        } finally {
          guarded.close();
          openTransactions.delete(token.owner);
        }
        if (!proceed) return { commit: false, value: 'rolled-back' };
        // The row is locked from here to the commit: a takeover of a lapsed lease either came first (then
        // this finds no row of ours and rolls back) or waits and then finds the event completed.
        const completed = (await changed(connection, sql.completeOwned, [...ownerOf(token), ttlMs])) === 1;
        return completed ? { commit: true, value: 'completed' } : { commit: false, value: 'lost' };
      });
  }
  return store;
}

/** pg (Pool, Client) and PGlite report how many rows a statement changed; other clients may not. */
function reportsCounts(client: PostgresClient): boolean {
  return typeof (client as { transaction?: unknown }).transaction === 'function' || typeof (client as { connect?: unknown }).connect === 'function';
}

function ownerOf(token: ClaimToken): [string, string] {
  if (token === null || typeof token !== 'object' || typeof token.eventId !== 'string' || typeof token.owner !== 'string') throw new TypeError('IdempotencyStore: pass the token that claim returned.');
  return [token.eventId, token.owner];
}
