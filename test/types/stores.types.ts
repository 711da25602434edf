// Type-level tests of the stores: checked by `npm run typecheck` (part of `npm test`), never executed. The real
// client types of node-redis v5, ioredis, pg and PGlite fit the stores' structural client types.
import type { PGlite } from '@electric-sql/pglite';
import type { Redis } from 'ioredis';
import type pg from 'pg';
import type { createClient } from 'redis';
import { createPostgresIdempotencyStore } from '../../src/stores/postgres/index.js';
import { createRedisIdempotencyStore } from '../../src/stores/redis/index.js';

export function realClientsFit(nodeRedis: ReturnType<typeof createClient>, ioRedis: Redis, pool: pg.Pool, client: pg.Client, pglite: PGlite): void {
  createRedisIdempotencyStore({ client: nodeRedis });
  createRedisIdempotencyStore({ client: ioRedis });
  createPostgresIdempotencyStore({ client: pool, transactional: true });
  createPostgresIdempotencyStore({ client });
  createPostgresIdempotencyStore({ client: pglite, transactional: true });
  // @ts-expect-error a pg Pool is not a Redis client
  createRedisIdempotencyStore({ client: pool });
  // @ts-expect-error ttlMs is a number of milliseconds
  createPostgresIdempotencyStore({ client: pool, ttlMs: '7d' });
}
