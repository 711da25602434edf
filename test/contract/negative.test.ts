// Negative conformance: every way of breaking a workflow event's example is rejected, at the right path.
import { describe, expect, it } from 'vitest';
import { examples } from '../../generated/examples.js';
import { validateEvent } from '../../generated/validators.mjs';
import { negativeCases } from '../helpers/negative-cases.js';

const cases = negativeCases();

describe('negative cases', () => {
  it('covers every kind of breakage for each of the nine workflow events', () => {
    const kindsPerEvent = new Map<string, Set<string>>();
    for (const item of cases) kindsPerEvent.set(item.eventType, (kindsPerEvent.get(item.eventType) ?? new Set()).add(item.kind));
    expect(kindsPerEvent.size).toBe(9);
    for (const [eventType, kinds] of kindsPerEvent) {
      expect([...kinds], eventType).toEqual(expect.arrayContaining(['missing-required', 'wrong-type']));
    }
    const withOutcomes = ['WORKFLOW_RUN_COMPLETED', 'WORKFLOW_RUN_FAILED', 'WORKFLOW_RUN_CANCELLED', 'WORKFLOW_NODE_COMPLETED'];
    for (const eventType of withOutcomes) expect([...(kindsPerEvent.get(eventType) ?? [])], eventType).toContain('outcome-kind-mismatch');
    expect(cases.filter((item) => item.kind === 'unknown-enum-value').length).toBeGreaterThan(20);
  });

  it.each(cases.map((item) => [item.name, item] as const))('%s', (_name, item) => {
    const result = validateEvent(item.payload);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.reason).not.toBe('unknown-event-type');
    expect(result.issues.map((issue) => issue.path)).toContain(item.expectedPath);
  });
});

describe('validation policy', () => {
  const completed = examples.WORKFLOW_RUN_COMPLETED[0];

  it('accepts properties the contract does not know (Popp may add fields)', () => {
    const extended = { ...completed, deliveryAttempt: 2, data: { ...completed.data, newField: { nested: true } } };
    expect(validateEvent(extended).ok).toBe(true);
  });

  it("rejects the TypeScript sample's errorCode UNKNOWN: the errorCode table is the contract", () => {
    const failed = examples.WORKFLOW_RUN_FAILED[0];
    const result = validateEvent({ ...failed, data: { ...failed.data, errorCode: 'UNKNOWN' } });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.issues[0]).toMatchObject({ path: '/data/errorCode', message: expect.stringContaining('"SYSTEM_FAILURE"') });
  });

  it('reports an unknown event type with its envelope instead of failing it', () => {
    const result = validateEvent({ ...completed, event: 'WORKFLOW_RUN_PAUSED' });
    expect(result).toMatchObject({ ok: false, reason: 'unknown-event-type', eventType: 'WORKFLOW_RUN_PAUSED', envelope: { eventId: completed.eventId } });
  });

  it('tells a payload that is no envelope at all from a schema violation', () => {
    expect(validateEvent([])).toMatchObject({ ok: false, reason: 'not-an-envelope' });
    const result = validateEvent({ event: 'WORKFLOW_RUN_COMPLETED', data: {} });
    expect(result).toMatchObject({ ok: false, reason: 'not-an-envelope', eventType: 'WORKFLOW_RUN_COMPLETED' });
    expect(!result.ok && result.issues.map((issue) => issue.path)).toEqual(expect.arrayContaining(['/eventId', '/eventTimestamp', '/data/recordId']));
  });

  it('reports a nullable enum once, at its own path, with the allowed values', () => {
    const node = completed.data.nodes[0] as (typeof completed.data.nodes)[number];
    const outcome = { ...node.outcome, answers: [{ slug: 'x', answer: null, answerState: 'MAYBE', trafficLight: null, outcome: null }] };
    const result = validateEvent({ ...completed, data: { ...completed.data, nodes: [{ ...node, outcome }] } });
    expect(!result.ok && result.issues).toEqual([
      { path: '/data/nodes/0/outcome/answers/0/answerState', keyword: 'enum', message: expect.stringContaining('"IS_YES"') },
    ]);
  });

  it('rejects a timestamp that is not RFC 3339', () => {
    for (const eventTimestamp of ['2026-04-28 10:30', '2026-02-30T10:30:00Z', '2026-04-28T25:00:00Z', '2026-04-28T10:30:00']) {
      expect(validateEvent({ ...completed, eventTimestamp }).ok, eventTimestamp).toBe(false);
    }
    expect(validateEvent({ ...completed, eventTimestamp: '2028-02-29T23:59:60.123+01:00' }).ok).toBe(true);
  });
});
