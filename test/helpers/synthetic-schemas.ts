/**
 * Synthetic schemas that use every keyword the generator compiles, in positions the contract's own schemas do not
 * (type unions beside string and number keywords, oneOf without a discriminator, allOf, array bounds, astral
 * characters), and values near each of their boundaries. The generator's two compilers are held to Ajv on them:
 * the first tier's (fast-checks.test.ts) and the rewrite of Ajv's own code (compact-standalone.test.ts).
 */
import fc from 'fast-check';
import type { JsonObject } from '../../scripts/lib/json.js';

export const SCHEMAS: Record<string, JsonObject> = {
  Name: { type: ['string', 'null'], minLength: 2, maxLength: 3, pattern: '^[a-z😀]+$' },
  Score: { type: ['integer', 'null'], minimum: 0, maximum: 100 },
  Untyped: { minLength: 1, minimum: 5, format: 'date-time', required: ['a'], minItems: 1 },
  Kind: { type: 'string', enum: ['a', 'b', null] },
  Pair: { type: 'array', minItems: 1, maxItems: 2, items: { $ref: 'Name' } },
  Either: { oneOf: [{ type: 'integer' }, { type: 'number', minimum: 2 }, { $ref: 'Kind' }] },
  Both: { allOf: [{ type: 'object', required: ['x'] }, { properties: { x: { const: 1 }, 'y-z': { type: 'boolean' } } }] },
  Any: { anyOf: [{ $ref: 'Pair' }, { type: 'object', properties: { n: { $ref: 'Name' } }, required: ['n'] }] },
  Cat: { type: 'object', required: ['kind', 'lives'], properties: { kind: { const: 'cat' }, lives: { type: 'integer' } } },
  Dog: { type: 'object', required: ['kind'], properties: { kind: { enum: ['dog', 'puppy'] }, when: { type: 'string', format: 'date-time' } } },
  Pet: { type: 'object', discriminator: { propertyName: 'kind' }, required: ['kind'], oneOf: [{ $ref: 'Cat' }, { $ref: 'Dog' }] },
  Nested: { type: 'object', properties: { inner: { type: 'object', required: ['a', 'b'], properties: { a: { type: ['string', 'null'] }, b: { enum: ['x', 'y'] } } }, pets: { type: 'array', items: { $ref: 'Pet' } } } },
};

/** Values near every boundary of SCHEMAS, and any JSON. */
export const value: fc.Arbitrary<unknown> = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    fc.constantFrom(null, true, 0, 1, 1.5, 2, 5, -1, 100, 101, NaN, Infinity, 'a', 'b', 'ab', 'abc', 'abcd', 'aB', '😀', '😀😀', '😀😀😀😀', 'cat', 'dog', 'puppy', '2026-04-28T10:30:00Z', '2026-02-30T10:30:00Z'),
    fc.jsonValue({ maxDepth: 2 }),
    fc.array(tie('value'), { maxLength: 3 }),
    fc.record({ kind: fc.constantFrom('cat', 'dog', 'puppy', 'fish', 1), lives: tie('value'), when: tie('value'), x: tie('value'), 'y-z': tie('value'), n: tie('value'), a: tie('value'), b: tie('value'), inner: tie('value'), pets: tie('value') }, { requiredKeys: [] }),
  ),
})).value;
