/**
 * What a rejected fetch tells about the connection, and the rule for "the request was provably not sent".
 * Each runtime reports a failed connection its own way. The rules below are stated with the evidence they
 * rest on: what each runtime threw on 127.0.0.1 for a refused connection, a host name that did not resolve,
 * and a server that closed the connection before answering (having read the request, or right after accepting
 * it). test/runtimes/ checks the refused and reset cases in every runtime, against the packed package.
 *
 * Node (undici; Node 20.19, 22, 24) rejects with `TypeError('fetch failed')` (or `'terminated'` when the body
 * breaks off) and puts the real error in `cause`. Only failures of the connect phase prove that no byte of
 * the request left: `syscall: 'connect'` (ECONNREFUSED, EHOSTUNREACH, ENETUNREACH, ETIMEDOUT, EADDRNOTAVAIL),
 * `syscall: 'getaddrinfo'` (ENOTFOUND, EAI_AGAIN), undici's `UND_ERR_CONNECT_TIMEOUT`, and an AggregateError
 * made only of those (Happy Eyeballs trying several addresses). Everything else — a reset or close
 * (`UND_ERR_SOCKET` "other side closed", ECONNRESET), TLS failures, unknown errors — may have happened after
 * the request was written: undici reports the same error whether the server closed the connection before or
 * after reading the request, and its socket byte counts are cumulative over a pooled connection's earlier
 * requests, so they prove nothing either.
 *
 * Bun (1.4.5) rejects with a TypeError that carries the code itself, with no cause: `code: 'ECONNREFUSED'`
 * without a `syscall` ("Unable to connect. Is the computer able to access the url?"), `code: 'ENOTFOUND'`
 * with `syscall: 'getaddrinfo'`, and `code: 'ECONNRESET'` for a closed connection, read or not. So
 * ECONNREFUSED, ENOTFOUND and EAI_AGAIN prove "not sent" with or without a syscall: TCP refuses only an
 * attempt to connect, and a name that did not resolve was never connected to. EHOSTUNREACH, ENETUNREACH
 * and ETIMEDOUT can also end an established connection, so they count only with `syscall: 'connect'`.
 *
 * Deno (2.9.6) rejects with `TypeError('fetch failed')` whose `cause` is an Error with no code; its message
 * names the stage of the HTTP client that failed: `client error (Connect): tcp connect error: Connection
 * refused (os error 111)`, `client error (Connect): dns error: failed to lookup address information: …`, and
 * `client error (SendRequest): connection closed before message completed` for a closed connection, read or
 * not. "(Connect)" is the connector — name lookup, TCP connect, TLS handshake — which finishes before the
 * first byte of the request is written, so it proves "not sent"; the code is taken from the words of the
 * error (Connection refused → ECONNREFUSED). Everything else may have been sent.
 *
 * workerd (2026-11-17, without nodejs_compat) rejects a refused and a reset connection alike, with
 * `Error('Network connection lost.')` and `retryable: true`, no code and no cause. The two cannot be told
 * apart, so neither proves "not sent": there a refused POST is not retried (a GET is, as everywhere).
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
/** Codes that only a failure to connect produces, in any runtime (see Bun above). */
const CONNECT_CODES = new Set(['UND_ERR_CONNECT_TIMEOUT', 'ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN']);
/** Deno's connector stage, and the codes its words stand for (see Deno above). */
const DENO_CONNECT_STAGE = /client error \(Connect\)/;
const DENO_CODES: [RegExp, string][] = [
  [/Connection refused/i, 'ECONNREFUSED'],
  [/dns error: .*temporary failure/i, 'EAI_AGAIN'],
  [/dns error/i, 'ENOTFOUND'],
];

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
  const deno = denoConnectFailure(error);
  const code = coded ? String(coded.code) : (deno?.code ?? null);
  const detail = coded && typeof coded.message === 'string' && coded.message !== '' ? coded.message : innermostMessage(error);
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
  if (typeof node.message === 'string' && DENO_CONNECT_STAGE.test(node.message)) return true;
  return provablyNotSent(node.cause, depth + 1);
}

/** A Deno connector failure in the cause chain, with the code its words stand for (null when they name none). */
function denoConnectFailure(error: unknown, depth = 0): { code: string | null } | undefined {
  if (typeof error !== 'object' || error === null || depth > 8) return undefined;
  const { message, cause } = error as ErrorLike;
  if (typeof message === 'string' && DENO_CONNECT_STAGE.test(message)) return { code: DENO_CODES.find(([words]) => words.test(message))?.[1] ?? null };
  return denoConnectFailure(cause, depth + 1);
}

/** The message of the deepest error in the cause chain that has one (Deno's and undici's details are there). */
function innermostMessage(error: unknown, depth = 0): string {
  const cause = typeof error === 'object' && error !== null && depth < 8 ? (error as ErrorLike).cause : undefined;
  const inner = cause instanceof Error ? innermostMessage(cause, depth + 1) : '';
  return inner !== '' ? inner : messageOf(error);
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
