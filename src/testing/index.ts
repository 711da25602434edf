/**
 * Helpers for testing your Popp webhook receiver: the spec's examples, valid events built to order, and
 * signed deliveries ready for fetch().
 *
 * @example
 *   import { buildEvent, signRequest } from 'popp-workflow-contract/testing';
 *   const event = buildEvent('WORKFLOW_RUN_FAILED', { data: { errorCode: 'EXECUTOR_TIMEOUT' } });
 *   const response = await fetch(receiverUrl, await signRequest(event, process.env.POPP_WEBHOOK_SECRET!));
 */
export { examples, restExamples, type RestExamples } from '../../generated/examples.js';
export { buildEvent, type DeepPartial } from './build-event.js';
export {
  buildRun,
  contactResolvedEvent,
  EXAMPLE_RUN_IDENTITY,
  exampleRunSteps,
  MAX_TERMINAL_NODES,
  nodeCompletedEvent,
  nodesOf,
  runStartedEvent,
  TERMINAL_TYPE,
  terminalEvent,
  type BuildRunOptions,
  type RunContactInput,
  type RunEnd,
  type RunIdentity,
  type RunStep,
} from './build-run.js';
export { signRequest, type SignedRequest } from './sign-request.js';
