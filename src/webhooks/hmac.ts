/**
 * HMAC-SHA256 with the fastest implementation the runtime has. Node, Bun and Deno offer node:crypto, which
 * signs a small body synchronously and in place; Web Crypto's HMAC goes through Node's thread pool (a hand-off
 * that costs several times the signing itself). Workers without nodejs_compat have only Web Crypto.
 *
 * node:crypto is reached as node-crypto.ts explains.
 */
import { nodeCrypto, subtle } from './node-crypto.js';

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
