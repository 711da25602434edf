/**
 * HMAC-SHA256 with the fastest implementation the runtime has. Node, Bun and Deno offer node:crypto, which
 * signs a small body synchronously and in place; Web Crypto's HMAC goes through Node's thread pool (a hand-off
 * that costs several times the signing itself). Workers without nodejs_compat have only Web Crypto.
 *
 * node:crypto is reached through `process.getBuiltinModule` (Node ≥ 20.16, Bun, Deno), never through an
 * import: the webhooks entry stays free of `node:` imports, so it bundles for Workers unchanged, and it stays a
 * module without top-level await, so `require()` still loads it.
 */

/** The part of node:crypto this module uses. */
interface NodeCrypto {
  createHmac(algorithm: 'sha256', key: object): { update(data: string | Uint8Array): { digest(): Uint8Array } };
  createSecretKey(key: Uint8Array): object;
}

function findNodeCrypto(): NodeCrypto | undefined {
  const process = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process;
  try {
    const module = process?.getBuiltinModule?.('node:crypto') as Partial<NodeCrypto> | undefined;
    return typeof module?.createHmac === 'function' && typeof module.createSecretKey === 'function' ? (module as NodeCrypto) : undefined;
  } catch {
    return undefined;
  }
}

const nodeCrypto = findNodeCrypto();
const encoder = new TextEncoder();

/** Whether this runtime signs synchronously (node:crypto), so constructEventSync can work. */
export const SYNC_HMAC = nodeCrypto !== undefined;

// Importing a key costs as much as signing a small body, and receivers use the same one or two secrets
// for every delivery, so keys are kept (a few, in insertion order).
const MAX_CACHED_KEYS = 16;
const nodeKeys = new Map<string, object>();
const webKeys = new Map<string, Promise<CryptoKey>>();

function remember<K>(cache: Map<string, K>, secret: string, key: K): K {
  if (cache.size >= MAX_CACHED_KEYS) cache.delete(cache.keys().next().value as string);
  cache.set(secret, key);
  return key;
}

function secretBytes(secret: string): Uint8Array {
  const bytes = encoder.encode(secret);
  // Both APIs refuse (or mishandle) a zero-length key; the secret checks keep one from getting here.
  if (bytes.length === 0) throw new TypeError('A signing secret is empty.');
  return bytes;
}

/**
 * The HMAC-SHA256 of `body` under `secret`, synchronously, or `undefined` when the runtime has no node:crypto.
 * A string body is signed as its UTF-8 bytes without being copied into an array first.
 *
 * @example
 *   const mac = hmacSync('whsec_…', rawBody); // Uint8Array(32) on Node, Bun and Deno; undefined in Workers
 */
export function hmacSync(secret: string, body: string | Uint8Array): Uint8Array | undefined {
  if (nodeCrypto === undefined) return undefined;
  const key = nodeKeys.get(secret) ?? remember(nodeKeys, secret, nodeCrypto.createSecretKey(secretBytes(secret)));
  return nodeCrypto.createHmac('sha256', key).update(body).digest();
}

/**
 * The HMAC-SHA256 of `body` under `secret`: node:crypto where there is one, else Web Crypto.
 *
 * @example
 *   const mac = await hmac('whsec_…', rawBody);
 */
export async function hmac(secret: string, body: string | Uint8Array): Promise<Uint8Array> {
  const mac = hmacSync(secret, body);
  if (mac !== undefined) return mac;
  let key = webKeys.get(secret);
  if (key === undefined) {
    key = remember(webKeys, secret, subtle().importKey('raw', secretBytes(secret) as Uint8Array<ArrayBuffer>, { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']));
    key.catch(() => webKeys.delete(secret));
  }
  const bytes = typeof body === 'string' ? encoder.encode(body) : body;
  return new Uint8Array(await subtle().sign('HMAC', await key, bytes as Uint8Array<ArrayBuffer>));
}

function subtle(): SubtleCrypto {
  const api = globalThis.crypto?.subtle;
  if (api === undefined) throw new Error('Web Crypto (globalThis.crypto.subtle) is not available in this runtime; popp-workflow-contract needs Node >= 20, Bun, Deno or a Workers runtime.');
  return api;
}
