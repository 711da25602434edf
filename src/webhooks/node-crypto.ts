/**
 * node:crypto where the runtime has one (Node, Bun, Deno), reached through `process.getBuiltinModule` and
 * never through an import: the webhooks entry stays free of `node:` imports, so it bundles for Workers
 * unchanged, and it stays a module without top-level await, so `require()` still loads it.
 */

/** The part of node:crypto the webhooks entry uses. */
export interface NodeCrypto {
  createHmac(algorithm: 'sha256', key: object): { update(data: string | Uint8Array): { digest(): Uint8Array } };
  createSecretKey(key: Uint8Array): object;
  createHash(algorithm: 'sha256'): { update(data: string | Uint8Array): { digest(encoding: 'hex'): string } };
}

function findNodeCrypto(): NodeCrypto | undefined {
  const process = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process;
  try {
    const module = process?.getBuiltinModule?.('node:crypto') as Partial<NodeCrypto> | undefined;
    return typeof module?.createHmac === 'function' && typeof module.createSecretKey === 'function' && typeof module.createHash === 'function' ? (module as NodeCrypto) : undefined;
  } catch {
    return undefined;
  }
}

/** node:crypto, or undefined in a runtime with Web Crypto only. */
export const nodeCrypto: NodeCrypto | undefined = findNodeCrypto();

/**
 * Web Crypto's SubtleCrypto, with an error that names what is missing.
 *
 * @example
 *   const digest = await subtle().digest('SHA-256', bytes);
 */
export function subtle(): SubtleCrypto {
  const api = globalThis.crypto?.subtle;
  if (api === undefined) throw new Error('Web Crypto (globalThis.crypto.subtle) is not available in this runtime; popp-workflow-contract needs Node >= 20, Bun, Deno or a Workers runtime.');
  return api;
}
