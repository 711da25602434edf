import standaloneCodeModule from 'ajv/dist/standalone/index.js';
import type { Contract } from './contract.js';
import type { Ajv2020 } from 'ajv/dist/2020.js';
import { tsBanner } from './header.js';

// ajv's standalone module is CommonJS; under NodeNext its default export arrives wrapped.
const standaloneCode = standaloneCodeModule as unknown as typeof standaloneCodeModule.default;

export const validatorName = (schemaName: string) => `validate${schemaName}`;

/**
 * Runtime helpers the standalone code would otherwise `require()` from ajv and ajv-formats. Inlining them
 * makes generated/validators.mjs dependency-free ESM that runs in Node, browsers, Workers, Bun and Deno.
 */
const PRELUDE = `// Length in Unicode code points, as JSON Schema counts it (same algorithm as ajv/dist/runtime/ucs2length).
function ucs2length(str) {
  let length = 0;
  let pos = 0;
  while (pos < str.length) {
    length++;
    const code = str.charCodeAt(pos++);
    if (code >= 0xd800 && code <= 0xdbff && pos < str.length) {
      const next = str.charCodeAt(pos);
      if ((next & 0xfc00) === 0xdc00) pos++;
    }
  }
  return length;
}

// RFC 3339 date-time with a mandatory offset, as ajv-formats' "date-time" checks it. Events carry a dozen
// timestamps, so this is hot: the pattern checks every field's range itself, and only days 29-31 need the
// calendar, read in place (no match array). Measured faster than a character-by-character scan.
const DATE_TIME = /^\\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])[Tt ](?:[01]\\d|2[0-3]):[0-5]\\d:(?:[0-5]\\d|60)(?:\\.\\d+)?(?:[Zz]|[+-](?:[01]\\d|2[0-3]):[0-5]\\d)$/;
const DAYS_IN_MONTH = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
function numberAt(value, at) {
  return (value.charCodeAt(at) - 48) * 10 + value.charCodeAt(at + 1) - 48;
}
function isDateTime(value) {
  if (!DATE_TIME.test(value)) return false;
  const day = numberAt(value, 8);
  if (day <= 28) return true;
  const year = numberAt(value, 0) * 100 + numberAt(value, 2);
  const month = numberAt(value, 5);
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return day <= (month === 2 && leap ? 29 : DAYS_IN_MONTH[month]);
}
const dateTimeFormat = { validate: isDateTime };
`;

const REQUIRE_REPLACEMENTS: [string, string][] = [
  ['require("ajv/dist/runtime/ucs2length").default', 'ucs2length'],
  ['require("ajv-formats/dist/formats").fullFormats["date-time"]', 'dateTimeFormat'],
];

const RUNTIME = `
/** Ajv errors as JSON-pointer paths and plain messages, one per actual problem. */
export function toValidationIssues(errors) {
  const list = errors ?? [];
  const issues = [];
  for (const error of list) {
    // A nullable reference reports its failure three times (the branch, "must be null", "anyOf");
    // keep the branch's error, which says what is wrong.
    const noise = error.keyword === 'anyOf' || (error.keyword === 'type' && error.params.type === 'null');
    if (noise && list.some((other) => other !== error && other.instancePath === error.instancePath && other.keyword !== 'anyOf' && !(other.keyword === 'type' && other.params.type === 'null'))) continue;
    let path = error.instancePath;
    let message = error.message ?? 'is invalid';
    if (error.keyword === 'required') {
      path += '/' + escapePointer(error.params.missingProperty);
      message = 'is required';
    } else if (error.keyword === 'enum') {
      message = 'must be one of ' + error.params.allowedValues.map((value) => JSON.stringify(value)).join(', ');
    } else if (error.keyword === 'const') {
      message = 'must be ' + JSON.stringify(error.params.allowedValue);
    } else if (error.keyword === 'discriminator') {
      path += '/' + escapePointer(error.params.tag);
      message = error.params.error === 'tag' ? 'must be a string' : JSON.stringify(error.params.tagValue) + ' is not a known ' + error.params.tag;
    }
    issues.push({ path, message, keyword: error.keyword });
  }
  return issues;
}

function escapePointer(segment) {
  return String(segment).replace(/~/g, '~0').replace(/\\//g, '~1');
}

/**
 * Validates a parsed webhook payload against the schema of its own event type.
 * @example
 *   const result = validateEvent(JSON.parse(body));
 *   if (result.ok) console.log(result.event.event);
 *   else console.error(result.reason, result.issues);
 */
export function validateEvent(payload) {
  const type = payload !== null && typeof payload === 'object' ? payload.event : undefined;
  const validate = typeof type === 'string' && Object.hasOwn(eventValidators, type) ? eventValidators[type] : undefined;
  if (validate !== undefined && validate(payload)) return { ok: true, event: payload };
  if (!validatePoppWebhookEnvelope(payload)) {
    return { ok: false, reason: 'not-an-envelope', eventType: typeof type === 'string' ? type : undefined, issues: toValidationIssues(validatePoppWebhookEnvelope.errors) };
  }
  if (validate === undefined) return { ok: false, reason: 'unknown-event-type', eventType: type, envelope: payload, issues: [] };
  return { ok: false, reason: 'schema-violation', eventType: type, issues: toValidationIssues(validate.errors) };
}
`;

const TYPES_RUNTIME = `
/** One schema problem: where (a JSON pointer into the payload) and what. */
export interface ValidationIssue {
  path: string;
  message: string;
  keyword: string;
}

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

export type EventValidationResult =
  | { ok: true; event: PoppWebhookEvent }
  /** The payload is not even a Popp envelope (event, eventId, eventTimestamp, data.recordId, data.organizationId). */
  | { ok: false; reason: 'not-an-envelope'; eventType: string | undefined; issues: ValidationIssue[] }
  /** A well-formed envelope whose event type this contract does not know (yet). */
  | { ok: false; reason: 'unknown-event-type'; eventType: string; envelope: PoppWebhookEnvelope; issues: [] }
  /** A known event type whose payload breaks that event's schema. */
  | { ok: false; reason: 'schema-violation'; eventType: PoppEventType; issues: ValidationIssue[] };

/**
 * Validates a parsed webhook payload against the schema of its own event type.
 * @example
 *   const result = validateEvent(JSON.parse(body));
 *   if (result.ok) console.log(result.event.event);
 *   else console.error(result.reason, result.issues);
 */
export declare function validateEvent(payload: unknown): EventValidationResult;

/** Ajv errors as JSON-pointer paths and plain messages. */
export declare function toValidationIssues(errors: readonly ValidatorError[] | null | undefined): ValidationIssue[];

/** The validator of each known event type. */
export declare const eventValidators: { readonly [K in PoppEventType]: Validator<EventMap[K]> };
`;

/** generated/validators.mjs and its declarations: one precompiled validator per named schema. */
export function emitValidators(contract: Contract, ajv: Ajv2020, eventTypeNames: Set<string>): { module: string; declarations: string } {
  const names = [...contract.schemas.keys()];
  const exportsMap = Object.fromEntries(names.map((name) => [validatorName(name), name]));
  let code = standaloneCode(ajv, exportsMap).replace(/^"use strict";/, '');
  for (const [from, to] of REQUIRE_REPLACEMENTS) code = code.split(from).join(to);
  const leftover = /require\([^)]*\)/.exec(code);
  if (leftover) throw new Error(`standalone validators still need ${leftover[0]}: inline it in scripts/lib/emit-validators.ts`);

  const eventEntries = contract.events.map((event) => `  ${event.type}: ${validatorName(event.schemaName)},`).join('\n');
  const module = `${tsBanner()}// Precompiled by Ajv (standalone mode) from the JSON Schemas in generated/schemas/; no runtime dependency.
${PRELUDE}
${code.replace(/;(?=export |const |function )/g, ';\n')}

/** The validator of each known event type. */
export const eventValidators = Object.freeze({
${eventEntries}
});
${RUNTIME}`;

  const typeFor = (name: string) => {
    if (eventTypeNames.has(name)) return name;
    const isApiSchema = ((contract.openapi.components as Record<string, Record<string, unknown>>).schemas ?? {})[name] !== undefined;
    return isApiSchema ? `components['schemas']['${name}']` : 'unknown';
  };
  const eventImports = ['EventMap', 'PoppEventType', 'PoppWebhookEnvelope', 'PoppWebhookEvent', ...names.filter((name) => eventTypeNames.has(name))];
  const declarations = `${tsBanner()}import type { components } from './api.js';
import type {
${[...new Set(eventImports)].sort().map((name) => `  ${name},`).join('\n')}
} from './events.js';
${TYPES_RUNTIME}
${names.map((name) => `/** Validates a value against the ${name} schema. */\nexport declare const ${validatorName(name)}: Validator<${typeFor(name)}>;`).join('\n')}
`;
  return { module, declarations };
}
