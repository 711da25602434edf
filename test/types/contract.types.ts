// Type-level tests: checked by `npm run typecheck` (part of `npm test`), never executed.
// Each @ts-expect-error must fail to compile; if the types loosen, tsc reports the unused directive.
import createClient from 'openapi-fetch';
import type { paths } from '../../generated/api.js';
import {
  type EventMap,
  type NodeOutcome,
  type PoppEventType,
  type PoppWebhookEvent,
  type WorkflowErrorCode,
  type WorkflowEvent,
  type WorkflowPublishedData,
  KNOWN_EVENT_TYPES,
  isKnownEventType,
} from '../../generated/events.js';
import { validateEvent, validateWorkflowRunStartedEvent } from '../../generated/validators.mjs';

export function narrowingOnEventReachesErrorCodeOnlyOnFailedRuns(event: WorkflowEvent): WorkflowErrorCode | undefined {
  if (event.event === 'WORKFLOW_RUN_FAILED') return event.data.errorCode;
  // @ts-expect-error errorCode exists only on WORKFLOW_RUN_FAILED
  return event.data.errorCode;
}

export function narrowingOnOutcomeKindReachesAnswersOnlyOnConversations(node: NodeOutcome): number {
  if (node.outcome.kind === 'conversation') return node.outcome.answers.length;
  if (node.outcome.kind === 'condition') {
    const target: string | null = node.outcome.targetNodeId;
    // @ts-expect-error answers exist only on conversation outcomes
    return node.outcome.answers.length + (target ? 1 : 0);
  }
  // @ts-expect-error an empty outcome carries nothing but its kind
  return node.outcome.conversationId;
}

export function workflowPublishedHasNoCandidateProfile(data: WorkflowPublishedData): string {
  // @ts-expect-error WORKFLOW_PUBLISHED carries no candidateProfileId
  return data.candidateProfileId ?? data.recordId;
}

export function outcomeKindsAreClosed(node: NodeOutcome): void {
  // @ts-expect-error 'wait' is no outcome kind
  if (node.outcome.kind === 'wait') return;
}

export function clientPathsNeedTheirParameters(): void {
  const client = createClient<paths>({ baseUrl: 'https://api.joinpopp.com' });
  void client.GET('/v1/workflow-runs/{runId}', { params: { path: { runId: 'run_xyz789' } } });
  // @ts-expect-error runId is required
  void client.GET('/v1/workflow-runs/{runId}', { params: { path: {} } });
  // @ts-expect-error the path parameters are required
  void client.GET('/v1/workflow-runs/{runId}');
  // @ts-expect-error no such path
  void client.GET('/v1/workflow-runs');
}

export function eventMapAndRuntimeListAgree(type: string, payload: unknown): PoppEventType | undefined {
  const first: PoppEventType = KNOWN_EVENT_TYPES[0];
  const completed: EventMap['WORKFLOW_RUN_COMPLETED']['data']['outcome'] = 'completed';
  // @ts-expect-error 'finished' is no run outcome
  const wrong: EventMap['WORKFLOW_RUN_COMPLETED']['data']['outcome'] = 'finished';
  void [first, completed, wrong];
  if (validateWorkflowRunStartedEvent(payload)) return payload.event;
  const result = validateEvent(payload);
  if (result.ok) {
    const event: PoppWebhookEvent = result.event;
    return event.event;
  }
  return isKnownEventType(type) ? type : undefined;
}
