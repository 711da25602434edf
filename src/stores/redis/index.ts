/**
 * The Redis IdempotencyStore, over a node-redis v5 or ioredis client you bring (neither is a dependency of
 * this package).
 *
 * @example
 *   import { createRedisIdempotencyStore } from 'popp-workflow-contract/stores/redis';
 *   const idempotency = createRedisIdempotencyStore({ client: redis, prefix: 'myapp:popp:' });
 */
export { createRedisIdempotencyStore, DEFAULT_REDIS_PREFIX, type RedisIdempotencyStoreOptions } from './idempotency-store.js';
export type { IoRedisLike, NodeRedisLike, RedisClient, RedisCommander } from './commands.js';
