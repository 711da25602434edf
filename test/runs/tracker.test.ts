// createRunTracker: routes any Popp event to its run, keeps failed contacts, and plugs into the handler.
import { describe, expect, it, vi } from 'vitest';
import { RUN_EVENT_TYPES, type PoppWebhookEvent } from '../../src/events.js';
import { createRunTracker, TRACKED_EVENT_TYPES, RUN_TRACKER_LIMITS, type RunEviction, type RunState } from '../../src/runs/index.js';
import { buildEvent, signRequest } from '../../src/testing/index.js';
import { createWebhookHandler } from '../../src/webhooks/index.js';
import { countElementsVisited } from './work.js';

describe('createRunTracker', () => {
  it('tracks runs separately and returns each run\'s new state', () => {
    const tracker = createRunTracker();
    const a = tracker.apply(buildEvent('WORKFLOW_RUN_STARTED', { data: { recordId: 'run_a' } }));
    tracker.apply(buildEvent('WORKFLOW_RUN_FAILED', { data: { recordId: 'run_b' } }));
    expect(a).toMatchObject({ runId: 'run_a', status: 'running' });
    expect(tracker.get('run_b')).toMatchObject({ status: 'failed', errorCode: 'DOWNSTREAM_SERVICE_ERROR' });
    expect(tracker.runs().map((run) => run.runId)).toEqual(['run_a', 'run_b']);
    expect(tracker.size).toBe(2);
    expect(tracker.delete('run_a')).toBe(true);
    expect(tracker.get('run_a')).toBeUndefined();
  });

  it('links contact resolution to its run, and keeps failed contacts, which have no run', () => {
    const tracker = createRunTracker();
    tracker.apply(buildEvent('WORKFLOW_CONTACT_RESOLVED', { data: { recordId: 'run_a', isNewProfile: true } }));
    tracker.apply(buildEvent('WORKFLOW_CONTACT_RESOLUTION_SKIPPED', { data: { recordId: 'run_old' } }));
    const failure = buildEvent('WORKFLOW_CONTACT_RESOLUTION_FAILED', { eventId: 'evt_f1' });
    expect(tracker.apply(failure)).toBeUndefined();
    tracker.apply(failure);
    expect(tracker.get('run_a')?.contact).toMatchObject({ isNewProfile: true });
    expect(tracker.get('run_old')?.skippedContacts).toHaveLength(1);
    expect(tracker.failedContacts()).toEqual([{ ...failure.data, eventId: 'evt_f1' }]);
  });

  it('returns undefined for events that are not about a run', () => {
    const tracker = createRunTracker();
    expect(tracker.apply(buildEvent('WORKFLOW_PUBLISHED'))).toBeUndefined();
    expect(tracker.apply(buildEvent('CONVERSATION_STARTED'))).toBeUndefined();
    expect(tracker.size).toBe(0);
  });

  it('reports changes, and not duplicates', () => {
    const changes: [RunState['status'], RunState['status'] | undefined][] = [];
    const tracker = createRunTracker({ onChange: (state, previous) => void changes.push([state.status, previous?.status]) });
    const started = buildEvent('WORKFLOW_RUN_STARTED');
    tracker.apply(started);
    tracker.apply(started);
    tracker.apply(buildEvent('WORKFLOW_RUN_COMPLETED'));
    expect(changes).toEqual([
      ['running', undefined],
      ['completed', 'running'],
    ]);
  });

  it('works as the handler\'s `on` functions, fed by signed deliveries', async () => {
    const tracker = createRunTracker();
    const secret = 'tracker-secret';
    const handler = createWebhookHandler({
      secret,
      on: { WORKFLOW_RUN_STARTED: tracker.apply, WORKFLOW_NODE_COMPLETED: tracker.apply, WORKFLOW_RUN_COMPLETED: tracker.apply },
    });
    const events = [buildEvent('WORKFLOW_RUN_COMPLETED'), buildEvent('WORKFLOW_NODE_COMPLETED'), buildEvent('WORKFLOW_RUN_STARTED')];
    for (const event of [...events, events[0]!]) {
      const response = await handler(new Request('http://receiver.test/', await signRequest(event, secret)));
      expect(response.status).toBe(200);
    }
    expect(tracker.get('run_xyz789')).toMatchObject({ status: 'completed', nodesSource: 'terminal', durationMs: 15 * 60_000 });
    expect(tracker.get('run_xyz789')?.eventIds).toHaveLength(3);
  });

  it('hands the handler every event it understands through tracker.on, the contact data included', async () => {
    const tracker = createRunTracker();
    const secret = 'tracker-secret';
    expect(Object.keys(tracker.on).sort()).toEqual([...TRACKED_EVENT_TYPES].sort());
    expect(TRACKED_EVENT_TYPES).toEqual(expect.arrayContaining([...RUN_EVENT_TYPES, 'WORKFLOW_CONTACT_RESOLUTION_FAILED']));
    expect(TRACKED_EVENT_TYPES).not.toContain('WORKFLOW_PUBLISHED');
    const handler = createWebhookHandler({ secret, on: tracker.on });
    const runEvents = RUN_EVENT_TYPES.map((type) => buildEvent(type, { data: { recordId: 'run_all' } } as never));
    const failedContact = buildEvent('WORKFLOW_CONTACT_RESOLUTION_FAILED');
    for (const event of [...runEvents, failedContact]) {
      const response = await handler(new Request('http://receiver.test/', await signRequest(event, secret)));
      expect(await response.json(), event.event).toMatchObject({ outcome: 'processed' });
    }
    const run = tracker.get('run_all');
    expect(run?.eventIds).toHaveLength(runEvents.length);
    expect(run?.contact).toMatchObject({ contactIndex: 0, email: 'jane.doe@example.com' });
    expect(run?.skippedContacts).toHaveLength(1);
    expect(tracker.failedContacts()).toEqual([expect.objectContaining({ eventId: failedContact.eventId })]);
  });
});

/** `count` distinct events like `template`, built without validating each (fast enough for thousands). */
function copies<E extends PoppWebhookEvent>(template: E, count: number, vary: (i: number) => Record<string, unknown>): E[] {
  return Array.from({ length: count }, (_, i) => {
    const { eventId, ...data } = { eventId: `evt_${String(i).padStart(6, '0')}`, ...vary(i) };
    return { ...template, eventId, data: { ...template.data, ...data } } as E;
  });
}

const startOf = (runId: string, organizationId = 'org_123456') => buildEvent('WORKFLOW_RUN_STARTED', { data: { recordId: runId, organizationId } });
const endOf = (runId: string, organizationId = 'org_123456') => buildEvent('WORKFLOW_RUN_COMPLETED', { data: { recordId: runId, organizationId } });

describe('createRunTracker: keyed by organization and run (issue 8)', () => {
  it('never merges two organizations\' runs with one recordId', () => {
    const tracker = createRunTracker();
    tracker.apply(startOf('run_shared', 'org_a'));
    tracker.apply(endOf('run_shared', 'org_b'));
    expect(tracker.size).toBe(2);
    expect(tracker.get('run_shared', 'org_a')).toMatchObject({ organizationId: 'org_a', status: 'running' });
    expect(tracker.get('run_shared', 'org_b')).toMatchObject({ organizationId: 'org_b', status: 'completed' });
    expect(tracker.get('run_shared', 'org_c')).toBeUndefined();
    expect(() => tracker.get('run_shared')).toThrow('RunTracker.get: runs of 2 organizations (org_a, org_b) have the ID run_shared; pass the organizationId: get(runId, organizationId).');
    expect(() => tracker.delete('run_shared')).toThrow(/RunTracker\.delete: runs of 2 organizations/);
    expect(tracker.delete('run_shared', 'org_a')).toBe(true);
    expect(tracker.get('run_shared')).toMatchObject({ organizationId: 'org_b' });
  });
});

describe('createRunTracker: bounded (issue 8)', () => {
  it('lets go of ended runs first, then running ones, least recently changed first, and says so', () => {
    const evicted: RunEviction[] = [];
    const tracker = createRunTracker({ maxRuns: 3, onEvict: (eviction) => void evicted.push(eviction) });
    for (const event of [startOf('run_1'), endOf('run_2'), startOf('run_3'), endOf('run_4')]) tracker.apply(event);
    tracker.apply(startOf('run_5'));
    tracker.apply(buildEvent('WORKFLOW_NODE_COMPLETED', { data: { recordId: 'run_1' } }));
    tracker.apply(startOf('run_6'));
    const names = (eviction: RunEviction) => (eviction.kind === 'run' ? [eviction.run.runId, eviction.run.status, eviction.reason] : []);
    expect(evicted.map(names)).toEqual([
      ['run_2', 'completed', 'max-runs'],
      ['run_4', 'completed', 'max-runs'],
      ['run_3', 'running', 'max-runs'],
    ]);
    expect(tracker.runs().map((run) => run.runId)).toEqual(['run_1', 'run_5', 'run_6']);
  });

  it('keeps at most 10,000 runs by default, and without onEvict warns of each one let go of', () => {
    expect(RUN_TRACKER_LIMITS).toEqual({ maxRuns: 10_000, maxEvents: 100_000, maxFailedContacts: 10_000 });
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    try {
      const tracker = createRunTracker();
      for (const event of copies(startOf('run'), 10_002, (i) => ({ recordId: `run_${i}` }))) tracker.apply(event);
      expect(tracker.size).toBe(10_000);
      expect(tracker.get('run_0')).toBeUndefined();
      expect(warn.mock.calls).toEqual([
        ['popp-workflow-contract run tracker: let go of run run_0 of organization org_123456 (running) to stay within maxRuns (10000). Pass onEvict to keep what is let go of.'],
        ['popp-workflow-contract run tracker: let go of run run_1 of organization org_123456 (running) to stay within maxRuns (10000). Pass onEvict to keep what is let go of.'],
      ]);
    } finally {
      warn.mockRestore();
    }
  });

  it('bounds the events kept over all runs, ended runs going first, and a run over the bound on its own too', () => {
    const evicted: string[] = [];
    const tracker = createRunTracker({ maxEvents: 6, onEvict: (eviction) => void evicted.push(eviction.kind === 'run' ? `${eviction.run.runId}:${eviction.run.eventIds.length}:${eviction.reason}` : '') });
    const nodes = copies(buildEvent('WORKFLOW_NODE_COMPLETED', { data: { recordId: 'run_big' } }), 5, (i) => ({ nodeId: `node_${i}` }));
    for (const event of [endOf('run_small'), endOf('run_other'), ...nodes.slice(0, 4)]) tracker.apply(event);
    expect(evicted).toEqual([]);
    tracker.apply(startOf('run_big'));
    expect(evicted).toEqual(['run_small:1:max-events']);
    tracker.apply(nodes[4] as PoppWebhookEvent);
    expect(evicted).toEqual(['run_small:1:max-events', 'run_other:1:max-events']);
    expect(tracker.get('run_big')?.eventIds).toHaveLength(6);
    tracker.apply(endOf('run_big'));
    expect(evicted).toEqual(['run_small:1:max-events', 'run_other:1:max-events', 'run_big:7:max-events']);
    expect(tracker.size).toBe(0);
  });

  it('bounds the failed contacts kept, oldest first', () => {
    const evicted: RunEviction[] = [];
    const tracker = createRunTracker({ maxFailedContacts: 2, onEvict: (eviction) => void evicted.push(eviction) });
    for (const id of ['evt_f1', 'evt_f2', 'evt_f1', 'evt_f3']) tracker.apply(buildEvent('WORKFLOW_CONTACT_RESOLUTION_FAILED', { eventId: id }));
    expect(tracker.failedContacts().map((contact) => contact.eventId)).toEqual(['evt_f2', 'evt_f3']);
    expect(evicted).toEqual([{ kind: 'failed-contact', contact: expect.objectContaining({ eventId: 'evt_f1' }), reason: 'max-failed-contacts' }]);
  });

  it('refuses bounds that are not positive integers', () => {
    expect(() => createRunTracker({ maxRuns: 0 })).toThrow('createRunTracker: maxRuns must be a positive integer or Infinity, not 0.');
    expect(() => createRunTracker({ maxEvents: 1.5 })).toThrow(/maxEvents must be a positive integer/);
    expect(() => createRunTracker({ maxFailedContacts: Number.NaN })).toThrow(/maxFailedContacts must be a positive integer/);
    expect(createRunTracker({ maxRuns: Number.POSITIVE_INFINITY }).size).toBe(0);
  });
});

describe('createRunTracker: cost per event (issue 8)', () => {
  it('visits the same number of elements for the 10th and the 4,000th event of a run', () => {
    const events = copies(buildEvent('WORKFLOW_NODE_COMPLETED', { data: { recordId: 'run_long' } }), 4_001, (i) => ({ nodeId: `node_${i}` }));
    const work = (length: number) => {
      const tracker = createRunTracker();
      for (const runId of ['run_a', 'run_b']) tracker.apply(startOf(runId));
      for (const event of events.slice(0, length)) tracker.apply(event);
      return countElementsVisited(() => tracker.apply(events[length] as PoppWebhookEvent)).elements;
    };
    expect(work(4_000)).toBe(work(10));
  });

  it('does not fail on two reports of one node with equal completedAt and a 10,000-level unknown field', () => {
    let deep: Record<string, unknown> = {};
    for (let i = 0; i < 10_000; i++) deep = { deeper: deep };
    const [first, second] = copies(buildEvent('WORKFLOW_NODE_COMPLETED', { data: { recordId: 'run_poison' } }), 2, () => ({}));
    const poisoned = { ...second, data: { ...second!.data, outcome: { ...second!.data.outcome, unknown: deep } } } as unknown as PoppWebhookEvent;
    for (const order of [[first!, poisoned], [poisoned, first!]]) {
      const tracker = createRunTracker();
      for (const event of [...order, ...order]) tracker.apply(event);
      expect(tracker.get('run_poison')?.nodeEventIds).toEqual(['evt_000001']);
    }
  });
});
