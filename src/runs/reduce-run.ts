/**
 * reduceRun: the Workflow Events page's guidance made executable. It folds a run's events into one state,
 * in any order and with any number of duplicates. Every field is picked by a rule that does not depend on
 * arrival order:
 * - the run-terminal event decides status, outcome, error, timing and nodes (its nodes[] is the canonical
 *   record, replacing per-node data); among several, the latest completedAt wins;
 * - before one arrives, WORKFLOW_NODE_COMPLETED events give the nodes, one per nodeId;
 * - every event is identified by its eventId, and an eventId seen before changes nothing.
 */
import type {
  NodeOutcome,
  RunEvent,
  RunOutcome,
  WorkflowContactResolutionSkippedEvent,
  WorkflowContactResolvedEvent,
  WorkflowErrorClass,
  WorkflowErrorCode,
  WorkflowNodeCompletedEvent,
  WorkflowRunTerminalEvent,
} from '../events.js';

type TerminalEvent = WorkflowRunTerminalEvent;

/** `running` until a run-terminal event arrives. */
export type RunStatus = 'running' | 'completed' | 'failed' | 'cancelled';

/** The inline contact this run was started for (WORKFLOW_CONTACT_RESOLVED). */
export interface RunContact {
  eventId: string;
  candidateProfileId: string | null;
  isNewProfile: boolean;
  contactIndex: number;
  versionNumber: number;
  externalId: string | null;
  email: string | null;
  phoneNumber: string | null;
}

/** An inline contact that was not started because it already had this run (WORKFLOW_CONTACT_RESOLUTION_SKIPPED). */
export interface SkippedContact {
  eventId: string;
  candidateProfileId: string | null;
  existingRunStatus: WorkflowContactResolutionSkippedEvent['data']['existingRunStatus'];
  contactIndex: number;
  externalId: string | null;
  email: string | null;
  phoneNumber: string | null;
}

/** Everything known about one workflow run. */
export interface RunState {
  /** The run's ID (`data.recordId` of its events). */
  readonly runId: string;
  readonly organizationId: string;
  readonly status: RunStatus;
  /** The run-level outcome of the terminal event; null while running. */
  readonly outcome: RunOutcome | null;
  readonly errorCode: WorkflowErrorCode | null;
  readonly errorClass: WorkflowErrorClass | null;
  readonly lastFailedNodeId: string | null;
  readonly finalNodeId: string | null;
  readonly cancellationReason: string | null;
  readonly workflowId: string | null;
  readonly workflowVersionId: string | null;
  readonly workflowExternalId: string | null;
  readonly candidateProfileId: string | null;
  readonly candidateProfileExternalId: string | null;
  /** From the terminal event, or else from WORKFLOW_RUN_STARTED. */
  readonly startedAt: string | null;
  readonly completedAt: string | null;
  /** completedAt − startedAt, once the run has ended. */
  readonly durationMs: number | null;
  /** The steps of the run, in order: the terminal event's nodes[], or else one per nodeId from WORKFLOW_NODE_COMPLETED. */
  readonly nodes: readonly NodeOutcome[];
  readonly nodesSource: 'none' | 'node-events' | 'terminal';
  /** True when the terminal event's nodes[] was cut short: the run had more steps than `nodes` lists. */
  readonly truncated: boolean;
  /** The eventId of the terminal event the state reflects. */
  readonly terminalEventId: string | null;
  readonly contact: RunContact | null;
  readonly skippedContacts: readonly SkippedContact[];
  /** Every eventId folded in, sorted. */
  readonly eventIds: readonly string[];
  /** The latest eventTimestamp folded in. */
  readonly lastEventAt: string;
}

/**
 * Folds one event into a run's state (`undefined` for a run not seen yet) and returns the new state; the
 * same object when the event changes nothing (a duplicate eventId). Pure: the input state is not modified.
 * Throws when the event belongs to another run.
 *
 * @example
 *   let state: RunState | undefined;
 *   for (const event of eventsOfOneRun) state = reduceRun(state, event);
 *   if (state?.status === 'failed') console.log(state.errorCode, state.lastFailedNodeId);
 */
export function reduceRun(state: RunState | undefined, event: RunEvent): RunState {
  const runId = event.data.recordId;
  if (state !== undefined && state.runId !== runId) throw new Error(`reduceRun: event ${event.eventId} belongs to run ${runId}, not to run ${state.runId}.`);
  if (state?.eventIds.includes(event.eventId)) return state;
  const current = state ?? initialState(runId, event);
  const next: Mutable<FoldedState> = {
    ...current,
    ...correlation(current, event),
    eventIds: [...current.eventIds, event.eventId].sort(),
    lastEventAt: later(current.lastEventAt, event.eventTimestamp),
  };
  switch (event.event) {
    case 'WORKFLOW_RUN_COMPLETED':
    case 'WORKFLOW_RUN_FAILED':
    case 'WORKFLOW_RUN_CANCELLED':
      if (next.terminalEventId === null || beats(event, next)) Object.assign(next, terminalFields(event));
      break;
    case 'WORKFLOW_RUN_STARTED':
      if (next.terminalEventId === null) next.startedAt = earlier(next.startedAt, event.data.timestamp ?? event.eventTimestamp);
      break;
    case 'WORKFLOW_NODE_COMPLETED':
      if (next.terminalEventId === null) next.nodes = withNode(next.nodes, nodeOf(event));
      break;
    case 'WORKFLOW_CONTACT_RESOLVED':
      if (next.contact === null || event.eventId > next.contact.eventId) next.contact = contactOf(event);
      break;
    case 'WORKFLOW_CONTACT_RESOLUTION_SKIPPED':
      next.skippedContacts = [...next.skippedContacts, skippedOf(event)].sort((a, b) => compare(a.eventId, b.eventId));
      break;
  }
  return { ...next, nodesSource: nodesSourceOf(next) };
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** What the events are folded into: RunState without the fields derived from it. */
type FoldedState = Omit<RunState, 'nodesSource'>;

// Derived, not tracked: node events give the nodes only until a terminal event's nodes[] replaces them.
function nodesSourceOf(state: Pick<RunState, 'terminalEventId' | 'nodes'>): RunState['nodesSource'] {
  return state.terminalEventId !== null ? 'terminal' : state.nodes.length > 0 ? 'node-events' : 'none';
}

function initialState(runId: string, event: RunEvent): FoldedState {
  return {
    runId,
    organizationId: event.data.organizationId,
    status: 'running',
    outcome: null,
    errorCode: null,
    errorClass: null,
    lastFailedNodeId: null,
    finalNodeId: null,
    cancellationReason: null,
    workflowId: null,
    workflowVersionId: null,
    workflowExternalId: null,
    candidateProfileId: null,
    candidateProfileExternalId: null,
    startedAt: null,
    completedAt: null,
    durationMs: null,
    nodes: [],
    truncated: false,
    terminalEventId: null,
    contact: null,
    skippedContacts: [],
    eventIds: [],
    lastEventAt: event.eventTimestamp,
  };
}

const CORRELATION_FIELDS = ['organizationId', 'workflowId', 'workflowVersionId', 'workflowExternalId', 'candidateProfileId', 'candidateProfileExternalId'] as const;

// The events of one run carry the same correlation values. Should they ever differ, the greatest non-null
// value wins: an order-independent rule, where "last one wins" would not be.
function correlation(state: FoldedState, event: RunEvent): Pick<RunState, (typeof CORRELATION_FIELDS)[number]> {
  const data = event.data as Partial<Record<(typeof CORRELATION_FIELDS)[number], string | null>>;
  const result = {} as Mutable<Pick<RunState, (typeof CORRELATION_FIELDS)[number]>>;
  for (const field of CORRELATION_FIELDS) {
    const [known, incoming] = [state[field], data[field] ?? null];
    result[field] = (known === null ? incoming : incoming === null ? known : compare(known, incoming) >= 0 ? known : incoming) as string;
  }
  return result;
}

function terminalFields(event: TerminalEvent): Partial<Mutable<RunState>> {
  const data = event.data;
  const failed = event.event === 'WORKFLOW_RUN_FAILED' ? event.data : undefined;
  const duration = Date.parse(data.completedAt) - Date.parse(data.startedAt);
  return {
    status: event.event === 'WORKFLOW_RUN_COMPLETED' ? 'completed' : event.event === 'WORKFLOW_RUN_FAILED' ? 'failed' : 'cancelled',
    outcome: data.outcome,
    errorCode: failed?.errorCode ?? null,
    errorClass: failed?.errorClass ?? null,
    lastFailedNodeId: failed?.lastFailedNodeId ?? null,
    finalNodeId: data.finalNodeId ?? null,
    cancellationReason: event.event === 'WORKFLOW_RUN_CANCELLED' ? (event.data.cancellationReason ?? null) : null,
    startedAt: data.startedAt,
    completedAt: data.completedAt,
    durationMs: Number.isFinite(duration) ? duration : null,
    nodes: data.nodes,
    truncated: data.truncated,
    terminalEventId: event.eventId,
  };
}

/** Whether a terminal event should replace the one the state reflects: the later completedAt, then the greater eventId. */
function beats(event: TerminalEvent, state: FoldedState): boolean {
  const order = compareTimes(event.data.completedAt, state.completedAt as string);
  return order === 0 ? compare(event.eventId, state.terminalEventId as string) > 0 : order > 0;
}

function nodeOf(event: WorkflowNodeCompletedEvent): NodeOutcome {
  const { nodeId, nodeType, enteredAt, completedAt, routingEvent, outcome } = event.data;
  return { nodeId, nodeType, enteredAt, completedAt, routingEvent, outcome };
}

/** The nodes with `node` added: one per nodeId (the later completedAt wins), ordered by when the run entered them. */
function withNode(nodes: readonly NodeOutcome[], node: NodeOutcome): readonly NodeOutcome[] {
  const existing = nodes.find((other) => other.nodeId === node.nodeId);
  if (existing !== undefined && nodeRank(existing, node) >= 0) return nodes;
  return [...nodes.filter((other) => other.nodeId !== node.nodeId), node].sort((a, b) => compareTimes(a.enteredAt, b.enteredAt) || compare(a.nodeId, b.nodeId));
}

function nodeRank(a: NodeOutcome, b: NodeOutcome): number {
  return compareTimes(a.completedAt, b.completedAt) || compare(JSON.stringify(a), JSON.stringify(b));
}

/** What the two contact events say about the contact itself. */
function contactFields(event: WorkflowContactResolvedEvent | WorkflowContactResolutionSkippedEvent) {
  const { candidateProfileId, contactIndex, externalId, email, phoneNumber } = event.data;
  return { eventId: event.eventId, candidateProfileId, contactIndex, externalId: externalId ?? null, email, phoneNumber };
}

function contactOf(event: WorkflowContactResolvedEvent): RunContact {
  return { ...contactFields(event), isNewProfile: event.data.isNewProfile, versionNumber: event.data.versionNumber };
}

function skippedOf(event: WorkflowContactResolutionSkippedEvent): SkippedContact {
  return { ...contactFields(event), existingRunStatus: event.data.existingRunStatus };
}

/** Orders strings by code unit, as `<` does: the same order on every machine, unlike localeCompare. */
export function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Orders ISO 8601 timestamps by instant (offsets differ), then as text, so equal instants still order. */
function compareTimes(a: string, b: string): number {
  return Date.parse(a) - Date.parse(b) || compare(a, b);
}

function later(a: string, b: string): string {
  return compareTimes(a, b) >= 0 ? a : b;
}

function earlier(a: string | null, b: string): string {
  return a === null || compareTimes(b, a) < 0 ? b : a;
}
