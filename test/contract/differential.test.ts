// Differential: the precompiled validators against each other and against a validator we did not generate.
// On every example mutated in many ways (seeded), for every event type:
// - the boolean-only first tier (validators-fast.mjs) agrees with the detailed strict validator;
// - the detailed strict and tolerant validators (Ajv's draft-07 class, standalone, rewritten to be tree-shakeable)
//   agree with Ajv2020 + ajv-formats compiled at run time from the published files in generated/schemas/ and
//   generated/schemas/tolerant/ — the files other languages use.
// And for every named schema, on every value found inside the examples, mutated: the first tier agrees with the
// detailed strict validator, and the detailed validators' errors are exactly those of Ajv itself.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { examples } from '../../generated/examples.js';
import * as fastValidators from '../../generated/validators-fast.mjs';
import { fastEventValidators } from '../../generated/validators-fast.mjs';
import * as detailedValidators from '../../generated/validators.mjs';
import { eventValidators, tolerantEventValidators } from '../../generated/validators.mjs';
import { createContractAjv } from '../../scripts/lib/ajv.js';
import { loadContract } from '../../scripts/lib/contract.js';
import { TOLERANT_SUFFIX } from '../../scripts/lib/profiles.js';
import { KNOWN_EVENT_TYPES, type PoppEventType } from '../../src/events.js';
import { GENERATED, type Json, isObject } from '../helpers/contract.js';

const addFormats = addFormatsModule as unknown as typeof addFormatsModule.default;
const index = JSON.parse(readFileSync(join(GENERATED, 'schemas/index.json'), 'utf8')) as { events: { event: string; file: string; tolerantFile: string }[] };

function reference(file: string): (value: unknown) => boolean {
  // strict: false: the published files carry x-popp-* annotations, which Ajv would otherwise refuse.
  const ajv = new Ajv2020({ strict: false, allErrors: false });
  addFormats(ajv, ['date-time']);
  return ajv.compile(JSON.parse(readFileSync(join(GENERATED, 'schemas', file), 'utf8')));
}

const references = new Map(index.events.map((entry) => [entry.event, { strict: reference(entry.file), tolerant: reference(entry.tolerantFile) }]));

/** Values a mutation puts in: every JSON type, near-miss strings, enum values and date-times of other shapes. */
const replacement: fc.Arbitrary<Json | undefined> = fc.oneof(
  fc.constantFrom<Json | undefined>(undefined, null, 0, -1, 1.5, 101, '', 'x', true, false, [], {}, { kind: 'timer' }),
  fc.constantFrom('UNKNOWN', 'EXECUTOR_TIMEOUT', 'QUOTA_EXCEEDED', 'conversation', 'condition', 'empty', 'RUNNING', 'GREEN', 'completed'),
  fc.constantFrom('2026-04-28T10:30:00Z', '2026-04-28T10:30Z', '20260428T103000+0100', '2026-02-30T10:30:00Z', '2026-04-28T10:30:00', '2026-12-31T23:59:60Z', '2026-04-28 10:30:00+01'),
  fc.string({ maxLength: 8 }),
);

/** Every path (as keys) to a value inside `value`. */
function paths(value: Json, prefix: (string | number)[] = []): (string | number)[][] {
  const here = prefix.length > 0 ? [prefix] : [];
  if (Array.isArray(value)) return [...here, ...value.flatMap((item, index) => paths(item, [...prefix, index]))];
  if (isObject(value)) return [...here, ...Object.entries(value).flatMap(([key, item]) => paths(item, [...prefix, key]))];
  return here;
}

function mutate(value: Json, path: (string | number)[], replacementValue: Json | undefined): Json {
  const copy = structuredClone(value);
  let parent: any = copy;
  for (const key of path.slice(0, -1)) parent = parent[key];
  const last = path[path.length - 1] as string | number;
  if (replacementValue === undefined) {
    if (Array.isArray(parent)) parent.splice(Number(last), 1);
    else delete parent[last];
  } else parent[last] = replacementValue;
  return copy;
}

/** `[name, example]` pairs, each with one to three seeded edits (values replaced, removed or retyped). */
function mutatedFrom(pairs: readonly (readonly [string, Json])[]) {
  return fc.constantFrom(...pairs).chain(([name, example]) =>
    fc.array(fc.tuple(fc.constantFrom(...paths(example)), replacement), { minLength: 1, maxLength: 3 }).map((edits) => {
      let payload = example;
      for (const [path, value] of edits) {
        try {
          payload = mutate(payload, path, value);
        } catch {
          // An earlier edit removed the path's parent: nothing to change there.
        }
      }
      return [name, payload] as const;
    }),
  );
}

const mutated = mutatedFrom(KNOWN_EVENT_TYPES.flatMap((type) => examples[type].map((example) => [type, example as unknown as Json] as const)));

describe('differential: the generated validators agree with each other and with Ajv from the published schemas', () => {
  it('on the examples as they are', () => {
    for (const type of KNOWN_EVENT_TYPES) {
      for (const example of examples[type]) {
        expect(fastEventValidators[type](example), type).toBe(true);
        expect(references.get(type)?.strict(example), type).toBe(true);
      }
    }
  });

  it('on 15,000 mutated examples (seeded), with both verdicts well represented', () => {
    const verdicts = { valid: 0, tolerated: 0, invalid: 0 };
    fc.assert(
      fc.property(mutated, ([type, payload]) => {
        const eventType = type as PoppEventType;
        const detailed = eventValidators[eventType](payload);
        const tolerant = tolerantEventValidators[eventType](payload);
        const reference = references.get(eventType)!;
        expect(fastEventValidators[eventType](payload), 'fast tier vs detailed strict').toBe(detailed);
        expect(reference.strict(payload), 'detailed strict vs Ajv2020 on generated/schemas/').toBe(detailed);
        expect(reference.tolerant(payload), 'detailed tolerant vs Ajv2020 on generated/schemas/tolerant/').toBe(tolerant);
        if (detailed) expect(tolerant, 'strict ⊂ tolerant').toBe(true);
        verdicts[detailed ? 'valid' : tolerant ? 'tolerated' : 'invalid']++;
      }),
      { numRuns: 15_000, seed: 20261130 },
    );
    for (const [verdict, count] of Object.entries(verdicts)) expect(count, `${verdict}: ${JSON.stringify(verdicts)}`).toBeGreaterThan(300);
  });
});

// The client reads each 2xx answer with the same two tiers (src/client/responses.ts): the boolean check of the
// response schema must agree with its detailed strict validator, on the OpenAPI document's own examples mutated.
describe('differential: the response schemas the client reads, fast tier vs detailed strict', () => {
  const openapi = JSON.parse(readFileSync(join(GENERATED, 'openapi.json'), 'utf8')) as { paths: Record<string, Record<string, { responses?: Record<string, { content?: Record<string, { schema?: { $ref?: string }; examples?: Record<string, { value: Json }> }> }> }>> };
  const answers = Object.values(openapi.paths).flatMap((operations) =>
    Object.values(operations).flatMap((operation) =>
      Object.entries(operation.responses ?? {})
        .filter(([status]) => status.startsWith('2'))
        .flatMap(([, response]) => {
          const content = response.content?.['application/json'];
          const name = content?.schema?.$ref?.split('/').pop();
          return name === undefined ? [] : Object.values(content?.examples ?? {}).map((example) => [name, example.value] as const);
        }),
    ),
  );

  it('covers the four schemas of the named operations, and passes their examples', () => {
    expect(new Set(answers.map(([name]) => name))).toEqual(new Set(['PublishedWorkflowVersion', 'StartWorkflowRunsResponse', 'WorkflowRunPage', 'WorkflowRun']));
    for (const [name, example] of answers) expect([tiers(name).fast(example), tiers(name).detailed(example)], name).toEqual([true, true]);
  });

  it('on 3,000 mutated response examples (seeded)', () => {
    const verdicts = { valid: 0, invalid: 0 };
    const mutatedAnswers = mutatedFrom(answers);
    fc.assert(
      fc.property(mutatedAnswers, ([name, payload]) => {
        const { fast, detailed } = tiers(name);
        const verdict = detailed(payload);
        expect(fast(payload), `${name}: fast tier vs detailed strict`).toBe(verdict);
        verdicts[verdict ? 'valid' : 'invalid']++;
      }),
      { numRuns: 3_000, seed: 20261130 },
    );
    for (const [verdict, count] of Object.entries(verdicts)) expect(count, `${verdict}: ${JSON.stringify(verdicts)}`).toBeGreaterThan(100);
  });
});

// Every `isValid<Name>` is public (the validators entry, the CLI's validate): each named schema's boolean check
// must agree with its detailed strict validator, not only the events' and the responses'. The values are every
// object and array found inside the examples (events, REST requests and answers), mutated, tried on every schema.
const restExamples = collectExampleValues(JSON.parse(readFileSync(join(GENERATED, 'openapi.json'), 'utf8')) as Json);
const values = [...KNOWN_EVENT_TYPES.flatMap((type) => examples[type] as unknown as Json[]), ...restExamples].flatMap((example) => [
  example,
  ...paths(example).map((path) => path.reduce<Json>((value, key) => (value as any)[key], example)),
]);
const mutatedValue = mutatedFrom(values.filter((value) => paths(value).length > 0).map((value) => ['', value] as const)).map(([, value]) => value);
const names = Object.keys(fastValidators).filter((name) => name.startsWith('isValid')).map((name) => name.slice('isValid'.length));

describe('differential: every named schema, fast tier vs detailed strict', () => {
  // A value each schema passes, where the examples hold one, so that valid values of every schema are tried too.
  const validSample = new Map(names.map((name) => [name, values.find((value) => tiers(name).detailed(value))]));

  it('on 20,000 mutated values (seeded); every schema is tried, and each verdict is well represented', () => {
    const tried = new Set<string>();
    const verdicts = { valid: 0, invalid: 0 };
    fc.assert(
      fc.property(fc.tuple(fc.constantFrom(...names), mutatedValue, fc.boolean()), ([name, mutated, asIs]) => {
        const { fast, detailed } = tiers(name);
        const candidate = asIs ? validSample.get(name) ?? mutated : mutated;
        const verdict = detailed(candidate);
        expect(fast(candidate), `${name}: fast tier vs detailed strict on ${JSON.stringify(candidate)}`).toBe(verdict);
        // What strict accepts, tolerant accepts: the client's input checks skip the tolerant validator on that.
        const tolerant = tolerantOf(name);
        if (verdict && tolerant) expect(tolerant(candidate), `${name}: strict ⊂ tolerant on ${JSON.stringify(candidate)}`).toBe(true);
        tried.add(name);
        verdicts[verdict ? 'valid' : 'invalid']++;
      }),
      { numRuns: 20_000, seed: 20261130 },
    );
    expect([...tried].sort()).toEqual([...names].sort());
    for (const [verdict, count] of Object.entries(verdicts)) expect(count, `${verdict}: ${JSON.stringify(verdicts)}`).toBeGreaterThan(1000);
  });
});

// The generator rewrites Ajv's standalone code (helpers instead of require(), each error object built by
// ajvError): the errors must stay Ajv's, object for object, under both profiles.
describe("differential: the detailed validators' errors are those of Ajv compiled at run time with the generator's options", () => {
  it('on 10,000 mutated values (seeded), compared as JSON text (so that the order of keys counts too)', () => {
    const contract = loadContract();
    const ajv = createContractAjv(contract.schemas, contract.tolerantSchemas);
    const detailed = detailedValidators as unknown as Record<string, ((value: unknown) => boolean) & { errors?: unknown }>;
    let errorsCompared = 0;
    fc.assert(
      fc.property(fc.tuple(fc.constantFrom(...names), fc.constantFrom('', TOLERANT_SUFFIX), mutatedValue), ([name, suffix, candidate]) => {
        const generated = detailed[`validate${name}${suffix}`]!;
        const reference = ajv.getSchema(`${name}${suffix}`)!;
        const verdict = reference(candidate);
        expect(generated(candidate), `${name}${suffix}`).toBe(verdict);
        expect(JSON.stringify(generated.errors ?? null), `${name}${suffix} on ${JSON.stringify(candidate)}`).toBe(JSON.stringify(reference.errors ?? null));
        if (!verdict) errorsCompared += (reference.errors ?? []).length;
      }),
      { numRuns: 10_000, seed: 20261130 },
    );
    expect(errorsCompared).toBeGreaterThan(10_000);
  });
});

/** A schema's two strict validators: the boolean first tier and the detailed one. */
function tiers(name: string) {
  return {
    fast: (fastValidators as unknown as Record<string, (value: unknown) => boolean>)[`isValid${name}`]!,
    detailed: (detailedValidators as unknown as Record<string, (value: unknown) => boolean>)[`validate${name}`]!,
  };
}

/** A schema's detailed tolerant validator, where the schema has a tolerant variant. */
function tolerantOf(name: string): ((value: unknown) => boolean) | undefined {
  return (detailedValidators as unknown as Record<string, (value: unknown) => boolean>)[`validate${name}${TOLERANT_SUFFIX}`];
}

/** Every `value` of an OpenAPI `examples` entry, wherever it sits in the document. */
function collectExampleValues(document: Json): Json[] {
  const found: Json[] = [];
  const visit = (node: Json): void => {
    if (Array.isArray(node)) node.forEach(visit);
    else if (isObject(node)) {
      if (isObject(node.examples)) for (const example of Object.values(node.examples)) if (isObject(example) && 'value' in example) found.push(example.value as Json);
      Object.values(node).forEach(visit);
    }
  };
  visit(document);
  return found;
}
