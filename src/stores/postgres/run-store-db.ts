/**
 * The client the run store is given, told apart by shape: a `pg` Pool, one `pg` Client (or a client taken
 * from a pool), or PGlite. Each gets transactions its own way; the store only sees `transaction(fn)`. The
 * shapes match what the PostgreSQL idempotency store accepts, so one client serves both.
 */

/** What a query returns, as `pg` and PGlite both give it. */
export interface SqlResult {
  rows: unknown[];
}

/** Anything with pg's `query(text, params)`: a `pg` Pool or Client, a PGlite instance or transaction. */
export interface SqlQueryable {
  query(text: string, params?: unknown[]): Promise<SqlResult>;
}

/** A pool (`pg` Pool): each transaction takes a connection of its own with `connect()` and releases it. */
export interface SqlPool extends SqlQueryable {
  connect(): Promise<PooledConnection>;
  readonly totalCount: number;
}

/** A connection lent by a pool; a `pg` PoolClient is also an EventEmitter that reports a lost connection as 'error'. */
export interface PooledConnection extends SqlQueryable {
  release(error?: Error | boolean): void;
  on?(event: 'error', listener: (error: Error) => void): unknown;
  off?(event: 'error', listener: (error: Error) => void): unknown;
}

/** PGlite, whose `transaction(fn)` runs `fn` alone on its one connection and commits or rolls back. */
export interface SqlTransactional extends SqlQueryable {
  transaction<T>(fn: (tx: SqlQueryable) => Promise<T>): Promise<T>;
}

/** A client the run store accepts: a `pg` Pool, one `pg` Client, or PGlite (`@electric-sql/pglite`). */
export type RunStoreClient = SqlQueryable | SqlPool | SqlTransactional;

/** Runs `fn` in one transaction (BEGIN … COMMIT, ROLLBACK when it throws) and returns what it returned. */
export type RunInTransaction = <T>(fn: (tx: SqlQueryable) => Promise<T>) => Promise<T>;

/**
 * How to run a transaction on `client`. A pool lends a connection per transaction; PGlite's transaction()
 * holds its single connection for the duration; a single `pg` Client runs one transaction at a time (queued
 * here), since statements of two transactions sent on one connection would mix.
 */
export function transactionsOf(client: RunStoreClient, caller: string): RunInTransaction {
  const db = client;
  if (db === null || typeof db !== 'object' || typeof (db as SqlQueryable).query !== 'function') {
    throw new TypeError(`${caller}: client must be a pg Pool, a pg Client or a PGlite instance (an object with query(text, params)).`);
  }
  if (typeof (db as SqlTransactional).transaction === 'function') {
    // PGlite has one connection: its transactions never run side by side, so any isolation level will do.
    const pglite = db as SqlTransactional;
    return (fn) => pglite.transaction(fn);
  }
  // A pg Pool has connect() and counts its clients; a pg Client's connect() opens its socket instead.
  if (typeof (db as SqlPool).connect === 'function' && typeof (db as SqlPool).totalCount === 'number') {
    const pool = db as SqlPool;
    return async (fn) => {
      const connection = await pool.connect();
      let broken: Error | undefined;
      // pg reports a connection lost while lent (killed, network) as an 'error' event, which nobody would hear
      // and which would end the process: the store hears it, and the pool closes that connection on release.
      const onError = (error: Error) => void (broken ??= error);
      connection.on?.('error', onError);
      try {
        return await inTransaction(connection, fn, (error) => void (broken ??= error));
      } finally {
        // A connection whose ROLLBACK or COMMIT failed is in an unknown state: the pool closes it rather than lend it again.
        connection.release(broken);
        // A closed connection may still report its end: keep listening to it. A healthy one goes back clean.
        if (broken === undefined) connection.off?.('error', onError);
      }
    };
  }
  const connection = db as SqlQueryable;
  let queue: Promise<unknown> = Promise.resolve();
  return (fn) => {
    const result = queue.then(() => inTransaction(connection, fn, () => undefined));
    queue = result.catch(() => undefined);
    return result;
  };
}

async function inTransaction<T>(connection: SqlQueryable, fn: (tx: SqlQueryable) => Promise<T>, onBroken: (error: Error) => void): Promise<T> {
  // READ COMMITTED whatever the database's default: there, a row lock waited for reads the row as the other
  // transaction committed it, where REPEATABLE READ or SERIALIZABLE would refuse the event (SQLSTATE 40001).
  await connection.query('BEGIN ISOLATION LEVEL READ COMMITTED');
  let result: T;
  try {
    result = await fn(connection);
  } catch (error) {
    try {
      await connection.query('ROLLBACK');
    } catch (rollbackError) {
      onBroken(rollbackError instanceof Error ? rollbackError : new Error(String(rollbackError)));
    }
    throw error;
  }
  try {
    await connection.query('COMMIT');
  } catch (error) {
    // Whether the transaction ended is unknown (a connection lost mid-COMMIT, say): the pool must not lend it again.
    onBroken(error instanceof Error ? error : new Error(String(error)));
    throw error;
  }
  return result;
}
