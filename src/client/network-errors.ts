/**
 * What a rejected fetch tells about the connection, and the rule for "the request was provably not sent".
 *
 * Node's fetch (undici) rejects with `TypeError('fetch failed')` (or `'terminated'` when the body breaks
 * off) and puts the real error in `cause`. Only failures of the connect phase prove that no byte of the
 * request left: `syscall: 'connect'` (ECONNREFUSED, EHOSTUNREACH, ENETUNREACH, ETIMEDOUT, EADDRNOTAVAIL),
 * `syscall: 'getaddrinfo'` (ENOTFOUND, EAI_AGAIN), undici's `UND_ERR_CONNECT_TIMEOUT`, and an
 * AggregateError made only of those (Happy Eyeballs trying several addresses). Everything else — a reset
 * or close (`UND_ERR_SOCKET` "other side closed", ECONNRESET), TLS failures, unknown errors — may have
 * happened after the request was written: undici reports the same error whether the server closed the
 * connection before or after reading the request, and its socket byte counts are cumulative over a pooled
 * connection's earlier requests, so they prove nothing either.
 */

export interface TransportFailure {
  /** The most specific error code found, e.g. `ECONNREFUSED` or `UND_ERR_SOCKET`. */
  code: string | null;
  /** True only when the failure provably happened before the request was sent. */
  requestNotSent: boolean;
  /** A short plain-language description, e.g. `connection refused (connect ECONNREFUSED 127.0.0.1:1)`. */
  description: string;
}

interface ErrorLike {
  code?: unknown;
  syscall?: unknown;
  message?: unknown;
  cause?: unknown;
  errors?: unknown;
}

const CONNECT_SYSCALLS = new Set(['connect', 'getaddrinfo']);
const CONNECT_CODES = new Set(['UND_ERR_CONNECT_TIMEOUT']);

const DESCRIPTIONS: Record<string, string> = {
  ECONNREFUSED: 'connection refused',
  ENOTFOUND: 'host name not found',
  EAI_AGAIN: 'host name lookup failed temporarily',
  EHOSTUNREACH: 'host unreachable',
  ENETUNREACH: 'network unreachable',
  ETIMEDOUT: 'connecting timed out',
  UND_ERR_CONNECT_TIMEOUT: 'connecting timed out',
  ECONNRESET: 'connection reset by the server or a proxy',
  EPIPE: 'connection closed while the request was being written',
  UND_ERR_SOCKET: 'connection closed unexpectedly',
};

/**
 * Is this a fetch transport failure (as opposed to a bug, or an error thrown by middleware)?
 * True for undici's `TypeError` with a coded `cause`, and for errors marked by the client's own fetch wrapper.
 *
 * @example
 *   isTransportFailure(new TypeError('fetch failed', { cause: Object.assign(new Error('x'), { code: 'ECONNRESET' }) })); // true
 */
export function isTransportFailure(error: unknown, marked: WeakSet<object>): boolean {
  if (typeof error !== 'object' || error === null) return false;
  return marked.has(error) || (error instanceof TypeError && findCodes(error).length > 0);
}

/**
 * Describes a transport failure and applies the "provably not sent" rule above.
 *
 * @example
 *   describeTransportFailure(await fetch('http://127.0.0.1:1').catch((e) => e)).requestNotSent; // true
 */
export function describeTransportFailure(error: unknown): TransportFailure {
  const coded = findCodes(error)[0];
  const code = coded ? String(coded.code) : null;
  const detail = coded && typeof coded.message === 'string' && coded.message !== '' ? coded.message : messageOf(error);
  const description = `${(code && DESCRIPTIONS[code]) || 'network error'} (${detail})`;
  return { code, requestNotSent: provablyNotSent(error), description };
}

function provablyNotSent(error: unknown, depth = 0): boolean {
  if (typeof error !== 'object' || error === null || depth > 8) return false;
  const node = error as ErrorLike;
  // Happy Eyeballs: every address tried must have failed to connect.
  if (Array.isArray(node.errors) && node.errors.length > 0) return node.errors.every((item) => provablyNotSent(item, depth + 1));
  if (CONNECT_CODES.has(String(node.code)) || (typeof node.syscall === 'string' && CONNECT_SYSCALLS.has(node.syscall))) return true;
  if (typeof node.code === 'string') return false;
  return provablyNotSent(node.cause, depth + 1);
}

/** The errors in the cause chain (and inside AggregateErrors) that carry a string `code`, outermost first. */
function findCodes(error: unknown, depth = 0): ErrorLike[] {
  if (typeof error !== 'object' || error === null || depth > 8) return [];
  const node = error as ErrorLike;
  const own = typeof node.code === 'string' ? [node] : [];
  const inner = Array.isArray(node.errors) ? node.errors.flatMap((item) => findCodes(item, depth + 1)) : [];
  return [...own, ...inner, ...findCodes(node.cause, depth + 1)];
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
