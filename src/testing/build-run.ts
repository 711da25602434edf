// buildRun: the events of one run that agree with each other (IDs, times, nodes[]), as Popp would send them.
import { examples } from '../../generated/examples.js';
import type {
  NodeOutcome,
  NodeOutcomeDetail,
  NodeType,
  RunEvent,
  WorkflowContactResolvedEvent,
  WorkflowErrorClass,
  WorkflowErrorCode,
  WorkflowNodeCompletedEvent,
  WorkflowRunStartedEvent,
  WorkflowRunTerminalEvent,
} from '../events.js';
import { parseEvent } from '../webhooks/construct-event.js';

/** One node the run goes through: what it produced, and how long the run stays in it. */
export interface RunStep {
  nodeId: string;
  nodeType: NodeType;
  outcome: NodeOutcomeDetail;
  /** The routing event the node emits. Default: onConditionResolved for a condition, onComplete otherwise. */
  routingEvent?: string;
  /** Time from entering the node to leaving it. Default: 60,000 (one minute). */
  durationMs?: number;
}

/** How the run ends: the run-level outcome of its terminal event, with what that outcome carries. */
export type RunEnd =
  | { outcome: 'completed' | 'opted_out' | 'delivery_failed' }
  | { outcome: 'failed'; errorCode: WorkflowErrorCode; errorClass?: WorkflowErrorClass | null; lastFailedNodeId?: string | null }
  | { outcome: 'cancelled'; cancellationReason?: string | null }
  /** No terminal event: the run is still going (started and its steps so far). */
  | { outcome: 'running' };

/** The IDs that tie a run's events together. */
export interface RunIdentity {
  runId: string;
  organizationId: string;
  workflowId: string;
  workflowVersionId: string;
  workflowExternalId: string | null;
  candidateProfileId: string;
  candidateProfileExternalId: string | null;
}

/** The inline contact a run was started for: a WORKFLOW_CONTACT_RESOLVED comes first. */
export interface RunContactInput {
  contactIndex?: number;
  externalId?: string | null;
  email?: string | null;
  phoneNumber?: string | null;
  isNewProfile?: boolean;
  versionNumber?: number;
  /** How long before the run starts the contact is resolved. Default: 5,000 (as in the docs' examples). */
  resolvedBeforeMs?: number;
}

export interface BuildRunOptions extends Partial<RunIdentity> {
  /** When the run starts (RFC 3339). Default: the docs' example run's startedAt. */
  startedAt?: string;
  /** The nodes the run goes through, in order. Default: the two nodes of the docs' example run, with their durations. */
  steps?: readonly RunStep[];
  /** How the run ends. Default: `completed`. */
  end?: RunEnd;
  /** Emit a WORKFLOW_CONTACT_RESOLVED first, as for a run started from an inline contact. */
  contact?: RunContactInput;
  /** Whether to emit one WORKFLOW_NODE_COMPLETED per step. Default: true. */
  nodeEvents?: boolean;
  /** The most nodes a terminal event lists; a longer run is cut to its first `maxNodes`, with `truncated: true`. Default: MAX_TERMINAL_NODES. */
  maxNodes?: number;
  /** The eventId of the n-th event built (from 0). Default: `evt_` and a random UUID. */
  eventId?: (index: number, type: RunEvent['event']) => string;
}

/**
 * The most nodes our terminal events list before setting `truncated` (inferred: the docs say nodes[] can be cut
 * short "because of its size" but publish no limit, so this number is ours).
 */
export const MAX_TERMINAL_NODES = 100;

const STARTED = examples.WORKFLOW_RUN_STARTED[0];
const COMPLETED = examples.WORKFLOW_RUN_COMPLETED[0];

/** The docs' example run's IDs. */
export const EXAMPLE_RUN_IDENTITY: RunIdentity = Object.freeze({
  runId: STARTED.data.recordId,
  organizationId: STARTED.data.organizationId,
  workflowId: STARTED.data.workflowId as string,
  workflowVersionId: STARTED.data.workflowVersionId as string,
  workflowExternalId: STARTED.data.workflowExternalId ?? null,
  candidateProfileId: STARTED.data.candidateProfileId as string,
  candidateProfileExternalId: STARTED.data.candidateProfileExternalId ?? null,
});

/**
 * The docs' example run as steps: its nodes, their outcomes and how long each took.
 *
 * @example
 *   const [screening] = exampleRunSteps(); // { nodeId: 'screen-availability', durationMs: 731000, … }
 */
export function exampleRunSteps(): RunStep[] {
  return COMPLETED.data.nodes.map((node) => ({
    nodeId: node.nodeId,
    nodeType: node.nodeType,
    outcome: structuredClone(node.outcome),
    routingEvent: node.routingEvent,
    durationMs: Date.parse(node.completedAt) - Date.parse(node.enteredAt),
  }));
}

/**
 * The events of one run, in the order Popp sends them: WORKFLOW_CONTACT_RESOLVED (with `contact`),
 * WORKFLOW_RUN_STARTED, one WORKFLOW_NODE_COMPLETED per step, then the terminal event of `end`, whose nodes[]
 * is exactly the nodes of the node events (cut to `maxNodes`, with `truncated`). Every event carries the same
 * IDs; times follow the steps' durations, so no event's time is before the one built before it; a
 * conversation's `completedAt` is the time its node completed. Each event is checked against the strict
 * profile (a TypeError names what breaks it).
 *
 * @example
 *   const events = buildRun({ runId: 'run_1', end: { outcome: 'failed', errorCode: 'EXECUTOR_TIMEOUT' } });
 *   for (const event of events) await fetch(receiverUrl, await signRequest(event, secret));
 *   const terminal = events.at(-1); // WORKFLOW_RUN_FAILED, nodes[] = the node events' nodes
 */
export function buildRun(options: BuildRunOptions = {}): RunEvent[] {
  const identity: RunIdentity = { ...EXAMPLE_RUN_IDENTITY, ...definedOnly(options) };
  const startedAt = options.startedAt ?? STARTED.data.timestamp ?? COMPLETED.data.startedAt;
  const start = Date.parse(startedAt);
  if (Number.isNaN(start)) throw new TypeError(`buildRun: startedAt ${JSON.stringify(startedAt)} is not a date-time.`);
  const steps = options.steps ?? exampleRunSteps();
  const end = options.end ?? { outcome: 'completed' };
  const maxNodes = options.maxNodes ?? MAX_TERMINAL_NODES;
  if (!(Number.isSafeInteger(maxNodes) && maxNodes > 0)) throw new RangeError(`buildRun: maxNodes must be a positive integer, not ${String(maxNodes)}.`);
  const nextId = eventIds(options.eventId);
  const events: RunEvent[] = [];

  if (options.contact !== undefined) {
    const resolvedAt = iso(start - (options.contact.resolvedBeforeMs ?? 5_000));
    events.push(contactResolvedEvent(identity, options.contact, resolvedAt, nextId('WORKFLOW_CONTACT_RESOLVED')));
  }
  events.push(runStartedEvent(identity, startedAt, nextId('WORKFLOW_RUN_STARTED')));
  const nodes = nodesOf(steps, start);
  if (options.nodeEvents ?? true) {
    for (const node of nodes) events.push(nodeCompletedEvent(identity, node, nextId('WORKFLOW_NODE_COMPLETED')));
  }
  if (end.outcome !== 'running') {
    const completedAt = nodes.at(-1)?.completedAt ?? startedAt;
    events.push(terminalEvent(identity, { startedAt, completedAt, nodes, end, maxNodes }, nextId(TERMINAL_TYPE[end.outcome])));
  }
  for (const event of events) check(event);
  return events;
}

/** The terminal event type of each run-level outcome. */
export const TERMINAL_TYPE = {
  completed: 'WORKFLOW_RUN_COMPLETED',
  opted_out: 'WORKFLOW_RUN_COMPLETED',
  delivery_failed: 'WORKFLOW_RUN_COMPLETED',
  failed: 'WORKFLOW_RUN_FAILED',
  cancelled: 'WORKFLOW_RUN_CANCELLED',
} as const satisfies Record<Exclude<RunEnd['outcome'], 'running'>, WorkflowRunTerminalEvent['event']>;

/**
 * The node outcomes of `steps` entered one after the other from `start` (epoch ms). A conversation outcome's
 * `completedAt` becomes the time its node completed.
 *
 * @example
 *   const nodes = nodesOf(exampleRunSteps(), Date.parse('2026-04-28T10:30:00.000Z'));
 */
export function nodesOf(steps: readonly RunStep[], start: number): NodeOutcome[] {
  let at = start;
  return steps.map((step) => {
    const duration = step.durationMs ?? 60_000;
    if (!(Number.isFinite(duration) && duration >= 0)) throw new RangeError(`buildRun: step ${step.nodeId} has durationMs ${String(duration)}; it must be a number ≥ 0.`);
    const enteredAt = iso(at);
    at += duration;
    const completedAt = iso(at);
    const outcome = structuredClone(step.outcome);
    if (outcome.kind === 'conversation') outcome.completedAt = completedAt;
    return { nodeId: step.nodeId, nodeType: step.nodeType, enteredAt, completedAt, routingEvent: step.routingEvent ?? (outcome.kind === 'condition' ? 'onConditionResolved' : 'onComplete'), outcome };
  });
}

/**
 * WORKFLOW_RUN_STARTED of a run.
 *
 * @example
 *   const started = runStartedEvent(EXAMPLE_RUN_IDENTITY, '2026-04-28T10:30:00.000Z', 'evt_1');
 */
export function runStartedEvent(identity: RunIdentity, startedAt: string, eventId: string): WorkflowRunStartedEvent {
  return { event: 'WORKFLOW_RUN_STARTED', eventId, eventTimestamp: startedAt, data: { ...correlation(identity), timestamp: startedAt } };
}

/**
 * WORKFLOW_NODE_COMPLETED of one node of a run, sent when the node completed.
 *
 * @example
 *   const [node] = nodesOf(exampleRunSteps(), Date.now());
 *   const event = nodeCompletedEvent(EXAMPLE_RUN_IDENTITY, node!, 'evt_2');
 */
export function nodeCompletedEvent(identity: RunIdentity, node: NodeOutcome, eventId: string): WorkflowNodeCompletedEvent {
  return { event: 'WORKFLOW_NODE_COMPLETED', eventId, eventTimestamp: node.completedAt, data: { ...correlation(identity), timestamp: node.completedAt, ...structuredClone(node) } };
}

/**
 * WORKFLOW_CONTACT_RESOLVED of the inline contact a run was started for.
 *
 * @example
 *   const resolved = contactResolvedEvent(EXAMPLE_RUN_IDENTITY, { email: 'jane@example.com', contactIndex: 0 }, '2026-04-28T10:29:55.000Z', 'evt_0');
 */
export function contactResolvedEvent(identity: RunIdentity, contact: RunContactInput, resolvedAt: string, eventId: string): WorkflowContactResolvedEvent {
  const base = examples.WORKFLOW_CONTACT_RESOLVED[0].data;
  return {
    event: 'WORKFLOW_CONTACT_RESOLVED',
    eventId,
    eventTimestamp: resolvedAt,
    data: {
      recordId: identity.runId,
      organizationId: identity.organizationId,
      workflowId: identity.workflowId,
      workflowExternalId: identity.workflowExternalId,
      workflowVersionId: identity.workflowVersionId,
      versionNumber: contact.versionNumber ?? base.versionNumber,
      candidateProfileId: identity.candidateProfileId,
      externalId: contact.externalId === undefined ? identity.candidateProfileExternalId : contact.externalId,
      email: contact.email === undefined ? null : contact.email,
      phoneNumber: contact.phoneNumber === undefined ? null : contact.phoneNumber,
      isNewProfile: contact.isNewProfile ?? false,
      contactIndex: contact.contactIndex ?? 0,
    },
  };
}

/**
 * The terminal event of a run that ended as `end` says, with the full nodes[] (cut to `maxNodes`, with
 * `truncated`), and finalNodeId the last node traversed.
 *
 * @example
 *   const failed = terminalEvent(EXAMPLE_RUN_IDENTITY, { startedAt, completedAt, nodes, end: { outcome: 'failed', errorCode: 'UNKNOWN' } }, 'evt_9');
 */
export function terminalEvent(
  identity: RunIdentity,
  run: { startedAt: string; completedAt: string; nodes: readonly NodeOutcome[]; end: Exclude<RunEnd, { outcome: 'running' }>; maxNodes?: number },
  eventId: string,
): WorkflowRunTerminalEvent {
  const maxNodes = run.maxNodes ?? MAX_TERMINAL_NODES;
  const truncated = run.nodes.length > maxNodes;
  const common = {
    ...correlation(identity),
    timestamp: run.completedAt,
    startedAt: run.startedAt,
    completedAt: run.completedAt,
    finalNodeId: run.nodes.at(-1)?.nodeId ?? null,
    truncated,
    nodes: structuredClone(run.nodes.slice(0, maxNodes)) as NodeOutcome[],
  };
  const envelope = { eventId, eventTimestamp: run.completedAt };
  const { end } = run;
  switch (end.outcome) {
    case 'failed':
      return {
        event: 'WORKFLOW_RUN_FAILED',
        ...envelope,
        data: {
          ...common,
          outcome: 'failed',
          errorCode: end.errorCode,
          ...(end.errorClass === undefined ? {} : { errorClass: end.errorClass }),
          lastFailedNodeId: end.lastFailedNodeId === undefined ? common.finalNodeId : end.lastFailedNodeId,
        },
      };
    case 'cancelled':
      return { event: 'WORKFLOW_RUN_CANCELLED', ...envelope, data: { ...common, outcome: 'cancelled', ...(end.cancellationReason == null ? {} : { cancellationReason: end.cancellationReason }) } };
    default:
      return { event: 'WORKFLOW_RUN_COMPLETED', ...envelope, data: { ...common, outcome: end.outcome } };
  }
}

function correlation(identity: RunIdentity) {
  return {
    recordId: identity.runId,
    organizationId: identity.organizationId,
    workflowId: identity.workflowId,
    workflowVersionId: identity.workflowVersionId,
    workflowExternalId: identity.workflowExternalId,
    candidateProfileId: identity.candidateProfileId,
    candidateProfileExternalId: identity.candidateProfileExternalId,
  };
}

function eventIds(custom: BuildRunOptions['eventId']): (type: RunEvent['event']) => string {
  let index = 0;
  return (type) => (custom === undefined ? `evt_${globalThis.crypto.randomUUID()}` : custom(index++, type));
}

function iso(epochMs: number): string {
  return new Date(epochMs).toISOString();
}

function definedOnly(options: BuildRunOptions): Partial<RunIdentity> {
  const keys = Object.keys(EXAMPLE_RUN_IDENTITY) as (keyof RunIdentity)[];
  return Object.fromEntries(keys.filter((key) => options[key] !== undefined).map((key) => [key, options[key]]));
}

function check(event: RunEvent): void {
  const result = parseEvent(event, { profile: 'strict' });
  if (!result.ok) throw new TypeError(`buildRun: the ${event.event} built breaks its schema: ${result.error.message}`, { cause: result.error });
}
