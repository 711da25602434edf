// Shared set-up of the sandbox tests: a sandbox on a virtual clock with a fixed start, a client over its Fetch
// handler, and a receiver (createWebhookHandler + the run tracker) that counts what it processed.
import { createPoppClient, type PoppClient } from '../../src/client/index.js';
import { createRunTracker, fromWorkflowRun, type RunState, type RunTracker } from '../../src/runs/index.js';
import { createSandbox, type Sandbox, type SandboxLogEntry, type SandboxOptions } from '../../src/sandbox/index.js';
import type { PoppWebhookEvent } from '../../src/events.js';
import { createWebhookHandler } from '../../src/webhooks/index.js';

export const SECRET = 'whsec_test_sandbox';
export const START = '2026-04-28T10:30:00.000Z';

export interface Receiver {
  handler: (request: Request) => Promise<Response>;
  tracker: RunTracker;
  /** eventId → how many times an `on` handler processed it. */
  processed: Map<string, number>;
  events: PoppWebhookEvent[];
}

/** A receiver as the README builds one: createWebhookHandler with every tracker handler, counting each event processed. */
export function receiver(): Receiver {
  const tracker = createRunTracker();
  const processed = new Map<string, number>();
  const events: PoppWebhookEvent[] = [];
  const count = (event: PoppWebhookEvent) => {
    processed.set(event.eventId, (processed.get(event.eventId) ?? 0) + 1);
    events.push(event);
  };
  const on = Object.fromEntries(Object.entries(tracker.on).map(([type, fold]) => [type, (event: PoppWebhookEvent) => { count(event); (fold as (event: PoppWebhookEvent) => void)(event); }]));
  const handler = createWebhookHandler({ secret: SECRET, on: { ...on, WORKFLOW_PUBLISHED: count } });
  return { handler, tracker, processed, events };
}

export interface Setup {
  sandbox: Sandbox;
  popp: PoppClient;
  log: SandboxLogEntry[];
}

/** A sandbox with a fixed virtual start and seed 1 (unless overridden), its log, and a client over its fetch. */
export function setup(options: Partial<SandboxOptions> & ({ deliver: SandboxOptions['deliver'] } | { webhookUrl: string })): Setup {
  const log: SandboxLogEntry[] = [];
  const sandbox = createSandbox({ secret: SECRET, seed: 1, clock: { mode: 'virtual', start: START }, onLog: (entry) => log.push(entry), ...options } as SandboxOptions);
  const popp = createPoppClient({ apiKey: 'sk_test_sandbox', organizationId: sandbox.organizationId, fetch: sandbox.fetch });
  return { sandbox, popp, log };
}

/** The fields a REST run and a tracked run share (a REST run has no eventIds, contact or lastEventAt). */
export function comparable(state: RunState): Partial<RunState> {
  const { eventIds: _e, terminalEventId: _t, lastEventAt: _l, nodeEventIds: _n, contact: _c, skippedContacts: _s, ...rest } = state;
  return rest;
}

/** Every run of the sandbox's workflow equals, field for field, what the receiver's tracker made of its events. */
export async function trackedEqualsPolled(popp: PoppClient, tracker: RunTracker, organizationId: string): Promise<{ runId: string; tracked: Partial<RunState> | undefined; polled: Partial<RunState> }[]> {
  const pairs = [];
  for (const state of tracker.runs()) {
    const run = await popp.getRun(state.runId);
    pairs.push({ runId: state.runId, tracked: comparable(state), polled: comparable(fromWorkflowRun(run, organizationId)) });
  }
  return pairs;
}
