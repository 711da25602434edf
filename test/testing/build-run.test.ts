// buildRun: one run's events agree with each other, and with what the run tracker makes of them.
import { describe, expect, it } from 'vitest';
import { RUN_TERMINAL_EVENT_TYPES, WORKFLOW_ERROR_CODES_FOR_TEST } from './build-run-fixtures.js';
import { createRunTracker, fromWorkflowRun } from '../../src/runs/index.js';
import { buildRun, examples, restExamples, type RunStep } from '../../src/testing/index.js';
import { validateEvent } from '../../src/validators.js';

const condition = (nodeId: string): RunStep => ({ nodeId, nodeType: 'CONDITION', outcome: { kind: 'condition', targetNodeId: null, targetNodeLabel: null }, durationMs: 1_000 });

describe('buildRun', () => {
  it('without options is the docs example run: started, one node event per node, then the completed event with those nodes', () => {
    const events = buildRun();
    expect(events.map((event) => event.event)).toEqual(['WORKFLOW_RUN_STARTED', 'WORKFLOW_NODE_COMPLETED', 'WORKFLOW_NODE_COMPLETED', 'WORKFLOW_RUN_COMPLETED']);
    const terminal = events.at(-1)!;
    const { eventId: _eventId, ...docs } = examples.WORKFLOW_RUN_COMPLETED[0];
    expect({ ...terminal, eventId: undefined }).toEqual({ ...docs, eventId: undefined });
    const nodeEvents = events.filter((event) => event.event === 'WORKFLOW_NODE_COMPLETED');
    if (terminal.event !== 'WORKFLOW_RUN_COMPLETED') throw new Error('expected the completed event');
    expect(nodeEvents.map((event) => { const { nodeId, nodeType, enteredAt, completedAt, routingEvent, outcome } = event.data; return { nodeId, nodeType, enteredAt, completedAt, routingEvent, outcome }; })).toEqual(terminal.data.nodes);
  });

  it('gives every event the same IDs, distinct eventIds and times that never go back, each valid under the strict profile', () => {
    const events = buildRun({ runId: 'run_1', candidateProfileId: 'cp_1', contact: { email: 'jane@example.com', contactIndex: 3 }, end: { outcome: 'failed', errorCode: 'EXECUTOR_TIMEOUT' } });
    expect(new Set(events.map((event) => event.data.recordId))).toEqual(new Set(['run_1']));
    expect(new Set(events.map((event) => event.eventId)).size).toBe(events.length);
    const times = events.map((event) => Date.parse(event.eventTimestamp));
    expect(times).toEqual([...times].sort((a, b) => a - b));
    for (const event of events) expect(validateEvent(event, { profile: 'strict' }).ok, event.event).toBe(true);
    expect(events[0]).toMatchObject({ event: 'WORKFLOW_CONTACT_RESOLVED', data: { contactIndex: 3, email: 'jane@example.com', candidateProfileId: 'cp_1' } });
    expect(events.at(-1)).toMatchObject({ event: 'WORKFLOW_RUN_FAILED', data: { errorCode: 'EXECUTOR_TIMEOUT', lastFailedNodeId: 'engagement-booking-confirm' } });
  });

  it('folds, in any order, into the state its terminal event describes', () => {
    const events = buildRun({ end: { outcome: 'cancelled', cancellationReason: 'Withdrew' }, contact: {} });
    const tracker = createRunTracker();
    for (const event of [...events].reverse()) tracker.apply(event);
    const state = tracker.get(events[0]!.data.recordId)!;
    expect(state).toMatchObject({ status: 'cancelled', cancellationReason: 'Withdrew', nodesSource: 'terminal', truncated: false, terminalEventId: events.at(-1)!.eventId });
    expect(state.nodes).toHaveLength(2);
    expect(state.contact).not.toBeNull();
  });

  it('cuts a long traversal to maxNodes and says so with truncated, finalNodeId still the last node', () => {
    const steps = Array.from({ length: 5 }, (_, index) => condition(`check-${index}`));
    const terminal = buildRun({ steps, maxNodes: 3 }).at(-1)!;
    expect(terminal).toMatchObject({ data: { truncated: true, finalNodeId: 'check-4' } });
    if (terminal.event !== 'WORKFLOW_RUN_COMPLETED') throw new Error('expected the completed event');
    expect(terminal.data.nodes.map((node) => node.nodeId)).toEqual(['check-0', 'check-1', 'check-2']);
    expect(buildRun({ steps, maxNodes: 5 }).at(-1)).toMatchObject({ data: { truncated: false } });
  });

  it('builds every terminal outcome and every errorCode', () => {
    for (const outcome of ['completed', 'opted_out', 'delivery_failed', 'cancelled'] as const) expect(buildRun({ end: { outcome } }).at(-1)?.data).toMatchObject({ outcome });
    for (const errorCode of WORKFLOW_ERROR_CODES_FOR_TEST) expect(buildRun({ end: { outcome: 'failed', errorCode, errorClass: 'SYSTEM' } }).at(-1)?.data).toMatchObject({ errorCode, errorClass: 'SYSTEM' });
    expect(new Set(['completed', 'failed', 'cancelled'].map((outcome) => buildRun({ end: outcome === 'failed' ? { outcome, errorCode: 'UNKNOWN' } : { outcome: outcome as 'completed' } }).at(-1)?.event))).toEqual(new Set(RUN_TERMINAL_EVENT_TYPES));
  });

  it('stops after the steps so far for a run still going, and refuses a bad startedAt or maxNodes', () => {
    expect(buildRun({ end: { outcome: 'running' } }).map((event) => event.event)).toEqual(['WORKFLOW_RUN_STARTED', 'WORKFLOW_NODE_COMPLETED', 'WORKFLOW_NODE_COMPLETED']);
    expect(() => buildRun({ startedAt: 'yesterday' })).toThrow(/startedAt "yesterday" is not a date-time/);
    expect(() => buildRun({ maxNodes: 0 })).toThrow(/maxNodes must be a positive integer/);
  });

  it('uses the eventId function given, so a run can be built the same way twice', () => {
    const ids = (index: number, type: string) => `evt_${index}_${type}`;
    expect(buildRun({ eventId: ids })).toEqual(buildRun({ eventId: ids }));
    expect(buildRun({ eventId: ids })[0]?.eventId).toBe('evt_0_WORKFLOW_RUN_STARTED');
  });
});

describe('restExamples', () => {
  it('holds each operation’s example request and responses, as the spec has them', () => {
    expect(restExamples.startWorkflowRuns.request.contacts?.[0]?.email).toBe('jane.doe@example.com');
    expect(restExamples.getWorkflowRun.responses['200'].status).toBe('COMPLETED');
    expect(restExamples.publishWorkflow.responses['400'].code).toBe('WORKFLOW_VALIDATION_FAILED');
  });
});

describe('fromWorkflowRun', () => {
  it('reads the REST run as the state the tracker makes of the same run’s events', () => {
    const run = restExamples.getWorkflowRun.responses['200'];
    const tracker = createRunTracker();
    const events = buildRun({ runId: run.runId, candidateProfileId: run.candidateProfileId, candidateProfileExternalId: run.candidateProfileExternalId ?? null });
    for (const event of events) tracker.apply(event);
    const tracked = tracker.get(run.runId)!;
    const polled = fromWorkflowRun(run, tracked.organizationId);
    const comparable = ({ eventIds: _e, terminalEventId: _t, lastEventAt: _l, nodeEventIds: _n, contact: _c, skippedContacts: _s, ...rest }: typeof tracked) => rest;
    expect(comparable(polled)).toEqual(comparable(tracked));
  });

  it('gives a RUNNING run the running status with no outcome, and refuses a status it does not know', () => {
    const [running] = restExamples.listWorkflowRuns.responses['200'].runs;
    expect(fromWorkflowRun(running!, 'org_1')).toMatchObject({ status: 'running', outcome: null, completedAt: null, durationMs: null, nodesSource: 'none', organizationId: 'org_1' });
    expect(() => fromWorkflowRun({ ...running!, status: 'PAUSED' as 'RUNNING' }, 'org_1')).toThrow(/status "PAUSED"/);
  });
});
