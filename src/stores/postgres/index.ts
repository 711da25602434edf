/**
 * The PostgreSQL IdempotencyStore and the durable run store, over a pg Pool, PGlite or any pg-style `query` you bring (none is a
 * dependency of this package), with its SQL (`schemaSql`, and `schema.sql` in this folder of the package).
 *
 * @example
 *   import { createPostgresIdempotencyStore } from 'popp-workflow-contract/stores/postgres';
 *   const idempotency = createPostgresIdempotencyStore({ client: pool, schema: 'popp', transactional: true });
 */
export { createPostgresIdempotencyStore, type PostgresIdempotencyStore, type PostgresIdempotencyStoreOptions } from './idempotency-store.js';
export { DEFAULT_POSTGRES_TABLE, schemaSql } from './schema.js';
export type { PgPoolLike, PGliteLike, PostgresClient, Queryable } from './clients.js';
export {
  createPostgresRunStore,
  DEFAULT_RUN_TABLE,
  RUN_STORE_LIST_LIMITS,
  runStoreSchemaSql,
  type PostgresRunStore,
  type PostgresRunStoreHandlers,
  type PostgresRunStoreOptions,
  type RunListQuery,
  type RunPage,
  type RunQuery,
  type RunStoreClient,
} from './run-store.js';
