// createRunTracker: reduceRun over a map of runs, fed with whatever events a receiver gets.
import { isRunEvent, type PoppWebhookEvent, type WorkflowContactResolutionFailedData } from '../events.js';
import { compare, reduceRun, type RunState } from './reduce-run.js';

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
