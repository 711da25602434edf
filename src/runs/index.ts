/**
 * Run tracking: fold Workflow events into per-run state, in any order, with duplicates.
 *
 * @example
 *   import { createRunTracker } from 'popp-workflow-contract/runs';
 *   const tracker = createRunTracker();
 *   tracker.apply(event);
 *   console.log(tracker.get('run_xyz789')?.status); // or get(runId, organizationId) when serving several organizations
 */
export { reduceRun, type RunContact, type RunEvent, type RunState, type RunStatus, type SkippedContact } from './reduce-run.js';
export { createRunTracker, isRunEvent, RUN_TRACKER_LIMITS, type FailedContact, type RunEviction, type RunTracker, type RunTrackerOptions } from './tracker.js';
