/**
 * The parts of a run's state that grow with the run (its eventIds, the nodes its node events gave, the
 * contacts skipped), kept so that folding one more event costs the same whatever the run's length.
 *
 * States folded one after another share append-only logs, and each state remembers how far into them it
 * reaches: a state keeps reading what it held, however many events were folded after it. Folding onto the
 * latest state of its logs appends to them; folding onto an earlier state, or onto a state that was stored
 * and loaded (a plain object), copies them first (its length, once). A state's arrays are built from its
 * part of the logs when first read, then kept as ordinary properties.
 */
import type { NodeOutcome } from '../events.js';
import { compare } from './compare.js';
import { compareTimeKeys, timeKey, type TimeKey } from './instant.js';
import type { RunState, SkippedContact } from './reduce-run.js';

/** A node as a WORKFLOW_NODE_COMPLETED event gave it, with the event's ID (which breaks ties). */
export interface NodeEntry {
  readonly node: NodeOutcome;
  readonly eventId: string;
}

/** The append-only logs of one run, shared by the states folded one after another. */
interface Logs {
  readonly eventIds: string[];
  readonly seen: Set<string>;
  /** Each entry won over the entries before it with its nodeId when it was appended. */
  nodes: NodeEntry[];
  /** nodeId → the winning entry, over all of `nodes` (created with the first entry). */
  winners: Map<string, NodeEntry> | undefined;
  skipped: SkippedContact[];
}

/** How far one state reaches into its logs. */
export interface Reach {
  readonly logs: Logs;
  readonly eventIdCount: number;
  readonly nodeCount: number;
  readonly skippedCount: number;
}

/** Where a state keeps its reach: a non-enumerable symbol, which JSON, spread and structuredClone leave out. */
const REACH = Symbol('popp-workflow-contract/run-history');

function reachOf(state: RunState): Reach | undefined {
  return (state as unknown as Partial<Record<typeof REACH, Reach>>)[REACH];
}

/** What one fold step adds to the logs. `nodes: 'none'` once a terminal event decides the nodes. */
export interface Additions {
  eventId: string;
  node?: NodeEntry | undefined;
  skipped?: SkippedContact | undefined;
  nodes: 'keep' | 'none';
}

/**
 * The logs to fold one more event onto `state`: shared with it when it is the latest state of its logs,
 * else copies of its part of them (a stored state's arrays, an earlier state's prefix).
 */
export function reachToExtend(state: RunState | undefined): Reach {
  if (state === undefined) return withLogs([], [], []);
  const reach = reachOf(state);
  if (reach === undefined) return reachOfPlainState(state);
  // Every fold step appends an eventId, so the latest state is the one that reaches the end of that log.
  if (reach.eventIdCount === reach.logs.eventIds.length) return reach;
  const { logs } = reach;
  return withLogs(logs.eventIds.slice(0, reach.eventIdCount), logs.nodes.slice(0, reach.nodeCount), logs.skipped.slice(0, reach.skippedCount));
}

/** The winning node entry with this nodeId, in a reach from reachToExtend. */
export function nodeWinner(reach: Reach, nodeId: string): NodeEntry | undefined {
  return reach.logs.winners?.get(nodeId);
}

/** Whether this eventId was folded in, in a reach from reachToExtend. */
export function hasEventId(reach: Reach, eventId: string): boolean {
  return reach.logs.seen.has(eventId);
}

/** Appends one fold step to a reach from reachToExtend (whose state is then no longer the latest). */
export function extend(reach: Reach, additions: Additions): Reach {
  let logs = reach.logs;
  logs.eventIds.push(additions.eventId);
  logs.seen.add(additions.eventId);
  if (additions.skipped !== undefined) {
    // The shared empty array is replaced, not appended to: earlier states read none of it anyway.
    if (logs.skipped === NONE) logs.skipped = [];
    logs.skipped.push(additions.skipped);
  }
  if (additions.nodes === 'none') {
    // Node events no longer count: later states share every log but the nodes, and hold none of them.
    if (logs.nodes.length > 0) logs = { ...logs, nodes: NONE, winners: undefined };
  } else if (additions.node !== undefined) {
    if (logs.nodes === NONE) logs.nodes = [];
    logs.nodes.push(additions.node);
    (logs.winners ??= new Map()).set(additions.node.node.nodeId, additions.node);
  }
  return { logs, eventIdCount: reach.eventIdCount + 1, nodeCount: logs.nodes.length, skippedCount: logs.skipped.length };
}

/** A node entry with its enteredAt parsed, for sorting. */
interface Entered {
  readonly entered: TimeKey;
  readonly entry: NodeEntry;
}

/** Order of nodes in a state: by when the run entered them, then by nodeId (a nodeId appears once). */
function compareEnteredNodes(a: Entered, b: Entered): number {
  return compareTimeKeys(a.entered, b.entered) || compare(a.entry.node.nodeId, b.entry.node.nodeId);
}

/** Keeps `reach` in `state` for the next fold step, out of sight (a non-enumerable symbol). */
export function keepReach(state: object, reach: Reach): void {
  Object.defineProperty(state, REACH, { value: reach });
  Object.defineProperty(state, INSPECT_KEY, INSPECT);
}

/** Growing fields: built from the state's reach when first read, then ordinary data properties. */
export type GrowingField = 'eventIds' | 'nodes' | 'nodeEventIds' | 'skippedContacts';

/**
 * Adds a growing field to `state`, as a property built on first read. Add fields in the same order on every
 * state: with the same accessors, states then share their shape (V8 keeps them fast).
 */
export function defineGrowing(state: object, key: GrowingField): void {
  Object.defineProperty(state, key, GROWING[key]);
}

// Shared accessors (not closures per state): each reads the state's reach, builds the value once and puts
// it in place as an ordinary data property.
type Build = (reach: Reach) => unknown;
const BUILDERS: Record<GrowingField, Build> = {
  eventIds: (reach) => reach.logs.eventIds.slice(0, reach.eventIdCount).sort(compare),
  nodes: (reach) => nodesOf(reach).nodes,
  // Empty once a terminal event decides the nodes: its reach has no node entries.
  nodeEventIds: (reach) => nodesOf(reach).nodeEventIds,
  skippedContacts: (reach) => reach.logs.skipped.slice(0, reach.skippedCount).sort((a, b) => compare(a.eventId, b.eventId)),
};

function lazy(key: GrowingField): PropertyDescriptor {
  return {
    get(this: RunState) {
      return settle(this, key, BUILDERS[key](reachOf(this) as Reach));
    },
    set(this: RunState, value: unknown) {
      settle(this, key, value);
    },
    enumerable: true,
    configurable: true,
  };
}

// Reflect.defineProperty, which returns false rather than throwing: a frozen state (Object.freeze, a store
// that freezes what it holds) cannot keep the value, so it builds it again on the next read.
function settle(state: object, key: string, value: unknown): unknown {
  Reflect.defineProperty(state, key, { value, writable: true, enumerable: true, configurable: true });
  return value;
}

const GROWING: Record<GrowingField, PropertyDescriptor> = { eventIds: lazy('eventIds'), nodes: lazy('nodes'), nodeEventIds: lazy('nodeEventIds'), skippedContacts: lazy('skippedContacts') };

// console.log and util.inspect show built values, not "[Getter/Setter]".
const INSPECT_KEY = Symbol.for('nodejs.util.inspect.custom');
const INSPECT: PropertyDescriptor = {
  value(this: object) {
    return { ...this };
  },
};

// Built once per reach (nodes and nodeEventIds are read together, by toEqual or JSON.stringify say).
const builtNodes = new WeakMap<Reach, { nodes: NodeOutcome[]; nodeEventIds: string[] }>();

function nodesOf(reach: Reach): { nodes: NodeOutcome[]; nodeEventIds: string[] } {
  let built = builtNodes.get(reach);
  if (built === undefined) builtNodes.set(reach, (built = buildNodes(reach)));
  return built;
}

function buildNodes(reach: Reach): { nodes: NodeOutcome[]; nodeEventIds: string[] } {
  const winners = new Map<string, NodeEntry>();
  for (let i = 0; i < reach.nodeCount; i++) {
    const entry = reach.logs.nodes[i] as NodeEntry;
    winners.set(entry.node.nodeId, entry);
  }
  const sorted = [...winners.values()].map((entry) => ({ entered: timeKey(entry.node.enteredAt), entry })).sort(compareEnteredNodes);
  return { nodes: sorted.map(({ entry }) => entry.node), nodeEventIds: sorted.map(({ entry }) => entry.eventId) };
}

/** The empty log every run starts with, shared: replaced by its own array on the first append. */
const NONE: never[] = Object.freeze([]) as unknown as never[];

function reachOfPlainState(state: RunState): Reach {
  const { eventIds, nodes, skippedContacts } = state as Partial<RunState>;
  if (!Array.isArray(eventIds) || !Array.isArray(nodes) || !Array.isArray(skippedContacts)) {
    throw new TypeError('reduceRun: the state is not a RunState (eventIds, nodes and skippedContacts must be arrays): store and load the whole object reduceRun returned.');
  }
  // A state stored before nodeEventIds existed ties nodes without an eventId: '' loses every tie.
  const nodeEventIds: readonly string[] = Array.isArray(state.nodeEventIds) ? state.nodeEventIds : [];
  const entries = state.terminalEventId === null ? nodes.map((node, i) => ({ node, eventId: nodeEventIds[i] ?? '' })) : [];
  return withLogs([...eventIds], entries, [...skippedContacts]);
}

function withLogs(eventIds: string[], nodes: NodeEntry[], skipped: SkippedContact[]): Reach {
  let winners: Map<string, NodeEntry> | undefined;
  for (const entry of nodes) (winners ??= new Map()).set(entry.node.nodeId, entry);
  const logs: Logs = { eventIds, seen: new Set(eventIds), nodes: nodes.length > 0 ? nodes : NONE, winners, skipped: skipped.length > 0 ? skipped : NONE };
  return { logs, eventIdCount: eventIds.length, nodeCount: nodes.length, skippedCount: skipped.length };
}
