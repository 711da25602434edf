/**
 * What the fuzzer sends: the docs' own examples (spec/examples/events and test/fixtures/docs/examples), mutated
 * as JSON (values replaced, removed, retyped; huge strings; deep nesting; `__proto__` and `constructor` keys)
 * and then as bytes (duplicate keys, byte order marks, invalid UTF-8, truncation), plus raw nesting, envelopes of
 * any type and plain garbage. Each payload is the exact bytes of a body, with the recipe that made it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { KNOWN_EVENT_TYPES } from '../../src/events.js';
import { ROOT } from '../helpers/contract.js';

export interface Payload {
  /** How the payload was made, so that a failure report says what it is without printing megabytes. */
  recipe: string;
  bytes: Uint8Array;
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const encoder = new TextEncoder();

/** Every JSON example the docs and the spec hold, by file. */
export const SEEDS: readonly { name: string; value: Json }[] = loadSeeds();

function loadSeeds(): { name: string; value: Json }[] {
  const seeds: { name: string; value: Json }[] = [];
  const events = join(ROOT, 'spec/examples/events');
  for (const file of readdirSync(events).sort()) seeds.push({ name: `spec/${file}`, value: JSON.parse(readFileSync(join(events, file), 'utf8')) as Json });
  const docs = join(ROOT, 'test/fixtures/docs/examples');
  for (const page of readdirSync(docs).sort()) {
    for (const file of readdirSync(join(docs, page)).sort()) {
      const fixture = JSON.parse(readFileSync(join(docs, page, file), 'utf8')) as { payload: Json };
      seeds.push({ name: `docs/${page}/${file}`, value: fixture.payload });
    }
  }
  return seeds;
}

/** The largest body the receiver accepts by default (maxBodyBytes); huge strings go either side of it. */
export const DEFAULT_MAX_BODY_BYTES = 1024 * 1024;

const KEYS_THAT_POLLUTE = ['__proto__', 'constructor', 'prototype'] as const;
const POLLUTION_MARK = 'polluted_by_fuzz';

/** An object that would plant POLLUTION_MARK on a prototype if anything merged it naively. */
function pollutingValue(): Json {
  return { [POLLUTION_MARK]: true, prototype: { [POLLUTION_MARK]: true } };
}

/** Nested arrays or objects `depth` levels deep around `inner`. */
export function nested(depth: number, kind: 'array' | 'object', inner: Json = 0): string {
  const innerText = JSON.stringify(inner);
  return kind === 'array' ? '['.repeat(depth) + innerText + ']'.repeat(depth) : '{"a":'.repeat(depth) + innerText + '}'.repeat(depth);
}

// JSON.stringify would recurse as deep as the value, so a deep value is a placeholder string, replaced by the
// nesting it names once the rest is serialised.
function deepPlaceholder(depth: number, kind: 'array' | 'object'): string {
  return `__fuzz_deep_${kind}_${depth}__`;
}

function spliceDeep(serialised: string): string {
  return serialised.replace(/"__fuzz_deep_(array|object)_(\d+)__"/g, (_match, kind: 'array' | 'object', depth: string) => nested(Number(depth), kind));
}

/** A value to put somewhere in an example. */
const replacement: fc.Arbitrary<{ value: Json; label: string }> = fc.oneof(
  { weight: 4, arbitrary: fc.jsonValue({ maxDepth: 3 }).map((value) => ({ value: value as Json, label: 'random JSON' })) },
  { weight: 2, arbitrary: fc.constantFrom<Json>(null, '', ' ', 0, -1, 1e308, true, [], {}, '2026-02-30T25:61:60Z', '2026-06-30T23:59:60Z', 'x\u0000y', '\ud800', 'WORKFLOW_RUN_COMPLETED').map((value) => ({ value, label: `edge ${JSON.stringify(value)}` })) },
  // Around maxBodyBytes and far below it; the fixed payloads hold the exact edges.
  { weight: 1, arbitrary: fc.integer({ min: 1, max: 1_200_000 }).map((length) => ({ value: 's'.repeat(length), label: `string of ${length} characters` })) },
  {
    weight: 1,
    arbitrary: fc.tuple(fc.integer({ min: 1, max: 50_000 }), fc.constantFrom('array' as const, 'object' as const)).map(([depth, kind]) => ({ value: deepPlaceholder(depth, kind), label: `${kind}s nested ${depth} deep` })),
  },
  { weight: 1, arbitrary: fc.constant({ value: pollutingValue(), label: 'a polluting object' }) },
);

/** A walk into a value: each number picks a child (modulo the count), until a leaf or the end of the list. */
const walk = fc.array(fc.nat(), { maxLength: 6 });

function children(value: Json): [string | number, Json][] {
  if (Array.isArray(value)) return value.map((item, index) => [index, item]);
  if (value !== null && typeof value === 'object') return Object.entries(value);
  return [];
}

/** The container and key the walk ends at (the root's parent is a wrapper, so the root can be replaced too). */
function locate(root: { value: Json }, steps: number[]): { parent: Record<string | number, Json>; key: string | number; path: string } {
  let parent = root as unknown as Record<string | number, Json>;
  let key: string | number = 'value';
  let path = '';
  for (const step of steps) {
    const options = children(parent[key] as Json);
    if (options.length === 0) break;
    const [childKey] = options[step % options.length]!;
    parent = parent[key] as unknown as Record<string | number, Json>;
    key = childKey;
    path += `/${childKey}`;
  }
  return { parent, key, path: path || '(root)' };
}

type JsonMutation = (root: { value: Json }) => string;

const jsonMutation: fc.Arbitrary<JsonMutation> = fc.oneof(
  fc.tuple(walk, replacement).map(([steps, { value, label }]): JsonMutation => (root) => {
    const { parent, key, path } = locate(root, steps);
    parent[key] = structuredClone(value);
    return `${path} := ${label}`;
  }),
  walk.map((steps): JsonMutation => (root) => {
    const { parent, key, path } = locate(root, steps);
    if (Array.isArray(parent)) parent.splice(Number(key), 1);
    else delete parent[key];
    return `${path} removed`;
  }),
  // A key the contract does not know (Popp may add fields), or one that pollutes a prototype if merged naively.
  fc.tuple(walk, fc.oneof(fc.constantFrom(...KEYS_THAT_POLLUTE), fc.string({ maxLength: 12 })), replacement).map(([steps, name, { value, label }]): JsonMutation => (root) => {
    const { parent, key, path } = locate(root, steps);
    const target = parent[key];
    if (target === null || typeof target !== 'object' || Array.isArray(target)) return `${path} not an object: unchanged`;
    // defineProperty, so that "__proto__" becomes an own key, as JSON.parse makes it.
    Object.defineProperty(target, name, { value: structuredClone(value), enumerable: true, writable: true, configurable: true });
    return `${path}/${name} := ${label}`;
  }),
);

type TextMutation = { apply: (text: string) => Uint8Array; label: string };

const INVALID_UTF8: readonly number[][] = [[0xff], [0xc0, 0x80], [0xed, 0xa0, 0x80], [0x80], [0xe2, 0x82], [0xf4, 0x90, 0x80, 0x80], [0xfe, 0xff]];

const textMutation: fc.Arbitrary<TextMutation> = fc.oneof(
  { weight: 6, arbitrary: fc.constant<TextMutation>({ apply: (text) => encoder.encode(text), label: 'as is' }) },
  { weight: 1, arbitrary: fc.integer({ min: 1, max: 2 }).map((count): TextMutation => ({ apply: (text) => encoder.encode('\uFEFF'.repeat(count) + text), label: `${count} byte order mark(s)` })) },
  {
    weight: 1,
    arbitrary: fc.tuple(fc.constantFrom('event', 'eventId', 'eventTimestamp', 'data', 'recordId', 'organizationId'), fc.jsonValue({ maxDepth: 1 }), fc.boolean()).map(([key, value, after]): TextMutation => ({
      // A duplicate of a key, before or after the original: JSON.parse keeps the last one.
      apply: (text) => {
        const at = text.indexOf(`"${key}":`);
        const duplicate = `"${key}":${JSON.stringify(value)}`;
        if (at < 0) return encoder.encode(text);
        if (!after) return encoder.encode(`${text.slice(0, at)}${duplicate},${text.slice(at)}`);
        const close = text.indexOf('}', at);
        return encoder.encode(close < 0 ? text : `${text.slice(0, close)},${duplicate}${text.slice(close)}`);
      },
      label: `duplicate "${key}" ${after ? 'after' : 'before'} the original`,
    })),
  },
  { weight: 1, arbitrary: fc.double({ min: 0, max: 1, noNaN: true }).map((fraction): TextMutation => ({ apply: (text) => encoder.encode(text).subarray(0, Math.floor(encoder.encode(text).length * fraction)), label: `truncated to ${(fraction * 100).toFixed(1)} %` })) },
  {
    weight: 1,
    arbitrary: fc.tuple(fc.constantFrom(...INVALID_UTF8), fc.double({ min: 0, max: 1, noNaN: true })).map(([sequence, fraction]): TextMutation => ({
      apply: (text) => {
        const bytes = encoder.encode(text);
        const at = Math.floor(bytes.length * fraction);
        return Uint8Array.from([...bytes.subarray(0, at), ...sequence, ...bytes.subarray(at)]);
      },
      label: `invalid UTF-8 ${sequence.map((byte) => byte.toString(16)).join(' ')} at ${(fraction * 100).toFixed(1)} %`,
    })),
  },
  {
    weight: 1,
    arbitrary: fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 0, max: 255 })).map(([fraction, byte]): TextMutation => ({
      apply: (text) => {
        const bytes = encoder.encode(text).slice();
        if (bytes.length > 0) bytes[Math.min(bytes.length - 1, Math.floor(bytes.length * fraction))] = byte;
        return bytes;
      },
      label: `byte at ${(fraction * 100).toFixed(1)} % := 0x${byte.toString(16)}`,
    })),
  },
);

/** An example from the docs or the spec, mutated 0–3 times as JSON, then once as bytes. */
const mutatedExample: fc.Arbitrary<Payload> = fc.tuple(fc.constantFrom(...SEEDS), fc.array(jsonMutation, { maxLength: 3 }), textMutation).map(([seed, mutations, text]) => {
  const root = { value: structuredClone(seed.value) };
  const labels = mutations.map((mutate) => mutate(root));
  return { recipe: `${seed.name}: ${[...labels, text.label].join('; ')}`, bytes: text.apply(spliceDeep(JSON.stringify(root.value) ?? 'null')) };
});

/** An envelope of any event type, known or not, with data that may or may not fit it. */
const anyEnvelope: fc.Arbitrary<Payload> = fc
  .record({
    event: fc.oneof(fc.constantFrom(...KNOWN_EVENT_TYPES), fc.string({ maxLength: 40 })),
    eventId: fc.oneof(fc.constant('evt_fuzz'), fc.string({ maxLength: 30 })),
    eventTimestamp: fc.oneof(fc.date({ noInvalidDate: true }).map((date) => date.toISOString()), fc.string({ maxLength: 30 })),
    data: fc.dictionary(fc.string({ maxLength: 12 }), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 6 }).map((data) => ({ recordId: 'run_fuzz', organizationId: 'org_fuzz', ...data })),
  })
  .map((envelope) => ({ recipe: `envelope of ${JSON.stringify(envelope.event)}`, bytes: encoder.encode(JSON.stringify(envelope)) }));

/** Nesting as raw text, closed or not, alone or as the envelope's data. */
// Stacks overflow at around 10 000 frames, so 50 000 levels reach any recursion; the fixed payloads go to 100 000.
const rawNesting: fc.Arbitrary<Payload> = fc.tuple(fc.integer({ min: 1, max: 50_000 }), fc.constantFrom('array' as const, 'object' as const), fc.boolean(), fc.boolean()).map(([depth, kind, closed, inEnvelope]) => {
  let text = nested(depth, kind);
  if (!closed) text = text.slice(0, text.length - depth + 1);
  if (inEnvelope) text = `{"event":"WORKFLOW_RUN_STARTED","eventId":"evt_deep","eventTimestamp":"2026-01-01T00:00:00Z","data":${text}}`;
  return { recipe: `${kind}s nested ${depth} deep${closed ? '' : ', unclosed'}${inEnvelope ? ', as data' : ''}`, bytes: encoder.encode(text) };
});

const garbage: fc.Arbitrary<Payload> = fc.oneof(
  fc.uint8Array({ maxLength: 512 }).map((bytes) => ({ recipe: `${bytes.length} random bytes`, bytes })),
  fc.jsonValue().map((value) => ({ recipe: 'random JSON', bytes: encoder.encode(JSON.stringify(value) ?? 'null') })),
  fc.string({ unit: 'binary', maxLength: 200 }).map((text) => ({ recipe: 'random text', bytes: encoder.encode(text) })),
);

/** Every kind of payload, mutated examples most often. */
export const payload: fc.Arbitrary<Payload> = fc.oneof({ weight: 8, arbitrary: mutatedExample }, { weight: 2, arbitrary: anyEnvelope }, { weight: 1, arbitrary: rawNesting }, { weight: 1, arbitrary: garbage });

/** How a delivery of a payload is sent: mostly as Popp sends it, sometimes with a request-level fault. */
export type Fault = 'none' | 'wrong-signature' | 'no-signature' | 'malformed-signature' | 'method-put' | 'method-get' | 'text-plain' | 'no-content-type';
export const fault: fc.Arbitrary<Fault> = fc.oneof(
  { weight: 12, arbitrary: fc.constant<Fault>('none') },
  { weight: 1, arbitrary: fc.constantFrom<Fault>('wrong-signature', 'no-signature', 'malformed-signature', 'method-put', 'method-get', 'text-plain', 'no-content-type') },
);

/**
 * One payload of each kind, always run first whatever the time budget, so that every kind is tried on every
 * entry point even on a machine too slow for the random part to get far.
 */
export function fixedPayloads(): Payload[] {
  const completed = SEEDS.find((seed) => seed.name === 'spec/WORKFLOW_RUN_COMPLETED.json')!.value as { [key: string]: Json };
  const text = JSON.stringify(completed);
  const data = completed.data as { [key: string]: Json };
  const node = SEEDS.find((seed) => seed.name === 'spec/WORKFLOW_NODE_COMPLETED.json')!.value as { [key: string]: Json };
  const nodeData = node.data as { [key: string]: Json };
  const withKey = (holder: 'root' | 'data', name: string) => {
    const copy = structuredClone(completed);
    const target = holder === 'root' ? copy : (copy.data as { [key: string]: Json });
    Object.defineProperty(target, name, { value: pollutingValue(), enumerable: true, writable: true, configurable: true });
    return { recipe: `${name} key in ${holder}`, bytes: encoder.encode(JSON.stringify(copy)) };
  };
  const bytes = encoder.encode(text);
  return [
    ...SEEDS.map((seed) => ({ recipe: `${seed.name} as is`, bytes: encoder.encode(JSON.stringify(seed.value)) })),
    { recipe: 'empty body', bytes: new Uint8Array(0) },
    { recipe: 'one byte order mark', bytes: encoder.encode(`\uFEFF${text}`) },
    { recipe: 'two byte order marks', bytes: encoder.encode(`\uFEFF\uFEFF${text}`) },
    { recipe: 'a byte order mark alone', bytes: encoder.encode('\uFEFF') },
    { recipe: 'truncated by one byte', bytes: bytes.subarray(0, bytes.length - 1) },
    { recipe: 'truncated in half', bytes: bytes.subarray(0, bytes.length >> 1) },
    { recipe: 'invalid UTF-8 in a string', bytes: Uint8Array.from([...bytes.subarray(0, 20), 0xff, ...bytes.subarray(20)]) },
    { recipe: 'a surrogate encoded as UTF-8', bytes: Uint8Array.from([...bytes.subarray(0, 20), 0xed, 0xa0, 0x80, ...bytes.subarray(20)]) },
    { recipe: 'duplicate event key, an unknown type last', bytes: encoder.encode(text.replace('{', '{"event":"WORKFLOW_RUN_COMPLETED",').replace(/}$/, ',"event":"NOT_A_TYPE"}')) },
    { recipe: 'duplicate event key, the real type last', bytes: encoder.encode(text.replace('{', '{"event":"NOT_A_TYPE",')) },
    withKey('root', '__proto__'),
    withKey('data', '__proto__'),
    withKey('data', 'constructor'),
    { recipe: 'data.outcome nested 100 000 deep', bytes: encoder.encode(spliceDeep(JSON.stringify({ ...completed, data: { ...data, outcome: deepPlaceholder(100_000, 'object') } }))) },
    { recipe: 'a node outcome with an unknown field nested 20 000 deep', bytes: encoder.encode(spliceDeep(JSON.stringify({ ...node, data: { ...nodeData, outcome: { ...(nodeData.outcome as object), extra: deepPlaceholder(20_000, 'array') } } }))) },
    { recipe: 'unknown field nested 100 000 deep', bytes: encoder.encode(spliceDeep(JSON.stringify({ ...completed, deep: deepPlaceholder(100_000, 'array') }))) },
    { recipe: 'arrays nested 100 000 deep', bytes: encoder.encode(nested(100_000, 'array')) },
    { recipe: 'a string just under maxBodyBytes', bytes: encoder.encode(JSON.stringify({ ...completed, pad: 'p'.repeat(DEFAULT_MAX_BODY_BYTES - text.length - 12) })) },
    { recipe: 'a string over maxBodyBytes', bytes: encoder.encode(JSON.stringify({ ...completed, pad: 'p'.repeat(DEFAULT_MAX_BODY_BYTES) })) },
    { recipe: 'a 500 000-character unknown kind', bytes: encoder.encode(JSON.stringify({ ...completed, data: { ...data, nodes: [{ ...(data.nodes as Json[])[0] as object, outcome: { kind: 'k'.repeat(500_000) } }] } })) },
    { recipe: 'random bytes', bytes: Uint8Array.from({ length: 256 }, (_, index) => (index * 131 + 7) % 256) },
  ];
}

export { POLLUTION_MARK };
