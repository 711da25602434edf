// createRunTracker: reduceRun over a bounded map of runs (keyed by organization and run), fed with whatever events a receiver gets.
import { isRunEvent, RUN_EVENT_TYPES, type EventMap, type PoppWebhookEvent, type RunEventType, type WorkflowContactResolutionFailedData } from '../events.js';
import { compare } from './compare.js';
import { reduceRun, type RunState } from './reduce-run.js';

/** The defaults of the tracker's bounds (RunTrackerOptions). */
export const RUN_TRACKER_LIMITS = Object.freeze({ maxRuns: 10_000, maxEvents: 100_000, maxFailedContacts: 10_000 });

/** Every event type the tracker understands: each event about a run, and the failed resolution of a contact. */
export const TRACKED_EVENT_TYPES = [...RUN_EVENT_TYPES, 'WORKFLOW_CONTACT_RESOLUTION_FAILED'] as const;
export type TrackedEventType = RunEventType | 'WORKFLOW_CONTACT_RESOLUTION_FAILED';

/** One `on` handler per event type the tracker understands, each folding its event in. */
export type RunTrackerHandlers = { readonly [K in TrackedEventType]: (event: EventMap[K]) => void };

/** A contact that could not be resolved, so no run exists for it (WORKFLOW_CONTACT_RESOLUTION_FAILED). */
export interface FailedContact extends WorkflowContactResolutionFailedData {
  eventId: string;
}

/** What the tracker let go of to stay within its bounds, as passed to `onEvict`. */
export type RunEviction =
  | { kind: 'run'; run: RunState; reason: 'max-runs' | 'max-events' }
  | { kind: 'failed-contact'; contact: FailedContact; reason: 'max-failed-contacts' };

export interface RunTrackerOptions {
  /** Called after an event changed a run's state (never for a duplicate). */
  onChange?: (state: RunState, previous: RunState | undefined) => void;
  /** The most runs kept. Default: 10,000 (RUN_TRACKER_LIMITS.maxRuns). */
  maxRuns?: number;
  /** The most events (eventIds) kept over all runs. Default: 100,000 (RUN_TRACKER_LIMITS.maxEvents). */
  maxEvents?: number;
  /** The most failed contacts kept. Default: 10,000 (RUN_TRACKER_LIMITS.maxFailedContacts). */
  maxFailedContacts?: number;
  /**
   * Called for each run (or failed contact) let go of to stay within the bounds, with its last state: store
   * it if you still need it. Ended runs go first, then running ones, each the least recently changed first;
   * the run an event just changed goes only when it alone holds more than maxEvents. Failed contacts go
   * oldest first. Without onEvict, each eviction is logged with console.warn.
   */
  onEvict?: (eviction: RunEviction) => void;
}

export interface RunTracker {
  /**
   * Folds in any Popp event. Returns the run's new state for a run event, and `undefined` for an event
   * that is not about a run: WORKFLOW_CONTACT_RESOLUTION_FAILED (kept in `failedContacts()`),
   * WORKFLOW_PUBLISHED and the non-workflow events.
   */
  apply(event: PoppWebhookEvent): RunState | undefined;
  /**
   * The run with this ID; pass its organizationId too when one tracker serves several organizations (it
   * throws when runs of two organizations share the ID and none is given).
   */
  get(runId: string, organizationId?: string): RunState | undefined;
  /** Every run, in the order first seen. */
  runs(): RunState[];
  /** Contacts that failed resolution, one per eventId, sorted by eventId. */
  failedContacts(): FailedContact[];
  /** Forgets a run (when its state has been stored elsewhere, say); true if it was tracked. Addressed as `get`. */
  delete(runId: string, organizationId?: string): boolean;
  /** The number of runs tracked. */
  readonly size: number;
  /**
   * `on` handlers for createWebhookHandler, one per event type the tracker understands (TRACKED_EVENT_TYPES),
   * so none is forgotten: `on: tracker.on`, or `on: { ...tracker.on, WORKFLOW_RUN_FAILED: … }` to handle one
   * yourself as well (call `tracker.apply(event)` in it).
   */
  readonly on: RunTrackerHandlers;
}

interface Entry {
  state: RunState;
  /** Events folded into state: one per change. */
  events: number;
}

/**
 * Tracks workflow runs in memory from their events, in any order, with duplicates, within bounds (see
 * RunTrackerOptions). Runs are keyed by organization and run, so two organizations' runs with one recordId
 * never merge. Applying an event costs the same whatever the run's length. For durable state, store what
 * `reduceRun` returns instead. `apply` fits an `on` handler as it is.
 *
 * @example
 *   const tracker = createRunTracker({
 *     onChange: (run) => console.log(run.runId, run.status),
 *     onEvict: (eviction) => { if (eviction.kind === 'run') archive(eviction.run); },
 *   });
 *   const handler = createWebhookHandler({ secret, on: tracker.on }); // every event the tracker understands
 */
export function createRunTracker(options: RunTrackerOptions = {}): RunTracker {
  const maxRuns = limit(options, 'maxRuns');
  const maxEvents = limit(options, 'maxEvents');
  const maxFailedContacts = limit(options, 'maxFailedContacts');
  const onEvict = options.onEvict ?? ((eviction: RunEviction) => console.warn(evictionWarning(eviction, { maxRuns, maxEvents, maxFailedContacts })));
  /**
   * runId → the entries with that runId, one per organization (almost always one): `get(runId)` finds a
   * run's organizations in one lookup, and a small array costs less memory per run than a Map.
   */
  const byRun = new Map<string, Entry[]>();
  /** Every entry, in the order first seen. */
  const firstSeen = new Set<Entry>();
  /** Eviction queues: least recently changed first (a Set keeps insertion order; re-adding moves to the end). */
  const ended = new Set<Entry>();
  const running = new Set<Entry>();
  const failed = new Map<string, FailedContact>();
  let eventCount = 0;

  const find = (runId: string, organizationId: string | undefined, caller: string): Entry | undefined => {
    const entries = byRun.get(runId);
    if (entries === undefined) return undefined;
    if (organizationId !== undefined) return entries.find((entry) => entry.state.organizationId === organizationId);
    if (entries.length > 1) {
      const organizations = entries.map((entry) => entry.state.organizationId).sort(compare).join(', ');
      throw new Error(`RunTracker.${caller}: runs of ${entries.length} organizations (${organizations}) have the ID ${runId}; pass the organizationId: ${caller}(runId, organizationId).`);
    }
    return entries[0];
  };

  const remove = (entry: Entry): void => {
    const entries = byRun.get(entry.state.runId) ?? [];
    if (entries.length <= 1) byRun.delete(entry.state.runId);
    else entries.splice(entries.indexOf(entry), 1);
    firstSeen.delete(entry);
    ended.delete(entry);
    running.delete(entry);
    eventCount -= entry.events;
  };

  // The run just changed (`current`) goes only when it alone is over maxEvents: then it goes first, as it
  // could never fit, and the other runs stay.
  const enforceBounds = (current: Entry): void => {
    if (current.events > maxEvents) evict(current, 'max-events');
    while (firstSeen.size > maxRuns || eventCount > maxEvents) {
      const victim = oldest(ended, current) ?? oldest(running, current);
      if (victim === undefined) break;
      evict(victim, firstSeen.size > maxRuns ? 'max-runs' : 'max-events');
    }
  };

  const evict = (entry: Entry, reason: 'max-runs' | 'max-events'): void => {
    remove(entry);
    onEvict({ kind: 'run', run: entry.state, reason });
  };

  // One function for every tracked type: each folds its event in (an `on` handler's return value is not used).
  const on = Object.freeze(Object.fromEntries(TRACKED_EVENT_TYPES.map((type) => [type, (event: PoppWebhookEvent) => void tracker.apply(event)]))) as RunTrackerHandlers;
  const tracker: RunTracker = {
    apply(event) {
      if (event.event === 'WORKFLOW_CONTACT_RESOLUTION_FAILED') {
        if (failed.has(event.eventId)) return undefined;
        failed.set(event.eventId, { ...event.data, eventId: event.eventId });
        for (const [eventId, contact] of failed) {
          if (failed.size <= maxFailedContacts) break;
          failed.delete(eventId);
          onEvict({ kind: 'failed-contact', contact, reason: 'max-failed-contacts' });
        }
        return undefined;
      }
      if (!isRunEvent(event)) return undefined;
      const { recordId: runId, organizationId } = event.data;
      const entry = find(runId, organizationId, 'apply');
      const previous = entry?.state;
      const state = reduceRun(previous, event);
      if (state === previous) return state;
      const current = entry ?? { state, events: 0 };
      if (entry === undefined) {
        const entries = byRun.get(runId);
        if (entries === undefined) byRun.set(runId, [current]);
        else entries.push(current);
        firstSeen.add(current);
      }
      current.state = state;
      current.events++;
      eventCount++;
      ended.delete(current);
      running.delete(current);
      (state.terminalEventId === null ? running : ended).add(current);
      try {
        options.onChange?.(state, previous);
      } finally {
        enforceBounds(current);
      }
      return state;
    },
    get: (runId, organizationId) => find(runId, organizationId, 'get')?.state,
    runs: () => [...firstSeen].map((entry) => entry.state),
    failedContacts: () => [...failed.values()].sort((a, b) => compare(a.eventId, b.eventId)),
    delete(runId, organizationId) {
      const entry = find(runId, organizationId, 'delete');
      if (entry !== undefined) remove(entry);
      return entry !== undefined;
    },
    get size() {
      return firstSeen.size;
    },
    on,
  };
  return tracker;
}

/** The least recently changed entry of a queue, other than `except`. */
function oldest(queue: ReadonlySet<Entry>, except: Entry): Entry | undefined {
  for (const entry of queue) if (entry !== except) return entry;
  return undefined;
}

function limit(options: RunTrackerOptions, name: keyof typeof RUN_TRACKER_LIMITS): number {
  const value = options[name] ?? RUN_TRACKER_LIMITS[name];
  if (value !== Number.POSITIVE_INFINITY && !(Number.isSafeInteger(value) && value > 0)) {
    throw new RangeError(`createRunTracker: ${name} must be a positive integer or Infinity, not ${String(value)}.`);
  }
  return value;
}

function evictionWarning(eviction: RunEviction, limits: Record<keyof typeof RUN_TRACKER_LIMITS, number>): string {
  const what =
    eviction.kind === 'run'
      ? `run ${eviction.run.runId} of organization ${eviction.run.organizationId} (${eviction.run.status})`
      : `failed contact ${eviction.contact.eventId}`;
  const bound = ({ 'max-runs': 'maxRuns', 'max-events': 'maxEvents', 'max-failed-contacts': 'maxFailedContacts' } as const)[eviction.reason];
  return `popp-workflow-contract run tracker: let go of ${what} to stay within ${bound} (${limits[bound]}). Pass onEvict to keep what is let go of.`;
}
