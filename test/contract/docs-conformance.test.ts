// Docs conformance: the docs' examples and tables, kept as data in test/fixtures/docs/, against the spec.
// A spec edit that drifts from the docs fails here.
import { describe, expect, it } from 'vitest';
import { examples as specExamples } from '../../generated/examples.js';
import { KNOWN_EVENT_TYPES, WORKFLOW_EVENT_TYPES } from '../../generated/events.js';
import { validateEvent, validateMeetingDetails, validateNodeOutcome } from '../../src/validators.js';
import { type Json, type Schema, effectiveSchema, isObject, loadDocsExamples, loadSchema, loadTable, readJson, GENERATED } from '../helpers/contract.js';

interface FieldRow { field: string; type: string; optional: boolean }
interface IndexEntry { event: string; schema: string; category: string }
const index = readJson<{ events: IndexEntry[] }>(`${GENERATED}/schemas/index.json`);
const schemaOfEvent = new Map(index.events.map((entry) => [entry.event, entry.schema]));
const asyncapi = readJson<Schema>(`${GENERATED}/asyncapi.json`);
const messages = (asyncapi.components as Schema).messages as Record<string, Schema>;

function dataSchema(eventType: string): { root: Schema; data: Schema } {
  const root = loadSchema(schemaOfEvent.get(eventType) as string);
  const data = effectiveSchema(((root.properties as Schema).data) as Schema, {}, root);
  return { root, data };
}

/** True when `needle` equals `haystack` or any value nested inside it. */
function containsDeep(haystack: Json, needle: Json): boolean {
  if (JSON.stringify(haystack) === JSON.stringify(needle)) return true;
  if (Array.isArray(haystack)) return haystack.some((item) => containsDeep(item, needle));
  if (isObject(haystack)) return Object.values(haystack).some((value) => containsDeep(value as Json, needle));
  return false;
}

/**
 * The docs write types as `string`, `string | null`, `string (date-time)`, `string (enum)`, `integer`,
 * `number | null`, `boolean`, `array`, `object`, `string[]`. This reads the same facts off a schema.
 */
function describeSchemaType(definition: Schema, root: Schema): { base: string; nullable: boolean; format?: string } {
  let node = definition;
  let nullable = false;
  if (typeof node.$ref === 'string') node = effectiveSchema(node, {}, root);
  if (Array.isArray(node.anyOf)) {
    nullable = node.anyOf.some((branch) => isObject(branch) && branch.type === 'null');
    node = effectiveSchema(node.anyOf.find((branch) => !(isObject(branch) && branch.type === 'null')) as Schema, {}, root);
  }
  const types = (Array.isArray(node.type) ? node.type : [node.type]).filter((type) => type !== undefined) as string[];
  if (types.includes('null')) nullable = true;
  let base = types.find((type) => type !== 'null');
  if (base === undefined && (Array.isArray(node.enum) || 'const' in node)) base = 'string';
  if (base === undefined && Array.isArray(node.oneOf)) base = 'object';
  if (base === 'integer') base = 'number';
  if (base === 'array' && isObject(node.items) && (node.items as Schema).type === 'string') base = 'string[]';
  return { base: base ?? 'any', nullable, ...(typeof node.format === 'string' ? { format: node.format } : {}) };
}

function parseDocsType(text: string): { base: string; nullable: boolean; format?: string } {
  const nullable = /\|\s*null/.test(text);
  const format = /\(date-time\)/.exec(text) ? 'date-time' : undefined;
  let base = text.replace(/\|\s*null/, '').replace(/\(.*\)/, '').trim();
  if (base === 'integer') base = 'number';
  return { base, nullable, ...(format ? { format } : {}) };
}

function expectFieldsMatch(rows: FieldRow[], schema: Schema, root: Schema, where: string, checkOptional = true) {
  const properties = schema.properties as Schema;
  const required = (schema.required ?? []) as string[];
  // Fields the spec reads as optional where the docs list them without a presence rule, each with the reason.
  const reading = schema['x-popp-optional-reading'] as { fields: string[]; reason: string } | undefined;
  const readAsOptional = reading?.fields ?? [];
  if (reading) expect(reading.reason.length, `${where}: x-popp-optional-reading needs a reason`).toBeGreaterThan(40);
  for (const row of rows) {
    if (row.field.includes('.')) continue; // outcome.kind: checked with the outcome kinds
    const definition = properties[row.field];
    expect(definition, `${where}: ${row.field} is missing from the schema`).toBeDefined();
    const docs = parseDocsType(row.type);
    const actual = describeSchemaType(definition as Schema, root);
    expect(actual.base, `${where}.${row.field} type`).toBe(docs.base);
    // Both profiles read null on an optional field as absent (spec/profiles.yaml), so such a field may be nullable.
    if (docs.nullable || !row.optional) expect(actual.nullable, `${where}.${row.field} nullable`).toBe(docs.nullable);
    if (docs.format) expect(actual.format, `${where}.${row.field} format`).toBe(docs.format);
    if (checkOptional) expect(!required.includes(row.field), `${where}.${row.field} optional`).toBe(row.optional || readAsOptional.includes(row.field));
    if (readAsOptional.includes(row.field)) expect(row.optional, `${where}.${row.field} is optional in the docs already: drop it from x-popp-optional-reading`).toBe(false);
  }
}

describe('docs examples', () => {
  const docsExamples = loadDocsExamples();

  it('covers every docs example kept as a fixture', () => {
    expect(docsExamples.length).toBeGreaterThanOrEqual(14);
  });

  for (const example of docsExamples) {
    it(`${example.file} validates against ${example.schema} and is the spec's example`, () => {
      if (example.schema === 'NodeOutcome' || example.schema === 'MeetingDetails') {
        const validate = example.schema === 'NodeOutcome' ? validateNodeOutcome : validateMeetingDetails;
        expect(validate(example.payload), JSON.stringify(validate.errors)).toBe(true);
        expect(containsDeep(Object.values(specExamples) as unknown as Json, example.payload), 'a spec example carries this object').toBe(true);
        return;
      }
      const result = validateEvent(example.payload);
      expect(result.ok, JSON.stringify(result)).toBe(true);
      const type = (example.payload as Schema).event as keyof typeof specExamples;
      expect(schemaOfEvent.get(type)).toBe(example.schema);
      expect(specExamples[type] as unknown as Json[]).toContainEqual(example.payload);
    });
  }

  it('records every substitution of an obfuscated address, with the reason', () => {
    const substituted = docsExamples.filter((example) => example.substitutions.some((item) => item.docs.includes('protected')));
    expect(substituted.map((example) => example.section).sort()).toEqual(['WORKFLOW_CONTACT_RESOLUTION_SKIPPED', 'WORKFLOW_CONTACT_RESOLVED']);
    for (const example of substituted) for (const item of example.substitutions) expect(item.why.length).toBeGreaterThan(20);
  });

  it('keeps invalid@example as real input that failed resolution, and it validates', () => {
    const failed = docsExamples.find((example) => example.section === 'WORKFLOW_CONTACT_RESOLUTION_FAILED');
    expect(((failed?.payload as Schema).data as Schema).email).toBe('invalid@example');
    expect(failed?.substitutions).toEqual([]);
  });
});

describe('docs tables', () => {
  it('the workflow event list and what recordId is, in the docs order', () => {
    const rows = loadTable<{ event: string; recordIdIs: string }[]>('events');
    expect([...WORKFLOW_EVENT_TYPES]).toEqual(rows.map((row) => row.event));
    for (const row of rows) {
      const message = Object.values(messages).find((candidate) => candidate.name === row.event) as Schema;
      expect(message['x-popp-record-id'], row.event).toBe(row.recordIdIs);
    }
  });

  it('the correlation fields each workflow event carries and omits', () => {
    const table = loadTable<{ fields: { field: string; type: string }[]; omittedOn: Record<string, string[]> }>('correlation-fields');
    expect(Object.keys(table.omittedOn).sort()).toEqual([...WORKFLOW_EVENT_TYPES].sort());
    for (const type of WORKFLOW_EVENT_TYPES) {
      const { root, data } = dataSchema(type);
      const properties = data.properties as Schema;
      for (const { field, type: docsType } of table.fields) {
        const omitted = table.omittedOn[type]?.includes(field) ?? false;
        expect(field in properties, `${type} ${omitted ? 'must omit' : 'must carry'} ${field}`).toBe(!omitted);
        if (!omitted) {
          const actual = describeSchemaType(properties[field] as Schema, root);
          expect(actual.base, `${type}.${field}`).toBe(parseDocsType(docsType).base);
          expect(actual.nullable, `${type}.${field} nullable`).toBe(parseDocsType(docsType).nullable);
        }
      }
    }
  });

  it('every per-event field of every Workflow event: type and optionality', () => {
    const table = loadTable<Record<string, FieldRow[]>>('event-fields');
    expect(Object.keys(table).sort()).toEqual([...WORKFLOW_EVENT_TYPES].sort());
    for (const [type, rows] of Object.entries(table)) {
      const { root, data } = dataSchema(type);
      expectFieldsMatch(rows, data, root, type);
    }
  });

  it('every enum, value for value, in the docs order (the tables, then what only the TypeScript sample adds)', () => {
    const table = loadTable<Record<string, string[]>>('enums');
    const sample = loadTable<Record<string, unknown>>('typescript-sample');
    for (const [name, tableValues] of Object.entries(table)) {
      const sampleOnly = Array.isArray(sample[name]) ? (sample[name] as string[]).filter((value) => !tableValues.includes(value)) : [];
      const values = [...tableValues, ...sampleOnly];
      if (name === 'OutcomeKind') {
        const detail = loadSchema('NodeOutcomeDetail');
        const kinds = (detail.oneOf as Schema[]).map((branch) => ((effectiveSchema(branch, {}, detail).properties as Schema).kind as Schema).const);
        expect(kinds, name).toEqual(values);
      } else {
        expect(loadSchema(name).enum, name).toEqual(values);
      }
    }
  });

  it('the NodeOutcome, conversation outcome, condition outcome and Answer field lists', () => {
    for (const [table, schemaName] of [
      ['node-outcome-fields', 'NodeOutcome'],
      ['conversation-outcome-fields', 'ConversationOutcome'],
      ['condition-outcome-fields', 'ConditionOutcome'],
      ['answer-fields', 'AnswerOutcome'],
    ] as const) {
      const rows = loadTable<FieldRow[]>(table);
      const schema = loadSchema(schemaName);
      expectFieldsMatch(rows, schema, schema, schemaName);
      // `outcome.kind` documents the `outcome` property (its kinds are checked with the enums).
      const documented = [...new Set(rows.map((row) => row.field.split('.')[0] as string))];
      const specified = Object.keys(schema.properties as Schema).filter((field) => field !== 'kind');
      expect(specified.sort(), `${schemaName} has exactly the docs' fields`).toEqual(documented.sort());
    }
  });

  it('every other event the docs name is in the contract, in its category', () => {
    const table = loadTable<Record<string, string[]>>('other-events');
    for (const [category, types] of Object.entries(table)) {
      const inSpec = index.events.filter((entry) => entry.category === category).map((entry) => entry.event);
      expect(inSpec.sort(), category).toEqual([...types].sort());
    }
    expect(KNOWN_EVENT_TYPES.length).toBe(WORKFLOW_EVENT_TYPES.length + Object.values(table).flat().length);
  });

  it("DOCUMENT_UPLOADED's documented fields (optionality is not published: only the envelope is enforced)", () => {
    const { root, data } = dataSchema('DOCUMENT_UPLOADED');
    expectFieldsMatch(loadTable<FieldRow[]>('document-uploaded-fields'), data, root, 'DOCUMENT_UPLOADED', false);
  });
});
