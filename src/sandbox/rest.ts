// The five REST operations: each request checked against the strict profile (a bad one gets the spec's error
// body and status, naming the field), each answer checked against the spec before it is sent (a failure is a
// sandbox bug and throws).
import type { components, paths } from '../../generated/api.js';
import { LIST_LIMIT } from '../../generated/constants.js';
import {
  validateCancelWorkflowRunRequest,
  validateErrorResponse,
  validatePublishValidationErrorResponse,
  validatePublishedWorkflowVersion,
  validateStartWorkflowRunsRequest,
  validateStartWorkflowRunsResponse,
  validateWorkflowRun,
  validateWorkflowRunPage,
  validateWorkflowRunStatus,
  type Validator,
} from '../../generated/validators.mjs';
import { toValidationIssues } from '../validation/issues.js';
import { ApiError, SandboxBugError } from './errors.js';
import type { Simulation } from './simulation.js';
import type { SandboxState, WorkflowRun } from './state.js';

type Schemas = components['schemas'];

const RUNS = '/v1/workflows/{workflowId}/runs' satisfies keyof paths;
const RUN = '/v1/workflow-runs/{runId}' satisfies keyof paths;
const CANCEL = '/v1/workflow-runs/{runId}/cancel' satisfies keyof paths;
const PUBLISH = '/v1/workflows/{workflowId}/publish' satisfies keyof paths;

interface Route {
  readonly template: string;
  readonly pattern: RegExp;
  readonly operations: Readonly<Record<string, string>>;
}

const ROUTES: readonly Route[] = (
  [
  { template: RUNS, operations: { POST: 'startWorkflowRuns', GET: 'listWorkflowRuns' } },
  { template: RUN, operations: { GET: 'getWorkflowRun' } },
  { template: CANCEL, operations: { POST: 'cancelWorkflowRun' } },
  { template: PUBLISH, operations: { POST: 'publishWorkflow' } },
  ] as { template: string; operations: Record<string, string> }[]
).map((route) => ({ ...route, pattern: new RegExp(`^${route.template.replace(/\{[^}]+\}/g, '([^/]+)')}$`) }));

const LIST_QUERY = ['status', 'candidateProfileId', 'nextToken', 'limit'] as const;

/** What the REST layer tells the log about one request. */
export interface RestOutcome {
  response: Response;
  operationId: string | null;
  status: number;
  code: string | null;
  message: string | null;
}

export interface RestContext {
  state: SandboxState;
  simulation: Simulation;
  organizationId: string;
  apiKey: string | undefined;
  pageSize: number;
  requestId: () => string;
}

/**
 * Answers one REST request. Throws a SandboxBugError when its own answer would break the spec.
 *
 * @example
 *   const { response } = await handleRest(new Request('http://sandbox/v1/workflow-runs/run_1', { headers }), context);
 */
export async function handleRest(request: Request, context: RestContext): Promise<RestOutcome> {
  const url = new URL(request.url);
  const requestId = context.requestId();
  const route = ROUTES.find((candidate) => candidate.pattern.test(url.pathname));
  const operationId = route?.operations[request.method] ?? null;
  try {
    if (route === undefined) throw new ApiError(404, 'NOT_FOUND', `No operation of the Popp workflow API has the path ${url.pathname}.`);
    if (operationId === null) throw new ApiError(405, 'METHOD_NOT_ALLOWED', `${request.method} is not an operation of ${route.template}; use ${Object.keys(route.operations).join(' or ')}.`);
    authenticate(request, context);
    const [, first] = route.pattern.exec(url.pathname) as RegExpExecArray;
    const id = decodeURIComponent(first as string);
    const { status, body } = await dispatch(operationId, id, url, request, context);
    return answer(operationId, status, body, requestId);
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    const body = { code: error.code, message: error.message, ...(error.details.length > 0 ? { details: [...error.details] } : {}), requestId };
    const outcome = answer(operationId, error.status, body, requestId);
    if (error.status === 405 && route !== undefined) outcome.response.headers.set('allow', Object.keys(route.operations).join(', '));
    return outcome;
  }
}

function authenticate(request: Request, context: RestContext): void {
  const apiKey = request.headers.get('x-api-key');
  const organizationId = request.headers.get('x-organization-id');
  if (!apiKey || !organizationId) throw new ApiError(401, 'UNAUTHORIZED', `The ${!apiKey ? 'x-api-key' : 'x-organization-id'} header is missing; send both x-api-key and x-organization-id.`);
  if (context.apiKey !== undefined && apiKey !== context.apiKey) throw new ApiError(401, 'UNAUTHORIZED', 'The x-api-key header is missing, or the key is unknown, expired or revoked.');
  if (organizationId !== context.organizationId) throw new ApiError(403, 'FORBIDDEN', `This API key may not act for organization ${organizationId}; the sandbox serves ${context.organizationId}.`);
}

async function dispatch(operationId: string, id: string, url: URL, request: Request, context: RestContext): Promise<{ status: number; body: unknown }> {
  const { simulation, state } = context;
  const query = readQuery(url, operationId === 'listWorkflowRuns' ? LIST_QUERY : []);
  switch (operationId) {
    case 'startWorkflowRuns': {
      const body = await readBody(request, validateStartWorkflowRunsRequest, true);
      return { status: 202, body: simulation.startRuns(id, body as Schemas['StartWorkflowRunsRequest']) };
    }
    case 'cancelWorkflowRun': {
      const body = await readBody(request, validateCancelWorkflowRunRequest, false);
      return { status: 200, body: simulation.cancelRun(id, body as Schemas['CancelWorkflowRunRequest'] | undefined) };
    }
    case 'publishWorkflow':
      await readBody(request, undefined, false);
      return { status: 200, body: simulation.publishWorkflow(id) };
    case 'getWorkflowRun': {
      await readBody(request, undefined, false);
      const record = state.run(id);
      if (record === undefined) throw new ApiError(404, 'NOT_FOUND', `Workflow run ${id} was not found.`);
      return { status: 200, body: record.run };
    }
    default: {
      await readBody(request, undefined, false);
      return { status: 200, body: listRuns(id, query, context) };
    }
  }
}

function listRuns(workflowId: string, query: Record<string, string>, context: RestContext): Schemas['WorkflowRunPage'] {
  if (context.state.workflow(workflowId) === undefined) throw new ApiError(404, 'NOT_FOUND', `Workflow ${workflowId} was not found.`);
  const invalid = (field: string, code: string, message: string) => new ApiError(400, 'VALIDATION_FAILED', 'The query failed validation.', [{ code, message, field }]);
  if (query.status !== undefined && !validateWorkflowRunStatus(query.status)) throw invalid('status', 'INVALID_VALUE', 'Must be one of RUNNING, COMPLETED, FAILED, CANCELLED.');
  if (query.candidateProfileId === '') throw invalid('candidateProfileId', 'INVALID_VALUE', 'Must not be empty.');
  let limit = context.pageSize;
  if (query.limit !== undefined) {
    limit = /^\d{1,4}$/.test(query.limit) ? Number(query.limit) : Number.NaN;
    if (!(limit >= LIST_LIMIT.minimum && limit <= LIST_LIMIT.maximum)) throw invalid('limit', 'OUT_OF_RANGE', `Must be an integer from ${LIST_LIMIT.minimum} to ${LIST_LIMIT.maximum}.`);
  }
  const filter = `${workflowId}\u0000${query.status ?? ''}\u0000${query.candidateProfileId ?? ''}`;
  const offset = query.nextToken === undefined ? 0 : readToken(query.nextToken, filter, invalid);
  const matching = context.state.runs().filter(
    (run) => run.workflowId === workflowId && (query.status === undefined || run.status === query.status) && (query.candidateProfileId === undefined || run.candidateProfileId === query.candidateProfileId),
  );
  // Lists may leave context out (the spec): fetch the run for it.
  const runs = matching.slice(offset, offset + limit).map(({ context: _context, ...run }: WorkflowRun) => run);
  const next = offset + limit < matching.length ? writeToken(offset + limit, filter) : null;
  return { runs, nextToken: next };
}

// A token names its offset and the list it belongs to (workflow and filters), so it cannot be used on another.
function writeToken(offset: number, filter: string): string {
  return btoa(JSON.stringify({ offset, filter })).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}

function readToken(token: string, filter: string, invalid: (field: string, code: string, message: string) => ApiError): number {
  try {
    const decoded = JSON.parse(atob(token.replaceAll('-', '+').replaceAll('_', '/'))) as { offset?: unknown; filter?: unknown };
    if (Number.isSafeInteger(decoded.offset) && (decoded.offset as number) >= 0 && decoded.filter === filter) return decoded.offset as number;
  } catch {
    // not one of ours: the 400 below
  }
  throw invalid('nextToken', 'INVALID_TOKEN', 'Not a nextToken this list issued; pass back the nextToken of the previous page, with the same filters.');
}

function readQuery(url: URL, allowed: readonly string[]): Record<string, string> {
  const query: Record<string, string> = {};
  for (const name of new Set(url.searchParams.keys())) {
    const fail = (message: string) => new ApiError(400, 'VALIDATION_FAILED', 'The query failed validation.', [{ code: 'INVALID_PARAMETER', message, field: name }]);
    if (!allowed.includes(name)) throw fail(allowed.length === 0 ? 'This operation takes no query parameters.' : `Unknown query parameter; this operation takes ${allowed.join(', ')}.`);
    const values = url.searchParams.getAll(name);
    if (values.length > 1) throw fail('Given more than once.');
    query[name] = values[0] as string;
  }
  return query;
}

/** The request body, parsed and checked; undefined when there is none and none is required. */
async function readBody(request: Request, validate: Validator<unknown> | undefined, required: boolean): Promise<unknown> {
  const text = await request.text();
  const invalid = (code: string, message: string, field = '') => new ApiError(400, 'VALIDATION_FAILED', 'The request body failed validation.', [{ code, message, field }]);
  if (text === '') {
    if (required) throw invalid('REQUIRED', 'This operation requires a JSON body.');
    return undefined;
  }
  if (validate === undefined) throw invalid('UNEXPECTED_BODY', 'This operation takes no request body.');
  const type = request.headers.get('content-type') ?? '';
  if (!/^application\/json\s*(;|$)/i.test(type)) throw invalid('UNSUPPORTED_MEDIA_TYPE', `Send the body as application/json (the Content-Type was ${type === '' ? 'missing' : JSON.stringify(type)}).`);
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch (error) {
    throw invalid('INVALID_JSON', `The body is not JSON: ${(error as Error).message}`);
  }
  if (!validate(body)) {
    const details = toValidationIssues(validate.errors).map((issue) => ({ code: issue.keyword.toUpperCase(), message: issue.message, field: issue.path }));
    throw new ApiError(400, 'VALIDATION_FAILED', 'The request body failed validation.', details);
  }
  return body;
}

const SUCCESS_VALIDATORS: Readonly<Record<string, Validator<unknown>>> = {
  startWorkflowRuns: validateStartWorkflowRunsResponse,
  listWorkflowRuns: validateWorkflowRunPage,
  getWorkflowRun: validateWorkflowRun,
  cancelWorkflowRun: validateWorkflowRun,
  publishWorkflow: validatePublishedWorkflowVersion,
};

/** The response, after checking its body against the spec's schema for that operation and status (strict). */
function answer(operationId: string | null, status: number, body: unknown, requestId: string): RestOutcome {
  const isError = status >= 400;
  const validate = !isError && operationId !== null ? SUCCESS_VALIDATORS[operationId] : operationId === 'publishWorkflow' && status === 400 && (body as { code?: string }).code === 'WORKFLOW_VALIDATION_FAILED' ? validatePublishValidationErrorResponse : validateErrorResponse;
  if (validate === undefined || !validate(body)) {
    const issues = toValidationIssues(validate?.errors).map((issue) => `${issue.path || '(body)'}: ${issue.message}`);
    throw new SandboxBugError(`its ${status} answer to ${operationId ?? 'a request'} (${requestId}) breaks the spec: ${issues.join('; ')}.`);
  }
  const response = new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', 'x-request-id': requestId } });
  const error = isError ? (body as { code: string; message: string }) : undefined;
  return { response, operationId, status, code: error?.code ?? null, message: error?.message ?? null };
}
