// The database clients the PostgreSQL store works over, told apart by shape: a pg Pool, PGlite, or anything
// with a pg-style `query(text, params)`.
import type { StoreTransaction } from '../../webhooks/idempotency.js';

/** Anything with pg's `query(text, params)` resolving to `{ rows }`: a pg Pool or Client, PGlite, a PoolClient. */
export interface Queryable {
  query(text: string, params?: unknown[]): Promise<{ rows: unknown[] }>;
}

/** The part of a pg `Pool` the transactional mode uses. */
export interface PgPoolLike extends Queryable {
  connect(): Promise<Queryable & { release(error?: Error | boolean): void }>;
  readonly totalCount: number;
}

/** The part of PGlite (`@electric-sql/pglite`) the transactional mode uses. */
export interface PGliteLike extends Queryable {
  transaction<T>(work: (transaction: Queryable & { rollback(): Promise<void> }) => Promise<T>): Promise<T>;
}

/** What `createPostgresIdempotencyStore` accepts as `client`. */
export type PostgresClient = Queryable | PgPoolLike | PGliteLike;

/** Runs `work` in a transaction on its own connection; `work` says whether to commit. Internal. */
export type RunInTransaction = <T>(work: (transaction: Queryable) => Promise<{ commit: boolean; value: T }>) => Promise<T>;

/**
 * How to open a transaction on `client`, or undefined when it cannot: a bare `query` (a pg Client, say) is
 * shared by every concurrent delivery, so a transaction on it would catch the others' statements. Internal.
 *
 * @example
 *   const inTransaction = transactionsOf(pool);
 */
export function transactionsOf(client: PostgresClient): RunInTransaction | undefined {
  if (typeof (client as PGliteLike).transaction === 'function') {
    const pglite = client as PGliteLike;
    return (work) =>
      pglite.transaction(async (transaction) => {
        const { commit, value } = await work(transaction);
        if (!commit) await transaction.rollback();
        return value;
      });
  }
  if (typeof (client as PgPoolLike).connect === 'function' && typeof (client as PgPoolLike).totalCount === 'number') {
    const pool = client as PgPoolLike;
    return async (work) => {
      const connection = await pool.connect();
      let broken: Error | undefined;
      try {
        await connection.query('BEGIN');
        let outcome: { commit: boolean; value: Awaited<ReturnType<typeof work>>['value'] };
        try {
          outcome = await work(connection);
        } catch (error) {
          await connection.query('ROLLBACK');
          throw error;
        }
        await connection.query(outcome.commit ? 'COMMIT' : 'ROLLBACK');
        return outcome.value;
      } catch (error) {
        // A connection whose transaction may still be open must not go back to the pool.
        broken = error instanceof Error ? error : new Error(String(error));
        throw error;
      } finally {
        connection.release(broken);
      }
    };
  }
  return undefined;
}

/**
 * A `query` for the user's handler that refuses to run once its transaction has ended, so an abandoned handler
 * can never write through a connection that went back to the pool. Internal.
 *
 * @example
 *   const { transaction, close } = guardTransaction(connection);
 */
export function guardTransaction(connection: Queryable): { transaction: StoreTransaction; close(): void } {
  let closed = false;
  return {
    transaction: {
      query: async <Row>(text: string, params?: readonly unknown[]) => {
        if (closed) throw new Error('This delivery\'s transaction has ended (the handler outlived its deadline or its claim); nothing more can be written through it.');
        return (await connection.query(text, params === undefined ? undefined : [...params])) as { rows: Row[] };
      },
    },
    close: () => void (closed = true),
  };
}
