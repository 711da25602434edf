/**
 * createPoppClient's options: checked once, with a message that says what to change, so that a mistake
 * (a typo'd option, a missing key, a base URL with /v1) fails at construction instead of on the first call.
 */
import { PACKAGE_VERSION } from '../../generated/constants.js';
import { Credentials } from './auth.js';
import { DEFAULT_MAX_RESPONSE_BYTES, MAX_RESPONSE_BYTES_LIMIT, formatBytes } from './body-limit.js';
import { type RetryOptions, type RetryPolicy, resolveRetryPolicy } from './retry.js';
import { assertTimeoutMs } from './send.js';
import { type DriftListener, type PoppDriftReport, warnOncePerKind } from './drift.js';
import type { FetchFunction } from './request.js';

export const DEFAULT_BASE_URL = 'https://api.joinpopp.com';
export const DEFAULT_TIMEOUT_MS = 30_000;
/** This package's version, sent in the User-Agent (generated from package.json). */
export const CLIENT_VERSION = PACKAGE_VERSION;

export interface PoppClientOptions {
  /** The organization's API key (Popp Developer Portal); sent as `x-api-key`. */
  apiKey: string;
  /** The organization ID; sent as `x-organization-id`. */
  organizationId: string;
  /** Default `https://api.joinpopp.com`. Without `/v1`: the paths carry it. */
  baseUrl?: string;
  /** A fetch to use instead of the global one (e.g. with a proxy agent); called as fetch(url, init) or fetch(request). */
  fetch?: FetchFunction;
  /** Longest time one attempt may take, response body included. Default 30000. */
  timeoutMs?: number;
  /** Retry settings, or false for a single attempt per call. */
  retry?: RetryOptions | false;
  /** Put in front of this package's own User-Agent, e.g. `my-ats-sync/2.1`. */
  userAgent?: string;
  /** Allow plain `http:` to a host other than localhost. Off by default: it would send the API key in clear text. */
  allowInsecureHttp?: boolean;
  /**
   * The largest response body the client reads, in bytes (success and error bodies alike). A larger one ends
   * the call with a PoppResponseTooLargeError, not retried. Default 134217728 (128 MiB), at most 268435456.
   */
  maxResponseBytes?: number;
  /**
   * Called once per 2xx response that differs from the strict contract in a way the tolerant profile accepts (a
   * new status or errorCode, an unknown outcome kind, an absent field the docs never promised); the body is
   * returned as it is. Default: a console warning the first time each operation, path and kind of difference is
   * seen. Values in the report are the body's, with any credential redacted. A listener that throws does not
   * fail the call (the error is logged).
   */
  onDrift?: (report: PoppDriftReport) => void;
}

export interface ResolvedOptions {
  credentials: Credentials;
  baseUrl: string;
  fetch: FetchFunction;
  timeoutMs: number;
  retry: RetryPolicy;
  userAgent: string;
  maxResponseBytes: number;
  onDrift: DriftListener;
}

const KNOWN_OPTIONS = ['apiKey', 'organizationId', 'baseUrl', 'fetch', 'timeoutMs', 'retry', 'userAgent', 'allowInsecureHttp', 'maxResponseBytes', 'onDrift'];
const LOOPBACK_HOSTS = /^(localhost|127(\.\d{1,3}){3}|\[::1\])$/;

/**
 * Checks the options and fills in the defaults.
 *
 * @example
 *   resolveOptions({ apiKey: 'k_123456', organizationId: 'org_1' }).baseUrl; // 'https://api.joinpopp.com'
 */
export function resolveOptions(options: PoppClientOptions): ResolvedOptions {
  if (typeof options !== 'object' || options === null) {
    throw new TypeError('createPoppClient: pass an options object, e.g. createPoppClient({ apiKey, organizationId })');
  }
  const unknown = Object.keys(options).filter((key) => !KNOWN_OPTIONS.includes(key));
  if (unknown.length > 0) throw new TypeError(`createPoppClient: unknown option ${unknown.join(', ')} (known: ${KNOWN_OPTIONS.join(', ')})`);

  const credentials = new Credentials(options.apiKey, options.organizationId);
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  assertTimeoutMs(timeoutMs, 'createPoppClient: timeoutMs');
  const fetch = options.fetch ?? globalThis.fetch;
  if (typeof fetch !== 'function') throw new TypeError('createPoppClient: fetch must be a function like the global fetch; no global fetch was found either');
  if (options.onDrift !== undefined && typeof options.onDrift !== 'function') {
    throw new TypeError(`createPoppClient: onDrift must be a function that receives drift reports (got ${options.onDrift === null ? 'null' : typeof options.onDrift})`);
  }
  const own = userAgentOf(options.userAgent);
  return {
    credentials,
    baseUrl: checkBaseUrl(options.baseUrl ?? DEFAULT_BASE_URL, options.allowInsecureHttp === true),
    fetch: options.fetch ?? ((input, init) => globalThis.fetch(input, init)),
    timeoutMs,
    retry: resolveRetryPolicy(options.retry),
    userAgent: own ? `${own} popp-workflow-contract/${CLIENT_VERSION}` : `popp-workflow-contract/${CLIENT_VERSION}`,
    maxResponseBytes: checkMaxResponseBytes(options.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES),
    onDrift: options.onDrift ?? warnOncePerKind((message) => console.warn(message)),
  };
}

function checkMaxResponseBytes(value: unknown): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1 || value > MAX_RESPONSE_BYTES_LIMIT) {
    throw new RangeError(`createPoppClient: maxResponseBytes must be a whole number of bytes from 1 to ${formatBytes(MAX_RESPONSE_BYTES_LIMIT)} (got ${String(value)})`);
  }
  return value;
}

function checkBaseUrl(value: unknown, allowInsecureHttp: boolean): string {
  if (typeof value !== 'string') throw new TypeError(`createPoppClient: baseUrl must be a string URL (got ${typeof value})`);
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new TypeError(`createPoppClient: baseUrl ${JSON.stringify(value)} is not an absolute URL; use e.g. ${DEFAULT_BASE_URL}`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new TypeError(`createPoppClient: baseUrl must use https: (got ${url.protocol})`);
  if (url.username || url.password) throw new TypeError('createPoppClient: baseUrl must not contain a user name or password; credentials go in apiKey and organizationId');
  if (url.search || url.hash) throw new TypeError('createPoppClient: baseUrl must not have a query string or fragment');
  if (/\/v1\/?$/.test(url.pathname)) {
    throw new TypeError(`createPoppClient: baseUrl ends with /v1, but the paths already start with /v1; use ${url.origin}${url.pathname.replace(/\/v1\/?$/, '')}`);
  }
  if (url.protocol === 'http:' && !allowInsecureHttp && !LOOPBACK_HOSTS.test(url.hostname)) {
    throw new TypeError(
      `createPoppClient: baseUrl uses plain http: to ${url.hostname}, which would send the API key unencrypted; use https:, or set allowInsecureHttp: true if a trusted proxy terminates TLS`,
    );
  }
  return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
}

function userAgentOf(value: unknown): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || !/^[\x20-\x7e]+$/.test(value) || value.trim() !== value) {
    throw new TypeError('createPoppClient: userAgent must be a non-empty string of printable ASCII without leading or trailing spaces, e.g. "my-ats-sync/2.1"');
  }
  return value;
}
