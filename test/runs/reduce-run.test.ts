// reduceRun: a run's state from its events, whatever their order and however often they arrive.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { NodeOutcome } from '../../src/events.js';
import { reduceRun, type RunEvent, type RunState } from '../../src/runs/index.js';
import { buildEvent } from '../../src/testing/index.js';
import { runTime } from './times.js';
import { countElementsVisited } from './work.js';

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
          if (terminalSeen) expect(['pending', 'running']).not.toContain(state.status);
          terminalSeen ||= state.terminalEventId !== null;
        }
        expect(state).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });
});

/** A copy of `event` with data fields set as given, past the validators (the reducer must order any string). */
function withData<E extends RunEvent>(event: E, data: Record<string, unknown>, envelope: Partial<Pick<RunEvent, 'eventId' | 'eventTimestamp'>> = {}): E {
  return { ...event, ...envelope, data: { ...event.data, ...data } } as E;
}

/** An object nested `depth` levels deep, built without recursion. */
function nested(depth: number): Record<string, unknown> {
  const root: Record<string, unknown> = {};
  let level = root;
  for (let i = 0; i < depth; i++) level = level.deeper = {};
  return root;
}

function foldsToOneState(events: readonly RunEvent[]): RunState {
  const states = permutations(events).map((order) => fold(order));
  for (const state of states) expect(state).toEqual(states[0]);
  return states[0] as RunState;
}

describe('reduceRun: order on every input (issue 8)', () => {
  it('breaks a tie between two reports of one node by eventId, with bounded work however deep their data', () => {
    // The poison message: equal completedAt on one nodeId, and a 10,000-level unknown field (a valid event).
    const plain = withData(nodeCompleted(0, 'evt_tie_a'), { outcome: { ...node(0).outcome, targetNodeLabel: 'a' } });
    const deep = withData(nodeCompleted(0, 'evt_tie_b'), { outcome: { ...node(0).outcome, targetNodeLabel: 'b', unknown: nested(10_000) } });
    const state = foldsToOneState([plain, deep]);
    expect(state.nodes.map((entry) => (entry.outcome as { targetNodeLabel: string }).targetNodeLabel)).toEqual(['b']);
    expect(state.nodeEventIds).toEqual(['evt_tie_b']);
  });

  it('picks the terminal event by instant where Date.parse gives NaN for some of them', () => {
    // By text and by Date.parse together these form a cycle (b > a, a > c, c > b); by instant a < b < c.
    const times = { a: '2026-04-28T10:45:00+01', b: '2026-04-28T11:00:00+01:00', c: '2026-04-28T10:30:00Z' };
    const events = Object.entries(times).map(([name, completedAt]) => withData(terminal('completed', 1, { eventId: `evt_${name}` }), { completedAt }));
    expect(foldsToOneState(events)).toMatchObject({ terminalEventId: 'evt_c', completedAt: times.c });
  });

  it('compares fractions of a second beyond milliseconds exactly, across offsets', () => {
    const later = withData(terminal('failed', 1, { eventId: 'evt_later' }), { completedAt: '2026-04-28T09:30:00.0002-01:00' });
    const earlier = withData(terminal('completed', 1, { eventId: 'evt_earlier' }), { completedAt: '2026-04-28T10:30:00.0001Z' });
    expect(foldsToOneState([later, earlier])).toMatchObject({ terminalEventId: 'evt_later', status: 'failed' });
  });

  it('gives no duration, not a negative one, when completedAt comes before startedAt', () => {
    const backwards = withData(terminal('completed', 1), { startedAt: minute(10), completedAt: minute(5) });
    expect(fold([backwards])).toMatchObject({ startedAt: minute(10), completedAt: minute(5), durationMs: null });
    const leap = withData(terminal('completed', 1), { startedAt: '2026-06-30T23:59:59Z', completedAt: '2026-06-30T23:59:60.5Z' });
    expect(fold([leap]).durationMs).toBe(1000);
  });

  it('takes the earliest start and the latest event time, an instant over a string that names none', () => {
    const unparseable = withData(started('evt_s1'), { timestamp: 'not a time' }, { eventTimestamp: 'not a time' });
    const offset = withData(started('evt_s2'), { timestamp: '2026-04-28T11:29:00+01' }, { eventTimestamp: '2026-04-28T11:29:00+01' });
    expect(foldsToOneState([unparseable, offset, started()])).toMatchObject({ startedAt: '2026-04-28T11:29:00+01', lastEventAt: minute(0) });
  });

  it('refuses an event of another organization\'s run with the same recordId', () => {
    const other = buildEvent('WORKFLOW_RUN_STARTED', { data: { recordId: RUN, organizationId: 'org_other' } });
    expect(() => reduceRun(fold([started()]), other)).toThrow(/belongs to organization org_other's run run_p1, not to organization org_123456's/);
  });

  it('reaches the same state for any permutation and duplication of events with any timestamps and ties (property)', () => {
    const nodeReport = fc.record({ nodeId: fc.constantFrom('n1', 'n2', 'n3'), enteredAt: runTime, completedAt: runTime, label: fc.constantFrom('x', 'y'), twin: fc.boolean() });
    const ending = fc.record({ ending: fc.constantFrom<Ending>('completed', 'failed', 'cancelled'), startedAt: runTime, completedAt: runTime, nodes: fc.integer({ min: 0, max: 2 }), twin: fc.boolean() });
    const scenario = fc.record({
      starts: fc.array(fc.record({ timestamp: fc.option(runTime), stamp: runTime }), { maxLength: 2 }),
      nodes: fc.array(nodeReport, { maxLength: 5 }),
      endings: fc.array(ending, { maxLength: 2 }),
      contacts: fc.integer({ min: 0, max: 2 }),
      skips: fc.integer({ min: 0, max: 2 }),
      stamps: fc.array(runTime, { minLength: 24, maxLength: 24 }),
      ids: fc.uniqueArray(fc.integer({ min: 0, max: 999 }), { minLength: 24, maxLength: 24 }),
    });
    const events = scenario
      .map((s) => {
        const events: RunEvent[] = [];
        const envelope = () => ({ eventId: `evt_${s.ids[events.length]}`, eventTimestamp: s.stamps[events.length] as string });
        for (const start of s.starts) events.push(withData(started(), { timestamp: start.timestamp ?? undefined }, envelope()));
        for (const [i, report] of s.nodes.entries()) {
          const data = { ...node(i), nodeId: report.nodeId, enteredAt: report.enteredAt, completedAt: report.completedAt, outcome: { ...node(i).outcome, targetNodeLabel: report.label } };
          events.push(withData(nodeCompleted(i), data, envelope()));
          // A second report of the node with the very same completedAt: only the eventId can decide.
          if (report.twin) events.push(withData(nodeCompleted(i), { ...data, enteredAt: minute(i), outcome: { ...data.outcome, targetNodeLabel: 'twin' } }, envelope()));
        }
        for (const end of s.endings) {
          const times = { startedAt: end.startedAt, completedAt: end.completedAt };
          events.push(withData(terminal(end.ending, Math.max(end.nodes, 1), end.nodes === 0 ? {} : { truncatedTo: end.nodes }), times, envelope()));
          if (end.twin) events.push(withData(terminal('cancelled', 1), times, envelope()));
        }
        for (let i = 0; i < s.contacts; i++) events.push(withData(contactResolved(), { contactIndex: i }, envelope()));
        for (let i = 0; i < s.skips; i++) events.push(withData(skipped(i), {}, envelope()));
        return events;
      })
      .filter((events) => events.length > 0);
    // Redeliveries: the same event again, as the same object or as a copy of it.
    const arrangement = events.chain((events) =>
      fc.array(fc.tuple(fc.nat({ max: events.length - 1 }), fc.boolean()), { maxLength: 6 }).chain((duplicates) => {
        const delivered = [...events, ...duplicates.map(([i, copy]) => (copy ? structuredClone(events[i] as RunEvent) : (events[i] as RunEvent)))];
        return fc.tuple(fc.constant(events), fc.shuffledSubarray(delivered, { minLength: delivered.length, maxLength: delivered.length }));
      }),
    );
    fc.assert(
      fc.property(arrangement, ([events, delivered]) => {
        const expected = fold(events);
        const state = fold(delivered);
        expect(state).toEqual(expected);
        expect(state.durationMs === null || state.durationMs >= 0).toBe(true);
        expect(JSON.parse(JSON.stringify(state))).toEqual(expected);
      }),
      { numRuns: 500 },
    );
  });
});

describe('reduceRun: durable and cheap (issue 8)', () => {
  const events = [contactResolved(), started(), nodeCompleted(0), nodeCompleted(1), nodeCompleted(2), skipped(1), terminal('failed', 3), nodeCompleted(4), skipped(2)];

  it('folds on from a stored state (a JSON round trip) to the same state as without storing', () => {
    for (let cut = 1; cut < events.length; cut++) {
      const stored = JSON.parse(JSON.stringify(fold(events.slice(0, cut)))) as RunState;
      expect(fold(events.slice(cut), stored), `stored after ${cut} events`).toEqual(fold(events));
      expect(reduceRun(stored, events[0] as RunEvent), 'a duplicate of a stored event').toBe(stored);
    }
  });

  it('folds on from an earlier state as from a new one: each state keeps what it held', () => {
    const states: RunState[] = [];
    for (const event of events) states.push(reduceRun(states.at(-1), event));
    const early = states[3] as RunState;
    const branch = reduceRun(early, nodeCompleted(9));
    expect(branch).toEqual(reduceRun(JSON.parse(JSON.stringify(early)) as RunState, nodeCompleted(9)));
    expect(early.eventIds).toEqual(['evt_contact', 'evt_node_0', 'evt_node_1', 'evt_started']);
    expect(states.at(-1)).toEqual(fold(events));
    expect(states.at(-1)?.nodesSource).toBe('terminal');
  });

  it('reads and folds onto a frozen state as onto any other', () => {
    const state = Object.freeze(fold(events.slice(0, 5)));
    expect(state.eventIds).toEqual(['evt_contact', 'evt_node_0', 'evt_node_1', 'evt_node_2', 'evt_started']);
    expect(state.nodes).toEqual([node(0), node(1), node(2)]);
    expect(fold(events.slice(5), state)).toEqual(fold(events));
  });

  it('costs the same for the 10th and the 4,000th event of a run: no copy, sort or search of what it holds', () => {
    const template = nodeCompleted(0);
    const nodeEvent = (i: number) => withData(template, { nodeId: `node-${i}`, enteredAt: minute(i), completedAt: minute(i + 1) }, { eventId: `evt_${String(i).padStart(6, '0')}` });
    const work = (length: number) => {
      let state: RunState | undefined;
      for (let i = 0; i < length; i++) state = reduceRun(state, nodeEvent(i));
      const next = nodeEvent(length);
      return countElementsVisited(() => reduceRun(state, next)).elements;
    };
    expect(work(4_000)).toBe(work(10));
  });
});

describe('pending: a run known only from its contact\'s resolution', () => {
  it('is pending until anything says the run started, in any order', () => {
    const resolved = buildEvent('WORKFLOW_CONTACT_RESOLVED', { data: { recordId: 'run_p' } });
    const started = buildEvent('WORKFLOW_RUN_STARTED', { data: { recordId: 'run_p' } });
    const completed = buildEvent('WORKFLOW_RUN_COMPLETED', { data: { recordId: 'run_p' } });
    expect(reduceRun(undefined, resolved).status).toBe('pending');
    expect(reduceRun(reduceRun(undefined, resolved), started).status).toBe('running');
    expect(reduceRun(reduceRun(undefined, started), resolved).status).toBe('running');
    expect(reduceRun(reduceRun(undefined, completed), resolved).status).toBe('completed');
    expect(reduceRun(reduceRun(undefined, resolved), completed).status).toBe('completed');
  });
});
