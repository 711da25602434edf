import { Ajv, Name } from 'ajv';
import { isRfc3339DateTime } from '../../src/validation/standalone-helpers.js';
import { type JsonObject, walkObjects } from './json.js';
import { TOLERANT_SUFFIX } from './profiles.js';
import { discriminatorOf, rewriteRefs, withoutAnnotations } from './schemas.js';

/** The identifier the standalone code reads formats from; generated/validators.mjs defines it. */
export const STANDALONE_FORMATS = 'standaloneFormats';

/**
 * An Ajv instance holding every component schema under its own name, and its tolerant variant under
 * `<Name>Tolerant`, ready to validate and to emit standalone code. Extensions are stripped, and `oneOf`s whose
 * branches are told apart by a `const` property get Ajv's `discriminator`, so an error names the failing
 * branch instead of every branch. `date-time` is the strict profile's check (src/validation/standalone-helpers.ts),
 * the function the standalone validators import from generated/validation-helpers.mjs. It reports every error
 * (allErrors): it makes the detailed tier; the boolean first tier is compiled by fast-checks.ts.
 *
 * Ajv's draft-07 class compiles the 2020-12 schemas this contract writes (it uses no keyword whose meaning
 * differs between the two), and its code carries none of Ajv2020's evaluation bookkeeping: a top-level
 * `validateN.evaluated = …` per function, which bundlers must keep, so that importing one validator pulled in
 * all of them, and work on every call.
 */
export function createContractAjv(schemas: Map<string, JsonObject>, tolerantSchemas: Map<string, JsonObject>): Ajv {
  const ajv = createBareContractAjv();
  const all = new Map([...schemas, ...[...tolerantSchemas].map(([name, schema]) => [`${name}${TOLERANT_SUFFIX}`, schema] as const)]);
  for (const [name, schema] of all) ajv.addSchema(prepareForAjv(schema, all), name);
  return ajv;
}

/**
 * An Ajv instance with the contract's options and its date-time format, and no schema yet. The fast-check
 * compiler's test uses it as the reference on schemas of its own.
 *
 * @example
 *   const ajv = createBareContractAjv();
 *   ajv.addSchema({ type: 'string', format: 'date-time' }, 'When');
 */
export function createBareContractAjv(): Ajv {
  const ajv = new Ajv({
    allErrors: true,
    strict: true,
    strictRequired: false,
    strictTypes: false,
    allowUnionTypes: true,
    discriminator: true,
    // One function per schema, called where referenced: inlining would copy NodeOutcome into every event.
    inlineRefs: false,
    // Keeps each compiled function's source, so one instance serves both the example lint and standalone code.
    code: { source: true, esm: true, lines: false, formats: new Name(STANDALONE_FORMATS) },
  });
  ajv.addFormat('date-time', { type: 'string', validate: isRfc3339DateTime });
  return ajv;
}

export function prepareForAjv(schema: JsonObject, schemas: Map<string, JsonObject>): JsonObject {
  const prepared = withoutAnnotations(schema);
  walkObjects(prepared, (node) => {
    if (Array.isArray(node.oneOf)) {
      const property = discriminatorOf(node.oneOf, schemas);
      if (property) {
        node.discriminator = { propertyName: property };
        node.type ??= 'object';
        node.required = [...new Set([...((node.required ?? []) as string[]), property])];
      }
    }
  });
  return rewriteRefs(prepared, (name) => name);
}
