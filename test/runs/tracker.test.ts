// createRunTracker: routes any Popp event to its run, keeps failed contacts, and plugs into the handler.
import { describe, expect, it } from 'vitest';
import { createRunTracker, type RunState } from '../../src/runs/index.js';
import { buildEvent, signRequest } from '../../src/testing/index.js';
import { createWebhookHandler } from '../../src/webhooks/index.js';

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
});
