// The owner-checked operations of the Redis store, as Lua scripts run atomically by Redis (EVALSHA, falling
// loading it again when Redis no longer knows it, e.g. after a restart or SCRIPT FLUSH).
import type { RedisCommander } from './commands.js';

// KEYS[1]: the event's key; ARGV[1]: `p|<owner>|`, the prefix the value has while this owner holds it.
const OWNED = "local v = redis.call('GET', KEYS[1]) if not v or string.sub(v, 1, #ARGV[1]) ~= ARGV[1] then return 0 end ";
const SOURCES = {
  // ARGV[2]: how long the completed record is kept. The value keeps owner and hash, with state c.
  complete: `${OWNED}redis.call('SET', KEYS[1], 'c' .. string.sub(v, 2), 'PX', ARGV[2]) return 1`,
  release: `${OWNED}redis.call('DEL', KEYS[1]) return 1`,
  // ARGV[2]: the new lease.
  extend: `${OWNED}redis.call('PEXPIRE', KEYS[1], ARGV[2]) return 1`,
} as const;

type Script = (key: string, ...args: string[]) => Promise<unknown>;

/**
 * The scripts, each a function of its key and arguments, answering with the script's reply. Internal.
 *
 * @example
 *   const scripts = createScripts(redis);
 *   const completed = (await scripts.complete('popp:idempotency:evt_1', 'p|owner|', '86400000')) === 1;
 */
export function createScripts(redis: RedisCommander): Record<keyof typeof SOURCES, Script> {
  const make = (source: string): Script => {
    let sha: Promise<string> | undefined;
    const load = () => {
      sha = redis.command(['SCRIPT', 'LOAD', source]).then(String);
      sha.catch(() => (sha = undefined));
      return sha;
    };
    return async (key, ...args) => {
      try {
        return toNumber(await redis.command(['EVALSHA', await (sha ?? load()), '1', key, ...args]));
      } catch (error) {
        if (!/NOSCRIPT/.test(String((error as { message?: unknown })?.message ?? error))) throw error;
        return toNumber(await redis.command(['EVALSHA', await load(), '1', key, ...args]));
      }
    };
  };
  return { complete: make(SOURCES.complete), release: make(SOURCES.release), extend: make(SOURCES.extend) };
}

function toNumber(reply: unknown): unknown {
  return typeof reply === 'bigint' ? Number(reply) : reply;
}
