/**
 * Checks made before anything is sent: what the docs state and what safety needs, nothing the contract only
 * infers. Request bodies are checked with the tolerant variant of their schema, which for a request drops just the
 * rules the spec marks `x-popp-strict-only` (the 500-character cancel reason, the external-ID pattern and length:
 * inference or a third-party summary), so such a value is sent and Popp decides. On top come what JSON Schema
 * cannot say — the 5000-entry cap over all lists together (`x-popp-max-total-entries`), at least one entry — and
 * what would otherwise go wrong silently: fields the contract does not know (the server would drop them), a
 * mistyped status filter (it would return the wrong runs), IDs that could leave their path segment. Messages
 * name the field by JSON pointer and never repeat its value (contacts are personal data).
 */
import type { components, operations } from '../../generated/api.js';
import {
  type ValidatorError,
  validateCancelWorkflowRunRequestTolerant,
  validateStartWorkflowRunsRequestTolerant,
  validateWorkflowRunStatus,
} from '../../generated/validators.mjs';
import { isValidCancelWorkflowRunRequest, isValidStartWorkflowRunsRequest } from '../../generated/validators-fast.mjs';
import { type ValidationIssue, toValidationIssues } from '../validation/issues.js';
import { isPlainObject } from './json.js';

type Schemas = components['schemas'];
export type ListRunsQuery = NonNullable<operations['listWorkflowRuns']['parameters']['query']>;

import { LIST_LIMIT, MAX_TOTAL_ENTRIES } from '../../generated/constants.js';

export { LIST_LIMIT, MAX_TOTAL_ENTRIES };

// `satisfies` makes the type checker fail when the contract gains or loses a field, so these lists cannot drift.
const START_FIELDS = { candidateProfileIds: true, candidateProfileExternalIds: true, contacts: true, triggerSource: true } satisfies Record<
  keyof Schemas['StartWorkflowRunsRequest'],
  true
>;
const CONTACT_FIELDS = { externalId: true, email: true, phoneNumber: true, firstName: true, lastName: true } satisfies Record<keyof Schemas['InlineContact'], true>;
const CANCEL_FIELDS = { reason: true, closeActiveConversations: true } satisfies Record<keyof Schemas['CancelWorkflowRunRequest'], true>;
const LIST_FIELDS = { status: true, candidateProfileId: true, nextToken: true, limit: true } satisfies Record<keyof ListRunsQuery, true>;
const ENTRY_LISTS = ['candidateProfileIds', 'candidateProfileExternalIds', 'contacts'] as const;
const NO_ISSUES: ValidationIssue[] = Object.freeze([]) as unknown as ValidationIssue[];

const PATTERN_MEANINGS: Record<string, string> = {
  '^\\+[1-9]\\d{1,14}$': 'must be a phone number in E.164 form: "+", country code and number, digits only (e.g. +447700900000)',
};

/**
 * Problems with a start-runs body: schema violations, unknown fields, no entries, more than 5000 in total.
 *
 * @example
 *   startRunsBodyIssues({ contacts: [{ firstName: 'Jane' }] });
 *   // [{ path: '/contacts/0', message: 'needs at least one of email, phoneNumber (non-empty)', keyword: 'anyOf' }]
 */
export function startRunsBodyIssues(body: unknown): ValidationIssue[] {
  // The common case, a body with nothing to report, costs the boolean first tier, the keys and the count: the
  // strict schema accepts less than the tolerant one checked in detail, so what it passes, that passes too
  // (test/contract/differential.test.ts holds every schema to that).
  if (isValidStartWorkflowRunsRequest(body) && hasOnlyKnownStartFields(body as Record<string, unknown>) && entryCount(body as Record<string, unknown>) <= MAX_TOTAL_ENTRIES) return NO_ISSUES;
  if (!isPlainObject(body)) return [notAnObject('the body', body, 'with candidateProfileIds, candidateProfileExternalIds and/or contacts')];
  const issues = unknownFields(body, START_FIELDS, '');
  if (Array.isArray(body.contacts)) {
    body.contacts.forEach((contact, index) => {
      if (isPlainObject(contact)) issues.push(...unknownFields(contact, CONTACT_FIELDS, `/contacts/${index}`));
    });
  }
  const counts = ENTRY_LISTS.map((name) => [name, listLength(body, name)] as const);
  const total = entryCount(body);
  if (total > MAX_TOTAL_ENTRIES) {
    const parts = counts.filter(([, count]) => count > 0).map(([name, count]) => `${name} ${count}`);
    issues.push({
      path: '',
      message: `has ${total} entries in total (${parts.join(' + ')}); at most ${MAX_TOTAL_ENTRIES} are allowed per request, so split it into several calls`,
      keyword: 'x-popp-max-total-entries',
    });
  }
  if (!validateStartWorkflowRunsRequestTolerant(body)) issues.push(...explain(validateStartWorkflowRunsRequestTolerant.errors));
  return issues;
}

/**
 * Problems with a cancel body (reason, closeActiveConversations). A reason of any length is sent: the
 * 500-character limit is the contract's guess.
 *
 * @example
 *   cancelBodyIssues({ closeActiveConversation: true }); // unknown field, with the known ones listed
 */
export function cancelBodyIssues(body: unknown): ValidationIssue[] {
  if (isValidCancelWorkflowRunRequest(body) && hasOnlyKnownFields(body as Record<string, unknown>, CANCEL_FIELDS)) return NO_ISSUES;
  if (!isPlainObject(body)) return [notAnObject('the cancel options', body, 'with reason and/or closeActiveConversations')];
  const issues = unknownFields(body, CANCEL_FIELDS, '');
  if (!validateCancelWorkflowRunRequestTolerant(body)) issues.push(...explain(validateCancelWorkflowRunRequestTolerant.errors));
  return issues;
}

/**
 * Problems with listRuns query parameters.
 *
 * @example
 *   listQueryIssues({ limit: 500 }); // [{ path: '/limit', message: 'must be an integer from 1 to 100', … }]
 */
export function listQueryIssues(query: unknown): ValidationIssue[] {
  if (query === undefined) return NO_ISSUES;
  if (!isPlainObject(query)) return [notAnObject('the query', query, 'with status, candidateProfileId, nextToken and/or limit')];
  const issues = unknownFields(query, LIST_FIELDS, '');
  const { status, candidateProfileId, nextToken, limit } = query;
  if (status !== undefined && !validateWorkflowRunStatus(status)) {
    issues.push(...toValidationIssues(validateWorkflowRunStatus.errors).map((issue) => ({ ...issue, path: '/status' })));
  }
  for (const [name, value] of [['candidateProfileId', candidateProfileId], ['nextToken', nextToken]] as const) {
    if (value !== undefined && (typeof value !== 'string' || value === '')) issues.push({ path: `/${name}`, message: 'must be a non-empty string', keyword: 'minLength' });
  }
  if (limit !== undefined && (!Number.isInteger(limit) || (limit as number) < LIST_LIMIT.minimum || (limit as number) > LIST_LIMIT.maximum)) {
    issues.push({ path: '/limit', message: `must be an integer from ${LIST_LIMIT.minimum} to ${LIST_LIMIT.maximum}`, keyword: 'maximum' });
  }
  return issues;
}

/** The usual shape of a Popp ID (`run_xyz789`): nothing in it can change a URL path. */
const PLAIN_ID = /^[\w-]+$/;
/** A path segment that URL normalisation resolves away: `.` or `..`, in any mix with its escape `%2e`. */
const DOT_SEGMENT = /^(?:\.|%2e){1,2}$/i;
/** A UTF-16 surrogate without its pair: encodeURIComponent throws on it. */
const LONE_SURROGATE = /\p{Cs}/u;

/**
 * Problems with a path parameter such as `workflowId` or `runId`: it must be a non-empty string that reaches
 * its own endpoint. A `.` or `..` would be resolved away by URL normalisation — `cancelRun('..')` would send
 * `POST /v1/cancel` — and is refused, also when written with `%2e` (a proxy that decodes escapes before routing
 * would see the dots); so are IDs that are only whitespace, have whitespace around them (a copy-paste slip)
 * or are not well-formed Unicode (they cannot be put in a URL). Everything else is percent-encoded into one
 * segment, so it cannot change the path.
 *
 * @example
 *   idIssues('runId', undefined); // [{ path: '/runId', message: 'is required: a non-empty string (got undefined)', … }]
 *   idIssues('runId', '..'); // [{ path: '/runId', message: 'is a dot segment ("." or "..") …', … }]
 */
export function idIssues(name: string, value: unknown, pointer = `/${name}`): ValidationIssue[] {
  if (typeof value === 'string' && PLAIN_ID.test(value)) return NO_ISSUES;
  const issue = (message: string, keyword: string): ValidationIssue[] => [{ path: pointer, message, keyword }];
  if (typeof value !== 'string' || value === '') {
    const got = value === '' ? 'an empty string' : value === null ? 'null' : typeof value;
    return issue(`is required: a non-empty string (got ${got})`, 'minLength');
  }
  if (value.trim() === '') return issue('is only whitespace; an ID has none', 'pattern');
  if (value.trim() !== value) return issue('has leading or trailing whitespace (often a newline copied with it); remove it', 'pattern');
  if (DOT_SEGMENT.test(value)) {
    return issue(`is a dot segment ("." or "..", or the same written with %2e): URL normalisation would remove it from the path and send the request to another endpoint`, 'pattern');
  }
  if (LONE_SURROGATE.test(value)) return issue('is not well-formed Unicode (it has a lone surrogate), so it cannot be put in a URL', 'pattern');
  return NO_ISSUES;
}

/**
 * Problems with the path parameters of a raw call (`popp.GET(url, { params: { path } })`): every string one is
 * checked like an operation's ID; then the path as built (`buildPath`, called only if they pass) must have no
 * dot segment, which a template or a serialised array could still bring.
 *
 * @example
 *   pathParamIssues({ runId: '..' }, () => '/v1/workflow-runs/../cancel'); // [{ path: '/params/path/runId', … }]
 */
export function pathParamIssues(pathParams: unknown, buildPath: () => string): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  if (isPlainObject(pathParams)) {
    for (const name of Object.keys(pathParams)) {
      const value = pathParams[name];
      if (typeof value === 'string' && !PLAIN_ID.test(value)) issues.push(...idIssues(name, value, `/params/path/${name}`));
    }
  }
  if (issues.length > 0) return issues;
  const path = buildPath();
  // Only a "." or its escape can make a dot segment: most paths need no splitting.
  if (!path.includes('.') && !/%2e/i.test(path)) return NO_ISSUES;
  const pathname = path.split(/[?#]/, 1)[0] as string;
  if (pathname.split(/[/\\]/).some((segment) => DOT_SEGMENT.test(segment))) {
    issues.push({ path: '', message: 'the URL path has a dot segment ("." or ".."), which URL normalisation would resolve, sending the request to another endpoint', keyword: 'pattern' });
  }
  return issues;
}

/** Ajv errors as issues, with the anyOf groups ("one of these fields") and known patterns in plain words. */
function explain(errors: readonly ValidatorError[] | null | undefined): ValidationIssue[] {
  const list = errors ?? [];
  const groups = list.filter((error) => error.keyword === 'anyOf');
  const inGroup = (error: ValidatorError) =>
    groups.some((group) => error === group || (error.schemaPath.startsWith(`${group.schemaPath}/`) && error.instancePath.startsWith(group.instancePath)));
  const issues = groups.map((group) => ({ path: group.instancePath, message: `needs at least one of ${alternatives(group, list).join(', ')} (non-empty)`, keyword: 'anyOf' }));
  for (const error of list.filter((candidate) => !inGroup(candidate))) {
    for (const issue of toValidationIssues([error])) {
      const meaning = error.keyword === 'pattern' ? PATTERN_MEANINGS[String(error.params.pattern)] : undefined;
      issues.push(meaning ? { ...issue, message: meaning } : issue);
    }
  }
  return issues;
}

/** The field names an anyOf's branches ask for, from their `required` and `minLength`/`minItems` errors. */
function alternatives(group: ValidatorError, errors: readonly ValidatorError[]): string[] {
  const names = errors
    .filter((error) => error !== group && error.schemaPath.startsWith(`${group.schemaPath}/`))
    .map((error) => (error.keyword === 'required' ? String(error.params.missingProperty) : error.instancePath.slice(group.instancePath.length + 1)));
  return [...new Set(names.filter(Boolean))];
}

/** The entries of a start-runs body, over all its lists. */
function entryCount(body: Record<string, unknown>): number {
  let count = 0;
  for (const name of ENTRY_LISTS) count += listLength(body, name);
  return count;
}

function listLength(body: Record<string, unknown>, name: (typeof ENTRY_LISTS)[number]): number {
  const list = body[name];
  return Array.isArray(list) ? list.length : 0;
}

/** Whether a body the first tier passed has only fields of the contract, in its contacts too. */
function hasOnlyKnownStartFields(body: Record<string, unknown>): boolean {
  if (!hasOnlyKnownFields(body, START_FIELDS)) return false;
  const contacts = body.contacts;
  if (!Array.isArray(contacts)) return true;
  for (const contact of contacts) if (!hasOnlyKnownFields(contact as Record<string, unknown>, CONTACT_FIELDS)) return false;
  return true;
}

function hasOnlyKnownFields(value: Record<string, unknown>, known: Record<string, true>): boolean {
  for (const key in value) if (!Object.hasOwn(known, key)) return false;
  return true;
}

function unknownFields(value: Record<string, unknown>, known: Record<string, true>, pointer: string): ValidationIssue[] {
  return Object.keys(value)
    .filter((key) => !Object.hasOwn(known, key))
    .map((key) => ({ path: `${pointer}/${key}`, message: `is not a field of the contract (known: ${Object.keys(known).join(', ')})`, keyword: 'additionalProperties' }));
}

function notAnObject(what: string, value: unknown, expected: string): ValidationIssue {
  const got = value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value;
  return { path: '', message: `${what} must be an object ${expected} (got ${got})`, keyword: 'type' };
}
