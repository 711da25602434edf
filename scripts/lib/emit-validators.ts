import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import standaloneCodeModule from 'ajv/dist/standalone/index.js';
import type { Ajv } from 'ajv';
import ts from 'typescript';
import { STANDALONE_FORMATS, prepareForAjv } from './ajv.js';
import { compactStandalone } from './compact-standalone.js';
import { FastCheckCompiler } from './fast-checks.js';
import type { JsonObject } from './json.js';
import type { Contract } from './contract.js';
import { tsBanner } from './header.js';
import { ROOT } from './paths.js';
import { TOLERANT_SUFFIX, tolerantDateTimePattern } from './profiles.js';

// ajv's standalone module is CommonJS; under NodeNext its default export arrives wrapped.
const standaloneCode = standaloneCodeModule as unknown as typeof standaloneCodeModule.default;

export const validatorName = (schemaName: string) => `validate${schemaName}`;

/** The runtime functions the standalone code calls, written (and type-checked, and tested) in src/. */
const HELPERS_SOURCE = resolve(ROOT, 'src/validation/standalone-helpers.ts');

/**
 * Rewrites of Ajv's standalone output: what it would `require()` from ajv becomes the helper copied from src/;
 * the format lookup becomes a plain reference; and the expressions a bundler cannot prove free of side effects
 * (a `new RegExp`, an `Object.freeze`) are marked pure, so that a bundle keeps only the validators it uses.
 */
const REWRITES: [string, string][] = [
  ['require("ajv/dist/runtime/ucs2length").default', 'ucs2length'],
  [`${STANDALONE_FORMATS}["date-time"]`, 'DATE_TIME_FORMAT'],
  ['new RegExp(', '/*#__PURE__*/ new RegExp('],
];

/** The file both validator modules import their helpers from (generated/validation-helpers.mjs). */
export const HELPERS_MODULE = 'validation-helpers.mjs';

/**
 * generated/validation-helpers.mjs: src/validation/standalone-helpers.ts as plain JavaScript, its comments kept,
 * compiled once for both tiers of validators.
 *
 * @example
 *   files.set(HELPERS_MODULE, emitValidationHelpers());
 */
export function emitValidationHelpers(): string {
  const source = readFileSync(HELPERS_SOURCE, 'utf8');
  const { outputText } = ts.transpileModule(source, {
    compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext, removeComments: false },
  });
  return `${tsBanner()}// src/validation/standalone-helpers.ts, compiled: what validators.mjs and validators-fast.mjs call.

${outputText.replace(/\n\/\/# sourceMappingURL=.*$/, '').trim()}
`;
}

/** The helpers' names, as src/validation/standalone-helpers.ts exports them (in its order). */
const HELPER_NAMES = [...readFileSync(HELPERS_SOURCE, 'utf8').matchAll(/^export function (\w+)/gm)].map((match) => match[1] as string);

/** The import of the helpers `code` calls (an unused import would still make a bundler load the module). */
function helpersImport(code: string): string {
  const used = HELPER_NAMES.filter((name) => new RegExp(`\\b${name}\\b`).test(code));
  return used.length === 0 ? '' : `import { ${used.join(', ')} } from './${HELPERS_MODULE}';\n`;
}

/**
 * generated/validators.mjs and its declarations: a strict and a tolerant precompiled validator per named schema
 * (`validate<Name>`, `validate<Name>Tolerant`), the event-type maps, and the data the runtime in src/validation/
 * needs. No logic beyond Ajv's own output and the helpers copied from src/.
 */
export function emitValidators(contract: Contract, ajv: Ajv, eventTypeNames: Set<string>): { module: string; declarations: string } {
  const names = [...contract.schemas.keys()];
  const exportsMap = Object.fromEntries(names.flatMap((name) => [[validatorName(name), name], [validatorName(`${name}${TOLERANT_SUFFIX}`), `${name}${TOLERANT_SUFFIX}`]]));
  const code = standaloneModule(ajv, exportsMap);

  const eventMap = (suffix: string) => contract.events.map((event) => `  ${event.type}: ${validatorName(`${event.schemaName}${suffix}`)},`).join('\n');
  const module = `${tsBanner()}// Precompiled by Ajv (standalone mode) from the JSON Schemas in generated/schemas/; no runtime dependency.
// Each validator reports every problem (Ajv's allErrors); validators-fast.mjs holds the boolean-only tier.
${code}

/** The strict validator of each known event type. */
export const eventValidators = /*#__PURE__*/ Object.freeze({
${eventMap('')}
});

/** The tolerant validator of each known event type. */
export const tolerantEventValidators = /*#__PURE__*/ Object.freeze({
${eventMap(TOLERANT_SUFFIX)}
});

/** The ISO 8601 pattern the tolerant profile accepts a date-time by, besides RFC 3339 (spec/profiles.yaml). */
export const TOLERANT_DATE_TIME_PATTERN = ${JSON.stringify(tolerantDateTimePattern(contract.profiles))};
`;

  const typeFor = typeOfSchema(contract, eventTypeNames);
  const declarations = `${declarationsHeader(names, eventTypeNames)}

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

/**
 * Ajv's standalone code for `exportsMap`, rewritten to need nothing outside the module but its helpers
 * (REWRITES, helpersImport), and compacted (compact-standalone.ts).
 *
 * @example
 *   standaloneModule(ajv, { validateWorkflowRun: 'WorkflowRun' }); // "import { … } from './validation-helpers.mjs';\n…"
 */
export function standaloneModule(ajv: Ajv, exportsMap: Record<string, string>): string {
  let code = standaloneCode(ajv, exportsMap).replace(/^"use strict";/, '');
  for (const [from, to] of REWRITES) code = code.split(from).join(to);
  const leftover = /require\([^)]*\)/.exec(code);
  if (leftover) throw new Error(`standalone validators still need ${leftover[0]}: add the helper to src/validation/standalone-helpers.ts`);
  code = compactStandalone(code);
  const body = `const DATE_TIME_FORMAT = { validate: isRfc3339DateTime };

${code.replace(/;(?=export |const |function )/g, ';\n')}`;
  return `${helpersImport(body)}
${body}`;
}

export const fastValidatorName = (schemaName: string) => `isValid${schemaName}`;

/**
 * generated/validators-fast.mjs and its declarations: the first tier, a boolean-only strict check per named
 * schema (`isValid<Name>`, compiled by scripts/lib/fast-checks.ts: it stops at the first problem and allocates
 * nothing). A value it passes is valid under both profiles; only a value it refuses is checked again by the
 * detailed validators of validators.mjs, so the issues reported are theirs.
 */
export function emitFastValidators(contract: Contract, eventTypeNames: Set<string>, options = { formats: true }): { module: string; declarations: string } {
  const names = [...contract.schemas.keys()];
  const prepared = new Map(names.map((name) => [name, prepareForAjv(contract.schemas.get(name) as JsonObject, contract.schemas)]));
  const code = new FastCheckCompiler(prepared, fastValidatorName, options).compileAll();
  const module = `${tsBanner()}// Compiled by scripts/lib/fast-checks.ts from the strict JSON Schemas in generated/schemas/: true or false, no errors.
${helpersImport(code)}
${code}

/** The boolean strict check of each known event type. */
export const fastEventValidators = /*#__PURE__*/ Object.freeze({
${contract.events.map((event) => `  ${event.type}: ${fastValidatorName(event.schemaName)},`).join('\n')}
});
`;
  const typeFor = typeOfSchema(contract, eventTypeNames);
  const declarations = `${declarationsHeader(names, eventTypeNames)}

/** A boolean-only check: true when the value is valid under the strict profile. It reports no errors. */
export type FastValidator<T> = (data: unknown) => data is T;

/** The boolean strict check of each known event type. */
export declare const fastEventValidators: { readonly [K in PoppEventType]: FastValidator<EventMap[K]> };

${names.map((name) => `/** Whether a value is valid against the ${name} schema (strict profile), without errors. */\nexport declare const ${fastValidatorName(name)}: FastValidator<${typeFor(name)}>;`).join('\n')}
`;
  return { module, declarations };
}

/** The banner and type imports both declaration files start with. */
function declarationsHeader(names: string[], eventTypeNames: Set<string>): string {
  const eventImports = ['EventMap', 'PoppEventType', ...names.filter((name) => eventTypeNames.has(name))];
  return `${tsBanner()}import type { components } from './api.js';
import type {
${[...new Set(eventImports)].sort().map((name) => `  ${name},`).join('\n')}
} from './events.js';`;
}

/** The TypeScript type a schema's validator guards: the event payload type, the REST schema's, or unknown. */
function typeOfSchema(contract: Contract, eventTypeNames: Set<string>): (name: string) => string {
  const apiSchemas = ((contract.openapi.components as Record<string, Record<string, unknown>>).schemas ?? {}) as Record<string, unknown>;
  return (name) => (eventTypeNames.has(name) ? name : apiSchemas[name] !== undefined ? `components['schemas']['${name}']` : 'unknown');
}
