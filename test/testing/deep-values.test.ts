// buildEvent and signRequest on values of any depth: no recursion on the caller's data (issue 8).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildEvent, signRequest } from '../../src/testing/index.js';
import { copyJson, stringifyWithoutRecursion } from '../../src/testing/json.js';
import { verifySignature } from '../../src/webhooks/index.js';

/** An object nested `depth` levels deep, built without recursion. */
function nested(depth: number): Record<string, unknown> {
  let value: Record<string, unknown> = { leaf: true };
  for (let i = 0; i < depth; i++) value = { deeper: value };
  return value;
}

/** How deep `value` nests, counted without recursion. */
function depthOf(value: unknown): number {
  let depth = 0;
  for (let level = value as Record<string, unknown> | undefined; level?.deeper !== undefined; level = level.deeper as Record<string, unknown>) depth++;
  return depth;
}

const DEEP = 100_000;

describe('buildEvent and signRequest on deep values', () => {
  it('builds an event whose unknown field nests 100,000 levels deep, copied, not shared', () => {
    const unknown = nested(DEEP);
    const event = buildEvent('WORKFLOW_NODE_COMPLETED', { data: { outcome: { kind: 'empty', unknown } as never } });
    const built = (event.data.outcome as unknown as { unknown: Record<string, unknown> }).unknown;
    expect(depthOf(built)).toBe(DEEP);
    expect(built === unknown).toBe(false);
  });

  it('signs such an event: the body is what JSON.stringify would give, and its signature verifies', async () => {
    const event = buildEvent('WORKFLOW_RUN_STARTED', { data: { unknown: nested(DEEP) } as never });
    const signed = await signRequest(event, 'deep-secret');
    expect(signed.body.startsWith(`{"event":"WORKFLOW_RUN_STARTED","eventId":"${event.eventId}"`)).toBe(true);
    // The leaf, DEEP levels, `data` and the event close.
    expect(signed.body.endsWith(`{"leaf":true${'}'.repeat(DEEP + 3)}`)).toBe(true);
    const parsed = JSON.parse(signed.body) as { data: { unknown: unknown } };
    expect(depthOf(parsed.data.unknown)).toBe(DEEP);
    expect(JSON.stringify({ ...parsed, data: { ...parsed.data, unknown: null } })).toBe(JSON.stringify({ ...event, data: { ...event.data, unknown: null } }));
    expect(await verifySignature(signed.body, signed.headers['x-signature'], 'deep-secret')).toBe(true);
  });

  it('keeps an own __proto__ key of an override as a field, not as a prototype', () => {
    const event = buildEvent('WORKFLOW_RUN_STARTED', JSON.parse('{"data":{"__proto__":{"polluted":true}}}'));
    expect(Object.getPrototypeOf(event.data)).toBe(Object.prototype);
    expect(Object.hasOwn(event.data, '__proto__')).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('stringifyWithoutRecursion and copyJson', () => {
  // Values JSON.stringify treats specially: toJSON (Dates), boxed primitives, undefined and functions
  // (left out of objects, null in arrays), non-finite numbers, -0, holes, __proto__ keys.
  const special = fc.constantFrom<unknown>(new Date(0), Object(1), Object('s'), Object(false), undefined, () => 1, Number.NaN, Number.POSITIVE_INFINITY, -0, { toJSON: (key: string) => `key:${key}` });
  const value = fc.letrec((tie) => ({
    any: fc.oneof({ depthSize: 'small' }, fc.jsonValue({ maxDepth: 2 }), special, tie('array'), tie('object')),
    array: fc.array(tie('any'), { maxLength: 4 }).map((items) => (items.length > 2 ? Object.assign([...items], { length: items.length + 1 }) : items)),
    object: fc.dictionary(fc.oneof(fc.string({ maxLength: 4 }), fc.constant('__proto__')), tie('any'), { maxKeys: 4 }),
  })).any;

  it('serialises as JSON.stringify does (property)', () => {
    fc.assert(
      fc.property(value, (input) => {
        expect(stringifyWithoutRecursion(input)).toBe(JSON.stringify(input));
      }),
      { numRuns: 2000 },
    );
  });

  it('copies as structuredClone does, for JSON data (property)', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (input) => {
        expect(copyJson(input)).toEqual(structuredClone(input));
      }),
      { numRuns: 1000 },
    );
    const shared = { a: 1 };
    const circular: Record<string, unknown> = { shared, again: shared };
    circular.self = circular;
    const copy = copyJson(circular);
    expect(copy.self).toBe(copy);
    expect(copy.again).toBe(copy.shared);
    expect(copy.shared).not.toBe(shared);
  });

  it('refuses what JSON.stringify refuses, with its errors', () => {
    const circular: Record<string, unknown> = {};
    circular.self = { back: circular };
    expect(() => stringifyWithoutRecursion(circular)).toThrow(TypeError);
    expect(() => stringifyWithoutRecursion({ big: 1n })).toThrow(/BigInt/);
  });
});
