import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Contract } from './contract.js';
import { tsBanner } from './header.js';
import { isObject } from './json.js';
import { ROOT } from './paths.js';

/**
 * generated/constants.ts: the numbers the runtime needs from the spec and the version it reports, each read
 * from the one place that owns it, so no hand-kept copy can drift.
 */
export function emitConstantsTs(contract: Contract): string {
  const startRuns = contract.schemas.get('StartWorkflowRunsRequest');
  const maxTotalEntries = startRuns?.['x-popp-max-total-entries'];
  if (typeof maxTotalEntries !== 'number') throw new Error('StartWorkflowRunsRequest needs x-popp-max-total-entries (a number)');
  const list = contract.operations.find((operation) => operation.operationId === 'listWorkflowRuns');
  const limit = list?.parameters.find((parameter) => parameter.name === 'limit')?.schema;
  if (!isObject(limit) || typeof limit.minimum !== 'number' || typeof limit.maximum !== 'number') throw new Error('listWorkflowRuns needs a limit parameter with a minimum and a maximum');
  const triggerSource = contract.schemas.get('WorkflowTriggerSource')?.default;
  if (typeof triggerSource !== 'string') throw new Error('WorkflowTriggerSource needs a default (the trigger source the client sends unless told otherwise)');
  const enumOf = (name: string): string[] => {
    const values = contract.schemas.get(name)?.enum;
    if (!Array.isArray(values) || !values.every((value) => typeof value === 'string')) throw new Error(`${name} needs an enum of strings`);
    return values as string[];
  };
  const { version } = JSON.parse(readFileSync(resolve(ROOT, 'package.json'), 'utf8')) as { version: string };
  return `${tsBanner()}
/** The most entries one start-runs request may hold, all lists together (StartWorkflowRunsRequest's x-popp-max-total-entries). */
export const MAX_TOTAL_ENTRIES = ${maxTotalEntries};

/** The range of listWorkflowRuns' \`limit\` query parameter. */
export const LIST_LIMIT = { minimum: ${limit.minimum}, maximum: ${limit.maximum} } as const;

/** The triggerSource startRuns sends when the caller gives none (WorkflowTriggerSource's default). */
export const DEFAULT_TRIGGER_SOURCE = ${JSON.stringify(triggerSource)};

/** Every documented errorCode of a failed run (the WorkflowErrorCode enum), in the spec's order. */
export const WORKFLOW_ERROR_CODES = ${JSON.stringify(enumOf('WorkflowErrorCode'))} as const;

/** Every documented run-level outcome (the RunOutcome enum), in the spec's order. */
export const RUN_OUTCOMES = ${JSON.stringify(enumOf('RunOutcome'))} as const;

/** Every documented node type (the NodeType enum), in the spec's order. */
export const NODE_TYPES = ${JSON.stringify(enumOf('NodeType'))} as const;

/** Every documented way a workflow conversation ends (the WorkflowOutreachOutcome enum), in the spec's order. */
export const OUTREACH_OUTCOMES = ${JSON.stringify(enumOf('WorkflowOutreachOutcome'))} as const;

/** This package's version (package.json), sent in the client's User-Agent. */
export const PACKAGE_VERSION = ${JSON.stringify(version)};
`;
}
