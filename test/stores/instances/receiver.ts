/**
 * One receiver instance of the multi-instance test (a child process): node:http on the port it is given,
 * sharing the Redis or PostgreSQL idempotency store with its siblings. Its handler fails a fifth of its
 * attempts at random and records each event's effect in PostgreSQL, whose unique constraint reveals a second
 * effect of one event: that is written to the doubles table (with both writers' pids) instead of failing.
 *
 * Environment: STORE (redis | postgres), PORT, PREFIX (Redis key prefix), SCHEMA (PostgreSQL schema of the
 * store, effects and doubles tables), LEASE_MS, POPP_TEST_REDIS_URL, POPP_TEST_DATABASE_URL.
 */
import { createServer } from 'node:http';
import { createPostgresIdempotencyStore } from '../../../src/stores/postgres/index.js';
import { createRedisIdempotencyStore } from '../../../src/stores/redis/index.js';
import { createWebhookHandler, toNodeListener, type IdempotencyStore, type StoreTransaction } from '../../../src/webhooks/index.js';
import { SECRET } from '../../helpers/webhooks.js';
import { connectIoRedis, connectPostgres } from '../engines.js';

const { STORE, PORT, PREFIX, SCHEMA, LEASE_MS } = process.env as Record<string, string>;
const FAIL_RATE = 0.2;
const pool = await connectPostgres(8);
const store: IdempotencyStore =
  STORE === 'redis'
    ? createRedisIdempotencyStore({ client: await connectIoRedis(), prefix: PREFIX })
    : createPostgresIdempotencyStore({ client: pool, schema: SCHEMA, transactional: true });

async function recordEffect(eventId: string, on: StoreTransaction): Promise<void> {
  try {
    await on.query(`INSERT INTO "${SCHEMA}".effects (event_id, pid) VALUES ($1, $2)`, [eventId, process.pid]);
  } catch (error) {
    if ((error as { code?: string }).code !== '23505') throw error;
    await pool.query(`INSERT INTO "${SCHEMA}".doubles (event_id, pid, first_pid) SELECT $1, $2, pid FROM "${SCHEMA}".effects WHERE event_id = $1`, [eventId, process.pid]);
    // In a transaction the unique violation has aborted it: fail, so that the delivery is retried.
    if (STORE !== 'redis') throw error;
  }
}

const handler = createWebhookHandler({
  secret: SECRET,
  idempotency: store,
  leaseMs: Number(LEASE_MS),
  log: { warn() {}, error() {} },
  onError: () => {},
  on: {
    WORKFLOW_RUN_COMPLETED: async (event, { transaction }) => {
      if (STORE === 'redis') {
        // Outside a transaction a failure must come before the effect, or the retry repeats it (at-least-once).
        if (Math.random() < FAIL_RATE) throw new Error('injected failure');
        await recordEffect(event.eventId, pool);
      } else {
        // Inside the transaction it may come after the effect: the rollback takes the effect back.
        await recordEffect(event.eventId, transaction!);
        if (Math.random() < FAIL_RATE) throw new Error('injected failure after the effect');
      }
    },
  },
});

const server = createServer({ keepAliveTimeout: 30_000 }, toNodeListener(handler));
server.listen(Number(PORT), '127.0.0.1', () => console.log(`listening ${PORT}`));
