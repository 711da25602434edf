// What the sandbox knows: workflows, candidate profiles, enrolments and runs. Runs are the REST view of the
// events emitted so far, folded in as they are emitted, so getRun and listRuns say what the webhooks said.
import type { components } from '../../generated/api.js';
import type { PoppWebhookEvent } from '../events.js';
import type { Random } from './random.js';
import type { CandidateBehaviour, Scenario, WorkflowScenario, WorkflowStatus } from './scenario.js';

export type WorkflowRun = components['schemas']['WorkflowRun'];
type RunStatus = components['schemas']['WorkflowRunStatus'];

export interface WorkflowState {
  readonly id: string;
  readonly scenario: WorkflowScenario;
  status: WorkflowStatus;
  versionNumber: number;
  workflowVersionId: string;
  externalId: string | null;
}

/** A run as the REST API shows it, plus what only the sandbox needs. */
export interface RunRecord {
  run: WorkflowRun;
  /** Order of creation: lists are newest first. */
  readonly order: number;
  /** Cancels the events of the run still to be emitted. */
  cancelPending: () => void;
}

/** A candidate's place on a workflow version: the run it has, started or still queued. */
export interface Enrolment {
  runId: string;
  status: 'RUNNING' | 'COMPLETED' | 'FAILED' | 'CANCELLED';
}

/**
 * The sandbox's memory.
 *
 * @example
 *   const state = createState(defaultScenario(), createRandom(1));
 *   const workflow = state.workflow('wf_abc123');
 */
export interface SandboxState {
  /** The workflow with this ID (made from the scenario's `*` entry on first use), or undefined. */
  workflow(workflowId: string): WorkflowState | undefined;
  /** The candidate profile for any of its keys (`ext:<externalId>`, `email:<address>`, `phone:<number>`), made when `create` is true. */
  profile(keys: readonly string[], create: boolean): { candidateProfileId: string; isNew: boolean } | undefined;
  /** The behaviour of a candidate on a workflow: the first of `keys` the scenario names, else the workflow's `run`. */
  behaviour(workflow: WorkflowState, keys: readonly (string | null | undefined)[]): CandidateBehaviour;
  enrolment(workflow: WorkflowState, candidateProfileId: string): Enrolment | undefined;
  enrol(workflow: WorkflowState, candidateProfileId: string, runId: string): Enrolment;
  addRun(run: WorkflowRun, cancelPending?: () => void): RunRecord;
  run(runId: string): RunRecord | undefined;
  /** Every run, newest first. */
  runs(): WorkflowRun[];
  /** Folds an emitted event into the runs. */
  apply(event: PoppWebhookEvent): void;
  readonly random: Random;
}

/**
 * The sandbox's memory for a scenario, with `initialRuns` (newest first) already there.
 *
 * @example
 *   const state = createState(defaultScenario(), createRandom(1), restExamples.listWorkflowRuns.responses['200'].runs);
 */
export function createState(scenario: Scenario, random: Random, initialRuns: readonly WorkflowRun[] = []): SandboxState {
  const workflows = new Map<string, WorkflowState>();
  const profiles = new Map<string, string>();
  const enrolments = new Map<string, Enrolment>();
  const runs = new Map<string, RunRecord>();
  let order = 0;

  const workflowOf = (workflowId: string): WorkflowState | undefined => {
    const known = workflows.get(workflowId);
    if (known !== undefined) return known;
    const definition = Object.hasOwn(scenario.workflows, workflowId) ? scenario.workflows[workflowId] : scenario.workflows['*'];
    if (definition === undefined || workflowId === '*') return undefined;
    const versionNumber = definition.versionNumber ?? 1;
    const created: WorkflowState = {
      id: workflowId,
      scenario: definition,
      status: definition.status ?? 'PUBLISHED',
      versionNumber,
      workflowVersionId: definition.workflowVersionId ?? versionId(workflowId, versionNumber),
      externalId: definition.externalId ?? null,
    };
    workflows.set(workflowId, created);
    return created;
  };
  const enrolmentKey = (workflow: WorkflowState, candidateProfileId: string) => `${workflow.id}\u0000${workflow.workflowVersionId}\u0000${candidateProfileId}`;

  const state: SandboxState = {
    random,
    workflow: workflowOf,
    profile(keys, create) {
      for (const key of keys) {
        const known = profiles.get(key);
        if (known !== undefined) {
          for (const other of keys) if (!profiles.has(other)) profiles.set(other, known);
          return { candidateProfileId: known, isNew: false };
        }
      }
      if (!create) return undefined;
      const candidateProfileId = `cp_${random.hex(12)}`;
      for (const key of keys) profiles.set(key, candidateProfileId);
      return { candidateProfileId, isNew: true };
    },
    behaviour(workflow, keys) {
      const candidates = workflow.scenario.candidates ?? {};
      for (const key of keys) if (typeof key === 'string' && Object.hasOwn(candidates, key)) return candidates[key] as CandidateBehaviour;
      return workflow.scenario.run;
    },
    enrolment: (workflow, candidateProfileId) => enrolments.get(enrolmentKey(workflow, candidateProfileId)),
    enrol(workflow, candidateProfileId, runId) {
      const enrolment: Enrolment = { runId, status: 'RUNNING' };
      enrolments.set(enrolmentKey(workflow, candidateProfileId), enrolment);
      return enrolment;
    },
    addRun(run, cancelPending = () => undefined) {
      const record: RunRecord = { run, order: order++, cancelPending };
      runs.set(run.runId, record);
      return record;
    },
    run: (runId) => runs.get(runId),
    runs: () => [...runs.values()].sort((a, b) => b.order - a.order).map((record) => record.run),
    apply(event) {
      switch (event.event) {
        case 'WORKFLOW_RUN_STARTED': {
          const record = runs.get(event.data.recordId);
          if (record !== undefined) record.run.startedAt = event.data.timestamp ?? event.eventTimestamp;
          break;
        }
        case 'WORKFLOW_NODE_COMPLETED': {
          const record = runs.get(event.data.recordId);
          const { nodeId, nodeType, enteredAt, completedAt, routingEvent, outcome } = event.data;
          if (record?.run.status === 'RUNNING') {
            record.run.nodes.push(structuredClone({ nodeId, nodeType, enteredAt, completedAt, routingEvent, outcome }));
            record.run.finalNodeId = nodeId;
          }
          break;
        }
        case 'WORKFLOW_RUN_COMPLETED':
        case 'WORKFLOW_RUN_FAILED':
        case 'WORKFLOW_RUN_CANCELLED': {
          const record = runs.get(event.data.recordId);
          if (record === undefined) break;
          const data = event.data;
          const status: RunStatus = event.event === 'WORKFLOW_RUN_COMPLETED' ? 'COMPLETED' : event.event === 'WORKFLOW_RUN_FAILED' ? 'FAILED' : 'CANCELLED';
          Object.assign(record.run, {
            status,
            outcome: data.outcome,
            startedAt: data.startedAt,
            completedAt: data.completedAt,
            finalNodeId: data.finalNodeId ?? null,
            truncated: data.truncated,
            nodes: structuredClone(data.nodes),
          });
          if (event.event === 'WORKFLOW_RUN_FAILED') {
            record.run.errorCode = event.data.errorCode;
            if (event.data.errorClass != null) record.run.errorClass = event.data.errorClass;
            record.run.lastFailedNodeId = event.data.lastFailedNodeId ?? null;
          }
          if (event.event === 'WORKFLOW_RUN_CANCELLED' && event.data.cancellationReason != null) record.run.cancellationReason = event.data.cancellationReason;
          for (const enrolment of enrolments.values()) if (enrolment.runId === record.run.runId) enrolment.status = status as Enrolment['status'];
          break;
        }
        default:
          break;
      }
    },
  };

  // Given newest first (as listRuns returns them): created oldest first.
  for (const run of [...initialRuns].reverse()) {
    const workflow = workflowOf(run.workflowId);
    state.addRun(structuredClone(run));
    if (run.candidateProfileExternalId != null) profiles.set(`ext:${run.candidateProfileExternalId}`, run.candidateProfileId);
    if (workflow !== undefined && (run.status === 'RUNNING' || run.status === 'COMPLETED')) {
      enrolments.set(`${workflow.id}\u0000${run.workflowVersionId}\u0000${run.candidateProfileId}`, { runId: run.runId, status: run.status });
    }
  }
  return state;
}

/**
 * Our workflow version IDs: `wfv_` and the workflow ID (without its `wf_`), then the number.
 *
 * @example
 *   versionId('wf_abc123', 5); // 'wfv_abc123_v5'
 */
export function versionId(workflowId: string, versionNumber: number): string {
  return `wfv_${workflowId.replace(/^wf_/, '')}_v${versionNumber}`;
}
