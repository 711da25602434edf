/**
 * Typed REST client for Popp's workflow endpoints: start, cancel, publish, get and list runs, with
 * authentication, retries, timeouts and typed errors. Responses are read with the tolerant profile: drift is
 * returned, reported to `onDrift` and readable with `driftOf(value)`, never thrown.
 *
 * @example
 *   import { createPoppClient, PoppApiError } from 'popp-workflow-contract/client';
 *   const popp = createPoppClient({ apiKey: process.env.POPP_API_KEY!, organizationId: process.env.POPP_ORGANIZATION_ID! });
 *   try {
 *     const version = await popp.publishWorkflow('wf_abc123');
 *     console.log(version.versionNumber);
 *   } catch (error) {
 *     if (error instanceof PoppApiError && error.status === 400) console.error(error.details);
 *     else throw error;
 *   }
 */
export { createPoppClient, type PoppClient } from './create-client.js';
export type { PoppClientOptions } from './options.js';
export { driftOf, type PoppDriftReport } from './drift.js';
export type { Deviation, DeviationKind } from '../validation/deviations.js';
export type {
  CancelWorkflowRunRequest,
  PoppClientHelpers,
  PublishedWorkflowVersion,
  StartWorkflowRunsRequest,
  StartWorkflowRunsResponse,
  WorkflowRun,
  WorkflowRunPage,
} from './helpers.js';
export type { ListRunsQuery } from './request-validation.js';
export type { PoppCallOptions } from './send.js';
export type { RetryClock, RetryEvent, RetryOptions } from './retry.js';
export {
  type ErrorDetail,
  PoppApiError,
  PoppNetworkError,
  PoppRedirectError,
  type PoppRequestContext,
  PoppRequestError,
  PoppRequestValidationError,
  PoppResponseTooLargeError,
  PoppTimeoutError,
} from './errors.js';
