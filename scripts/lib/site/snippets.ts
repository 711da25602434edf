// Code samples for each operation: curl, and the typed client (popp-workflow-contract/client).
import type { OperationInfo } from '../contract.js';
import type { Json } from '../json.js';

const SAMPLE_IDS: Record<string, string> = { workflowId: 'wf_abc123', runId: 'run_xyz789' };

function sampleId(name: string): string {
  const id = SAMPLE_IDS[name];
  if (!id) throw new Error(`no sample value for path parameter ${name}: add one to SAMPLE_IDS in scripts/lib/site/snippets.ts`);
  return id;
}

function samplePath(operation: OperationInfo): string {
  return operation.path.replace(/\{(\w+)\}/g, (_match, name: string) => sampleId(name));
}

// Sample values for the query parameters the snippets show (others are left out to keep them short).
const QUERY_SAMPLES: Record<string, Json> = { status: 'FAILED', limit: 50 };

function sampleQuery(operation: OperationInfo): Record<string, Json> {
  const names = new Set(operation.parameters.filter((parameter) => parameter.in === 'query').map((parameter) => parameter.name));
  return Object.fromEntries(Object.entries(QUERY_SAMPLES).filter(([name]) => names.has(name)));
}

/**
 * A JSON value as TypeScript source: identifier keys unquoted, single-quoted strings; small flat objects on
 * one line (`{ status: 'FAILED', limit: 50 }`), anything else indented.
 */
export function tsLiteral(value: Json, indent = ''): string {
  if (typeof value === 'string') return `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    const items = value.map((item) => tsLiteral(item, inner));
    return items.every((item) => !item.includes('\n')) && items.join(', ').length < 60 ? `[${items.join(', ')}]` : `[\n${items.map((item) => `${inner}${item},`).join('\n')}\n${indent}]`;
  }
  const entries = Object.entries(value).map(([key, item]) => `${/^[A-Za-z_$][\w$]*$/.test(key) ? key : `'${key}'`}: ${tsLiteral(item, inner)}`);
  if (entries.length === 0) return '{}';
  const flat = `{ ${entries.join(', ')} }`;
  return !flat.includes('\n') && flat.length < 60 ? flat : `{\n${entries.map((entry) => `${inner}${entry},`).join('\n')}\n${indent}}`;
}

export function curlSnippet(baseUrl: string, operation: OperationInfo): string {
  const query = operation.method === 'GET' ? new URLSearchParams(Object.entries(sampleQuery(operation)).map(([key, value]) => [key, String(value)])).toString() : '';
  const lines = [`curl -X ${operation.method} "${baseUrl}${samplePath(operation)}${query ? `?${query}` : ''}"`, '  -H "x-api-key: $POPP_API_KEY"', '  -H "x-organization-id: $POPP_ORGANIZATION_ID"'];
  const body = operation.requestExamples[0]?.value;
  // Single-quoted for the shell: a quote inside the JSON closes the string, so it is written as '\''.
  if (body !== undefined) lines.push('  -H "Content-Type: application/json"', `  -d '${JSON.stringify(body, null, 2).replace(/'/g, "'\\''").replace(/\n/g, '\n     ')}'`);
  return lines.join(' \\\n');
}

const CLIENT_SETUP = `import { createPoppClient, PoppApiError } from 'popp-workflow-contract/client';

const popp = createPoppClient({
  apiKey: process.env.POPP_API_KEY!,
  organizationId: process.env.POPP_ORGANIZATION_ID!,
});
`;

/** The typed-client call for each operation; a new operation without one fails the build. */
const CLIENT_CALLS: Record<string, (operation: OperationInfo) => string> = {
  publishWorkflow: () => `const version = await popp.publishWorkflow('${sampleId('workflowId')}');
console.log(version.versionNumber);`,
  startWorkflowRuns: (operation) => `const result = await popp.startRuns('${sampleId('workflowId')}', ${tsLiteral(operation.requestExamples[0]?.value ?? {})});
console.log(result.summary);`,
  getWorkflowRun: () => `const run = await popp.getRun('${sampleId('runId')}');
console.log(run.status, run.outcome);`,
  cancelWorkflowRun: (operation) => `const run = await popp.cancelRun('${sampleId('runId')}', ${tsLiteral(operation.requestExamples[0]?.value ?? {})});
console.log(run.status); // 'CANCELLED'`,
  listWorkflowRuns: (operation) => `// One page:
const page = await popp.listRuns('${sampleId('workflowId')}', ${tsLiteral(sampleQuery(operation))});
console.log(page.runs.length, page.nextToken);

// Every run, following nextToken:
for await (const run of popp.iterateRuns('${sampleId('workflowId')}', { status: 'FAILED' })) {
  console.log(run.runId, run.errorCode);
}`,
};

export function clientSnippet(operation: OperationInfo): string {
  const call = CLIENT_CALLS[operation.operationId];
  if (!call) throw new Error(`no typed-client snippet for operation ${operation.operationId}: add one to CLIENT_CALLS in scripts/lib/site/snippets.ts`);
  const body = call(operation).replace(/\n/g, '\n  ');
  return `${CLIENT_SETUP}
try {
  ${body}
} catch (error) {
  // Non-2xx answers throw PoppApiError with the status, Popp's error code and details.
  if (error instanceof PoppApiError) console.error(error.status, error.code, error.details);
  else throw error;
}`;
}
