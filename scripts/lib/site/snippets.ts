// The typed-client (popp-workflow-contract/client) code sample of each operation; curl is in ../snippets.ts.
import type { OperationInfo } from '../contract.js';
import type { Json } from '../json.js';
import { sampleId, sampleQuery } from '../snippets.js';

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
