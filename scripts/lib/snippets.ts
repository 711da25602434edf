// Sample values and the curl sample of each operation, shared by the Markdown reference and the docs site.
import type { OperationInfo } from './contract.js';
import type { Json } from './json.js';

const SAMPLE_IDS: Record<string, string> = { workflowId: 'wf_abc123', runId: 'run_xyz789' };

/**
 * The sample value shown for a path parameter; an unknown one fails the build rather than showing a guess.
 * @example sampleId('runId') // 'run_xyz789'
 */
export function sampleId(name: string): string {
  const id = SAMPLE_IDS[name];
  if (!id) throw new Error(`no sample value for path parameter ${name}: add one to SAMPLE_IDS in scripts/lib/snippets.ts`);
  return id;
}

function samplePath(operation: OperationInfo): string {
  return operation.path.replace(/\{(\w+)\}/g, (_match, name: string) => sampleId(name));
}

// Sample values for the query parameters the snippets show (others are left out to keep them short).
const QUERY_SAMPLES: Record<string, Json> = { status: 'FAILED', limit: 50 };

/**
 * The sample query parameters shown for an operation: those of QUERY_SAMPLES it accepts.
 * @example sampleQuery(listWorkflowRuns) // { status: 'FAILED', limit: 50 }
 */
export function sampleQuery(operation: OperationInfo): Record<string, Json> {
  const names = new Set(operation.parameters.filter((parameter) => parameter.in === 'query').map((parameter) => parameter.name));
  return Object.fromEntries(Object.entries(QUERY_SAMPLES).filter(([name]) => names.has(name)));
}

/**
 * A curl command calling `operation` with sample IDs, sample query and its first request example, quoted
 * for a POSIX shell.
 * @example curlSnippet('https://api.joinpopp.com', getWorkflowRun) // 'curl -X GET "https://api.joinpopp.com/v1/workflow-runs/run_xyz789" \\\n  -H ...'
 */
export function curlSnippet(baseUrl: string, operation: OperationInfo): string {
  const query = operation.method === 'GET' ? new URLSearchParams(Object.entries(sampleQuery(operation)).map(([key, value]) => [key, String(value)])).toString() : '';
  const lines = [`curl -X ${operation.method} "${baseUrl}${samplePath(operation)}${query ? `?${query}` : ''}"`, '  -H "x-api-key: $POPP_API_KEY"', '  -H "x-organization-id: $POPP_ORGANIZATION_ID"'];
  const body = operation.requestExamples[0]?.value;
  // Single-quoted for the shell: a quote inside the JSON closes the string, so it is written as '\''.
  if (body !== undefined) lines.push('  -H "Content-Type: application/json"', `  -d '${JSON.stringify(body, null, 2).replace(/'/g, "'\\''").replace(/\n/g, '\n     ')}'`);
  return lines.join(' \\\n');
}
