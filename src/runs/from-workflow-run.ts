// fromWorkflowRun: the REST run resource read as the tracker's RunState, for reconciling by polling.
import type { components } from '../../generated/api.js';
import type { NodeOutcome } from '../events.js';
import { durationMs } from './instant.js';
import type { RunState, RunStatus } from './reduce-run.js';

type WorkflowRun = components['schemas']['WorkflowRun'];

const STATUS_OF: Readonly<Record<string, RunStatus>> = { RUNNING: 'running', COMPLETED: 'completed', FAILED: 'failed', CANCELLED: 'cancelled' };

/**
 * A run as the REST API returns it (`getRun`, `listRuns`, `cancelRun`), as a RunState: what polling tells you
 * about a run whose webhooks you missed. The REST run names no organization (pass the one you called the API
 * for) and no events: `eventIds` is empty, `terminalEventId` and `contact` are null, `lastEventAt` is the
 * run's completedAt (or startedAt). An ended run's nodes are its canonical record (`nodesSource: 'terminal'`).
 * The state can be stored, and later events folded onto it with reduceRun; a terminal event then replaces
 * what polling said. A status this contract does not know throws (compare it yourself in that case).
 *
 * @example
 *   const run = await popp.getRun(runId);
 *   const polled = fromWorkflowRun(run, organizationId);
 *   if (tracker.get(runId)?.status !== polled.status) await saveRun(polled); // a webhook was missed
 */
export function fromWorkflowRun(run: WorkflowRun, organizationId: string): RunState {
  const status = STATUS_OF[run.status];
  if (status === undefined) throw new TypeError(`fromWorkflowRun: run ${run.runId} has status ${JSON.stringify(run.status)}, which this contract does not know.`);
  const ended = status !== 'running';
  const nodes: readonly NodeOutcome[] = run.nodes ?? [];
  const completedAt = run.completedAt ?? null;
  return {
    runId: run.runId,
    organizationId,
    status,
    outcome: run.outcome ?? null,
    errorCode: run.errorCode ?? null,
    errorClass: run.errorClass ?? null,
    lastFailedNodeId: run.lastFailedNodeId ?? null,
    finalNodeId: run.finalNodeId ?? null,
    cancellationReason: run.cancellationReason ?? null,
    workflowId: run.workflowId ?? null,
    workflowVersionId: run.workflowVersionId ?? null,
    workflowExternalId: run.workflowExternalId ?? null,
    candidateProfileId: run.candidateProfileId ?? null,
    candidateProfileExternalId: run.candidateProfileExternalId ?? null,
    startedAt: run.startedAt ?? null,
    completedAt,
    durationMs: ended && run.startedAt !== undefined && completedAt !== null ? durationMs(run.startedAt, completedAt) : null,
    nodes,
    nodeEventIds: [],
    nodesSource: ended ? 'terminal' : nodes.length > 0 ? 'node-events' : 'none',
    truncated: run.truncated ?? false,
    terminalEventId: null,
    contact: null,
    skippedContacts: [],
    eventIds: [],
    lastEventAt: completedAt ?? run.startedAt ?? '',
  };
}
