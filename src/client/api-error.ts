/**
 * Turns an HTTP error response into a PoppApiError: the ErrorResponse body when there is one, and a message
 * that still says what came back when the body is empty, HTML, plain text or JSON of another shape.
 */
import { validateErrorResponse } from '../../generated/validators.mjs';
import type { Credentials } from './auth.js';
import { type ErrorDetail, PoppApiError, type PoppRequestContext } from './errors.js';
import { isPlainObject, parseJson } from './json.js';
import { listLines } from '../validation/issue-list.js';

const SNIPPET_LENGTH = 200;

/**
 * Builds the error for a non-2xx response whose body text has been read (`rawBody`); `retryAfterMs` is its
 * Retry-After as the sender read it.
 *
 * @example
 *   throw apiErrorFromResponse(response, await response.text(), credentials, { method: 'GET', path: '/v1/workflow-runs/run_1', attempts: 1 }, null);
 */
export function apiErrorFromResponse(
  response: Response,
  rawBody: string,
  credentials: Credentials,
  context: PoppRequestContext,
  retryAfterMs: number | null,
): PoppApiError {
  const text = credentials.redact(rawBody);
  const contentType = contentTypeOf(response, credentials);
  const body = parseJson(text);
  const head = `${context.method} ${context.path} → ${response.status}`;
  const base = { status: response.status, body, rawBody: text, contentType, retryAfterMs };

  if (validateErrorResponse(body)) {
    const details = body.details ?? [];
    const requestId = body.requestId ?? null;
    const message = `${head} ${body.code}: ${body.message}${requestId ? ` [Popp request ID ${requestId}]` : ''}${describeDetails(details)}`;
    return new PoppApiError(message, { ...base, code: body.code, details, requestId }, context);
  }
  return new PoppApiError(`${head} ${statusText(response, credentials)}: ${describeOtherBody(text, body, contentType)}`, { ...base, code: codeOf(body), details: [], requestId: null }, context);
}

/**
 * The error for a 2xx response whose body is not the JSON the operation promises (empty, unparsable, or
 * missing what the caller relies on, as `problem` says). `parsed` is `rawBody` as the caller parsed it.
 *
 * @example
 *   throw unusableSuccessBody(response, '', undefined, credentials, context);
 */
export function unusableSuccessBody(
  response: Response,
  rawBody: string,
  parsed: unknown,
  credentials: Credentials,
  context: PoppRequestContext,
  problem?: string,
): PoppApiError {
  const text = credentials.redact(rawBody);
  // Parsed again only when a server echoed a credential, so that `body` cannot hold it either.
  const body = text === rawBody ? parsed : parseJson(text);
  const contentType = contentTypeOf(response, credentials);
  const what = problem ?? describeOtherBody(text, body, contentType);
  const message = `${context.method} ${context.path} → ${response.status}: the body is not what the contract promises: ${what}`;
  return new PoppApiError(message, { status: response.status, code: null, details: [], requestId: null, body, rawBody: text, contentType, retryAfterMs: null }, context);
}

function describeDetails(details: ErrorDetail[]): string {
  return listLines(
    details,
    (detail) => {
      const where = [detail.field, detail.nodeId ? `node ${detail.nodeId}` : undefined].filter(Boolean).join(', ');
      return `${detail.code}${where ? ` (${where})` : ''}: ${detail.message}`;
    },
    { fullListIn: '.details' },
  );
}

function describeOtherBody(text: string, body: unknown, contentType: string | null): string {
  if (text.trim() === '') return 'the response body was empty';
  const kind = contentType ? ` (${contentType})` : '';
  if (body !== undefined) return `the JSON body${kind} is not a Popp error body (code and message): ${snippet(text)}`;
  return `the body${kind} is not JSON: ${snippet(text)}`;
}

function snippet(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return JSON.stringify(flat.length > SNIPPET_LENGTH ? `${flat.slice(0, SNIPPET_LENGTH)}…` : flat);
}

/** The status text and Content-Type come from the server too: an echoing server could put a credential there. */
function statusText(response: Response, credentials: Credentials): string {
  return credentials.redact(response.statusText) || 'error';
}

/**
 * The response's Content-Type with any credential in it replaced.
 *
 * @example
 *   contentTypeOf(response, credentials); // 'application/json'
 */
export function contentTypeOf(response: Response, credentials: Credentials): string | null {
  const contentType = response.headers.get('content-type');
  return contentType === null ? null : credentials.redact(contentType);
}

/** A `code` string from a body that is not a full ErrorResponse, when it has one. */
function codeOf(body: unknown): string | null {
  const code = isPlainObject(body) ? body.code : undefined;
  return typeof code === 'string' && code !== '' ? code : null;
}
