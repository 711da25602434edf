/**
 * The redirect policy: the client follows none. Popp documents no redirect, and following one would send the
 * API key, the organization ID and any request body wherever `Location` points — another host, or plain
 * `http:` — and a 301/302/303 would turn a POST (a cancel) into a GET that "succeeds". Every request goes out
 * with `redirect: 'manual'`, and any 3xx answer is refused with a PoppRedirectError that says where it pointed.
 *
 * A `fetch` given to createPoppClient might not honour `redirect: 'manual'`. Its response is checked as well:
 * one that says it was redirected (`response.redirected`) or comes from another URL origin (`response.url`) is
 * refused too — but by then the request has been sent there, which only the fetch itself can prevent.
 */
import { contentTypeOf } from './api-error.js';
import type { Credentials } from './auth.js';
import { PoppRedirectError } from './errors.js';
import { Refusal } from './refusal.js';

const LOCATION_LENGTH = 300;

/**
 * The refusal for a response that is a redirect, or that the fetch reached by following one; undefined for
 * any other response. A refused response's body is cancelled unread.
 *
 * @example
 *   const refusal = redirectRefusal(response, 'https://api.joinpopp.com/v1/workflow-runs/run_1', 'https://api.joinpopp.com', credentials);
 *   if (refusal) throw refusal;
 */
export function redirectRefusal(response: Response, requestUrl: string, origin: string, credentials: Credentials): Refusal | undefined {
  const { status } = response;
  const isRedirect = (status >= 300 && status <= 399) || response.type === 'opaqueredirect';
  const followedByFetch = !isRedirect && (response.redirected || (response.url !== '' && !onOrigin(response.url, origin)));
  if (!isRedirect && !followedByFetch) return undefined;
  response.body?.cancel().catch(() => undefined);

  const target = describeTarget(followedByFetch ? response.url : response.headers.get('location'), requestUrl, origin, credentials);
  const statusText = credentials.redact(response.statusText);
  const answer = `${status}${statusText ? ` ${statusText}` : ''}`;
  const fetchDid = response.redirected
    ? `followed a redirect to ${target.text} although the client asked for redirect: 'manual'`
    : `returned a response from ${target.text}, not from the origin of baseUrl (it followed a redirect, or sent the request there)`;
  const summary = followedByFetch
    ? `${answer}: the fetch given to createPoppClient ${fetchDid}; the response is refused, but the request and its credentials may have reached that URL. ` +
      "Give createPoppClient a fetch that honours redirect: 'manual' (the global fetch does) and sends to baseUrl only"
    : `${answer}: redirect ${target.location === null ? `(${target.text}) ` : `to ${target.text} `}not followed: the client never follows redirects ` +
      '(Popp documents none), so nothing was sent there. Check baseUrl, or the proxy or gateway in front of Popp';
  const fields = {
    status,
    contentType: contentTypeOf(response, credentials),
    location: target.location,
    crossOrigin: target.crossOrigin,
    followedByFetch,
  };
  return new Refusal(summary, (context) => new PoppRedirectError(`${context.method} ${context.path} → ${summary}`, fields, context));
}

/**
 * Is this absolute URL on the origin (`scheme://host[:port]`, as `URL.origin` writes it)? A URL with user info
 * is not: it serialises with `user@` before the host.
 *
 * @example
 *   onOrigin('https://api.joinpopp.com/v1/workflow-runs/run_1', 'https://api.joinpopp.com'); // true
 *   onOrigin('https://api.joinpopp.com.evil.test/', 'https://api.joinpopp.com'); // false
 */
export function onOrigin(url: string, origin: string): boolean {
  return url.startsWith(origin) && (url.length === origin.length || url[origin.length] === '/');
}

interface Target {
  /** For the error's `location` field: absolute, without user info, query or fragment; null if unusable. */
  location: string | null;
  crossOrigin: boolean;
  /** For the message: the location and what is notable about it. */
  text: string;
}

/** Where a redirect pointed, safe to print: no user info, query, fragment or credential, bounded in length. */
function describeTarget(raw: string | null, requestUrl: string, origin: string, credentials: Credentials): Target {
  if (raw === null || raw.trim() === '') return { location: null, crossOrigin: false, text: 'without a Location' };
  let url: URL;
  try {
    url = new URL(raw, requestUrl);
  } catch {
    const shown = hidesCredential(raw, credentials) ? '(withheld: it contains a credential)' : JSON.stringify(shorten(credentials.redact(raw)));
    return { location: null, crossOrigin: false, text: `with an unusable Location ${shown}` };
  }
  const notes: string[] = [];
  const crossOrigin = url.origin !== origin;
  notes.push(crossOrigin ? 'another origin' : 'the same origin');
  if (url.protocol === 'http:' && origin.startsWith('https:')) notes.push('plain http:');
  const left = [url.username || url.password ? 'user info' : '', url.search ? 'query string' : '', url.hash ? 'fragment' : ''].filter(Boolean);
  if (left.length > 0) notes.push(`${left.join(', ')} left out`);
  url.username = '';
  url.password = '';
  url.search = '';
  url.hash = '';
  const location = shorten(hidesCredential(url.pathname, credentials) ? `${credentials.redact(url.origin)}/[path withheld: it contains a credential]` : credentials.redact(url.href));
  return { location, crossOrigin, text: `${location} (${notes.join('; ')})` };
}

/** Does the text hold a credential behind percent-encoding, where redacting the text as it is would miss it? */
function hidesCredential(text: string, credentials: Credentials): boolean {
  let decoded: string;
  try {
    decoded = decodeURIComponent(text);
  } catch {
    return false;
  }
  return decoded !== text && credentials.redact(decoded) !== decoded;
}

function shorten(text: string): string {
  return text.length > LOCATION_LENGTH ? `${text.slice(0, LOCATION_LENGTH)}…` : text;
}
