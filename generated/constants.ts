// generated — do not edit. Source: spec/; generator: scripts/generate.ts; run `npm run generate`.

/** The most entries one start-runs request may hold, all lists together (StartWorkflowRunsRequest's x-popp-max-total-entries). */
export const MAX_TOTAL_ENTRIES = 5000;

/** The range of listWorkflowRuns' `limit` query parameter. */
export const LIST_LIMIT = { minimum: 1, maximum: 100 } as const;

/** The triggerSource startRuns sends when the caller gives none (WorkflowTriggerSource's default). */
export const DEFAULT_TRIGGER_SOURCE = "API";

/** This package's version (package.json), sent in the client's User-Agent. */
export const PACKAGE_VERSION = "0.1.0";
