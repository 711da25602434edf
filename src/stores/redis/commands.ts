// One way to send a Redis command, whichever client the user brought: node-redis v5, ioredis, or an adapter.

/** Sends one command (its name first) and resolves with Redis's reply. */
export interface RedisCommander {
  command(args: readonly string[]): Promise<unknown>;
}

/** The part of a node-redis v5 client (`createClient()`) the store uses. */
export interface NodeRedisLike {
  sendCommand(args: string[]): Promise<unknown>;
}

/** The part of an ioredis client (`new Redis()`) the store uses. */
export interface IoRedisLike {
  call(command: string, ...args: string[]): Promise<unknown>;
}

/** What `createRedisIdempotencyStore` accepts as `client`. */
export type RedisClient = NodeRedisLike | IoRedisLike | RedisCommander;

/**
 * Adapts a client: ioredis's `call` (ioredis also has a `sendCommand` of another shape, so `call` is looked for
 * first), node-redis's `sendCommand(args)`, or an adapter's `command(args)`. Internal.
 *
 * @example
 *   const redis = toCommander(createClient({ url }));
 *   await redis.command(['SET', 'k', 'v', 'NX', 'PX', '1000']);
 */
export function toCommander(client: RedisClient): RedisCommander {
  if (client === null || typeof client !== 'object') throw new TypeError('createRedisIdempotencyStore: client must be a node-redis v5 client, an ioredis client, or { command(args) }.');
  if (typeof (client as IoRedisLike).call === 'function') {
    const io = client as IoRedisLike;
    return { command: ([name, ...args]) => io.call(name as string, ...args) };
  }
  if (typeof (client as NodeRedisLike).sendCommand === 'function') {
    const nodeRedis = client as NodeRedisLike;
    return { command: (args) => nodeRedis.sendCommand([...args]) };
  }
  // Last: both clients have a `command` method of their own (Redis's COMMAND).
  if (typeof (client as RedisCommander).command === 'function') return client as RedisCommander;
  throw new TypeError('createRedisIdempotencyStore: client has neither call (ioredis), sendCommand (node-redis v5) nor command (an adapter).');
}
