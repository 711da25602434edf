// createRunTracker: reduceRun over a map of runs, fed with whatever events a receiver gets.
import { WORKFLOW_EVENT_TYPES, type PoppWebhookEvent, type WorkflowContactResolutionFailedData, type WorkflowEventType } from '../events.js';
import { compare, reduceRun, type RunEvent, type RunState } from './reduce-run.js';

// Typed by RunEvent, so the compiler holds these keys to exactly the Workflow types RunEvent leaves out.
const NOT_ABOUT_ONE_RUN: Record<Exclude<WorkflowEventType, RunEvent['event']>, true> = { WORKFLOW_CONTACT_RESOLUTION_FAILED: true, WORKFLOW_PUBLISHED: true };
const RUN_EVENT_TYPES: ReadonlySet<string> = new Set(WORKFLOW_EVENT_TYPES.filter((type) => !Object.hasOwn(NOT_ABOUT_ONE_RUN, type)));

/**
 * Whether an event is about one run (its `data.recordId` is the run's ID), so that reduceRun takes it.
 *
 * @example
 *   if (isRunEvent(event)) await saveRun(reduceRun(await loadRun(event.data.recordId), event));
 */
export function isRunEvent(event: PoppWebhookEvent): event is RunEvent {
  return RUN_EVENT_TYPES.has(event.event);
}

/** A contact that could not be resolved, so no run exists for it (WORKFLOW_CONTACT_RESOLUTION_FAILED). */
export interface FailedContact extends WorkflowContactResolutionFailedData {
  eventId: string;
}

export interface RunTrackerOptions {
  /** Called after an event changed a run's state (never for a duplicate). */
  onChange?: (state: RunState, previous: RunState | undefined) => void;
}

export interface RunTracker {
  /**
   * Folds in any Popp event. Returns the run's new state for a run event, and `undefined` for an event
   * that is not about a run: WORKFLOW_CONTACT_RESOLUTION_FAILED (kept in `failedContacts()`),
   * WORKFLOW_PUBLISHED and the non-workflow events.
   */
  apply(event: PoppWebhookEvent): RunState | undefined;
  get(runId: string): RunState | undefined;
  /** Every run, in the order first seen. */
  runs(): RunState[];
  /** Contacts that failed resolution, one per eventId, sorted by eventId. */
  failedContacts(): FailedContact[];
  /** Forgets a run (when its state has been stored elsewhere, say); true if it was tracked. */
  delete(runId: string): boolean;
  readonly size: number;
}

/**
 * Tracks workflow runs in memory from their events, in any order, with duplicates. For durable state, store
 * what `reduceRun` returns instead. `apply` fits an `on` handler as it is.
 *
 * @example
 *   const tracker = createRunTracker({ onChange: (run) => console.log(run.runId, run.status) });
 *   const handler = createWebhookHandler({ secret, on: { WORKFLOW_RUN_COMPLETED: tracker.apply, WORKFLOW_NODE_COMPLETED: tracker.apply } });
 */
export function createRunTracker(options: RunTrackerOptions = {}): RunTracker {
  const runs = new Map<string, RunState>();
  const failed = new Map<string, FailedContact>();
  return {
    apply(event) {
      if (event.event === 'WORKFLOW_CONTACT_RESOLUTION_FAILED') {
        failed.set(event.eventId, { ...event.data, eventId: event.eventId });
        return undefined;
      }
      if (!isRunEvent(event)) return undefined;
      const previous = runs.get(event.data.recordId);
      const state = reduceRun(previous, event);
      if (state !== previous) {
        runs.set(state.runId, state);
        options.onChange?.(state, previous);
      }
      return state;
    },
    get: (runId) => runs.get(runId),
    runs: () => [...runs.values()],
    failedContacts: () => [...failed.values()].sort((a, b) => compare(a.eventId, b.eventId)),
    delete: (runId) => runs.delete(runId),
    get size() {
      return runs.size;
    },
  };
}
