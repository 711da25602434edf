// A real HTTP server on 127.0.0.1 that implements the five workflow operations of generated/openapi.json and
// checks EVERY request against that document: route and method, both credential headers, path and query
// parameters (unknown or repeated ones included), Content-Type and body against the request schema. A request
// that breaks the contract is answered 400 and recorded in `violations`, so a test that ends with violations
// has caught the client drifting from the contract. Every response the server sends is itself checked against
// the operation's response schema and headers (`responseViolations`), unless a scripted step says it
// deliberately breaks the contract (an HTML or empty error body).
//
// Failures are scripted per operation (`script`): statuses with bodies and headers (Retry-After in seconds or
// as an HTTP date), a connection reset after the request was read, a slow response, empty / HTML / text bodies.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { GENERATED, readJson } from '../helpers/contract.js';

const addFormats = addFormatsModule as unknown as typeof addFormatsModule.default;

type Json = any;
export type WorkflowRun = Record<string, Json>;

export const TEST_CREDENTIALS = { apiKey: 'sk_test_4f9a2c7e1b8d6053', organizationId: 'org_123456' } as const;

export const openapi: Json = readJson(join(GENERATED, 'openapi.json'));

/** One scripted answer. Without `status` or `reset` the operation is handled normally (after `delayMs`). */
export interface Step {
  status?: number;
  body?: unknown;
  /** Sent as is instead of a JSON body. */
  rawBody?: string;
  headers?: Record<string, string>;
  /** Wait this long before answering (or resetting). */
  delayMs?: number;
  /** Send the headers and half the body, then wait this long before the rest. */
  bodyDelayMs?: number;
  /** Destroy the socket after reading the whole request: the request reached the server, no answer came. */
  reset?: boolean;
  /** The answer knowingly breaks the response contract (HTML, empty body), so it is not self-checked. */
  breaksContract?: boolean;
}

export interface RecordedRequest {
  operationId: string | undefined;
  method: string;
  path: string;
  query: Record<string, string[]>;
  headers: IncomingMessage['headers'];
  body: unknown;
  rawBody: string;
}

/** The spec's example for an operation's response (`status` as in the document, e.g. '200' or '5XX'). */
export function responseExample(operationId: string, status: string): Json {
  const { operation } = findOperation(operationId);
  const response = resolve(operation.responses[status]);
  return structuredClone(response.content['application/json'].examples.default.value);
}

/** The spec's example request body of an operation. */
export function requestExample(operationId: string): Json {
  return structuredClone(findOperation(operationId).operation.requestBody.content['application/json'].examples.default.value);
}

/** Ready-made failure steps; Retry-After values are validated by the server's own response check. */
export const failures = {
  rateLimited: (retryAfter?: number | Date, headers: Record<string, string> = {}): Step => ({
    status: 429,
    body: responseExample('getWorkflowRun', '429'),
    headers: { ...retryAfterHeader(retryAfter), ...headers },
  }),
  unavailable: (retryAfter?: number | Date, headers: Record<string, string> = {}): Step => ({
    status: 503,
    body: responseExample('getWorkflowRun', '5XX'),
    headers: { ...retryAfterHeader(retryAfter), ...headers },
  }),
  internalError: (): Step => ({ status: 500, body: { code: 'INTERNAL_ERROR', message: 'Something went wrong on our side.', requestId: 'req_500' } }),
  reset: (): Step => ({ reset: true }),
  slow: (delayMs: number): Step => ({ delayMs }),
  slowBody: (bodyDelayMs: number): Step => ({ bodyDelayMs }),
  emptyBody: (status: number): Step => ({ status, rawBody: '', breaksContract: true }),
  html: (status: number): Step => ({
    status,
    rawBody: `<html>\n<head><title>${status} Bad Gateway</title></head>\n<body><center><h1>${status} Bad Gateway</h1></center><hr><center>nginx</center></body>\n</html>\n`,
    headers: { 'content-type': 'text/html' },
    breaksContract: true,
  }),
  text: (status: number, text: string): Step => ({ status, rawBody: text, headers: { 'content-type': 'text/plain' }, breaksContract: true }),
};

function retryAfterHeader(value: number | Date | undefined): Record<string, string> {
  if (value === undefined) return {};
  return { 'retry-after': value instanceof Date ? value.toUTCString() : String(value) };
}

export interface ContractServer {
  url: string;
  /** Requests that broke the OpenAPI contract; every test should end with none. */
  violations: string[];
  /** Responses of this server that broke the contract (a bug in a test's script). */
  responseViolations: string[];
  requests: RecordedRequest[];
  runs: WorkflowRun[];
  /** Queue answers for an operation, used one per request in order. */
  script(operationId: string, ...steps: Step[]): void;
  /** Puts `count` runs, built from the spec's RUNNING example run, at the front of the list (newest first). */
  addRuns(count: number, overrides?: Partial<WorkflowRun>): WorkflowRun[];
  close(): Promise<void>;
}

export interface ContractServerOptions {
  credentials?: { apiKey: string; organizationId: string };
  /** Page size when the request gives no `limit`. Default 2. */
  pageSize?: number;
  /** Listen on this port (e.g. one a test reserved); default a free one. */
  port?: number;
}

const ajv = new Ajv2020({ strict: false, allErrors: true, allowUnionTypes: true });
addFormats(ajv, ['date-time']);
ajv.addSchema(openapi, 'openapi.json');
const compiled = new Map<string, ValidateFunction>();

/** A validator for a schema found inside openapi.json; `#/…` refs in it resolve against the document. */
function validatorFor(schema: Json): ValidateFunction {
  const key = JSON.stringify(schema);
  let validate = compiled.get(key);
  if (!validate) {
    validate = ajv.compile(rebase(schema));
    compiled.set(key, validate);
  }
  return validate;
}

function rebase(node: Json): Json {
  if (Array.isArray(node)) return node.map(rebase);
  if (typeof node !== 'object' || node === null) return node;
  return Object.fromEntries(Object.entries(node).map(([key, value]) => [key, key === '$ref' && typeof value === 'string' && value.startsWith('#/') ? `openapi.json${value}` : rebase(value)]));
}

function resolve(node: Json): Json {
  let current = node;
  while (current && typeof current.$ref === 'string') {
    current = current.$ref
      .slice(2)
      .split('/')
      .reduce((parent: Json, segment: string) => parent[segment.replaceAll('~1', '/').replaceAll('~0', '~')], openapi);
  }
  return current;
}

interface Route {
  template: string;
  pattern: RegExp;
  names: string[];
  methods: Record<string, Json>;
  parameters: Json[];
}

const ROUTES: Route[] = Object.entries(openapi.paths as Record<string, Json>).map(([template, item]) => {
  const names = [...template.matchAll(/\{([^}]+)\}/g)].map((match) => match[1] as string);
  const pattern = new RegExp(`^${template.replace(/\{[^}]+\}/g, '([^/]+)')}$`);
  const methods = Object.fromEntries(Object.entries(item).filter(([key]) => ['get', 'post', 'put', 'patch', 'delete'].includes(key)));
  return { template, pattern, names, methods, parameters: (item.parameters ?? []).map(resolve) };
});

function findOperation(operationId: string): { route: Route; method: string; operation: Json } {
  for (const route of ROUTES) {
    for (const [method, operation] of Object.entries(route.methods)) if (operation.operationId === operationId) return { route, method, operation };
  }
  throw new Error(`no operation ${operationId} in openapi.json`);
}

/** The example run of the spec, as a template for more runs. */
function exampleRuns(): WorkflowRun[] {
  const { context } = responseExample('getWorkflowRun', '200');
  return (responseExample('listWorkflowRuns', '200').runs as WorkflowRun[]).map((run) => ({ ...run, context }));
}

class BadRequest extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: { code: string; message: string; field?: string }[] = [],
  ) {
    super(message);
  }
}

/**
 * Starts the server on 127.0.0.1 (a free port unless `port` is given).
 *
 * @example
 *   const server = await startContractServer();
 *   const popp = createPoppClient({ ...TEST_CREDENTIALS, baseUrl: server.url });
 */
export async function startContractServer(options: ContractServerOptions = {}): Promise<ContractServer> {
  const credentials = options.credentials ?? TEST_CREDENTIALS;
  const pageSize = options.pageSize ?? 2;
  const violations: string[] = [];
  const responseViolations: string[] = [];
  const requests: RecordedRequest[] = [];
  const scripts = new Map<string, Step[]>();
  const timers = new Set<NodeJS.Timeout>();
  const runs: WorkflowRun[] = exampleRuns();
  const workflows = new Set<string>(['wf_abc123', ...runs.map((run) => run.workflowId as string)]);
  const versions = new Map<string, number>();
  const unknownExternalIds = new Set(['ats_99']);
  let runCounter = 0;

  const later = (ms: number, action: () => void) => {
    const timer = setTimeout(() => {
      timers.delete(timer);
      action();
    }, ms);
    timers.add(timer);
  };

  function send(res: ServerResponse, operation: Json | undefined, step: Step, bodyDelayMs?: number): void {
    const status = step.status ?? 200;
    const text = step.rawBody ?? (step.body === undefined ? '' : JSON.stringify(step.body));
    const headers: Record<string, string> = { ...(step.rawBody === undefined && step.body !== undefined ? { 'content-type': 'application/json' } : {}), ...step.headers };
    if (operation && !step.breaksContract) checkResponse(operation, status, headers, step.body, responseViolations);
    if (res.destroyed) return;
    res.writeHead(status, { ...headers, 'content-length': String(Buffer.byteLength(text)) });
    if (!bodyDelayMs) return void res.end(text);
    const bytes = Buffer.from(text);
    res.write(bytes.subarray(0, bytes.length >> 1));
    later(bodyDelayMs, () => res.destroyed || res.end(bytes.subarray(bytes.length >> 1)));
  }

  function handle(operationId: string, params: Record<string, string>, query: Record<string, string>, body: Json): Step {
    switch (operationId) {
      case 'getWorkflowRun': {
        const run = runs.find((candidate) => candidate.runId === params.runId);
        if (!run) return notFound(`Workflow run ${params.runId} was not found.`);
        return { status: 200, body: run };
      }
      case 'cancelWorkflowRun': {
        const run = runs.find((candidate) => candidate.runId === params.runId);
        if (!run) return notFound(`Workflow run ${params.runId} was not found.`);
        if (run.status !== 'RUNNING') return { status: 409, body: { code: 'WORKFLOW_RUN_ALREADY_ENDED', message: `Workflow run ${run.runId} has already ended (${run.status}).`, requestId: 'req_409' } };
        Object.assign(run, { status: 'CANCELLED', outcome: 'cancelled', completedAt: new Date().toISOString() });
        if (body?.reason !== undefined) run.cancellationReason = body.reason;
        return { status: 200, body: run };
      }
      case 'publishWorkflow': {
        if (!workflows.has(params.workflowId as string)) return notFound(`Workflow ${params.workflowId} was not found.`);
        const example = responseExample('publishWorkflow', '200');
        const versionNumber = (versions.get(params.workflowId as string) ?? example.versionNumber - 1) + 1;
        versions.set(params.workflowId as string, versionNumber);
        const workflowVersionId = versionNumber === example.versionNumber ? example.workflowVersionId : `wfv_${params.workflowId}_${versionNumber}`;
        return { status: 200, body: { ...example, workflowId: params.workflowId, workflowVersionId, versionNumber } };
      }
      case 'listWorkflowRuns': {
        if (!workflows.has(params.workflowId as string)) return notFound(`Workflow ${params.workflowId} was not found.`);
        const offset = query.nextToken === undefined ? 0 : decodeToken(query.nextToken);
        const limit = query.limit === undefined ? pageSize : Number(query.limit);
        const matching = runs.filter(
          (run) =>
            run.workflowId === params.workflowId &&
            (query.status === undefined || run.status === query.status) &&
            (query.candidateProfileId === undefined || run.candidateProfileId === query.candidateProfileId),
        );
        const page = matching.slice(offset, offset + limit).map(({ context: _context, ...run }) => run);
        const next = offset + limit < matching.length ? Buffer.from(JSON.stringify({ offset: offset + limit })).toString('base64url') : null;
        return { status: 200, body: { runs: page, nextToken: next } };
      }
      case 'startWorkflowRuns':
        if (!workflows.has(params.workflowId as string)) return notFound(`Workflow ${params.workflowId} was not found.`);
        return { status: 202, body: enrol(params.workflowId as string, body) };
      default:
        throw new Error(`no handler for ${operationId}`);
    }
  }

  /** Start-runs intake: duplicates, already-enrolled candidates (a RUNNING or COMPLETED run) and unknown external IDs. */
  function enrol(workflowId: string, body: Json): Json {
    const result = { errors: [] as Json[], alreadyEnrolled: [] as Json[], duplicatesInRequest: [] as Json[] };
    let enqueued = 0;
    let requested = 0;
    for (const source of ['candidateProfileIds', 'candidateProfileExternalIds', 'contacts'] as const) {
      const firstIndex = new Map<string, number>();
      (body[source] ?? []).forEach((item: Json, index: number) => {
        requested++;
        const entry = { source, index };
        const key = source === 'contacts' ? JSON.stringify(item) : (item as string);
        if (firstIndex.has(key)) return result.duplicatesInRequest.push({ entry, duplicateOf: { source, index: firstIndex.get(key) } });
        firstIndex.set(key, index);
        if (source === 'candidateProfileExternalIds' && unknownExternalIds.has(item)) {
          return result.errors.push({ entry, code: 'CANDIDATE_PROFILE_NOT_FOUND', message: `No candidate profile has the external ID ${item}.` });
        }
        const existing = source === 'candidateProfileIds' && runs.find((run) => run.workflowId === workflowId && run.candidateProfileId === item && ['RUNNING', 'COMPLETED'].includes(run.status));
        if (existing) return result.alreadyEnrolled.push({ entry, candidateProfileId: item, runId: existing.runId, runStatus: existing.status });
        enqueued++;
      });
    }
    const summary = { requested, enqueued, failed: result.errors.length, alreadyEnrolled: result.alreadyEnrolled.length, duplicatesInRequest: result.duplicatesInRequest.length };
    return { summary, ...result };
  }

  function decodeToken(token: string): number {
    try {
      const { offset } = JSON.parse(Buffer.from(token, 'base64url').toString('utf8'));
      if (Number.isInteger(offset) && offset >= 0) return offset;
    } catch {
      // fall through to the 400 below
    }
    throw new BadRequest(400, 'VALIDATION_FAILED', 'The nextToken is not one this server issued.', [{ code: 'INVALID_TOKEN', message: 'Unknown cursor.', field: 'nextToken' }]);
  }

  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const rawBody = Buffer.concat(chunks).toString('utf8');
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      const record: RecordedRequest = { operationId: undefined, method: req.method ?? '', path: url.pathname, query: {}, headers: req.headers, body: undefined, rawBody };
      for (const [name, value] of url.searchParams) (record.query[name] ??= []).push(value);
      requests.push(record);
      let operation: Json | undefined;
      try {
        const checked = checkRequest(req, url, rawBody, credentials, violations);
        operation = checked.operation;
        record.operationId = operation.operationId;
        record.body = checked.body;
        const step = scripts.get(operation.operationId)?.shift() ?? {};
        const answer = () => {
          if (step.reset) return req.socket.destroy();
          try {
            send(res, operation, step.status === undefined ? handle(operation.operationId, checked.params, checked.query, checked.body) : step, step.bodyDelayMs);
          } catch (error) {
            if (!(error instanceof BadRequest)) throw error;
            send(res, operation, { status: error.status, body: { code: error.code, message: error.message, details: error.details, requestId: 'req_test' } });
          }
        };
        if (step.delayMs) later(step.delayMs, answer);
        else answer();
      } catch (error) {
        if (!(error instanceof BadRequest)) throw error;
        const body = { code: error.code, message: error.message, ...(error.details.length ? { details: error.details } : {}), requestId: 'req_test' };
        send(res, operation, { status: error.status, body, breaksContract: operation === undefined });
      }
    });
  });
  await new Promise<void>((ready) => server.listen(options.port ?? 0, '127.0.0.1', ready));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    violations,
    responseViolations,
    requests,
    runs,
    script(operationId, ...steps) {
      findOperation(operationId);
      scripts.set(operationId, [...(scripts.get(operationId) ?? []), ...steps]);
    },
    addRuns(count, overrides = {}) {
      const template = runs.find((run) => run.status === 'RUNNING') ?? exampleRuns()[0];
      const added = Array.from({ length: count }, () => {
        runCounter++;
        return { ...structuredClone(template), runId: `run_${String(runCounter).padStart(4, '0')}`, candidateProfileId: `cp_${String(runCounter).padStart(4, '0')}`, ...overrides };
      });
      if (overrides.workflowId) workflows.add(overrides.workflowId as string);
      runs.unshift(...added);
      return added;
    },
    async close() {
      for (const timer of timers) clearTimeout(timer);
      server.closeAllConnections();
      await new Promise<void>((done) => server.close(() => done()));
    },
  };
}

/** A port that nothing listens on right now (a server bound and released it), for connection-refused tests. */
export async function reservePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((ready) => probe.listen(0, '127.0.0.1', ready));
  const { port } = probe.address() as AddressInfo;
  await new Promise<void>((done) => probe.close(() => done()));
  return port;
}

function notFound(message: string): Step {
  return { status: 404, body: { code: 'NOT_FOUND', message, requestId: 'req_404' } };
}

/** Checks one request against openapi.json; throws BadRequest (401/404/405/400) after recording a violation. */
function checkRequest(
  req: IncomingMessage,
  url: URL,
  rawBody: string,
  credentials: { apiKey: string; organizationId: string },
  violations: string[],
): { operation: Json; params: Record<string, string>; query: Record<string, string>; body: Json } {
  const where = `${req.method} ${url.pathname}${url.search}`;
  const violation = (status: number, code: string, message: string, field?: string): never => {
    violations.push(`${where}: ${message}`);
    throw new BadRequest(status, code, message, field === undefined ? [] : [{ code, message, field }]);
  };

  const route = ROUTES.find((candidate) => candidate.pattern.test(url.pathname));
  if (!route) violation(404, 'NOT_FOUND', `no path of the contract matches ${url.pathname}`);
  const operation = route!.methods[(req.method ?? '').toLowerCase()];
  if (!operation) violation(405, 'METHOD_NOT_ALLOWED', `${req.method} is not an operation of ${route!.template}`);

  // Security: every requirement object of the operation lists both headers.
  for (const requirement of operation.security ?? openapi.security) {
    for (const schemeName of Object.keys(requirement)) {
      const scheme = openapi.components.securitySchemes[schemeName];
      const value = req.headers[scheme.name.toLowerCase()];
      if (typeof value !== 'string' || value === '') violation(401, 'UNAUTHORIZED', `the ${scheme.name} header is missing`);
    }
  }
  if (req.headers['x-api-key'] !== credentials.apiKey || req.headers['x-organization-id'] !== credentials.organizationId) {
    throw new BadRequest(401, 'UNAUTHORIZED', 'The x-api-key header is missing, or the key is unknown, expired or revoked.');
  }

  const parameters = [...route!.parameters, ...(operation.parameters ?? []).map(resolve)];
  const match = route!.pattern.exec(url.pathname) as RegExpExecArray;
  const params: Record<string, string> = {};
  route!.names.forEach((name, index) => {
    params[name] = decodeURIComponent(match[index + 1] as string);
  });
  const query: Record<string, string> = {};
  for (const name of new Set(url.searchParams.keys())) {
    const definition = parameters.find((parameter) => parameter.in === 'query' && parameter.name === name);
    if (!definition) violation(400, 'VALIDATION_FAILED', `unknown query parameter ${name}`, name);
    const values = url.searchParams.getAll(name);
    if (values.length > 1) violation(400, 'VALIDATION_FAILED', `query parameter ${name} is repeated`, name);
    query[name] = values[0] as string;
  }
  for (const parameter of parameters) {
    const value = parameter.in === 'path' ? params[parameter.name] : parameter.in === 'query' ? query[parameter.name] : undefined;
    if (value === undefined) {
      if (parameter.required) violation(400, 'VALIDATION_FAILED', `${parameter.in} parameter ${parameter.name} is required`, parameter.name);
      continue;
    }
    const validate = validatorFor(parameter.schema);
    if (!validate(coerce(value, resolve(parameter.schema)))) {
      violation(400, 'VALIDATION_FAILED', `${parameter.in} parameter ${parameter.name}=${JSON.stringify(value)} ${ajv.errorsText(validate.errors)}`, parameter.name);
    }
  }

  let body: Json;
  const hasBody = rawBody.length > 0;
  if (!operation.requestBody) {
    if (hasBody) violation(400, 'VALIDATION_FAILED', `${operation.operationId} takes no request body, got ${rawBody.length} bytes`);
  } else if (!hasBody) {
    if (operation.requestBody.required) violation(400, 'VALIDATION_FAILED', `${operation.operationId} requires a JSON body`);
  } else {
    if (!/^application\/json(;|$)/.test(req.headers['content-type'] ?? '')) {
      violation(400, 'VALIDATION_FAILED', `the body must be sent as application/json (Content-Type: ${req.headers['content-type']})`);
    }
    try {
      body = JSON.parse(rawBody);
    } catch {
      violation(400, 'VALIDATION_FAILED', 'the body is not JSON');
    }
    const validate = validatorFor(operation.requestBody.content['application/json'].schema);
    if (!validate(body)) {
      const details = (validate.errors ?? []).map((error) => ({ code: error.keyword.toUpperCase(), message: error.message ?? 'is invalid', field: error.instancePath }));
      violations.push(`${where}: body ${ajv.errorsText(validate.errors)}`);
      throw new BadRequest(400, 'VALIDATION_FAILED', 'The request body failed validation.', details);
    }
  }
  return { operation, params, query, body };
}

/** Query and path values arrive as text; read them as the schema's type so a number stays a number. */
function coerce(value: string, schema: Json): Json {
  if (schema.type === 'integer' || schema.type === 'number') return /^-?\d+(\.\d+)?$/.test(value) ? Number(value) : value;
  if (schema.type === 'boolean') return value === 'true' ? true : value === 'false' ? false : value;
  return value;
}

/** Checks a response against the operation's documented statuses, body schema and headers. */
function checkResponse(operation: Json, status: number, headers: Record<string, string>, body: unknown, problems: string[]): void {
  const responses = operation.responses as Record<string, Json>;
  const key = String(status) in responses ? String(status) : `${String(status)[0]}XX` in responses ? `${String(status)[0]}XX` : 'default';
  const definition = resolve(responses[key]);
  if (!definition) {
    problems.push(`${operation.operationId}: status ${status} is not a documented response`);
    return;
  }
  const schema = definition.content?.['application/json']?.schema;
  if (schema) {
    const validate = validatorFor(schema);
    if (!validate(body)) problems.push(`${operation.operationId} ${status}: body ${ajv.errorsText(validate.errors)}`);
  }
  for (const [name, header] of Object.entries((definition.headers ?? {}) as Record<string, Json>)) {
    const value = Object.entries(headers).find(([candidate]) => candidate.toLowerCase() === name.toLowerCase())?.[1];
    if (value === undefined) continue;
    const validate = validatorFor(resolve(header).schema);
    if (!validate(value)) problems.push(`${operation.operationId} ${status}: header ${name}: ${JSON.stringify(value)} ${ajv.errorsText(validate.errors)}`);
  }
}
