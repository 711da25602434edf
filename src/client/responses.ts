/**
 * What the named operations make of an answer. An error status is a PoppApiError. A 2xx body is parsed and
 * read with the tolerant profile of the operation's response schema (spec/profiles.yaml), as live traffic is:
 * a new enum value, an unknown outcome kind, an ISO 8601 date-time that is not RFC 3339 or a field the contract
 * expects but the docs never promised is accepted, returned as it is and reported as drift (drift.ts). What even
 * the tolerant profile refuses — the type of a field that is present, what the operation cannot work without
 * (a run's `runId`; a page's `runs` and `nextToken`, which iteration needs) — and a body that is not a JSON object
 * are a PoppApiError listing the issues.
 */
import {
  validatePublishedWorkflowVersion,
  validatePublishedWorkflowVersionTolerant,
  validateStartWorkflowRunsResponse,
  validateStartWorkflowRunsResponseTolerant,
  validateWorkflowRun,
  validateWorkflowRunPage,
  validateWorkflowRunPageTolerant,
  validateWorkflowRunTolerant,
} from '../../generated/validators.mjs';
import { isValidPublishedWorkflowVersion, isValidStartWorkflowRunsResponse, isValidWorkflowRun, isValidWorkflowRunPage } from '../../generated/validators-fast.mjs';
import type { Deviation } from '../validation/deviations.js';
import { listIssues } from '../validation/issue-list.js';
import { type ValidatorPair, checkProfile } from '../validation/profiles.js';
import { apiErrorFromResponse, unusableSuccessBody } from './api-error.js';
import type { Credentials } from './auth.js';
import { decodeText } from './body-limit.js';
import { type DriftListener, recordDrift } from './drift.js';
import { isPlainObject, parseJson } from './json.js';
import type { Answer } from './request.js';

interface ResponseSchema {
  /** The schema's name, for messages. */
  name: string;
  validators: ValidatorPair<unknown>;
  /** The array of runs whose items the caller may get one by one (their drift is recorded for each). */
  itemsIn?: string;
}

// Each pair has its boolean check first (checkProfile): a conforming answer costs one validator call.
const RUN: ResponseSchema = { name: 'WorkflowRun', validators: { check: isValidWorkflowRun, strict: validateWorkflowRun, tolerant: validateWorkflowRunTolerant } };

/** The schema of each named operation's 2xx body. */
const RESPONSE_SCHEMAS = {
  startRuns: { name: 'StartWorkflowRunsResponse', validators: { check: isValidStartWorkflowRunsResponse, strict: validateStartWorkflowRunsResponse, tolerant: validateStartWorkflowRunsResponseTolerant } },
  cancelRun: RUN,
  publishWorkflow: { name: 'PublishedWorkflowVersion', validators: { check: isValidPublishedWorkflowVersion, strict: validatePublishedWorkflowVersion, tolerant: validatePublishedWorkflowVersionTolerant } },
  getRun: RUN,
  listRuns: { name: 'WorkflowRunPage', validators: { check: isValidWorkflowRunPage, strict: validateWorkflowRunPage, tolerant: validateWorkflowRunPageTolerant }, itemsIn: 'runs' },
} satisfies Record<string, ResponseSchema>;

export type NamedOperation = keyof typeof RESPONSE_SCHEMAS;

export interface ResponseReader {
  credentials: Credentials;
  onDrift: DriftListener;
}

/**
 * The body of a named operation's answer, read tolerantly, or the PoppApiError the answer amounts to.
 *
 * @example
 *   const run = readAnswer<WorkflowRun>(await request({ operation: 'getRun', method: 'GET', url: RUN, params }), 'getRun', reader);
 */
export function readAnswer<T>(answer: Answer, operation: NamedOperation, reader: ResponseReader): T {
  const { response, body, context } = answer;
  const { credentials } = reader;
  const text = decodeText(body);
  if (!response.ok) throw apiErrorFromResponse(response, text, credentials, context(), answer.retryAfterMs);
  const value = parseJson(text);
  if (value === undefined) throw unusableSuccessBody(response, text, value, credentials, context());
  if (!isPlainObject(value)) throw unusableSuccessBody(response, text, value, credentials, context(), 'the JSON body is not an object');
  const schema: ResponseSchema = RESPONSE_SCHEMAS[operation];
  const check = checkProfile(schema.validators, value, 'tolerant');
  if (!check.ok) {
    const problem = listIssues(`it is not a ${schema.name}`, check.issues, { whole: 'body' });
    throw unusableSuccessBody(response, text, value, credentials, context(), problem);
  }
  if (check.deviations.length > 0) {
    const deviations = Object.freeze(check.deviations.map((deviation) => redacted(deviation, credentials)));
    recordDrift(value, deviations, schema.itemsIn);
    const { method, path } = context();
    report(reader.onDrift, { operation, method, path, deviations });
  }
  return value as T;
}

/** A listener that throws must not turn a call Popp carried out (a start, a cancel) into a failure the caller may repeat. */
function report(onDrift: DriftListener, report: Parameters<DriftListener>[0]): void {
  try {
    onDrift(report);
  } catch (error) {
    console.error(`popp-workflow-contract: the onDrift listener threw while ${report.operation} succeeded; the call's result is returned anyway.`, error);
  }
}

function redacted(deviation: Deviation, credentials: Credentials): Deviation {
  return typeof deviation.value === 'string' ? { ...deviation, value: credentials.redact(deviation.value) } : deviation;
}
