// Negative conformance: every way of breaking a workflow event's example is rejected, at the right path.
import { describe, expect, it } from 'vitest';
import { examples } from '../../generated/examples.js';
import { RUN_TERMINAL_EVENT_TYPES, WORKFLOW_EVENT_TYPES } from '../../src/events.js';
import { validateEvent } from '../../src/validators.js';
import { negativeCases } from '../helpers/negative-cases.js';

const cases = negativeCases();

describe('negative cases', () => {
  it('covers every kind of breakage for each Workflow event', () => {
    const kindsPerEvent = new Map<string, Set<string>>();
    for (const item of cases) kindsPerEvent.set(item.eventType, (kindsPerEvent.get(item.eventType) ?? new Set()).add(item.kind));
    expect([...kindsPerEvent.keys()].sort()).toEqual([...WORKFLOW_EVENT_TYPES].sort());
    for (const [eventType, kinds] of kindsPerEvent) {
      expect([...kinds], eventType).toEqual(expect.arrayContaining(['missing-required', 'wrong-type']));
    }
    const withOutcomes = [...RUN_TERMINAL_EVENT_TYPES, 'WORKFLOW_NODE_COMPLETED'];
    for (const eventType of withOutcomes) expect([...(kindsPerEvent.get(eventType) ?? [])], eventType).toContain('outcome-kind-mismatch');
    expect(cases.filter((item) => item.kind === 'unknown-enum-value').length).toBeGreaterThan(20);
  });

  it.each(cases.map((item) => [item.name, item] as const))('strict refuses %s', (_name, item) => {
    const result = validateEvent(item.payload, { profile: 'strict' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.reason).not.toBe('unknown-event-type');
    expect(result.issues.map((issue) => issue.path)).toContain(item.expectedPath);
  });

  it.each(cases.map((item) => [item.name, item] as const))('tolerant reads %s as drift or refuses it as strict does', (_name, item) => {
    const result = validateEvent(item.payload, { profile: 'tolerant' });
    if (item.toleratedAs === undefined) {
      expect(result.ok).toBe(false);
      expect(!result.ok && result.issues.map((issue) => issue.path)).toContain(item.expectedPath);
    } else {
      expect(result.ok, JSON.stringify(result)).toBe(true);
      expect(result.ok && result.deviations).toContainEqual(expect.objectContaining({ path: item.expectedPath, kind: item.toleratedAs }));
    }
  });

  it('has cases of both verdicts under the tolerant profile', () => {
    expect(cases.filter((item) => item.toleratedAs !== undefined).length).toBeGreaterThan(40);
    expect(cases.filter((item) => item.toleratedAs === undefined).length).toBeGreaterThan(200);
    expect(new Set(cases.map((item) => item.toleratedAs))).toEqual(new Set([undefined, 'unknown-enum-value', 'unknown-kind', 'missing-field']));
  });
});

describe('validation policy', () => {
  const completed = examples.WORKFLOW_RUN_COMPLETED[0];

  it('accepts properties the contract does not know (Popp may add fields)', () => {
    const extended = { ...completed, deliveryAttempt: 2, data: { ...completed.data, newField: { nested: true } } };
    expect(validateEvent(extended).ok).toBe(true);
  });

  it("accepts the TypeScript sample's errorCode UNKNOWN under both profiles: the sample is docs too", () => {
    const failed = examples.WORKFLOW_RUN_FAILED[0];
    const payload = { ...failed, data: { ...failed.data, errorCode: 'UNKNOWN' } };
    expect(validateEvent(payload, { profile: 'strict' })).toMatchObject({ ok: true, deviations: [] });
    expect(validateEvent(payload)).toMatchObject({ ok: true, deviations: [] });
    const other = validateEvent({ ...failed, data: { ...failed.data, errorCode: 'QUOTA_EXCEEDED' } }, { profile: 'strict' });
    expect(!other.ok && other.issues[0]).toMatchObject({ path: '/data/errorCode', message: expect.stringContaining('"UNKNOWN"') });
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
    const result = validateEvent({ ...completed, data: { ...completed.data, nodes: [{ ...node, outcome }] } }, { profile: 'strict' });
    expect(!result.ok && result.issues).toEqual([
      { path: '/data/nodes/0/outcome/answers/0/answerState', keyword: 'enum', message: expect.stringContaining('"IS_YES"') },
    ]);
  });

  it('strict refuses a timestamp that is not RFC 3339', () => {
    for (const eventTimestamp of ['2026-04-28 10:30', '2026-02-30T10:30:00Z', '2026-04-28T25:00:00Z', '2026-04-28T10:30:00', '2026-04-28T10:30+01:00']) {
      expect(validateEvent({ ...completed, eventTimestamp }, { profile: 'strict' }).ok, eventTimestamp).toBe(false);
    }
    // RFC 3339 as ajv-formats reads it: an offset without a colon passes, and so does a leap second at 23:59 UTC.
    for (const eventTimestamp of ['2028-02-29T23:59:60.123+00:00', '2026-04-28T10:30:00+0100']) {
      expect(validateEvent({ ...completed, eventTimestamp }, { profile: 'strict' }).ok, eventTimestamp).toBe(true);
    }
  });

  it('tolerant reads an ISO 8601 date-time that is not RFC 3339 as drift, and still refuses one without an offset', () => {
    for (const eventTimestamp of ['2026-04-28T10:30+01:00', '2026-04-28T10:30+0100', '20260428T103000Z', '2026-04-28T10:30:00,5Z']) {
      const result = validateEvent({ ...completed, eventTimestamp });
      expect(result, eventTimestamp).toMatchObject({ ok: true, deviations: [{ path: '/eventTimestamp', kind: 'date-time-not-rfc3339', value: eventTimestamp }] });
    }
    for (const eventTimestamp of ['2026-04-28 10:30', '2026-04-28T10:30:00', 'yesterday', '2026-04-28T25:00:00Z']) {
      const result = validateEvent({ ...completed, eventTimestamp });
      expect(result.ok, eventTimestamp).toBe(false);
      expect(!result.ok && result.issues, eventTimestamp).toEqual([expect.objectContaining({ path: '/eventTimestamp', keyword: 'format', message: expect.stringContaining('ISO 8601') })]);
    }
  });
});
