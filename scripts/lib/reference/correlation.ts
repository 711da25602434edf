// The correlation matrix: which of the correlation fields each Workflow event's data carries.
import type { EventInfo } from '../contract.js';
import type { JsonObject } from '../json.js';
import type { ContractView } from './fields.js';

export const CORRELATION_FIELDS = ['workflowId', 'workflowVersionId', 'workflowExternalId', 'candidateProfileId', 'candidateProfileExternalId', 'timestamp'];

/** Whether a Workflow event's `data` always carries a correlation field, may leave it out, or never has it. */
export type CorrelationCell = 'required' | 'optional' | 'absent';

/**
 * For each Workflow event, one cell per CORRELATION_FIELDS entry, read from the event's data schema.
 * @example correlationCells(contract)[0] // { event: <WORKFLOW_RUN_STARTED>, cells: ['required', 'required', 'optional', ...] }
 */
export function correlationCells(contract: Pick<ContractView, 'events' | 'schemas'>): { event: EventInfo; cells: CorrelationCell[] }[] {
  return contract.events
    .filter((event) => event.category === 'workflow')
    .map((event) => {
      const data = contract.schemas.get(event.dataSchemaName) as JsonObject;
      const properties = data.properties as JsonObject;
      const required = (data.required ?? []) as string[];
      return { event, cells: CORRELATION_FIELDS.map((field) => (field in properties ? (required.includes(field) ? 'required' : 'optional') : 'absent')) };
    });
}
