/**
 * The named operations: check the input against the contract, send through the retrying sender, and
 * return the response body — or throw a PoppApiError / PoppRequestValidationError / PoppTimeoutError /
 * PoppNetworkError.
 */
import type { components } from '../../generated/api.js';
import { validateWorkflowRunPage } from '../../generated/validators.mjs';
import { type ValidationIssue, toValidationIssues } from '../validation/issues.js';
import { apiErrorFromResponse, unusableSuccessBody } from './api-error.js';
import type { Credentials } from './auth.js';
import { PoppRequestValidationError } from './errors.js';
import { isPlainObject, parseJson } from './json.js';
import { listIssues } from './listing.js';
import { iterateRuns } from './pagination.js';
import { CANCEL, PUBLISH, RUN, RUNS } from './paths.js';
import { type ListRunsQuery, cancelBodyIssues, idIssues, listQueryIssues, startRunsBodyIssues } from './request-validation.js';
import { type Attempt, type PoppCallOptions, type Send, requestPath } from './send.js';

type Schemas = components['schemas'];
export type WorkflowRun = Schemas['WorkflowRun'];
export type WorkflowRunPage = Schemas['WorkflowRunPage'];
export type StartWorkflowRunsRequest = Schemas['StartWorkflowRunsRequest'];
export type StartWorkflowRunsResponse = Schemas['StartWorkflowRunsResponse'];
export type CancelWorkflowRunRequest = Schemas['CancelWorkflowRunRequest'];
export type PublishedWorkflowVersion = Schemas['PublishedWorkflowVersion'];

/** The named operations of a Popp client. Each returns the response body or throws. */
export interface PoppClientHelpers {
  /** Enrols candidates into a PUBLISHED workflow (POST /v1/workflows/{workflowId}/runs, 202). */
  startRuns(workflowId: string, body: StartWorkflowRunsRequest, options?: PoppCallOptions): Promise<StartWorkflowRunsResponse>;
  /** Cancels a RUNNING run and returns it CANCELLED (POST /v1/workflow-runs/{runId}/cancel). */
  cancelRun(runId: string, body?: CancelWorkflowRunRequest, options?: PoppCallOptions): Promise<WorkflowRun>;
  /** Makes the workflow's working draft live and returns the new version (POST /v1/workflows/{workflowId}/publish). */
  publishWorkflow(workflowId: string, options?: PoppCallOptions): Promise<PublishedWorkflowVersion>;
  /** Fetches one run, with its context (GET /v1/workflow-runs/{runId}). */
  getRun(runId: string, options?: PoppCallOptions): Promise<WorkflowRun>;
  /** Fetches one page of a workflow's runs (GET /v1/workflows/{workflowId}/runs). */
  listRuns(workflowId: string, query?: ListRunsQuery, options?: PoppCallOptions): Promise<WorkflowRunPage>;
  /** Every run of a workflow across all pages, fetched page by page as the loop goes. */
  iterateRuns(workflowId: string, query?: ListRunsQuery, options?: PoppCallOptions): AsyncGenerator<WorkflowRun, void, undefined>;
}

type Params = { path: Record<string, unknown>; query?: Record<string, unknown> };

export interface HelperDependencies {
  send: Send;
  /** How an attempt of this request is sent (directly, or through openapi-fetch and its middleware). */
  attemptFor(method: 'GET' | 'POST', url: string, params: Params, body: unknown): Attempt;
  credentials: Credentials;
  /** Raw text of error responses sent through openapi-fetch, captured by the transport. */
  errorBodies: WeakMap<Response, string>;
}

/**
 * Builds the named operations on top of a client's sender.
 *
 * @example
 *   const helpers = createHelpers({ send, attemptFor, credentials, errorBodies });
 *   const run = await helpers.getRun('run_1');
 */
export function createHelpers(deps: HelperDependencies): PoppClientHelpers {
  const { send } = deps;

  /**
   * One named call. `prepare` returns the input's problems and the body to send; it runs inside this async
   * function, so even a throw while preparing becomes a rejection. `check` can refuse a 2xx body's shape.
   */
  async function call<T>(
    operation: string,
    method: 'GET' | 'POST',
    url: string,
    params: Params,
    prepare: () => { issues: ValidationIssue[]; body?: unknown },
    options: PoppCallOptions | undefined,
    check?: (value: Record<string, unknown>) => string | undefined,
  ): Promise<T> {
    const { issues, body } = prepare();
    if (issues.length > 0) throw new PoppRequestValidationError(operation, issues, { method, path: url });
    const { signal, timeoutMs } = checkCallOptions(operation, options);
    const path = () => requestPath(url, params);
    const { result, context, retryAfterMs } = await send({ method, path, attempt: deps.attemptFor(method, url, params, body), signal, timeoutMs });
    const { response } = result;
    if (!response.ok) {
      const raw = deps.errorBodies.get(response) ?? textOf(result.error);
      throw apiErrorFromResponse(response, raw, deps.credentials, context(), retryAfterMs);
    }
    const text = typeof result.data === 'string' ? result.data : '';
    const value = parseJson(text);
    const problem = value === undefined ? undefined : isPlainObject(value) ? check?.(value) : 'the JSON body is not an object';
    if (value === undefined || problem !== undefined) throw unusableSuccessBody(response, text, value, deps.credentials, context(), problem);
    return value as T;
  }

  const listRuns = (workflowId: string, query?: ListRunsQuery, options?: PoppCallOptions): Promise<WorkflowRunPage> =>
    call('listRuns', 'GET', RUNS, { path: { workflowId }, query }, () => ({ issues: [...idIssues('workflowId', workflowId), ...listQueryIssues(query)] }), options, pageProblem);

  return {
    startRuns: (workflowId, body, options) =>
      call('startRuns', 'POST', RUNS, { path: { workflowId } }, () => ({ issues: [...idIssues('workflowId', workflowId), ...startRunsBodyIssues(body)], body }), options),
    cancelRun: (runId, body, options) =>
      call('cancelRun', 'POST', CANCEL, { path: { runId } }, () => {
        const issues = [...idIssues('runId', runId), ...(body === undefined ? [] : cancelBodyIssues(body))];
        return { issues, body: issues.length > 0 || body === undefined ? undefined : withoutUndefined(body) };
      }, options),
    publishWorkflow: (workflowId, options) => call('publishWorkflow', 'POST', PUBLISH, { path: { workflowId } }, () => ({ issues: idIssues('workflowId', workflowId) }), options),
    getRun: (runId, options) => call('getRun', 'GET', RUN, { path: { runId } }, () => ({ issues: idIssues('runId', runId) }), options),
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

/** A page is checked against the contract: iterateRuns relies on its runs array and nextToken. */
function pageProblem(value: Record<string, unknown>): string | undefined {
  if (validateWorkflowRunPage(value)) return undefined;
  return listIssues('it is not a WorkflowRunPage', toValidationIssues(validateWorkflowRunPage.errors), 'body');
}

/** The direct transport's error text as it is; openapi-fetch's parsed `error` (a response a user middleware replaced) back to text. */
function textOf(error: unknown): string {
  if (error === undefined) return '';
  return typeof error === 'string' ? error : JSON.stringify(error);
}

function withoutUndefined(body: object): Record<string, unknown> {
  return Object.fromEntries(Object.entries(body).filter(([, value]) => value !== undefined));
}
