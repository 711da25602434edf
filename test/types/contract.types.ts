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
  type UnknownOutcome,
  type UnknownValue,
  isKnownEventType,
  unknownValue,
} from '../../src/events.js';
import { validateEvent, validateWorkflowRunStartedEvent } from '../../src/validators.js';

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

// Open enums and kinds (the tolerant profile): a switch narrows on every known value, what is left is the
// unknown branch, and an unknown value is a string that needs no cast to hold.
function isUnknownValue(value: UnknownValue): string {
  return value;
}

export function switchingOverKnownErrorCodesLeavesOnlyUnknownValues(code: WorkflowErrorCode): string {
  switch (code) {
    case 'EXECUTOR_TIMEOUT':
    case 'INVALID_NODE_CONFIG':
    case 'DOWNSTREAM_SERVICE_ERROR':
    case 'EXECUTOR_FAILED':
    case 'SYSTEM_FAILURE':
    case 'UNKNOWN': {
      const known: 'EXECUTOR_TIMEOUT' | 'INVALID_NODE_CONFIG' | 'DOWNSTREAM_SERVICE_ERROR' | 'EXECUTOR_FAILED' | 'SYSTEM_FAILURE' | 'UNKNOWN' = code;
      return known;
    }
    default:
      return isUnknownValue(code);
  }
}

export function aMissingKnownCaseIsACompileError(code: WorkflowErrorCode): string {
  switch (code) {
    case 'EXECUTOR_TIMEOUT':
    case 'INVALID_NODE_CONFIG':
    case 'DOWNSTREAM_SERVICE_ERROR':
    case 'EXECUTOR_FAILED':
    case 'SYSTEM_FAILURE':
      return code;
    default:
      // @ts-expect-error 'UNKNOWN' is a known value and is not handled above
      return isUnknownValue(code);
  }
}

export function unknownValuesNeedNoCast(): WorkflowErrorCode[] {
  // @ts-expect-error a plain string is not a WorkflowErrorCode…
  const plain: WorkflowErrorCode = 'QUOTA_EXCEEDED';
  // …but unknownValue() holds one without a cast, and every value is a string.
  const drifted: WorkflowErrorCode = unknownValue('QUOTA_EXCEEDED');
  const asText: string = drifted;
  void asText;
  return [plain, drifted];
}

export function anUnknownOutcomeKindNarrowsAway(node: NodeOutcome): number {
  switch (node.outcome.kind) {
    case 'conversation':
      return node.outcome.answers.length;
    case 'condition':
      return node.outcome.targetNodeId === null ? 0 : 1;
    case 'empty':
      return 0;
    default: {
      const unknown: UnknownOutcome = node.outcome;
      // @ts-expect-error nothing beyond kind is promised for an unknown kind
      return unknown.answers.length;
    }
  }
}
