/**
 * Reading a response body within `maxResponseBytes`. The body is streamed and counted as it arrives, so a
 * huge or endless body costs at most the limit (plus one chunk) in memory: past the limit the reader is
 * cancelled, which closes the connection. `Content-Length` is not trusted: a declared length over the limit
 * is refused before reading anything, and a smaller one changes nothing — the bytes are counted either way.
 * A compressed body is counted after decompression, so a small gzip bomb is stopped too.
 */
import { contentTypeOf } from './api-error.js';
import type { Credentials } from './auth.js';
import { PoppResponseTooLargeError } from './errors.js';
import { Refusal } from './refusal.js';

const MiB = 2 ** 20;

/**
 * The default limit. The largest real body is a listRuns page: at most 100 runs (`limit` ≤ 100), each at
 * most about 1 MiB — the size a run-terminal webhook carrying the run's whole `nodes[]` may have (the receiver
 * accepts 1 MiB by default, and Popp truncates `nodes[]` for size, flagging `truncated`); lists leave `context`
 * out. That is 100 MiB at most, against about 2 KB for a run of the docs examples; the next power of two leaves
 * headroom. getRun returns one run with its context, far below.
 */
export const DEFAULT_MAX_RESPONSE_BYTES = 128 * MiB;

/**
 * The largest limit that can be set. A body is decoded into one string for JSON.parse, V8 strings stop at about
 * 512 Mi characters, and the parsed value takes a multiple of the text's size.
 */
export const MAX_RESPONSE_BYTES_LIMIT = 256 * MiB;

const EMPTY = new Uint8Array(0);
const utf8 = new TextDecoder();

/**
 * The whole body as bytes, or a thrown Refusal (PoppResponseTooLargeError) when it is larger than `maxBytes`.
 * Errors of the stream itself (a reset, an abort) are thrown as they are.
 *
 * @example
 *   const bytes = await readBody(response, DEFAULT_MAX_RESPONSE_BYTES, credentials);
 */
export async function readBody(response: Response, maxBytes: number, credentials: Credentials): Promise<Uint8Array> {
  const declared = declaredLength(response.headers.get('content-length'));
  if (declared !== null && declared > maxBytes) {
    response.body?.cancel().catch(() => undefined);
    throw tooLarge(response, maxBytes, 0, declared, credentials);
  }
  if (response.body === null) return EMPTY;
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let received = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    if (!(value instanceof Uint8Array)) {
      reader.cancel().catch(() => undefined);
      throw new TypeError('the response body stream gave something other than bytes');
    }
    received += value.byteLength;
    if (received > maxBytes) {
      reader.cancel().catch(() => undefined);
      throw tooLarge(response, maxBytes, received, declared, credentials);
    }
    chunks.push(value);
  }
  return chunks.length === 1 ? (chunks[0] as Uint8Array) : concat(chunks, received);
}

/**
 * The body's text, as `Response.text()` decodes it (UTF-8, a leading BOM dropped, invalid bytes replaced).
 *
 * @example
 *   decodeText(new TextEncoder().encode('{"runs":[]}')); // '{"runs":[]}'
 */
export function decodeText(bytes: Uint8Array): string {
  return bytes.byteLength === 0 ? '' : utf8.decode(bytes);
}

/**
 * A byte count for messages: exact, with the MiB or KiB it amounts to when that is a round number.
 *
 * @example
 *   formatBytes(134217728); // '134217728 bytes (128 MiB)'
 */
export function formatBytes(bytes: number): string {
  const unit = bytes >= MiB && bytes % MiB === 0 ? ` (${bytes / MiB} MiB)` : bytes >= 1024 && bytes % 1024 === 0 ? ` (${bytes / 1024} KiB)` : '';
  return `${bytes} bytes${unit}`;
}

function tooLarge(response: Response, maxBytes: number, received: number, declared: number | null, credentials: Credentials): Refusal {
  const what =
    received === 0 && declared !== null
      ? `the response declares a body of ${formatBytes(declared)} (Content-Length), more than maxResponseBytes, ${formatBytes(maxBytes)}; none of it was read`
      : `the response body is larger than maxResponseBytes, ${formatBytes(maxBytes)}: the client stopped reading after ${received} bytes and kept none of them`;
  const summary =
    `${response.status}: ${what}, and the call is not retried. If Popp really sends bodies this large, raise the limit: ` +
    `createPoppClient({ maxResponseBytes }) takes up to ${formatBytes(MAX_RESPONSE_BYTES_LIMIT)}`;
  const fields = {
    status: response.status,
    contentType: contentTypeOf(response, credentials),
    maxResponseBytes: maxBytes,
    receivedBytes: received,
    declaredBytes: declared,
  };
  return new Refusal(summary, (context) => new PoppResponseTooLargeError(`${context.method} ${context.path} → ${summary}`, fields, context));
}

function declaredLength(header: string | null): number | null {
  return header !== null && /^\d+$/.test(header) ? Number(header) : null;
}

function concat(chunks: Uint8Array[], length: number): Uint8Array {
  const whole = new Uint8Array(length);
  let offset = 0;
  for (const chunk of chunks) {
    whole.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return whole;
}
