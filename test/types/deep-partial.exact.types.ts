// Type-level test of buildEvent's overrides under exactOptionalPropertyTypes (test/types/tsconfig.exact.json,
// compiled by test/testing/exact-optional.test.ts): removing an optional field with `undefined` compiles there
// too, and a wrong type still does not.
import { buildEvent, type DeepPartial } from '../../src/testing/index.js';
import type { WorkflowRunCompletedEvent } from '../../src/events.js';

export const noFinalNode = buildEvent('WORKFLOW_RUN_COMPLETED', { data: { finalNodeId: undefined, workflowExternalId: undefined } });
export const failed = buildEvent('WORKFLOW_RUN_FAILED', { data: { errorCode: 'EXECUTOR_TIMEOUT', errorClass: undefined } });
export const partial: DeepPartial<WorkflowRunCompletedEvent> = { data: { nodes: [], truncated: undefined } };
// @ts-expect-error an override of the wrong type
export const wrong = buildEvent('WORKFLOW_RUN_FAILED', { data: { errorCode: 42 } });
