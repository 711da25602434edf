// Starts a run for one candidate, follows it by polling until it ends, then prints its nodes. Against the local
// sandbox by default (npm run sandbox); set POPP_BASE_URL, POPP_API_KEY and POPP_ORGANIZATION_ID for Popp.
import { createPoppClient, PoppApiError } from 'popp-workflow-contract/client';
import { fromWorkflowRun } from 'popp-workflow-contract/runs';

const workflowId = process.argv[2] ?? 'wf_abc123';
const candidateProfileId = process.argv[3] ?? `cp_example_${Date.now()}`;
const popp = createPoppClient({
  baseUrl: process.env.POPP_BASE_URL ?? 'http://127.0.0.1:4010',
  apiKey: process.env.POPP_API_KEY ?? 'sk_sandbox_example',
  organizationId: process.env.POPP_ORGANIZATION_ID ?? 'org_123456',
  onDrift: (report) => console.warn('Popp answered with something this contract does not know yet:', report),
});

try {
  const { summary, errors } = await popp.startRuns(workflowId, { candidateProfileIds: [candidateProfileId] });
  if (summary.enqueued !== 1) throw new Error(`the run was not started: ${JSON.stringify(errors)}`);

  // startRuns answers before the run exists; the run shows up in listRuns, filtered by the candidate.
  // The docs' example run takes about 15 minutes in real time; give up (and say so) after an hour.
  const deadline = Date.now() + 60 * 60 * 1000;
  let run;
  while (run === undefined || run.status === 'RUNNING') {
    if (Date.now() > deadline) throw new Error(`the run of ${candidateProfileId} did not end within an hour; it is ${run?.status ?? 'not listed yet'}`);
    await new Promise((resolve) => setTimeout(resolve, 500));
    const page = await popp.listRuns(workflowId, { candidateProfileId, limit: 1 });
    if (page.runs[0] !== undefined) run = await popp.getRun(page.runs[0].runId);
  }

  // The same shape the webhook run tracker keeps, for code that handles both.
  const state = fromWorkflowRun(run, process.env.POPP_ORGANIZATION_ID ?? 'org_123456');
  console.log(JSON.stringify({ runId: state.runId, status: state.status, nodes: state.nodes.map((node) => node.nodeId) }));
} catch (error) {
  // PoppApiError carries Popp's status and error code; its message never includes the API key.
  console.error(error instanceof PoppApiError ? `${error.status} ${error.code}: ${error.message}` : error);
  process.exitCode = 1;
}
