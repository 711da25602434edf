// What the three writing operations do: startRuns takes entries in and plays each run on the clock (contact
// resolution, start, one node event per node, the terminal event), cancelRun ends a run, publishWorkflow makes a
// new live version. Events are built with the testing helpers, so a sandbox run and buildRun agree.
import { MAX_TOTAL_ENTRIES } from '../../generated/constants.js';
import type { components } from '../../generated/api.js';
import { examples } from '../../generated/examples.js';
import type { NodeOutcomeDetail, PoppWebhookEvent, WorkflowContactResolutionFailedEvent, WorkflowContactResolutionSkippedEvent, WorkflowPublishedEvent } from '../events.js';
import { contactResolvedEvent, nodeCompletedEvent, nodesOf, runStartedEvent, terminalEvent, type RunEnd, type RunIdentity, type RunStep } from '../testing/build-run.js';
import type { Scheduler } from './clock.js';
import { ApiError } from './errors.js';
import type { CandidateBehaviour, ScenarioStep } from './scenario.js';
import type { SandboxState, WorkflowRun, WorkflowState } from './state.js';
import { versionId } from './state.js';

type Schemas = components['schemas'];
type StartRunsRequest = Schemas['StartWorkflowRunsRequest'];
type InlineContact = Schemas['InlineContact'];
type EntrySource = Schemas['EnrolmentEntrySource'];

// Who publishes in the sandbox: the docs' example user (the API names none).
const PUBLISHED_BY = examples.WORKFLOW_PUBLISHED[0].data.publishedByUserId;

/** Our timings of intake (inferred: the docs say runs start after the call returns, not how long after). */
export const INTAKE_TIMING = Object.freeze({
  /** From the startRuns call to a contact's resolution webhook. */
  resolveAfterMs: 2_000,
  /** From the startRuns call to WORKFLOW_RUN_STARTED. */
  startAfterMs: 5_000,
});

export interface Simulation {
  startRuns(workflowId: string, body: StartRunsRequest): Schemas['StartWorkflowRunsResponse'];
  cancelRun(runId: string, body: Schemas['CancelWorkflowRunRequest'] | undefined): WorkflowRun;
  publishWorkflow(workflowId: string): Schemas['PublishedWorkflowVersion'];
}

/**
 * The operations over the sandbox's state, emitting every event through `emit` at its time on `scheduler`.
 *
 * @example
 *   const simulation = createSimulation({ state, scheduler, organizationId: 'org_1', emit: (event) => deliveries.enqueue(event) });
 */
export function createSimulation(context: { state: SandboxState; scheduler: Scheduler; organizationId: string; emit: (event: PoppWebhookEvent) => void }): Simulation {
  const { state, scheduler, organizationId, emit } = context;
  const { random } = state;
  const eventId = () => `evt_${random.hex(20)}`;
  const iso = (ms: number) => new Date(ms).toISOString();

  const workflowOrThrow = (workflowId: string): WorkflowState => {
    const workflow = state.workflow(workflowId);
    if (workflow === undefined) throw new ApiError(404, 'NOT_FOUND', `Workflow ${workflowId} was not found.`);
    return workflow;
  };

  /** Plays one run: from `startAt`, its steps as the candidate's behaviour says. */
  const scheduleRun = (workflow: WorkflowState, identity: RunIdentity, behaviour: CandidateBehaviour, startAt: number, runContext: Record<string, unknown>): void => {
    const steps = toRunSteps(workflow, behaviour, () => `conv_${random.hex(12)}`);
    const nodes = nodesOf(steps, startAt);
    const end: Exclude<RunEnd, { outcome: 'running' }> = endOf(behaviour);
    const cancels: (() => void)[] = [];
    const later = (at: number, action: () => void) => cancels.push(scheduler.at(at, action));
    const startedAt = iso(startAt);
    later(startAt, () => {
      const run: WorkflowRun = {
        runId: identity.runId,
        workflowId: identity.workflowId,
        workflowVersionId: identity.workflowVersionId,
        workflowExternalId: identity.workflowExternalId,
        candidateProfileId: identity.candidateProfileId,
        candidateProfileExternalId: identity.candidateProfileExternalId,
        status: 'RUNNING',
        outcome: null,
        startedAt,
        completedAt: null,
        truncated: false,
        nodes: [],
        context: JSON.stringify(runContext),
      };
      state.addRun(run, () => cancels.forEach((cancel) => cancel()));
      emit(runStartedEvent(identity, startedAt, eventId()));
    });
    for (const node of nodes) later(Date.parse(node.completedAt), () => emit(nodeCompletedEvent(identity, node, eventId())));
    const completedAt = nodes.at(-1)?.completedAt ?? startedAt;
    later(Date.parse(completedAt), () => emit(terminalEvent(identity, { startedAt, completedAt, nodes, end }, eventId())));
  };

  return {
    startRuns(workflowId, body) {
      const workflow = workflowOrThrow(workflowId);
      if (workflow.status === 'ARCHIVED') throw new ApiError(409, 'WORKFLOW_ARCHIVED', `Workflow ${workflowId} is ARCHIVED and does not accept new runs.`);
      if (workflow.status !== 'PUBLISHED') throw new ApiError(409, 'WORKFLOW_NOT_PUBLISHED', `Workflow ${workflowId} is ${workflow.status} and does not accept new runs.`);
      const total = (body.candidateProfileIds?.length ?? 0) + (body.candidateProfileExternalIds?.length ?? 0) + (body.contacts?.length ?? 0);
      if (total > MAX_TOTAL_ENTRIES) {
        throw new ApiError(400, 'VALIDATION_FAILED', 'The request body failed validation.', [{ code: 'TOO_MANY_ENTRIES', message: `At most ${MAX_TOTAL_ENTRIES} entries in all lists together; got ${total}.`, field: '' }]);
      }
      const now = scheduler.now();
      const result = { errors: [] as Schemas['EnrolmentError'][], alreadyEnrolled: [] as Schemas['AlreadyEnrolledEntry'][], duplicatesInRequest: [] as Schemas['DuplicateEntry'][] };
      let enqueued = 0;
      const unknownExternalIds = new Set(workflow.scenario.unknownExternalIds ?? []);
      const identityFor = (candidateProfileId: string, candidateProfileExternalId: string | null, runId: string): RunIdentity => ({
        runId,
        organizationId,
        workflowId: workflow.id,
        workflowVersionId: workflow.workflowVersionId,
        workflowExternalId: workflow.externalId,
        candidateProfileId,
        candidateProfileExternalId,
      });
      const enqueueProfile = (source: EntrySource, index: number, candidateProfileId: string, externalId: string | null): void => {
        const existing = state.enrolment(workflow, candidateProfileId);
        if (existing !== undefined && (existing.status === 'RUNNING' || existing.status === 'COMPLETED')) {
          result.alreadyEnrolled.push({ entry: { source, index }, candidateProfileId, runId: existing.runId, runStatus: existing.status });
          return;
        }
        enqueued++;
        const runId = `run_${random.hex(12)}`;
        state.enrol(workflow, candidateProfileId, runId);
        const behaviour = state.behaviour(workflow, [candidateProfileId, externalId]);
        scheduleRun(workflow, identityFor(candidateProfileId, externalId, runId), behaviour, now + INTAKE_TIMING.startAfterMs, { candidate: { candidateProfileId, externalId } });
      };

      for (const source of ['candidateProfileIds', 'candidateProfileExternalIds', 'contacts'] as const) {
        const first = new Map<string, number>();
        (body[source] ?? []).forEach((item: string | InlineContact, index: number) => {
          const key = typeof item === 'string' ? item : JSON.stringify(item);
          const duplicateOf = first.get(key);
          if (duplicateOf !== undefined) {
            result.duplicatesInRequest.push({ entry: { source, index }, duplicateOf: { source, index: duplicateOf } });
            return;
          }
          first.set(key, index);
          if (source === 'candidateProfileIds') {
            enqueueProfile(source, index, item as string, null);
          } else if (source === 'candidateProfileExternalIds') {
            if (unknownExternalIds.has(item as string)) {
              result.errors.push({ entry: { source, index }, code: 'CANDIDATE_PROFILE_NOT_FOUND', message: `No candidate profile has the external ID ${item as string}.` });
              return;
            }
            const profile = state.profile([`ext:${item as string}`], true)!;
            enqueueProfile(source, index, profile.candidateProfileId, item as string);
          } else {
            enqueued++;
            scheduler.at(now + INTAKE_TIMING.resolveAfterMs, () => resolveContact(item as InlineContact, index));
          }
        });
      }

      // A contact is resolved after the call returns, and its result announced by webhook (never in the response).
      const resolveContact = (contact: InlineContact, contactIndex: number): void => {
        const at = scheduler.now();
        const email = contact.email ?? null;
        const phoneNumber = contact.phoneNumber ?? null;
        const externalId = contact.externalId ?? null;
        if (!resolvable(contact)) {
          const failed: WorkflowContactResolutionFailedEvent = {
            event: 'WORKFLOW_CONTACT_RESOLUTION_FAILED',
            eventId: eventId(),
            eventTimestamp: iso(at),
            data: { recordId: `contact_${random.hex(12)}`, organizationId, workflowId: workflow.id, workflowExternalId: workflow.externalId, externalId, email, phoneNumber, contactIndex },
          };
          return emit(failed);
        }
        const keys = [externalId === null ? undefined : `ext:${externalId}`, email === null ? undefined : `email:${email.toLowerCase()}`, phoneNumber === null ? undefined : `phone:${phoneNumber}`].filter((key): key is string => key !== undefined);
        const profile = state.profile(keys, true)!;
        const existing = state.enrolment(workflow, profile.candidateProfileId);
        if (existing !== undefined && (existing.status === 'RUNNING' || existing.status === 'COMPLETED')) {
          const skipped: WorkflowContactResolutionSkippedEvent = {
            event: 'WORKFLOW_CONTACT_RESOLUTION_SKIPPED',
            eventId: eventId(),
            eventTimestamp: iso(at),
            data: { recordId: existing.runId, organizationId, workflowId: workflow.id, workflowExternalId: workflow.externalId, candidateProfileId: profile.candidateProfileId, externalId, email, phoneNumber, existingRunStatus: existing.status, contactIndex },
          };
          return emit(skipped);
        }
        const runId = `run_${random.hex(12)}`;
        state.enrol(workflow, profile.candidateProfileId, runId);
        const identity = identityFor(profile.candidateProfileId, externalId, runId);
        emit(contactResolvedEvent(identity, { contactIndex, externalId, email, phoneNumber, isNewProfile: profile.isNew, versionNumber: workflow.versionNumber }, iso(at), eventId()));
        const behaviour = state.behaviour(workflow, [profile.candidateProfileId, externalId, email]);
        const candidate = { candidateProfileId: profile.candidateProfileId, externalId, email, phoneNumber, firstName: contact.firstName ?? null, lastName: contact.lastName ?? null };
        scheduleRun(workflow, identity, behaviour, now + INTAKE_TIMING.startAfterMs, { candidate });
      };

      const summary = { requested: total, enqueued, failed: result.errors.length, alreadyEnrolled: result.alreadyEnrolled.length, duplicatesInRequest: result.duplicatesInRequest.length };
      return { summary, ...result };
    },

    cancelRun(runId, body) {
      const record = state.run(runId);
      if (record === undefined) throw new ApiError(404, 'NOT_FOUND', `Workflow run ${runId} was not found.`);
      const { run } = record;
      if (run.status !== 'RUNNING') throw new ApiError(409, 'WORKFLOW_RUN_ALREADY_ENDED', `Workflow run ${runId} has already ended (${run.status}).`);
      record.cancelPending();
      const completedAt = iso(scheduler.now());
      const identity: RunIdentity = {
        runId,
        organizationId,
        workflowId: run.workflowId,
        workflowVersionId: run.workflowVersionId,
        workflowExternalId: run.workflowExternalId ?? null,
        candidateProfileId: run.candidateProfileId,
        candidateProfileExternalId: run.candidateProfileExternalId ?? null,
      };
      const reason = body?.reason;
      emit(terminalEvent(identity, { startedAt: run.startedAt, completedAt, nodes: run.nodes, end: { outcome: 'cancelled', cancellationReason: reason ?? null } }, eventId()));
      return run;
    },

    publishWorkflow(workflowId) {
      const workflow = workflowOrThrow(workflowId);
      if (workflow.status === 'ARCHIVED') throw new ApiError(409, 'WORKFLOW_ARCHIVED', `Workflow ${workflowId} is ARCHIVED and cannot be published.`);
      const problems = workflow.scenario.publishProblems ?? [];
      if (problems.length > 0) {
        throw new ApiError(400, 'WORKFLOW_VALIDATION_FAILED', `The workflow configuration failed validation with ${problems.length} ${problems.length === 1 ? 'problem' : 'problems'}; the workflow was not changed.`, problems);
      }
      workflow.versionNumber++;
      workflow.workflowVersionId = versionId(workflow.id, workflow.versionNumber);
      workflow.status = 'PUBLISHED';
      const publishedAt = iso(scheduler.now());
      const event: WorkflowPublishedEvent = {
        event: 'WORKFLOW_PUBLISHED',
        eventId: eventId(),
        eventTimestamp: publishedAt,
        data: { recordId: workflow.id, organizationId, workflowExternalId: workflow.externalId, workflowVersionId: workflow.workflowVersionId, versionNumber: workflow.versionNumber, publishedByUserId: PUBLISHED_BY, publishedAt },
      };
      emit(event);
      return { workflowId: workflow.id, workflowVersionId: workflow.workflowVersionId, versionNumber: workflow.versionNumber, publishedAt };
    },
  };
}

/**
 * Whether a contact can be resolved: a phone number, or an email with a dot in its domain (so the docs'
 * `invalid@example` cannot). Our rule (inferred: the docs do not say what makes resolution fail).
 *
 * @example
 *   resolvable({ email: 'invalid@example' }); // false
 */
export function resolvable(contact: InlineContact): boolean {
  if (contact.phoneNumber !== undefined && contact.phoneNumber !== '') return true;
  return typeof contact.email === 'string' && /^[^@\s]+@[^@\s]+\.[^@\s.]+$/.test(contact.email);
}

function endOf(behaviour: CandidateBehaviour): Exclude<RunEnd, { outcome: 'running' }> {
  if (behaviour.fail !== undefined) return { outcome: 'failed', errorCode: behaviour.fail.errorCode, ...(behaviour.fail.errorClass === undefined ? {} : { errorClass: behaviour.fail.errorClass }) };
  const last = behaviour.steps.at(-1)?.status;
  return { outcome: last === 'OPTED_OUT' ? 'opted_out' : last === 'DELIVERY_FAILED' ? 'delivery_failed' : 'completed' };
}

const ROUTING_OF_STATUS: Readonly<Record<string, string>> = { NOT_INTERESTED: 'onNotInterested', DELIVERY_FAILED: 'onDeliveryFailed', OPTED_OUT: 'onOptedOut' };

/** A scenario's steps as buildRun's, with a fresh conversation ID per conversation node. */
function toRunSteps(workflow: WorkflowState, behaviour: CandidateBehaviour, conversationId: () => string): RunStep[] {
  const types = new Map(workflow.scenario.nodes.map((node) => [node.id, node.type]));
  return behaviour.steps.map((step: ScenarioStep, index) => {
    const nodeType = types.get(step.node) ?? 'SCREENING_OUTREACH';
    let outcome: NodeOutcomeDetail;
    if (nodeType === 'CONDITION') {
      const target = step.target === undefined ? (behaviour.steps[index + 1]?.node ?? null) : step.target;
      outcome = { kind: 'condition', targetNodeId: target, targetNodeLabel: null };
    } else {
      outcome = { kind: 'conversation', conversationId: conversationId(), status: step.status ?? 'COMPLETED', completedAt: null, answers: structuredClone(step.answers ?? []) };
    }
    const routingEvent = step.routingEvent ?? (nodeType === 'CONDITION' ? 'onConditionResolved' : (ROUTING_OF_STATUS[step.status ?? ''] ?? 'onComplete'));
    return { nodeId: step.node, nodeType, outcome, routingEvent, ...(step.durationMs === undefined ? {} : { durationMs: step.durationMs }) };
  });
}
