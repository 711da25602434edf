/**
 * The real engines the store tests run against: Redis (node-redis v5 and ioredis) and PostgreSQL (pg and
 * PGlite), each test in its own key prefix or table. A server that cannot be reached fails the test with a
 * message that says what to start; nothing is skipped.
 */
import { PGlite } from '@electric-sql/pglite';
import { Redis } from 'ioredis';
import pg from 'pg';
import { createClient } from 'redis';
import { createPostgresIdempotencyStore, type PostgresIdempotencyStore, type Queryable } from '../../src/stores/postgres/index.js';
import { createRedisIdempotencyStore } from '../../src/stores/redis/index.js';
import { createMemoryIdempotencyStore, type IdempotencyStore } from '../../src/webhooks/index.js';

export const REDIS_URL = process.env.POPP_TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
export const DATABASE_URL = process.env.POPP_TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

const START_REDIS = `Start Redis (redis-server --daemonize yes --bind 127.0.0.1 --port 6379 --save "" --appendonly no) or point POPP_TEST_REDIS_URL at one`;
const START_POSTGRES = `Start PostgreSQL (pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start; trust auth, database "test") or point POPP_TEST_DATABASE_URL at one`;

/** A name no other test uses, for key prefixes, schemas and tables. */
export function uniqueName(stem: string): string {
  return `${stem}_${process.pid}_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
}

function unreachable(what: string, url: string, start: string, error: unknown): Error {
  const shown = url.replace(/\/\/[^@/]*@/, '//…@');
  return new Error(`${what} at ${shown} is unreachable (${(error as Error)?.message ?? String(error)}). ${start}.`, { cause: error });
}

/** A connected node-redis v5 client; fails with what to start when Redis is not there. */
export async function connectNodeRedis() {
  const client = createClient({ url: REDIS_URL, socket: { reconnectStrategy: false, connectTimeout: 5000 } });
  client.on('error', () => {});
  try {
    return await client.connect();
  } catch (error) {
    throw unreachable('Redis', REDIS_URL, START_REDIS, error);
  }
}

/** A connected ioredis client; fails with what to start when Redis is not there. */
export async function connectIoRedis(): Promise<Redis> {
  const client = new Redis(REDIS_URL, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null, enableOfflineQueue: false, connectTimeout: 5000 });
  client.on('error', () => {});
  try {
    await client.connect();
    return client;
  } catch (error) {
    client.disconnect();
    throw unreachable('Redis', REDIS_URL, START_REDIS, error);
  }
}

/** A pg Pool that answered; fails with what to start when PostgreSQL is not there. */
export async function connectPostgres(max = 20): Promise<pg.Pool> {
  const pool = new pg.Pool({ connectionString: DATABASE_URL, max, connectionTimeoutMillis: 5000 });
  pool.on('error', () => {});
  try {
    await pool.query('SELECT 1');
    return pool;
  } catch (error) {
    await pool.end().catch(() => {});
    throw unreachable('PostgreSQL', DATABASE_URL, START_POSTGRES, error);
  }
}

/** Deletes every key under `prefix`. */
export async function deleteRedisKeys(client: { call(...args: string[]): Promise<unknown> } | Redis, prefix: string): Promise<void> {
  const io = client as Redis;
  let cursor = '0';
  do {
    const [next, keys] = (await io.call('SCAN', cursor, 'MATCH', `${prefix}*`, 'COUNT', '1000')) as [string, string[]];
    cursor = next;
    if (keys.length > 0) await io.call('DEL', ...keys);
  } while (cursor !== '0');
}

export interface StoreOptions {
  ttlMs?: number;
  transactional?: boolean;
}

/** One engine under test: makes stores (each in its own prefix/table) and cleans up after itself. */
export interface Engine {
  name: string;
  /** Postgres-backed engines: whether the store can run handlers in its transaction. */
  transactional: boolean;
  store(options?: StoreOptions): Promise<IdempotencyStore>;
  /** The store's clock is this process's Date.now (PGlite: PostgreSQL compiled to WebAssembly reads it). */
  clockIsTheProcess?: boolean;
  /** Postgres-backed engines: the database itself, for effects tables beside the store's. */
  database?: Queryable;
  close(): Promise<void>;
}

type EngineFactory = () => Promise<Engine>;

/** A Redis engine over `client`: each store in a fresh prefix, whose keys `admin` (an ioredis client) deletes at the end. */
function redisEngine(name: string, client: Parameters<typeof createRedisIdempotencyStore>[0]['client'], admin: Redis, disconnect: () => Promise<void>): Engine {
  const prefixes: string[] = [];
  return {
    name,
    transactional: false,
    store: async (options = {}) => {
      const prefix = `${uniqueName('popp-test')}:`;
      prefixes.push(prefix);
      return createRedisIdempotencyStore({ client, prefix, ttlMs: options.ttlMs });
    },
    close: async () => {
      for (const prefix of prefixes) await deleteRedisKeys(admin, prefix);
      await disconnect();
    },
  };
}

export const ENGINES: Record<string, EngineFactory> = {
  memory: async () => ({
    name: 'memory',
    transactional: false,
    // The store's clock is its own (injected), not Date.now: the skewed-clock test skews Date.now only.
    store: async (options = {}) => createMemoryIdempotencyStore({ ttlMs: options.ttlMs, now: () => performance.timeOrigin + performance.now() }),
    close: async () => {},
  }),
  'redis (node-redis)': async () => {
    const client = await connectNodeRedis();
    const admin = await connectIoRedis();
    return redisEngine('redis (node-redis)', client, admin, async () => {
      admin.disconnect();
      await client.quit();
    });
  },
  'redis (ioredis)': async () => {
    const client = await connectIoRedis();
    return redisEngine('redis (ioredis)', client, client, async () => client.disconnect());
  },
  'postgres (pg Pool)': async () => {
    const pool = await connectPostgres();
    const schema = uniqueName('popp_test');
    return {
      name: 'postgres (pg Pool)',
      transactional: true,
      database: pool,
      store: async (options = {}) => {
        const store: PostgresIdempotencyStore = createPostgresIdempotencyStore({ client: pool, schema, table: uniqueName('t'), ttlMs: options.ttlMs, transactional: options.transactional });
        await store.ensureSchema();
        return store;
      },
      close: async () => {
        await pool.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
        await pool.end();
      },
    };
  },
  // Any pg-style query without row counts (a thin adapter over another driver): the store's RETURNING path.
  'postgres (a bare query adapter)': async () => {
    const pool = await connectPostgres();
    const schema = uniqueName('popp_test');
    const adapter: Queryable = { query: async (text, params) => ({ rows: (await pool.query(text, params)).rows }) };
    return {
      name: 'postgres (a bare query adapter)',
      transactional: false,
      store: async (options = {}) => {
        const store = createPostgresIdempotencyStore({ client: adapter, schema, table: uniqueName('t'), ttlMs: options.ttlMs });
        await store.ensureSchema();
        return store;
      },
      close: async () => {
        await pool.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
        await pool.end();
      },
    };
  },
  PGlite: async () => {
    const db = await PGlite.create();
    return {
      name: 'PGlite',
      transactional: true,
      clockIsTheProcess: true,
      database: db,
      store: async (options = {}) => {
        const store = createPostgresIdempotencyStore({ client: db, table: uniqueName('t'), ttlMs: options.ttlMs, transactional: options.transactional });
        await store.ensureSchema();
        return store;
      },
      close: () => db.close(),
    };
  },
};
