/**
 * reduceRun: the Workflow Events page's guidance made executable. It folds a run's events into one state,
 * in any order and with any number of duplicates. A run is identified by its organizationId and its
 * recordId together. Every field is picked by a rule that does not depend on arrival order:
 * - times are ordered by compareInstants (instant.ts): a total order on every string, instants by time
 *   (offsets, basic format, leap seconds, fractions of any length), equal instants by their text, and every
 *   unparseable string before every instant;
 * - the run-terminal event decides status, outcome, error, timing and nodes (its nodes[] is the canonical
 *   record, replacing per-node data); among several, the latest completedAt wins, then the greatest eventId;
 * - durationMs is completedAt − startedAt of that event, or null when either names no instant or
 *   completedAt comes before startedAt (never a negative number);
 * - before a terminal event arrives, startedAt is the earliest WORKFLOW_RUN_STARTED time (an instant wins
 *   over an unparseable string), and WORKFLOW_NODE_COMPLETED events give the nodes, one per nodeId: the
 *   latest completedAt wins, then the greatest eventId (nodeEventIds keeps it); nodes are ordered by
 *   enteredAt, then nodeId;
 * - correlation fields: the greatest non-null value; contact: the greatest eventId; skippedContacts and
 *   eventIds: all, sorted; lastEventAt: the latest eventTimestamp (an instant wins over an unparseable one);
 * - every event is identified by its eventId, and an eventId seen before changes nothing (a redelivery
 *   carries the same event).
 * Nothing here walks the event's data: no recursion on user data, whatever its depth.
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
import { compare } from './compare.js';
import { compareInstants, durationMs, earliestTime, latestTime } from './instant.js';
import { defineGrowing, extend, hasEventId, keepReach, nodeWinner, reachToExtend, type NodeEntry, type Reach } from './run-history.js';

type TerminalEvent = WorkflowRunTerminalEvent;

/**
 * `pending` while the only news of the run is its contact's resolution (WORKFLOW_CONTACT_RESOLVED: the run is
 * about to start), `running` once anything says it started, then the run-terminal event's status.
 */
export type RunStatus = 'pending' | 'running' | 'completed' | 'failed' | 'cancelled';

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
  /** The organization the run belongs to: with runId, what identifies the run. */
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
  /**
   * completedAt − startedAt in whole milliseconds, once the run has ended; null while running, and when
   * either time names no instant or completedAt comes before startedAt (the two are still reported as sent).
   */
  readonly durationMs: number | null;
  /** The steps of the run, in order: the terminal event's nodes[], or else one per nodeId from WORKFLOW_NODE_COMPLETED. */
  readonly nodes: readonly NodeOutcome[];
  /**
   * While nodes come from node events: the eventId each of `nodes` came from (same index), which breaks a
   * tie between two reports of one node. Empty otherwise.
   */
  readonly nodeEventIds: readonly string[];
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
 * same object when the event changes nothing (a duplicate eventId). Throws when the event belongs to
 * another run: another recordId, or another organization's run with the same recordId.
 *
 * Pure: it never changes the state it is given, and equal inputs give equal states, so what it returns
 * can be stored as the run's durable state (keyed by organizationId and runId) and folded onto later.
 * Folding onto the state it last returned costs the same whatever the run's length: the arrays that grow
 * with the run (eventIds, nodes, nodeEventIds, skippedContacts) are shared with the previous state and
 * built when first read. Folding onto an older state, or onto one loaded from storage, first copies them.
 *
 * @example
 *   let state: RunState | undefined;
 *   for (const event of eventsOfOneRun) state = reduceRun(state, event);
 *   if (state?.status === 'failed') console.log(state.errorCode, state.lastFailedNodeId);
 */
export function reduceRun(state: RunState | undefined, event: RunEvent): RunState {
  const { recordId: runId, organizationId } = event.data;
  if (state !== undefined && state.runId !== runId) throw new Error(`reduceRun: event ${event.eventId} belongs to run ${runId}, not to run ${state.runId}.`);
  if (state !== undefined && state.organizationId !== organizationId) {
    throw new Error(`reduceRun: event ${event.eventId} belongs to organization ${organizationId}'s run ${runId}, not to organization ${state.organizationId}'s: key stored states by organizationId and runId.`);
  }
  const reach = reachToExtend(state);
  if (state !== undefined && hasEventId(reach, event.eventId)) return state;
  const current = state === undefined ? initialState(runId, organizationId, event) : scalarsOf(state);
  const next: Scalars = { ...current, ...correlation(current, event), lastEventAt: latestTime(current.lastEventAt, event.eventTimestamp) };
  // pending → running is one-way, and any event but the contact's resolution says the run exists.
  if (next.status === 'pending' && event.event !== 'WORKFLOW_CONTACT_RESOLVED') next.status = 'running';
  let node: NodeEntry | undefined;
  let skipped: SkippedContact | undefined;
  switch (event.event) {
    case 'WORKFLOW_RUN_COMPLETED':
    case 'WORKFLOW_RUN_FAILED':
    case 'WORKFLOW_RUN_CANCELLED':
      if (next.terminalEventId === null || beats(event, next)) Object.assign(next, terminalFields(event));
      break;
    case 'WORKFLOW_RUN_STARTED':
      if (next.terminalEventId === null) {
        const time = event.data.timestamp ?? event.eventTimestamp;
        next.startedAt = next.startedAt === null ? time : earliestTime(next.startedAt, time);
      }
      break;
    case 'WORKFLOW_NODE_COMPLETED':
      if (next.terminalEventId === null) {
        const entry = nodeEntryOf(event);
        const existing = nodeWinner(reach, entry.node.nodeId);
        if (existing === undefined || nodeRank(entry, existing) > 0) node = entry;
      }
      break;
    case 'WORKFLOW_CONTACT_RESOLVED':
      if (next.contact === null || event.eventId > next.contact.eventId) next.contact = contactOf(event);
      break;
    case 'WORKFLOW_CONTACT_RESOLUTION_SKIPPED':
      skipped = skippedOf(event);
      break;
  }
  const ended = next.terminalNodes !== null;
  return stateOf(next, extend(reach, { eventId: event.eventId, node, skipped, nodes: ended ? 'none' : 'keep' }));
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** The fields whose size does not grow with the run, plus the terminal event's nodes[] (null before one). */
type Scalars = Mutable<Omit<RunState, 'nodes' | 'nodeEventIds' | 'nodesSource' | 'skippedContacts' | 'eventIds'>> & { terminalNodes: readonly NodeOutcome[] | null };

/**
 * A state from its scalar fields and its history: a literal in RunState's key order, the growing fields
 * added in place as properties built on first read (run-history.ts).
 */
function stateOf(s: Scalars, reach: Reach): RunState {
  const state: Record<string, unknown> = {
    runId: s.runId,
    organizationId: s.organizationId,
    status: s.status,
    outcome: s.outcome,
    errorCode: s.errorCode,
    errorClass: s.errorClass,
    lastFailedNodeId: s.lastFailedNodeId,
    finalNodeId: s.finalNodeId,
    cancellationReason: s.cancellationReason,
    workflowId: s.workflowId,
    workflowVersionId: s.workflowVersionId,
    workflowExternalId: s.workflowExternalId,
    candidateProfileId: s.candidateProfileId,
    candidateProfileExternalId: s.candidateProfileExternalId,
    startedAt: s.startedAt,
    completedAt: s.completedAt,
    durationMs: s.durationMs,
  };
  if (s.terminalNodes === null) defineGrowing(state, 'nodes');
  else state.nodes = s.terminalNodes;
  defineGrowing(state, 'nodeEventIds');
  state.nodesSource = s.terminalNodes !== null ? 'terminal' : reach.nodeCount > 0 ? 'node-events' : 'none';
  state.truncated = s.truncated;
  state.terminalEventId = s.terminalEventId;
  state.contact = s.contact;
  defineGrowing(state, 'skippedContacts');
  defineGrowing(state, 'eventIds');
  state.lastEventAt = s.lastEventAt;
  keepReach(state, reach);
  return state as unknown as RunState;
}

/** The scalar fields of a state, without reading (and so building) the arrays that grow with the run. */
function scalarsOf(state: RunState): Scalars {
  return {
    runId: state.runId,
    organizationId: state.organizationId,
    status: state.status,
    outcome: state.outcome,
    errorCode: state.errorCode,
    errorClass: state.errorClass,
    lastFailedNodeId: state.lastFailedNodeId,
    finalNodeId: state.finalNodeId,
    cancellationReason: state.cancellationReason,
    workflowId: state.workflowId,
    workflowVersionId: state.workflowVersionId,
    workflowExternalId: state.workflowExternalId,
    candidateProfileId: state.candidateProfileId,
    candidateProfileExternalId: state.candidateProfileExternalId,
    startedAt: state.startedAt,
    completedAt: state.completedAt,
    durationMs: state.durationMs,
    truncated: state.truncated,
    terminalEventId: state.terminalEventId,
    contact: state.contact,
    lastEventAt: state.lastEventAt,
    // A terminal state's nodes are its terminal event's nodes[], a plain property: reading it builds nothing.
    terminalNodes: state.terminalEventId !== null ? state.nodes : null,
  };
}

function initialState(runId: string, organizationId: string, event: RunEvent): Scalars {
  return {
    runId,
    organizationId,
    status: event.event === 'WORKFLOW_CONTACT_RESOLVED' ? 'pending' : 'running',
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
    truncated: false,
    terminalEventId: null,
    contact: null,
    lastEventAt: event.eventTimestamp,
    terminalNodes: null,
  };
}

// organizationId is not among them: with recordId it identifies the run, and reduceRun refuses another's event.
const CORRELATION_FIELDS = ['workflowId', 'workflowVersionId', 'workflowExternalId', 'candidateProfileId', 'candidateProfileExternalId'] as const;

// The events of one run carry the same correlation values. Should they ever differ, the greatest non-null
// value wins: an order-independent rule, where "last one wins" would not be.
function correlation(state: Scalars, event: RunEvent): Pick<RunState, (typeof CORRELATION_FIELDS)[number]> {
  const data = event.data as Partial<Record<(typeof CORRELATION_FIELDS)[number], unknown>>;
  const result = {} as Mutable<Pick<RunState, (typeof CORRELATION_FIELDS)[number]>>;
  for (const field of CORRELATION_FIELDS) {
    const [known, value] = [state[field], data[field]];
    // A value of another type (which validation rules out) is no value: `<` would not order it.
    const incoming = typeof value === 'string' ? value : null;
    result[field] = known === null ? incoming : incoming === null ? known : compare(known, incoming) >= 0 ? known : incoming;
  }
  return result;
}

function terminalFields(event: TerminalEvent): Partial<Scalars> {
  const data = event.data;
  const failed = event.event === 'WORKFLOW_RUN_FAILED' ? event.data : undefined;
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
    durationMs: durationMs(data.startedAt, data.completedAt),
    terminalNodes: data.nodes,
    truncated: data.truncated,
    terminalEventId: event.eventId,
  };
}

/** Whether a terminal event should replace the one the state reflects: the later completedAt, then the greater eventId. */
function beats(event: TerminalEvent, state: Scalars): boolean {
  const order = compareInstants(event.data.completedAt, state.completedAt as string);
  return order === 0 ? compare(event.eventId, state.terminalEventId as string) > 0 : order > 0;
}

function nodeEntryOf(event: WorkflowNodeCompletedEvent): NodeEntry {
  const { nodeId, nodeType, enteredAt, completedAt, routingEvent, outcome } = event.data;
  return { node: { nodeId, nodeType, enteredAt, completedAt, routingEvent, outcome }, eventId: event.eventId };
}

/** Between two reports of one node: the later completedAt, then the greater eventId (unique per event, and bounded work). */
function nodeRank(a: NodeEntry, b: NodeEntry): number {
  return compareInstants(a.node.completedAt, b.node.completedAt) || compare(a.eventId, b.eventId);
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
