/**
 * The paths of the named operations (startRuns and listRuns share one). `satisfies keyof paths` makes the type
 * checker fail when the contract renames one.
 */
import type { paths } from '../../generated/api.js';

export const RUNS = '/v1/workflows/{workflowId}/runs' satisfies keyof paths;
export const RUN = '/v1/workflow-runs/{runId}' satisfies keyof paths;
export const CANCEL = '/v1/workflow-runs/{runId}/cancel' satisfies keyof paths;
export const PUBLISH = '/v1/workflows/{workflowId}/publish' satisfies keyof paths;

/** Every path a named operation sends to. */
export const OPERATION_PATHS: readonly string[] = [RUNS, RUN, CANCEL, PUBLISH];
