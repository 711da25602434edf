import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import standaloneCodeModule from 'ajv/dist/standalone/index.js';
import type { Ajv2020 } from 'ajv/dist/2020.js';
import ts from 'typescript';
import { STANDALONE_FORMATS } from './ajv.js';
import type { Contract } from './contract.js';
import { tsBanner } from './header.js';
import { ROOT } from './paths.js';
import { TOLERANT_SUFFIX, tolerantDateTimePattern } from './profiles.js';

// ajv's standalone module is CommonJS; under NodeNext its default export arrives wrapped.
const standaloneCode = standaloneCodeModule as unknown as typeof standaloneCodeModule.default;

export const validatorName = (schemaName: string) => `validate${schemaName}`;

/** The runtime functions the standalone code calls, written (and type-checked, and tested) in src/. */
const HELPERS_SOURCE = resolve(ROOT, 'src/validation/standalone-helpers.ts');

/** What the standalone code would `require()` from ajv, and the helper that replaces it. */
const REQUIRE_REPLACEMENTS: [string, string][] = [['require("ajv/dist/runtime/ucs2length").default', 'ucs2length']];

/** The helpers as plain JavaScript, module-private: their `export`s dropped, their comments kept. */
function helpersCode(): string {
  const source = readFileSync(HELPERS_SOURCE, 'utf8');
  const { outputText } = ts.transpileModule(source, {
    compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext, removeComments: false },
  });
  return outputText.replace(/^export (?=function |const )/gm, '').replace(/\n\/\/# sourceMappingURL=.*$/, '').trim();
}

/**
 * generated/validators.mjs and its declarations: a strict and a tolerant precompiled validator per named schema
 * (`validate<Name>`, `validate<Name>Tolerant`), the event-type maps, and the data the runtime in src/validation/
 * needs. No logic beyond Ajv's own output and the helpers copied from src/.
 */
export function emitValidators(contract: Contract, ajv: Ajv2020, eventTypeNames: Set<string>): { module: string; declarations: string } {
  const names = [...contract.schemas.keys()];
  const exportsMap = Object.fromEntries(names.flatMap((name) => [[validatorName(name), name], [validatorName(`${name}${TOLERANT_SUFFIX}`), `${name}${TOLERANT_SUFFIX}`]]));
  let code = standaloneCode(ajv, exportsMap).replace(/^"use strict";/, '');
  for (const [from, to] of REQUIRE_REPLACEMENTS) code = code.split(from).join(to);
  const leftover = /require\([^)]*\)/.exec(code);
  if (leftover) throw new Error(`standalone validators still need ${leftover[0]}: add the helper to src/validation/standalone-helpers.ts`);

  const eventMap = (suffix: string) => contract.events.map((event) => `  ${event.type}: ${validatorName(`${event.schemaName}${suffix}`)},`).join('\n');
  const module = `${tsBanner()}// Precompiled by Ajv (standalone mode) from the JSON Schemas in generated/schemas/; no runtime dependency.
// The functions below are src/validation/standalone-helpers.ts, compiled.

${helpersCode()}

const ${STANDALONE_FORMATS} = { 'date-time': { validate: isRfc3339DateTime } };

${code.replace(/;(?=export |const |function )/g, ';\n')}

/** The strict validator of each known event type. */
export const eventValidators = Object.freeze({
${eventMap('')}
});

/** The tolerant validator of each known event type. */
export const tolerantEventValidators = Object.freeze({
${eventMap(TOLERANT_SUFFIX)}
});

/** The ISO 8601 pattern the tolerant profile accepts a date-time by, besides RFC 3339 (spec/profiles.yaml). */
export const TOLERANT_DATE_TIME_PATTERN = ${JSON.stringify(tolerantDateTimePattern(contract.profiles))};
`;

  const typeFor = (name: string) => {
    if (eventTypeNames.has(name)) return name;
    const isApiSchema = ((contract.openapi.components as Record<string, Record<string, unknown>>).schemas ?? {})[name] !== undefined;
    return isApiSchema ? `components['schemas']['${name}']` : 'unknown';
  };
  const eventImports = ['EventMap', 'PoppEventType', ...names.filter((name) => eventTypeNames.has(name))];
  const declarations = `${tsBanner()}import type { components } from './api.js';
import type {
${[...new Set(eventImports)].sort().map((name) => `  ${name},`).join('\n')}
} from './events.js';

/** An Ajv error object, as the standalone validators report them. */
export interface ValidatorError {
  instancePath: string;
  schemaPath: string;
  keyword: string;
  params: Record<string, any>;
  message?: string;
}

/** A precompiled validator: a type guard that leaves its errors on \`.errors\` when it returns false. */
export interface Validator<T> {
  (data: unknown): data is T;
  errors?: ValidatorError[] | null;
}

/** The strict validator of each known event type. */
export declare const eventValidators: { readonly [K in PoppEventType]: Validator<EventMap[K]> };

/** The tolerant validator of each known event type. */
export declare const tolerantEventValidators: { readonly [K in PoppEventType]: Validator<EventMap[K]> };

/** The ISO 8601 pattern the tolerant profile accepts a date-time by, besides RFC 3339 (spec/profiles.yaml). */
export declare const TOLERANT_DATE_TIME_PATTERN: string;

${names
  .map((name) => `/** Validates a value against the ${name} schema (strict profile). */
export declare const ${validatorName(name)}: Validator<${typeFor(name)}>;
/** Validates a value against the ${name} schema (tolerant profile). */
export declare const ${validatorName(`${name}${TOLERANT_SUFFIX}`)}: Validator<${typeFor(name)}>;`)
  .join('\n')}
`;
  return { module, declarations };
}
