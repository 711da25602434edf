// Negative conformance cases, derived from the docs' workflow-event examples: each one breaks exactly one rule
// of the schema, so any validator (Ajv here, Python's jsonschema in test/python/) must reject it and say where.
// Shared by the TypeScript conformance suite and the cross-language tests; pure data, no validator involved.
import {
  type DocsExample,
  type Json,
  type Schema,
  effectiveSchema,
  isObject,
  loadDocsExamples,
  loadSchema,
  resolveRef,
  withValueAt,
} from './contract.js';

export type NegativeCaseKind = 'missing-required' | 'unknown-enum-value' | 'wrong-type' | 'invalid-format' | 'outcome-kind-mismatch';

export interface NegativeCase {
  /** Unique and readable, e.g. `WORKFLOW_RUN_FAILED.json: /data/errorCode is not a known enum value`. */
  name: string;
  kind: NegativeCaseKind;
  /** Name of the schema in generated/schemas/ the payload must be validated against. */
  schema: string;
  payload: Json;
  /**
   * JSON pointer of the instance location where a validator must report (at least) one error. A missing
   * property is reported at its parent object; a broken `kind` tag at the tagged object, because that is
   * where a validator decides which branch of the union applies.
   */
  expectedPath: string;
  /** The docs example the case was derived from (path under test/fixtures/docs/examples/). */
  source: string;
}

export const UNKNOWN_ENUM_VALUE = 'NOT_A_DOCUMENTED_VALUE';

/** The docs' examples from the workflow-events page: the nine events and the NodeOutcome example. */
export function workflowEventExamples(): DocsExample[] {
  return loadDocsExamples().filter((example) => example.file.startsWith('workflow-events/'));
}

/** Well-formed-looking values that break a format: February has no 30th day. */
export const INVALID_FORMAT_VALUES: Record<string, string> = { 'date-time': '2026-02-30T10:00:00.000Z' };

/**
 * Every negative case for the given examples: each required field removed, each enum field set to an unknown
 * value, each field given a value of the wrong JSON type, each formatted field given an impossible value,
 * and each tagged outcome relabelled with a `kind` whose required fields it lacks.
 * @example
 * for (const c of negativeCases()) expect(validate(c.schema, c.payload).ok, c.name).toBe(false);
 */
export function negativeCases(examples: DocsExample[] = workflowEventExamples()): NegativeCase[] {
  const cases: NegativeCase[] = [];
  for (const example of examples) {
    const root = loadSchema(example.schema);
    const label = example.file.split('/').pop() as string;
    const add = (kind: NegativeCaseKind, what: string, payload: Json, expectedPath: string) =>
      cases.push({ name: `${label}: ${what}`, kind, schema: example.schema, payload, expectedPath, source: example.file });

    visitFields(root, example.payload, root, '', (field) => {
      const where = field.tagOf ? field.parentPointer : field.pointer;
      if (field.required) add('missing-required', `without required ${field.pointer}`, withValueAt(example.payload, field.pointer, undefined), field.parentPointer);
      if (enumValues(field.schema, root)) add('unknown-enum-value', `${field.pointer} is not a known enum value`, withValueAt(example.payload, field.pointer, UNKNOWN_ENUM_VALUE), field.pointer);
      const format = alternatives(field.schema, root).map((node) => node.format).find((name) => typeof name === 'string' && name in INVALID_FORMAT_VALUES);
      if (format) add('invalid-format', `${field.pointer} is not a valid ${format}`, withValueAt(example.payload, field.pointer, INVALID_FORMAT_VALUES[format as string] as Json), field.pointer);
      const wrong = wrongTypeValue(field.schema, root);
      if (wrong !== undefined) add('wrong-type', `${field.pointer} has the wrong type (${describe(wrong)})`, withValueAt(example.payload, field.pointer, wrong), where);
    });

    visitTaggedUnions(root, example.payload, root, '', (union) => {
      for (const branch of union.branches) {
        if (branch.tagValue === union.value[union.tag]) continue;
        const missing = branch.required.filter((key) => !(key in union.value));
        if (missing.length === 0) continue; // the other kind would accept these fields: not a negative case
        const relabelled = withValueAt(example.payload, `${union.pointer}/${union.tag}`, branch.tagValue);
        add('outcome-kind-mismatch', `${union.pointer} says ${union.tag} "${String(branch.tagValue)}" but lacks ${missing.join(', ')}`, relabelled, union.pointer);
      }
    });
  }
  return cases;
}

interface Field {
  pointer: string;
  parentPointer: string;
  schema: Schema;
  required: boolean;
  /** Set when this field is the const tag (e.g. `kind`) of a tagged union member. */
  tagOf?: string;
}

/** Depth-first over every property present in `value`, with the schema that governs it. */
function visitFields(schema: Schema, value: Json, root: Schema, pointer: string, visit: (field: Field) => void): void {
  const node = effectiveSchema(schema, value, root);
  if (isObject(value) && isObject(node.properties)) {
    const required = (node.required ?? []) as string[];
    const tag = tagProperty(resolveRef(schema, root), root);
    for (const [key, child] of Object.entries(value)) {
      const definition = node.properties[key];
      if (!isObject(definition)) continue;
      const childPointer = `${pointer}/${key}`;
      visit({
        pointer: childPointer,
        parentPointer: pointer,
        schema: definition,
        required: required.includes(key),
        ...(tag === key ? { tagOf: pointer } : {}),
      });
      visitFields(definition, child, root, childPointer, visit);
    }
  } else if (Array.isArray(value) && isObject(node.items)) {
    value.forEach((item, index) => visitFields(node.items as Schema, item, root, `${pointer}/${index}`, visit));
  }
}

interface TaggedUnion {
  pointer: string;
  tag: string;
  value: Schema;
  branches: { tagValue: Json; required: string[] }[];
}

function visitTaggedUnions(schema: Schema, value: Json, root: Schema, pointer: string, visit: (union: TaggedUnion) => void): void {
  const resolved = resolveRef(schema, root);
  const tag = tagProperty(resolved, root);
  if (tag && isObject(value)) {
    const branches = (resolved.oneOf as Schema[]).map((branch) => resolveRef(branch, root)).map((branch) => ({
      tagValue: ((branch.properties as Schema)[tag] as Schema).const as Json,
      required: (branch.required ?? []) as string[],
    }));
    visit({ pointer, tag, value, branches });
  }
  const node = effectiveSchema(schema, value, root);
  if (isObject(value) && isObject(node.properties)) {
    for (const [key, child] of Object.entries(value)) {
      const definition = node.properties[key];
      if (isObject(definition)) visitTaggedUnions(definition, child, root, `${pointer}/${key}`, visit);
    }
  } else if (Array.isArray(value) && isObject(node.items)) {
    value.forEach((item, index) => visitTaggedUnions(node.items as Schema, item, root, `${pointer}/${index}`, visit));
  }
}

/** The property every branch of a `oneOf` requires and pins with `const` (the union's tag), if any. */
function tagProperty(node: Schema, root: Schema): string | undefined {
  if (!Array.isArray(node.oneOf)) return undefined;
  const branches = node.oneOf.map((branch) => resolveRef(branch as Schema, root));
  const first = branches[0]?.properties;
  if (!isObject(first)) return undefined;
  return Object.keys(first).find((key) =>
    branches.every((branch) => isObject(branch.properties) && isObject(branch.properties[key]) && 'const' in branch.properties[key] && ((branch.required ?? []) as string[]).includes(key)),
  );
}

/** The non-null alternatives a field allows: `anyOf: [X, {type: null}]` counts as X. */
function alternatives(schema: Schema, root: Schema): Schema[] {
  const node = resolveRef(schema, root);
  if (Array.isArray(node.anyOf)) return node.anyOf.flatMap((branch) => alternatives(branch as Schema, root));
  return [node];
}

function enumValues(schema: Schema, root: Schema): Json[] | undefined {
  return alternatives(schema, root).find((node) => Array.isArray(node.enum))?.enum as Json[] | undefined;
}

type JsonType = 'null' | 'boolean' | 'object' | 'array' | 'number' | 'integer' | 'string';

/** The JSON types a field accepts, or undefined when the schema does not constrain the type. */
function allowedTypes(schema: Schema, root: Schema): Set<JsonType> | undefined {
  const types = new Set<JsonType>();
  for (const node of alternatives(schema, root)) {
    if (Array.isArray(node.oneOf)) types.add('object');
    else if ('const' in node) types.add(jsonType(node.const as Json));
    else if (Array.isArray(node.enum)) node.enum.forEach((value) => types.add(jsonType(value)));
    else if (typeof node.type === 'string') types.add(node.type as JsonType);
    else if (Array.isArray(node.type)) node.type.forEach((type) => types.add(type as JsonType));
    else return undefined;
  }
  return types;
}

const WRONG_VALUES: { value: Json; types: JsonType[] }[] = [
  { value: 12345, types: ['number', 'integer'] },
  { value: 'wrong-type', types: ['string'] },
  { value: true, types: ['boolean'] },
  { value: { unexpected: 'object' }, types: ['object'] },
  { value: ['unexpected', 'array'], types: ['array'] },
];

function wrongTypeValue(schema: Schema, root: Schema): Json | undefined {
  const allowed = allowedTypes(schema, root);
  if (!allowed) return undefined;
  if (allowed.has('integer')) allowed.add('number'); // 12345 is an integer too
  return WRONG_VALUES.find((candidate) => candidate.types.every((type) => !allowed.has(type)))?.value;
}

function jsonType(value: Json): JsonType {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  const type = typeof value;
  return type === 'number' ? (Number.isInteger(value) ? 'integer' : 'number') : (type as JsonType);
}

function describe(value: Json): string {
  return Array.isArray(value) ? 'an array' : value === null ? 'null' : typeof value === 'object' ? 'an object' : `${typeof value} ${JSON.stringify(value)}`;
}
