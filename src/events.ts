/**
 * Payload types of every Popp webhook event, the event unions and the runtime list of event types.
 *
 * @example
 *   import type { WorkflowEvent } from 'popp-workflow-contract/events';
 *   function onEvent(event: WorkflowEvent) {
 *     if (event.event === 'WORKFLOW_RUN_FAILED') console.log(event.data.errorCode);
 *   }
 */
export * from '../generated/events.js';
