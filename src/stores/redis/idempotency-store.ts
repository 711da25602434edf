/**
 * An IdempotencyStore on Redis, shared by every receiver that uses the same Redis and key prefix.
 *
 * Key layout: one string key per eventId, `<prefix><eventId>`, whose value is `p|<owner>|<payloadHash>` while
 * a delivery holds it (expiring with the lease, by `PX`) and `c|<owner>|<payloadHash>` once processed
 * (expiring after `ttlMs`). Leases are Redis's own expiry, so no receiver's clock takes part. A new claim is a
 * `SET … NX PX`; completing, releasing and extending are Lua scripts that first check that the key still names
 * the caller as owner, so a duplicate or a late run never touches another delivery's claim.
 */
import { checkClaim, checkLease, newOwner, type ClaimResult, type ClaimToken, type IdempotencyStore } from '../../webhooks/idempotency.js';
import { toCommander, type RedisClient, type RedisCommander } from './commands.js';
import { createScripts } from './scripts.js';

export interface RedisIdempotencyStoreOptions {
  /** A connected node-redis v5 client, an ioredis client, or `{ command(args) }`. The store never closes it. */
  client: RedisClient;
  /** Prepended to every key. Default: `popp:idempotency:`. */
  prefix?: string;
  /** How long a processed eventId is remembered, in milliseconds. Default: 7 days. */
  ttlMs?: number;
}

export const DEFAULT_REDIS_PREFIX = 'popp:idempotency:';
const DEFAULT_TTL_MS = 7 * 24 * 60 * 60 * 1000;
// A claim whose SET failed reads the key; if the key vanished in between (released or lapsed), it tries again.
const MAX_CLAIM_ROUNDS = 10;

/**
 * Creates the Redis store over a client you created and connected.
 *
 * @example
 *   import { createClient } from 'redis';
 *   import { createRedisIdempotencyStore } from 'popp-workflow-contract/stores/redis';
 *   const redis = await createClient({ url: process.env.REDIS_URL }).connect();
 *   const handler = createWebhookHandler({ secret, on, idempotency: createRedisIdempotencyStore({ client: redis, ttlMs: 7 * 86_400_000 }) });
 */
export function createRedisIdempotencyStore(options: RedisIdempotencyStoreOptions): IdempotencyStore {
  if (options === null || typeof options !== 'object') throw new TypeError('createRedisIdempotencyStore: pass { client }.');
  const redis: RedisCommander = toCommander(options.client);
  const prefix = options.prefix ?? DEFAULT_REDIS_PREFIX;
  if (typeof prefix !== 'string') throw new TypeError('createRedisIdempotencyStore: prefix must be a string.');
  const ttlMs = options.ttlMs ?? DEFAULT_TTL_MS;
  if (!Number.isSafeInteger(ttlMs) || ttlMs <= 0) throw new RangeError(`createRedisIdempotencyStore: ttlMs must be a positive integer of milliseconds, got ${String(options.ttlMs)}.`);
  const scripts = createScripts(redis);
  const key = (eventId: string) => prefix + eventId;
  const ownerPrefix = (token: ClaimToken) => `p|${checkToken(token).owner}|`;

  return {
    async claim(eventId, claimOptions): Promise<ClaimResult> {
      const { leaseMs, payloadHash } = checkClaim(eventId, claimOptions);
      for (let round = 0; round < MAX_CLAIM_ROUNDS; round++) {
        const owner = newOwner();
        if ((await redis.command(['SET', key(eventId), `p|${owner}|${payloadHash}`, 'NX', 'PX', String(leaseMs)])) !== null) {
          return { status: 'claimed', token: { eventId, owner } };
        }
        const value = await redis.command(['GET', key(eventId)]);
        if (value === null) continue;
        const [state, , hash] = String(value).split('|');
        if (hash !== payloadHash) return { status: 'conflict' };
        return { status: state === 'c' ? 'completed' : 'in-progress' };
      }
      throw new Error(`Redis idempotency store: the key of ${eventId} appeared and vanished ${MAX_CLAIM_ROUNDS} times in a row while claiming it.`);
    },
    async complete(token) {
      return (await scripts.complete(key(token.eventId), ownerPrefix(token), String(ttlMs))) === 1;
    },
    async release(token) {
      return (await scripts.release(key(token.eventId), ownerPrefix(token))) === 1;
    },
    async extend(token, leaseMs) {
      checkLease(leaseMs, 'extend');
      return (await scripts.extend(key(token.eventId), ownerPrefix(token), String(leaseMs))) === 1;
    },
  };
}

function checkToken(token: ClaimToken): ClaimToken {
  if (token === null || typeof token !== 'object' || typeof token.eventId !== 'string' || typeof token.owner !== 'string') throw new TypeError('IdempotencyStore: pass the token that claim returned.');
  return token;
}
