/**
 * The `x-signature` scheme: HMAC-SHA256 over the exact raw body bytes, keyed with the endpoint's signing
 * secret, lowercase hex. The HMAC is node:crypto's where the runtime has it and Web Crypto's elsewhere
 * (hmac.ts), so the same code runs in Node, Bun, Deno and Workers.
 */
import { hmac, hmacSync } from './hmac.js';
import { toRaw } from './raw-body.js';

/** The header that carries a delivery's signature (HTTP header names are case-insensitive). */
export const SIGNATURE_HEADER = 'x-signature';

/** What a signature header says about a body: the verdict, or why there is none. */
export type SignatureCheck = 'valid' | 'missing' | 'malformed' | 'mismatch';

const HEX = /^[0-9a-fA-F]{64}$/;
// 32 bytes in padded base64: the 43rd character carries 2 unused bits, which must be zero (canonical form).
const BASE64 = /^[A-Za-z0-9+/]{42}[AEIMQUYcgkosw048]=$/;
const PREFIX = 'sha256=';

/**
 * Signs a body the way Popp does: HMAC-SHA256 of its bytes with the secret, as lowercase hex.
 *
 * @example
 *   const signature = await signPayload('{"event":"WORKFLOW_RUN_STARTED"}', 'my-signing-secret');
 *   // 64 lowercase hex characters, the value of the x-signature header
 */
export async function signPayload(payload: string | Uint8Array, secret: string): Promise<string> {
  const [key] = checkSecrets(secret, 'sign');
  const mac = await hmac(key as string, toRaw(payload, 'signPayload'));
  let hex = '';
  for (const byte of mac) hex += byte.toString(16).padStart(2, '0');
  return hex;
}

/**
 * Whether `signature` is a valid signature of `payload` under `secret`, or under any of several secrets
 * while one is being rotated. Accepts lowercase or uppercase hex and base64, each optionally prefixed with
 * `sha256=`; anything else (including a missing header) is `false`. The comparison is constant-time.
 *
 * @example
 *   const ok = await verifySignature(rawBody, request.headers.get(SIGNATURE_HEADER), [newSecret, oldSecret]);
 *   if (!ok) return new Response('bad signature', { status: 401 });
 */
export async function verifySignature(
  payload: string | Uint8Array,
  signature: string | null | undefined,
  secret: string | readonly string[],
): Promise<boolean> {
  return (await checkSignature(toRaw(payload, 'verifySignature'), signature, toSecrets(secret))) === 'valid';
}

/** The full verdict behind verifySignature, so callers can tell a missing or malformed header from a mismatch. */
export async function checkSignature(body: string | Uint8Array, signature: string | null | undefined, secrets: readonly string[]): Promise<SignatureCheck> {
  const expected = expectedMac(signature);
  if (typeof expected === 'string') return expected;
  return verdict(await Promise.all(secrets.map((secret) => hmac(secret, body))), expected);
}

/**
 * checkSignature, synchronously: `undefined` when the runtime cannot sign synchronously (Workers without
 * nodejs_compat have Web Crypto only, which is asynchronous).
 *
 * @example
 *   checkSignatureSync(rawBody, request.headers[SIGNATURE_HEADER], [secret]); // 'valid' | 'missing' | 'malformed' | 'mismatch'
 */
export function checkSignatureSync(body: string | Uint8Array, signature: string | null | undefined, secrets: readonly string[]): SignatureCheck | undefined {
  const expected = expectedMac(signature);
  if (typeof expected === 'string') return expected;
  const macs: Uint8Array[] = [];
  for (const secret of secrets) {
    const mac = hmacSync(secret, body);
    if (mac === undefined) return undefined;
    macs.push(mac);
  }
  return verdict(macs, expected);
}

function expectedMac(signature: string | null | undefined): Uint8Array | 'missing' | 'malformed' {
  if (signature === null || signature === undefined || signature === '') return 'missing';
  return decodeSignature(signature) ?? 'malformed';
}

// Compares against every secret, so the time taken does not tell which one matched.
function verdict(macs: readonly Uint8Array[], expected: Uint8Array): 'valid' | 'mismatch' {
  let matched = false;
  for (const mac of macs) matched = constantTimeEqual(mac, expected) || matched;
  return matched ? 'valid' : 'mismatch';
}

/** The 32 signature bytes a header value encodes, or undefined when it is none of the accepted forms. */
export function decodeSignature(signature: string): Uint8Array | undefined {
  const value = signature.startsWith(PREFIX) ? signature.slice(PREFIX.length) : signature;
  if (HEX.test(value)) {
    // From character codes: the pattern above admits only 0-9, a-f and A-F.
    const bytes = new Uint8Array(32);
    for (let i = 0; i < 32; i++) bytes[i] = (hexDigit(value.charCodeAt(2 * i)) << 4) | hexDigit(value.charCodeAt(2 * i + 1));
    return bytes;
  }
  if (BASE64.test(value)) return Uint8Array.from(atob(value), (char) => char.charCodeAt(0));
  return undefined;
}

/**
 * The secrets to verify with, as a non-empty list of strings with something besides whitespace in each. A
 * missing or blank secret is a configuration error (an unset environment variable, a secret file holding only
 * a newline), so it throws at start-up instead of failing every delivery later; and the mismatch diagnosis,
 * which retries a secret trimmed, must never be left with an empty key (Web Crypto refuses one).
 */
export function toSecrets(secret: string | readonly string[]): readonly string[] {
  return checkSecrets(secret, 'verify');
}

/**
 * Signing is plain HMAC and takes any non-empty key, whitespace included (RFC 4231's test keys are bytes
 * 0x0b, a vertical tab); verifying refuses a blank one, which is never a real signing secret.
 */
function checkSecrets(secret: string | readonly string[], use: 'sign' | 'verify'): readonly string[] {
  const list: readonly unknown[] = typeof secret === 'string' ? [secret] : Array.isArray(secret) ? secret : [secret];
  if (list.length === 0) throw new TypeError('No signing secret given: pass the endpoint signing secret from the Popp Developer Portal (or a list of them while rotating).');
  list.forEach((item, index) => {
    const problem = secretProblem(item, use);
    if (problem === undefined) return;
    const which = list.length > 1 ? `Signing secret #${index + 1}` : 'The signing secret';
    throw new TypeError(`${which} is ${problem}: is the environment variable (or secret store entry) that should hold it set?`);
  });
  return list as readonly string[];
}

// Says what a secret is (its type, its length) and never what it contains.
function secretProblem(item: unknown, use: 'sign' | 'verify'): string | undefined {
  if (typeof item !== 'string') return `not a string (got ${item === null ? 'null' : typeof item})`;
  if (item === '') return 'an empty string';
  if (use === 'verify' && item.trim() === '') return `only whitespace (${item.length} character${item.length === 1 ? '' : 's'})`;
  return undefined;
}

function hexDigit(code: number): number {
  return code <= 57 ? code - 48 : (code | 32) - 87;
}

function constantTimeEqual(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  let difference = 0;
  for (let i = 0; i < a.length; i++) difference |= (a[i] as number) ^ (b[i] as number);
  return difference === 0;
}
