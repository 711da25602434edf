// The first tier's compiler (scripts/lib/fast-checks.ts) against Ajv, configured as the generator configures it
// for the detailed tier, on synthetic schemas that use every keyword the compiler accepts in every position the
// contract's own schemas do not (test/helpers/synthetic-schemas.ts). The contract's schemas themselves are held
// to Ajv by differential.test.ts; this file also holds the compiler to refusing what it does not compile.
import type { Ajv } from 'ajv';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createBareContractAjv } from '../../scripts/lib/ajv.js';
import { FastCheckCompiler } from '../../scripts/lib/fast-checks.js';
import type { JsonObject } from '../../scripts/lib/json.js';
import { isRfc3339DateTime, ucs2length } from '../../src/validation/standalone-helpers.js';
import { SCHEMAS, value } from '../helpers/synthetic-schemas.js';

function compile(schemas: Record<string, JsonObject>): Record<string, (value: unknown) => boolean> {
  const code = new FastCheckCompiler(new Map(Object.entries(schemas)), (name) => `is${name}`).compileAll().replaceAll('export function', 'function');
  const names = Object.keys(schemas).map((name) => `is${name}`);
  return new Function('ucs2length', 'isRfc3339DateTime', `${code}\nreturn { ${names.join(', ')} };`)(ucs2length, isRfc3339DateTime);
}

function reference(schemas: Record<string, JsonObject>): Ajv {
  const ajv = createBareContractAjv();
  for (const [name, schema] of Object.entries(schemas)) ajv.addSchema(schema, name);
  return ajv;
}

const checks = compile(SCHEMAS);
const ajv = reference(SCHEMAS);

describe('the fast-check compiler agrees with Ajv', () => {
  it.each(Object.keys(SCHEMAS))('%s, on 3,000 values (seeded), with both verdicts represented', (name) => {
    const verdicts = { valid: 0, invalid: 0 };
    const detailed = ajv.getSchema(name)!;
    fc.assert(
      fc.property(value, (candidate) => {
        const verdict = detailed(candidate);
        expect(checks[`is${name}`]!(candidate), JSON.stringify(candidate)).toBe(verdict);
        verdicts[verdict ? 'valid' : 'invalid']++;
      }),
      { numRuns: 3_000, seed: 20261130 },
    );
    expect(verdicts.valid, name).toBeGreaterThan(0);
    expect(verdicts.invalid, name).toBeGreaterThan(0);
  });
});

describe('the fast-check compiler refuses what it does not compile, naming the place and the keyword', () => {
  it.each([
    [{ A: { type: 'object', additionalProperties: false } }, 'A: keyword "additionalProperties" is not compiled'],
    [{ A: { type: 'string', format: 'email' } }, 'A: format "email" is not compiled'],
    [{ A: { properties: { b: { const: { c: 1 } } } } }, 'A/properties/b: the fast checks compare primitives only'],
    [{ A: { $ref: 'B', minLength: 1 }, B: { type: 'string' } }, 'A: $ref beside minLength'],
    [{ A: { $ref: 'Missing' } }, 'A: $ref to unknown schema Missing'],
    [{ A: { type: 'array', items: [{ type: 'string' }] } }, 'A: tuple items'],
    [{ A: { type: 'object', discriminator: { propertyName: 'k' }, oneOf: [{ properties: { k: { type: 'string' } } }] } }, 'A/oneOf/0: the discriminator k has no const or enum'],
  ] as [Record<string, JsonObject>, string][])('%j', (schemas, message) => {
    expect(() => compile(schemas)).toThrow(message);
  });
});
