// HMAC-SHA256 by node:crypto where the runtime offers it (process.getBuiltinModule) and by Web Crypto where it
// does not (Workers without nodejs_compat): both give the same bytes. The Web Crypto path is loaded here with
// getBuiltinModule hidden, as a Worker sees it; test/runtimes runs it in workerd itself.
import { createHmac } from 'node:crypto';
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';

afterEach(() => {
  vi.unstubAllGlobals();
  vi.resetModules();
});

async function loadHmac(nodeCryptoVisible: boolean): Promise<typeof import('../../src/webhooks/hmac.js')> {
  vi.resetModules();
  if (!nodeCryptoVisible) vi.stubGlobal('process', { ...process, getBuiltinModule: undefined });
  return import('../../src/webhooks/hmac.js');
}

describe('hmac: node:crypto and Web Crypto agree', () => {
  it('uses node:crypto synchronously in Node, and Web Crypto (no sync HMAC) when node:crypto is out of reach', async () => {
    const node = await loadHmac(true);
    expect(node.SYNC_HMAC).toBe(true);
    expect(node.hmacSync('s', 'body')).toBeInstanceOf(Uint8Array);
    const web = await loadHmac(false);
    expect(web.SYNC_HMAC).toBe(false);
    expect(web.hmacSync('s', 'body')).toBeUndefined();
  });

  it('gives the reference HMAC for text and bytes on both paths', async () => {
    const node = await loadHmac(true);
    const web = await loadHmac(false);
    await fc.assert(
      fc.asyncProperty(fc.string({ minLength: 1 }), fc.oneof(fc.string({ unit: 'grapheme' }), fc.uint8Array()), async (secret, body) => {
        const expected = createHmac('sha256', Buffer.from(secret, 'utf8')).update(body).digest();
        expect(Buffer.from(await node.hmac(secret, body)).equals(expected)).toBe(true);
        expect(Buffer.from(await web.hmac(secret, body)).equals(expected)).toBe(true);
      }),
      { numRuns: 200, seed: 20261130 },
    );
  });
});
