/**
 * The named operations: check the input before anything is sent, send through the client's one request path,
 * and return the response body read tolerantly (responses.ts) — or throw a PoppApiError /
 * PoppRequestValidationError / PoppTimeoutError / PoppNetworkError.
 */
import { DEFAULT_TRIGGER_SOURCE } from '../../generated/constants.js';
import type { components } from '../../generated/api.js';
import type { ValidationIssue } from '../validation/issues.js';
import { PoppRequestValidationError } from './errors.js';
import { isPlainObject } from './json.js';
import { iterateRuns } from './pagination.js';
import { CANCEL, PUBLISH, RUN, RUNS } from './paths.js';
import { type ListRunsQuery, cancelBodyIssues, idIssues, listQueryIssues, startRunsBodyIssues } from './request-validation.js';
import type { Requester } from './request.js';
import { type NamedOperation, type ResponseReader, readAnswer } from './responses.js';
import type { PoppCallOptions } from './send.js';
import { requestPath } from './url.js';

type Schemas = components['schemas'];
export type WorkflowRun = Schemas['WorkflowRun'];
export type WorkflowRunPage = Schemas['WorkflowRunPage'];
export type StartWorkflowRunsRequest = Schemas['StartWorkflowRunsRequest'];
export type StartWorkflowRunsResponse = Schemas['StartWorkflowRunsResponse'];
export type CancelWorkflowRunRequest = Schemas['CancelWorkflowRunRequest'];
export type PublishedWorkflowVersion = Schemas['PublishedWorkflowVersion'];

// The type checker fails here if the contract's trigger sources stop including the generated default.
const TRIGGER_SOURCE = DEFAULT_TRIGGER_SOURCE satisfies NonNullable<StartWorkflowRunsRequest['triggerSource']>;

/**
 * The named operations of a Popp client. Each returns the response body, read with the tolerant profile: drift
 * is reported to `onDrift` and through `driftOf(value)`, never thrown.
 */
export interface PoppClientHelpers {
  /**
   * Enrols candidates into a PUBLISHED workflow (POST /v1/workflows/{workflowId}/runs, 202). Sends
   * `triggerSource: "API"` unless the body gives one.
   */
  startRuns(workflowId: string, body: StartWorkflowRunsRequest, options?: PoppCallOptions): Promise<StartWorkflowRunsResponse>;
  /** Cancels a RUNNING run and returns it CANCELLED (POST /v1/workflow-runs/{runId}/cancel). */
  cancelRun(runId: string, body?: CancelWorkflowRunRequest, options?: PoppCallOptions): Promise<WorkflowRun>;
  /** Makes the workflow's working draft live and returns the new version (POST /v1/workflows/{workflowId}/publish). */
  publishWorkflow(workflowId: string, options?: PoppCallOptions): Promise<PublishedWorkflowVersion>;
  /** Fetches one run, with its context (GET /v1/workflow-runs/{runId}). */
  getRun(runId: string, options?: PoppCallOptions): Promise<WorkflowRun>;
  /** Fetches one page of a workflow's runs (GET /v1/workflows/{workflowId}/runs). */
  listRuns(workflowId: string, query?: ListRunsQuery, options?: PoppCallOptions): Promise<WorkflowRunPage>;
  /** Every run of a workflow across all pages, fetched page by page (with listRuns) as the loop goes. */
  iterateRuns(workflowId: string, query?: ListRunsQuery, options?: PoppCallOptions): AsyncGenerator<WorkflowRun, void, undefined>;
}

export interface HelperDependencies extends ResponseReader {
  request: Requester;
}

/** One named call, in named options. */
interface NamedCall {
  operation: NamedOperation;
  method: 'GET' | 'POST';
  url: string;
  path: Record<string, string>;
  query?: ListRunsQuery;
  body?: unknown;
  /** What is wrong with the input; anything here refuses the call before it is sent. */
  issues: ValidationIssue[];
  options: PoppCallOptions | undefined;
}

/**
 * Builds the named operations on top of a client's request path.
 *
 * @example
 *   const helpers = createHelpers({ request, credentials, onDrift });
 *   const run = await helpers.getRun('run_1');
 */
export function createHelpers(deps: HelperDependencies): PoppClientHelpers {
  async function call<T>({ operation, method, url, path, query, body, issues, options }: NamedCall): Promise<T> {
    if (issues.length > 0) throw new PoppRequestValidationError(operation, issues, { method, path: url });
    const { signal, timeoutMs } = checkCallOptions(operation, options);
    const answer = await deps.request({ operation, method, url, params: { path, query }, body, signal, timeoutMs });
    return readAnswer<T>(answer, operation, deps);
  }

  // Each helper is an async function, so that even a throw while checking its input becomes a rejection.
  const listRuns = async (workflowId: string, query?: ListRunsQuery, options?: PoppCallOptions): Promise<WorkflowRunPage> =>
    call({ operation: 'listRuns', method: 'GET', url: RUNS, path: { workflowId }, query, issues: [...idIssues('workflowId', workflowId), ...listQueryIssues(query)], options });

  return {
    startRuns: async (workflowId, body, options) => {
      const issues = [...idIssues('workflowId', workflowId), ...startRunsBodyIssues(body)];
      return call({ operation: 'startRuns', method: 'POST', url: RUNS, path: { workflowId }, body: issues.length > 0 ? undefined : withTriggerSource(body), issues, options });
    },
    cancelRun: async (runId, body, options) => {
      const issues = [...idIssues('runId', runId), ...(body === undefined ? [] : cancelBodyIssues(body))];
      return call({ operation: 'cancelRun', method: 'POST', url: CANCEL, path: { runId }, body: issues.length > 0 || body === undefined ? undefined : withoutUndefined(body), issues, options });
    },
    publishWorkflow: async (workflowId, options) => call({ operation: 'publishWorkflow', method: 'POST', url: PUBLISH, path: { workflowId }, issues: idIssues('workflowId', workflowId), options }),
    getRun: async (runId, options) => call({ operation: 'getRun', method: 'GET', url: RUN, path: { runId }, issues: idIssues('runId', runId), options }),
    listRuns,
    iterateRuns(workflowId, query, options) {
      const pathOf = (pageQuery: ListRunsQuery) => requestPath(RUNS, { path: { workflowId }, query: pageQuery });
      return iterateRuns((pageQuery) => listRuns(workflowId, pageQuery, options), query, pathOf);
    },
  };
}

const NO_OPTIONS: PoppCallOptions = Object.freeze({});

function checkCallOptions(operation: string, options: PoppCallOptions | undefined): PoppCallOptions {
  if (options === undefined) return NO_OPTIONS;
  if (typeof options !== 'object' || options === null) throw new TypeError(`${operation}: options must be an object with signal and/or timeoutMs (got ${options === null ? 'null' : typeof options})`);
  const unknown = Object.keys(options).filter((key) => key !== 'signal' && key !== 'timeoutMs');
  if (unknown.length > 0) throw new TypeError(`${operation}: unknown option ${unknown.join(', ')} (known: signal, timeoutMs)`);
  return options;
}

/**
 * The start-runs body as sent: the Workflow Events page says runs started through this API are triggered by
 * `API`, so that is sent unless the caller chose a trigger source. The caller's object is not changed.
 */
function withTriggerSource(body: StartWorkflowRunsRequest): StartWorkflowRunsRequest {
  return isPlainObject(body) && body.triggerSource === undefined ? { ...body, triggerSource: TRIGGER_SOURCE } : body;
}

function withoutUndefined(body: object): Record<string, unknown> {
  return Object.fromEntries(Object.entries(body).filter(([, value]) => value !== undefined));
}
