import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { type JsonObject, walkObjects } from './json.js';
import { discriminatorOf, rewriteRefs, withoutAnnotations } from './schemas.js';

// ajv-formats ships CommonJS; under NodeNext its default export arrives wrapped.
const addFormats = addFormatsModule as unknown as typeof addFormatsModule.default;

/** The formats the specs use. The standalone validators inline their own implementation of each. */
export const FORMATS = ['date-time'] as const;

/**
 * An Ajv instance holding every component schema under its own name, ready to validate and to emit
 * standalone code. Extensions are stripped, and `oneOf`s whose branches are told apart by a `const`
 * property get Ajv's `discriminator`, so an error names the failing branch instead of every branch.
 */
export function createContractAjv(schemas: Map<string, JsonObject>): Ajv2020 {
  const ajv = new Ajv2020({
    allErrors: true,
    strict: true,
    strictRequired: false,
    strictTypes: false,
    allowUnionTypes: true,
    discriminator: true,
    // One function per schema, called where referenced: inlining would copy NodeOutcome into every event.
    inlineRefs: false,
    // Keeps each compiled function's source, so one instance serves both the example lint and standalone code.
    code: { source: true, esm: true, lines: false },
  });
  addFormats(ajv, [...FORMATS]);
  for (const [name, schema] of schemas) ajv.addSchema(prepareForAjv(schema, schemas), name);
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
