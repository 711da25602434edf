// generated — do not edit. Source: spec/; generator: scripts/generate.ts; run `npm run generate`.

/** The most entries one start-runs request may hold, all lists together (StartWorkflowRunsRequest's x-popp-max-total-entries). */
export const MAX_TOTAL_ENTRIES = 5000;

/** The range of listWorkflowRuns' `limit` query parameter. */
export const LIST_LIMIT = { minimum: 1, maximum: 100 } as const;

/** The triggerSource startRuns sends when the caller gives none (WorkflowTriggerSource's default). */
export const DEFAULT_TRIGGER_SOURCE = "API";

/** Every documented errorCode of a failed run (the WorkflowErrorCode enum), in the spec's order. */
export const WORKFLOW_ERROR_CODES = ["EXECUTOR_TIMEOUT","INVALID_NODE_CONFIG","DOWNSTREAM_SERVICE_ERROR","EXECUTOR_FAILED","SYSTEM_FAILURE","UNKNOWN"] as const;

/** Every documented run-level outcome (the RunOutcome enum), in the spec's order. */
export const RUN_OUTCOMES = ["completed","opted_out","delivery_failed","cancelled","failed"] as const;

/** Every documented node type (the NodeType enum), in the spec's order. */
export const NODE_TYPES = ["SCREENING_OUTREACH","ENGAGEMENT_OUTREACH","CONDITION"] as const;

/** Every documented way a workflow conversation ends (the WorkflowOutreachOutcome enum), in the spec's order. */
export const OUTREACH_OUTCOMES = ["PASSED_CRITERIA","FAILED_CRITERIA","COMPLETED","NOT_INTERESTED","OPTED_OUT","DELIVERY_FAILED"] as const;

/** This package's version (package.json), sent in the client's User-Agent. */
export const PACKAGE_VERSION = "0.1.0";
