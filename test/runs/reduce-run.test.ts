// reduceRun: a run's state from its events, whatever their order and however often they arrive.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { NodeOutcome } from '../../src/events.js';
import { reduceRun, type RunEvent, type RunState } from '../../src/runs/index.js';
import { buildEvent } from '../../src/testing/index.js';

const RUN = 'run_p1';
const minute = (n: number) => new Date(Date.UTC(2026, 3, 28, 10, 30 + n)).toISOString();

function node(index: number): NodeOutcome {
  return { nodeId: `node-${index}`, nodeType: 'CONDITION', enteredAt: minute(index * 2), completedAt: minute(index * 2 + 1), routingEvent: 'onConditionResolved', outcome: { kind: 'condition', targetNodeId: `node-${index + 1}`, targetNodeLabel: null } };
}

const fold = (events: readonly RunEvent[], start?: RunState) => events.reduce<RunState | undefined>((state, event) => reduceRun(state, event), start) as RunState;

function started(eventId = 'evt_started'): RunEvent {
  return buildEvent('WORKFLOW_RUN_STARTED', { eventId, eventTimestamp: minute(0), data: { recordId: RUN, timestamp: minute(0) } });
}

function nodeCompleted(index: number, eventId = `evt_node_${index}`): RunEvent {
  return buildEvent('WORKFLOW_NODE_COMPLETED', { eventId, eventTimestamp: minute(index * 2 + 1), data: { recordId: RUN, timestamp: minute(index * 2 + 1), ...node(index) } });
}

type Ending = 'completed' | 'failed' | 'cancelled';
function terminal(ending: Ending, nodeCount: number, options: { truncatedTo?: number; eventId?: string; endMinute?: number } = {}): RunEvent {
  const listed = Array.from({ length: options.truncatedTo ?? nodeCount }, (_, i) => node(i));
  const end = minute(options.endMinute ?? nodeCount * 2 + 1);
  const common = { eventId: options.eventId ?? `evt_${ending}`, eventTimestamp: end, data: { recordId: RUN, timestamp: end, startedAt: minute(0), completedAt: end, nodes: listed, truncated: options.truncatedTo !== undefined, finalNodeId: `node-${nodeCount - 1}` } };
  if (ending === 'completed') return buildEvent('WORKFLOW_RUN_COMPLETED', { ...common, data: { ...common.data, outcome: 'completed' } });
  if (ending === 'failed') return buildEvent('WORKFLOW_RUN_FAILED', { ...common, data: { ...common.data, outcome: 'failed', errorCode: 'EXECUTOR_TIMEOUT', errorClass: 'SYSTEM', lastFailedNodeId: `node-${nodeCount - 1}` } });
  return buildEvent('WORKFLOW_RUN_CANCELLED', { ...common, data: { ...common.data, outcome: 'cancelled', cancellationReason: 'Candidate withdrew' } });
}

function contactResolved(): RunEvent {
  return buildEvent('WORKFLOW_CONTACT_RESOLVED', { eventId: 'evt_contact', eventTimestamp: minute(-1), data: { recordId: RUN } });
}

function skipped(n: number): RunEvent {
  return buildEvent('WORKFLOW_CONTACT_RESOLUTION_SKIPPED', { eventId: `evt_skip_${n}`, eventTimestamp: minute(20 + n), data: { recordId: RUN, contactIndex: n } });
}

function permutations<T>(items: readonly T[]): T[][] {
  if (items.length <= 1) return [[...items]];
  return items.flatMap((item, i) => permutations([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [item, ...rest]));
}

describe('reduceRun', () => {
  it('folds the docs\' run: started, a node, completed', () => {
    const state = fold([started(), nodeCompleted(0), nodeCompleted(1), terminal('completed', 2), contactResolved()]);
    expect(state).toMatchObject({
      runId: RUN,
      status: 'completed',
      outcome: 'completed',
      errorCode: null,
      startedAt: minute(0),
      completedAt: minute(5),
      durationMs: 5 * 60_000,
      nodes: [node(0), node(1)],
      nodesSource: 'terminal',
      truncated: false,
      terminalEventId: 'evt_completed',
      workflowId: 'wf_abc123',
      candidateProfileExternalId: 'ats_42',
      contact: expect.objectContaining({ eventId: 'evt_contact', isNewProfile: false, contactIndex: 0, candidateProfileId: 'cp_abc123' }),
      lastEventAt: minute(5),
    });
    expect(state.eventIds).toEqual(['evt_completed', 'evt_contact', 'evt_node_0', 'evt_node_1', 'evt_started']);
  });

  it('is running, with nodes from node events, until a terminal event arrives', () => {
    const state = fold([nodeCompleted(1), started(), nodeCompleted(0)]);
    expect(state).toMatchObject({ status: 'running', outcome: null, startedAt: minute(0), completedAt: null, durationMs: null, nodes: [node(0), node(1)], nodesSource: 'node-events' });
  });

  it('surfaces failures: error code and class, failing node', () => {
    expect(fold([started(), terminal('failed', 1)])).toMatchObject({ status: 'failed', outcome: 'failed', errorCode: 'EXECUTOR_TIMEOUT', errorClass: 'SYSTEM', lastFailedNodeId: 'node-0' });
  });

  it('surfaces cancellations with their reason', () => {
    expect(fold([terminal('cancelled', 1)])).toMatchObject({ status: 'cancelled', outcome: 'cancelled', cancellationReason: 'Candidate withdrew', errorCode: null });
  });

  it('takes the terminal nodes[] as the record, replacing per-node data, and surfaces truncation', () => {
    const state = fold([nodeCompleted(0), nodeCompleted(1), nodeCompleted(2), terminal('completed', 3, { truncatedTo: 2 })]);
    expect(state.nodes).toEqual([node(0), node(1)]);
    expect([state.nodesSource, state.truncated]).toEqual(['terminal', true]);
  });

  it('never lets a late NODE_COMPLETED regress a terminal run', () => {
    const ended = fold([started(), terminal('completed', 1)]);
    const late = reduceRun(ended, nodeCompleted(3));
    expect(late).toMatchObject({ status: 'completed', nodes: ended.nodes, nodesSource: 'terminal', terminalEventId: 'evt_completed' });
    expect(late.eventIds).toContain('evt_node_3');
  });

  it('returns the very same state for a duplicate eventId', () => {
    const state = fold([started(), nodeCompleted(0)]);
    expect(reduceRun(state, nodeCompleted(0))).toBe(state);
    expect(reduceRun(state, started())).toBe(state);
  });

  it('keeps one node per nodeId when a node is reported twice', () => {
    const state = fold([nodeCompleted(0, 'evt_a'), nodeCompleted(0, 'evt_b')]);
    expect(state.nodes).toEqual([node(0)]);
  });

  it('lists the contacts skipped because they already had this run', () => {
    const state = fold([skipped(2), started(), skipped(1)]);
    expect(state.skippedContacts.map((contact) => [contact.eventId, contact.contactIndex, contact.existingRunStatus])).toEqual([
      ['evt_skip_1', 1, 'RUNNING'],
      ['evt_skip_2', 2, 'RUNNING'],
    ]);
  });

  it('refuses an event of another run', () => {
    const other = buildEvent('WORKFLOW_RUN_STARTED', { data: { recordId: 'run_other' } });
    expect(() => reduceRun(fold([started()]), other)).toThrow(/belongs to run run_other, not to run run_p1/);
  });

  it('does not modify the state it is given', () => {
    const state = fold([started(), nodeCompleted(0)]);
    const snapshot = structuredClone(state);
    reduceRun(state, terminal('failed', 1));
    reduceRun(state, nodeCompleted(1));
    expect(state).toEqual(snapshot);
  });

  it('reaches the same state for every permutation of a run\'s events, with and without a duplicate', () => {
    const events = [contactResolved(), started(), nodeCompleted(0), nodeCompleted(1), terminal('completed', 2)];
    const expected = fold(events);
    for (const order of permutations(events)) {
      expect(fold(order)).toEqual(expected);
      expect(fold([...order, order[0] as RunEvent])).toEqual(expected);
      expect(fold([order[2] as RunEvent, ...order])).toEqual(expected);
    }
  });

  it('reaches the same state for any permutation and duplication of any run\'s events (property)', () => {
    const scenario = fc
      .record({
        nodeCount: fc.integer({ min: 0, max: 4 }),
        ending: fc.constantFrom<Ending | 'none'>('none', 'completed', 'failed', 'cancelled'),
        truncate: fc.boolean(),
        withStart: fc.boolean(),
        withContact: fc.boolean(),
        skips: fc.integer({ min: 0, max: 2 }),
        secondTerminal: fc.option(fc.constantFrom<Ending>('completed', 'failed', 'cancelled')),
        lateNode: fc.boolean(),
      })
      .map((s) => {
        const events: RunEvent[] = [];
        if (s.withContact) events.push(contactResolved());
        if (s.withStart) events.push(started());
        for (let i = 0; i < s.nodeCount; i++) events.push(nodeCompleted(i));
        const nodes = Math.max(s.nodeCount, 1);
        if (s.ending !== 'none') events.push(terminal(s.ending, nodes, s.truncate && nodes > 1 ? { truncatedTo: nodes - 1 } : {}));
        // An anomaly no order may decide: a second, different terminal event for the same run.
        if (s.secondTerminal !== null) events.push(terminal(s.secondTerminal, nodes, { eventId: 'evt_second_terminal', endMinute: nodes * 2 + 3 }));
        if (s.lateNode) events.push(nodeCompleted(7));
        for (let i = 0; i < s.skips; i++) events.push(skipped(i));
        return events;
      })
      .filter((events) => events.length > 0);
    const arrangement = scenario.chain((events) =>
      fc.array(fc.nat({ max: events.length - 1 }), { maxLength: 6 }).chain((duplicates) => {
        const delivered = [...events, ...duplicates.map((i) => events[i] as RunEvent)];
        return fc.tuple(fc.constant(events), fc.shuffledSubarray(delivered, { minLength: delivered.length, maxLength: delivered.length }));
      }),
    );
    fc.assert(
      fc.property(arrangement, ([events, delivered]) => {
        const expected = fold(events);
        let state: RunState | undefined;
        let terminalSeen = false;
        for (const event of delivered) {
          state = reduceRun(state, event);
          if (terminalSeen) expect(state.status).not.toBe('running');
          terminalSeen ||= state.status !== 'running';
        }
        expect(state).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });
});
