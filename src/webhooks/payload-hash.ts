// The payload hash an idempotency record keeps, so that one eventId delivered with two different bodies is caught.
import { nodeCrypto, subtle } from './node-crypto.js';

const HEX = Array.from({ length: 256 }, (_, byte) => byte.toString(16).padStart(2, '0'));

/**
 * SHA-256 of the exact body bytes, as lowercase hex: node:crypto where there is one, else Web Crypto.
 *
 * @example
 *   await payloadHash(new TextEncoder().encode('{}')); // '44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a'
 */
export async function payloadHash(body: Uint8Array): Promise<string> {
  if (nodeCrypto !== undefined) return nodeCrypto.createHash('sha256').update(body).digest('hex');
  const digest = new Uint8Array(await subtle().digest('SHA-256', body as Uint8Array<ArrayBuffer>));
  let hex = '';
  for (const byte of digest) hex += HEX[byte];
  return hex;
}
