/**
 * Run tracking: fold Workflow events into per-run state, in any order, with duplicates.
 *
 * @example
 *   import { createRunTracker } from 'popp-workflow-contract/runs';
 *   const tracker = createRunTracker();
 *   tracker.apply(event);
 *   console.log(tracker.get('run_xyz789')?.status); // or get(runId, organizationId) when serving several organizations
 */
export { fromWorkflowRun } from './from-workflow-run.js';
export { reduceRun, type RunContact, type RunState, type RunStatus, type SkippedContact } from './reduce-run.js';
export {
  createRunTracker,
  RUN_TRACKER_LIMITS,
  TRACKED_EVENT_TYPES,
  type FailedContact,
  type RunEviction,
  type RunTracker,
  type RunTrackerHandlers,
  type RunTrackerOptions,
  type TrackedEventType,
} from './tracker.js';
// Which events are about a run is a fact of the spec (each event's record kind); re-exported where users look for it.
export { isRunEvent, type RunEvent } from '../events.js';
