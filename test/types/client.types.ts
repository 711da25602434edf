// Type-level tests of the REST client: checked by `npm run typecheck` (part of `npm test`), never executed.
// Each @ts-expect-error must fail to compile; if the types loosen, tsc reports the unused directive.
import {
  type PoppClient,
  type PublishedWorkflowVersion,
  type StartWorkflowRunsResponse,
  type WorkflowRun,
  type WorkflowRunPage,
  createPoppClient,
  type Deviation,
  driftOf,
  PoppApiError,
} from '../../src/client/index.js';

type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
const assertType = <T extends true>(_proof?: T) => undefined;

declare const popp: PoppClient;

export async function rawMethodsAreTypedByThePaths(): Promise<void> {
  // @ts-expect-error an unknown path
  await popp.GET('/v1/workflow-run/{runId}', { params: { path: { runId: 'run_1' } } });
  // @ts-expect-error a missing runId
  await popp.GET('/v1/workflow-runs/{runId}', { params: { path: {} } });
  // @ts-expect-error no params at all where runId is required
  await popp.GET('/v1/workflow-runs/{runId}');
  // @ts-expect-error GET on a POST-only path
  await popp.GET('/v1/workflows/{workflowId}/publish', { params: { path: { workflowId: 'wf_1' } } });
  await popp.POST('/v1/workflows/{workflowId}/runs', {
    params: { path: { workflowId: 'wf_1' } },
    // @ts-expect-error a wrong body field
    body: { candidateProfileId: ['cp_1'] },
  });
  await popp.GET('/v1/workflows/{workflowId}/runs', {
    // @ts-expect-error a wrong query value (status is an enum)
    params: { path: { workflowId: 'wf_1' }, query: { status: 'DONE' } },
  });
  await popp.GET('/v1/workflows/{workflowId}/runs', {
    // @ts-expect-error limit is a number, not a string
    params: { path: { workflowId: 'wf_1' }, query: { limit: '50' } },
  });

  const { data, error } = await popp.GET('/v1/workflow-runs/{runId}', { params: { path: { runId: 'run_1' } }, timeoutMs: 500 });
  if (data) assertType<Equal<typeof data, WorkflowRun>>();
  if (error) assertType<Equal<typeof error.code, string>>();
}

export async function namedHelpersReturnTheContractTypes(): Promise<void> {
  const started = await popp.startRuns('wf_1', { candidateProfileIds: ['cp_1'] });
  assertType<Equal<typeof started, StartWorkflowRunsResponse>>();
  const count: number = started.summary.enqueued + started.errors.length + started.alreadyEnrolled.length + started.duplicatesInRequest.length;

  const cancelled = await popp.cancelRun('run_1', { reason: 'withdrew' });
  assertType<Equal<typeof cancelled, WorkflowRun>>();
  await popp.cancelRun('run_1');
  await popp.cancelRun('run_1', { closeActiveConversations: true }, { signal: AbortSignal.timeout(1000), timeoutMs: 500 });

  const version = await popp.publishWorkflow('wf_1');
  assertType<Equal<typeof version, PublishedWorkflowVersion>>();
  const run = await popp.getRun('run_1');
  assertType<Equal<typeof run, WorkflowRun>>();
  const page = await popp.listRuns('wf_1', { status: 'FAILED', limit: 50 });
  assertType<Equal<typeof page, WorkflowRunPage>>();
  assertType<Equal<typeof page.nextToken, string | null>>();
  for await (const each of popp.iterateRuns('wf_1', { candidateProfileId: 'cp_1' })) assertType<Equal<typeof each, WorkflowRun>>();
  void count;
}

export async function helperInputsAreChecked(): Promise<void> {
  // @ts-expect-error a missing runId
  await popp.getRun();
  // @ts-expect-error a wrong body field
  await popp.startRuns('wf_1', { candidateProfileIds: ['cp_1'], contact: [] });
  // @ts-expect-error a contact field that does not exist
  await popp.startRuns('wf_1', { contacts: [{ email: 'a@example.com', phone: '+447700900000' }] });
  // @ts-expect-error a contact with neither email nor phoneNumber
  await popp.startRuns('wf_1', { contacts: [{ firstName: 'Jane' }] });
  // @ts-expect-error a wrong cancel option name
  await popp.cancelRun('run_1', { closeActiveConversation: true });
  // @ts-expect-error a wrong query value
  await popp.listRuns('wf_1', { status: 'DONE' });
  // @ts-expect-error an unknown call option
  await popp.getRun('run_1', { timeout: 5 });
}

export function errorsAreTyped(error: unknown): string | null {
  if (error instanceof PoppApiError) {
    const status: number = error.status;
    const detailCodes: string[] = error.details.map((detail) => detail.code);
    return `${status} ${detailCodes.join()} ${error.code ?? ''}`;
  }
  return null;
}

export function optionsAreTyped(): void {
  // @ts-expect-error organizationId is required
  createPoppClient({ apiKey: 'k' });
  // @ts-expect-error an unknown option
  createPoppClient({ apiKey: 'k', organizationId: 'o', timeout: 5 });
  createPoppClient({ apiKey: 'k', organizationId: 'o', retry: false, timeoutMs: 1000, userAgent: 'x/1' });
  createPoppClient({ apiKey: 'k', organizationId: 'o', onDrift: ({ operation, method, path, deviations }) => console.warn(operation, method, path, deviations[0]?.kind) });
  // @ts-expect-error onDrift is a function
  createPoppClient({ apiKey: 'k', organizationId: 'o', onDrift: 'warn' });
}

export async function driftIsReadFromWhatAHelperReturned(): Promise<void> {
  const run = await popp.getRun('run_1');
  const drift = driftOf(run);
  assertType<Equal<typeof drift, readonly Deviation[]>>();
  // @ts-expect-error the list is read-only
  drift.push({ path: '/status', kind: 'unknown-enum-value' });
  // @ts-expect-error a kind that does not exist
  const kind: Deviation['kind'] = 'new-field';
  void kind;
}
