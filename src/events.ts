/**
 * Payload types of every Popp webhook event, the event unions, the runtime lists of event types and the type
 * guards over them.
 *
 * @example
 *   import type { WorkflowEvent } from 'popp-workflow-contract/events';
 *   function onEvent(event: WorkflowEvent) {
 *     if (event.event === 'WORKFLOW_RUN_FAILED') console.log(event.data.errorCode);
 *   }
 */
import { KNOWN_EVENT_TYPES, RUN_EVENT_TYPES, WORKFLOW_EVENT_TYPES, type PoppEventType, type PoppWebhookEvent, type RunEvent, type UnknownValue, type WorkflowEventType } from '../generated/events.js';

export * from '../generated/events.js';

const KNOWN = new Set<string>(KNOWN_EVENT_TYPES);
const WORKFLOW = new Set<string>(WORKFLOW_EVENT_TYPES);
const RUN = new Set<string>(RUN_EVENT_TYPES);

/**
 * Whether `type` is an event type this contract knows.
 *
 * @example
 *   isKnownEventType(payload.event); // true for 'WORKFLOW_RUN_COMPLETED'
 */
export function isKnownEventType(type: unknown): type is PoppEventType {
  return typeof type === 'string' && KNOWN.has(type);
}

/**
 * Whether `type` is one of the Workflow event types.
 *
 * @example
 *   isWorkflowEventType('WORKFLOW_PUBLISHED'); // true
 */
export function isWorkflowEventType(type: unknown): type is WorkflowEventType {
  return typeof type === 'string' && WORKFLOW.has(type);
}

/**
 * Whether an event is about one run (its `data.recordId` is the run's ID), as the spec's record kinds say.
 *
 * @example
 *   if (isRunEvent(event)) await saveRun(reduceRun(await loadRun(event.data.recordId), event));
 */
export function isRunEvent(event: PoppWebhookEvent): event is RunEvent {
  return RUN.has(event.event);
}

/**
 * Types a string as a value this contract does not know, for building a payload with one (a test of how your
 * code handles drift) without a cast.
 *
 * @example
 *   buildEvent('WORKFLOW_RUN_FAILED', { data: { errorCode: unknownValue('QUOTA_EXCEEDED') } });
 */
export function unknownValue(value: string): UnknownValue {
  return value as UnknownValue;
}
