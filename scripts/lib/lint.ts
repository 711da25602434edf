import type { Ajv } from 'ajv';
import { Parser } from '@asyncapi/parser';
import { type Json, type JsonObject, isObject, walkObjects } from './json.js';
import type { Contract, Provenance } from './contract.js';

/** A problem that stops generation. */
export class ContractLintError extends Error {
  constructor(readonly problems: string[]) {
    super(`the spec has ${problems.length} problem(s):\n  - ${problems.join('\n  - ')}`);
    this.name = 'ContractLintError';
  }
}

const DOCS_ORIGIN = 'https://docs.joinpopp.com/';
const STATUSES = new Set(['documented', 'partially-documented', 'inferred']);

/** Runs every rule that needs no network and no async parser; returns the problems found. */
export function lintContract(contract: Contract, ajv: Ajv): string[] {
  return [
    ...lintNames(contract),
    ...lintProvenance(contract),
    ...lintProvenanceRollUp(contract),
    ...lintEnumMeanings(contract),
    ...lintFieldDescriptions(contract),
    ...lintMessages(contract),
    ...lintExamples(contract, ajv),
  ];
}

const NOT_DOCUMENTED = new Set(['inferred', 'partially-documented']);

function statusOf(node: Json | undefined): string | undefined {
  return isObject(node) && isObject(node['x-popp-provenance']) ? String(node['x-popp-provenance'].status) : undefined;
}

/**
 * Provenance rolls up: a schema or operation any of whose parts is inferred (or only partly documented) is
 * itself at most partially-documented, so nothing with an inferred part poses as documented.
 */
export function lintProvenanceRollUp(contract: Contract): string[] {
  const problems: string[] = [];
  for (const [name, schema] of contract.schemas) {
    if (statusOf(schema) !== 'documented') continue;
    const parts: string[] = [];
    walkObjects(schema, (node, pointer) => {
      if (pointer !== '' && NOT_DOCUMENTED.has(statusOf(node) ?? '')) parts.push(pointer);
    });
    if (parts.length > 0) problems.push(`schema ${name}: documented, but ${parts.join(', ')} ${parts.length === 1 ? 'is' : 'are'} not: make it partially-documented, with the reason`);
  }
  for (const operation of contract.operations) {
    if (operation.provenance?.status !== 'documented') continue;
    const schemaStatus = (name: string | undefined) => (name === undefined ? undefined : statusOf(contract.schemas.get(name)));
    const parts = [
      ...operation.parameters.filter((parameter) => NOT_DOCUMENTED.has(parameter.provenance ?? '')).map((parameter) => `parameter ${parameter.name}`),
      ...(NOT_DOCUMENTED.has(schemaStatus(operation.requestSchemaName) ?? '') ? [`request body ${operation.requestSchemaName}`] : []),
      ...operation.responses.filter((response) => NOT_DOCUMENTED.has(response.provenance ?? '')).map((response) => `response ${response.status}`),
      ...operation.responses.filter((response) => NOT_DOCUMENTED.has(schemaStatus(response.schemaName) ?? '')).map((response) => `response ${response.status} body ${response.schemaName}`),
    ];
    if (parts.length > 0) problems.push(`operation ${operation.operationId}: documented, but ${[...new Set(parts)].join(', ')} ${parts.length === 1 ? 'is' : 'are'} not: make it partially-documented, with the reason`);
  }
  return problems;
}

/**
 * No enum table with an empty meaning column: every value of every enum has a meaning in
 * `x-popp-enum-descriptions` (a string, or `{ description, x-popp-provenance }` for a value of its own source),
 * and meanings the docs do not give are marked by `x-popp-enum-descriptions-provenance`.
 */
export function lintEnumMeanings(contract: Contract): string[] {
  const problems: string[] = [];
  for (const [name, schema] of contract.schemas) {
    if (!Array.isArray(schema.enum)) continue;
    const meanings = schema['x-popp-enum-descriptions'];
    if (!isObject(meanings)) {
      problems.push(`enum ${name}: needs x-popp-enum-descriptions, a meaning for each value (mark them inferred where the docs give none)`);
      continue;
    }
    const values = schema.enum.map(String);
    const missing = values.filter((value) => {
      const meaning = meanings[value];
      return !(typeof meaning === 'string' ? meaning.trim() : isObject(meaning) && typeof meaning.description === 'string' && meaning.description.trim());
    });
    if (missing.length > 0) problems.push(`enum ${name}: no meaning for ${missing.join(', ')}`);
    const extra = Object.keys(meanings).filter((key) => !values.includes(key));
    if (extra.length > 0) problems.push(`enum ${name}: meanings for values it does not have: ${extra.join(', ')}`);
    const provenance = schema['x-popp-enum-descriptions-provenance'];
    if (provenance !== undefined && !(isObject(provenance) && provenance.status === 'inferred' && typeof provenance.reason === 'string' && provenance.reason.trim())) {
      problems.push(`enum ${name}: x-popp-enum-descriptions-provenance is { status: inferred, reason } or left out (the meanings are the docs')`);
    }
  }
  return problems;
}

/** A field's description says what the field is; the reasoning behind a decision goes in x-popp-notes. */
export const MAX_FIELD_DESCRIPTION_WORDS = 40;

export function lintFieldDescriptions(contract: Contract): string[] {
  const problems: string[] = [];
  for (const [name, schema] of contract.schemas) {
    walkObjects(schema, (node, pointer) => {
      if (!isObject(node.properties)) return;
      for (const [field, definition] of Object.entries(node.properties)) {
        const words = isObject(definition) && typeof definition.description === 'string' ? definition.description.split(/\s+/).length : 0;
        if (words > MAX_FIELD_DESCRIPTION_WORDS) {
          problems.push(`schema ${name}${pointer}/properties/${field}: a ${words}-word description; say what the field is in at most ${MAX_FIELD_DESCRIPTION_WORDS} words and move the reasoning to x-popp-notes`);
        }
      }
    });
    const notes = schema['x-popp-notes'];
    if (notes !== undefined && !(Array.isArray(notes) && notes.length > 0 && notes.every((note) => typeof note === 'string' && note.trim()))) {
      problems.push(`schema ${name}: x-popp-notes is a non-empty list of texts`);
    }
  }
  return problems;
}

/**
 * No anonymous schema: every component schema's title is its key, and every nested object or enum schema
 * is a reference to a component. Generators would otherwise invent counter-based names (AnonymousSchema_7)
 * that shift on every edit.
 */
export function lintNames(contract: Contract): string[] {
  const problems: string[] = [];
  for (const [name, schema] of contract.schemas) {
    if (schema.title !== name) problems.push(`schema ${name}: title must be "${name}" (found ${JSON.stringify(schema.title)})`);
    walkSchema(schema, `#/components/schemas/${name}`, problems);
  }
  return problems;
}

const SUBSCHEMA_MAPS = ['properties', 'patternProperties', '$defs'];
const SUBSCHEMA_LISTS = ['oneOf', 'anyOf', 'allOf', 'prefixItems'];
const SUBSCHEMA_SINGLE = ['items', 'additionalProperties', 'not', 'if', 'then', 'else', 'contains'];

function walkSchema(schema: JsonObject, path: string, problems: string[], nested = false): void {
  // A branch with only constraints (no type of its own, such as `{ required: [email] }`) names nothing.
  const types = Array.isArray(schema.type) ? schema.type : [schema.type];
  if (nested && typeof schema.$ref !== 'string' && (types.includes('object') || 'enum' in schema)) {
    problems.push(`anonymous schema at ${path}: give it a title and make it a named component`);
  }
  for (const key of SUBSCHEMA_MAPS) {
    if (isObject(schema[key])) for (const [child, sub] of Object.entries(schema[key])) {
      if (isObject(sub)) walkSchema(sub, `${path}/${key}/${child}`, problems, true);
    }
  }
  for (const key of SUBSCHEMA_LISTS) {
    if (Array.isArray(schema[key])) schema[key].forEach((sub, index) => {
      if (isObject(sub)) walkSchema(sub, `${path}/${key}/${index}`, problems, true);
    });
  }
  for (const key of SUBSCHEMA_SINGLE) {
    const sub = schema[key];
    if (isObject(sub)) walkSchema(sub, `${path}/${key}`, problems, true);
  }
}

/** Every schema, message and operation says where it comes from, and says it in the agreed shape. */
export function lintProvenance(contract: Contract): string[] {
  const problems: string[] = [];
  const check = (value: Json | undefined, where: string, mustExist: boolean) => {
    if (value === undefined) {
      if (mustExist) problems.push(`${where}: missing x-popp-provenance`);
      return;
    }
    const provenance = value as unknown as Provenance;
    if (!isObject(value) || !STATUSES.has(provenance.status)) {
      problems.push(`${where}: x-popp-provenance.status must be one of ${[...STATUSES].join(', ')}`);
      return;
    }
    if (provenance.status !== 'inferred' && !provenance.source?.startsWith(DOCS_ORIGIN)) {
      problems.push(`${where}: ${provenance.status} provenance needs a source under ${DOCS_ORIGIN}`);
    }
    if (provenance.status !== 'documented' && !provenance.reason?.trim()) {
      problems.push(`${where}: ${provenance.status} provenance needs a reason`);
    }
    if (provenance.status === 'inferred' && provenance.source !== undefined) {
      problems.push(`${where}: inferred provenance must not name a docs source (it would pose as documented)`);
    }
  };
  for (const [name, schema] of contract.schemas) {
    check(schema['x-popp-provenance'], `schema ${name}`, true);
    walkObjects(schema, (node, pointer) => {
      if (pointer !== '' && 'x-popp-provenance' in node) check(node['x-popp-provenance'], `schema ${name}${pointer}`, true);
    });
  }
  const messages = (contract.asyncapi.components as JsonObject).messages as JsonObject;
  for (const [key, message] of Object.entries(messages)) check((message as JsonObject)['x-popp-provenance'], `message ${key}`, true);
  for (const [key, operation] of Object.entries(contract.asyncapi.operations as JsonObject)) {
    check((operation as JsonObject)['x-popp-provenance'], `AsyncAPI operation ${key}`, true);
  }
  for (const operation of contract.operations) {
    check(operation.provenance as unknown as Json, `operation ${operation.operationId}`, true);
  }
  // The rest of the OpenAPI document (responses, parameters, headers, security schemes); its component
  // schemas were checked above with every other schema.
  walkObjects(contract.openapi, (node, pointer) => {
    if ('x-popp-provenance' in node && !pointer.startsWith('/components/schemas/')) check(node['x-popp-provenance'], `openapi ${pointer}`, true);
  });
  return problems;
}

/** Every message is named, titled, summarised, described and has an example. */
export function lintMessages(contract: Contract): string[] {
  const problems: string[] = [];
  const messages = (contract.asyncapi.components as JsonObject).messages as JsonObject;
  for (const [key, message] of Object.entries(messages) as [string, JsonObject][]) {
    for (const field of ['name', 'title', 'summary', 'description']) {
      if (typeof message[field] !== 'string' || !(message[field] as string).trim()) problems.push(`message ${key}: missing ${field}`);
    }
    if (!Array.isArray(message.examples) || message.examples.length === 0) problems.push(`message ${key}: needs at least one example`);
    if ('headers' in message) problems.push(`message ${key}: HTTP headers belong in bindings.http.headers, not message headers`);
  }
  for (const event of contract.events) {
    if (!event.recordIdIs || event.recordIdIs === 'undefined') problems.push(`message ${event.messageKey}: missing x-popp-record-id`);
  }
  return problems;
}

/** Every example in both documents validates against its schema. */
export function lintExamples(contract: Contract, ajv: Ajv): string[] {
  const problems: string[] = [];
  const validateAgainst = (schemaName: string | undefined, value: Json, where: string) => {
    if (!schemaName) return;
    const validate = ajv.getSchema(schemaName);
    if (!validate) {
      problems.push(`${where}: unknown schema ${schemaName}`);
    } else if (!validate(value)) {
      const details = (validate.errors ?? []).map((error) => `${error.instancePath || '/'} ${error.message}`).join('; ');
      problems.push(`${where}: example does not validate against ${schemaName}: ${details}`);
    }
  };
  for (const event of contract.events) {
    for (const example of event.examples) validateAgainst(event.schemaName, example.payload, `message ${event.messageKey} example ${example.name}`);
  }
  for (const operation of contract.operations) {
    if (operation.requestSchemaName && operation.requestExamples.length === 0) {
      problems.push(`operation ${operation.operationId}: the request body needs an example`);
    }
    for (const example of operation.requestExamples) {
      validateAgainst(operation.requestSchemaName, example.value, `operation ${operation.operationId} request example ${example.name}`);
    }
    for (const response of operation.responses) {
      if (response.schemaName && response.examples.length === 0) {
        problems.push(`operation ${operation.operationId} response ${response.status}: needs an example`);
      }
      for (const example of response.examples) {
        validateAgainst(response.schemaName, example.value, `operation ${operation.operationId} response ${response.status} example ${example.name}`);
      }
    }
  }
  return problems;
}

/**
 * The AsyncAPI document as @asyncapi/parser sees it: any error or warning is a problem, except the
 * suggestion to move to the latest AsyncAPI version (we stay on 3.0.0 on purpose: modelina does not read 3.1).
 */
export async function lintAsyncApi(document: JsonObject): Promise<string[]> {
  const { diagnostics } = await new Parser().parse(document as never);
  return diagnostics
    .filter((diagnostic) => diagnostic.severity <= 1 && diagnostic.code !== 'asyncapi-latest-version')
    .map((diagnostic) => `asyncapi ${diagnostic.path.join('/')}: ${String(diagnostic.code)} ${diagnostic.message}`);
}

/** The OpenAPI document under Redocly's `recommended` rules: every error or warning is a problem. */
export async function lintOpenApi(document: JsonObject): Promise<string[]> {
  const { BaseResolver, createConfig, lintDocument, makeDocumentFromString } = await import('@redocly/openapi-core');
  const config = await createConfig({ extends: ['recommended'] });
  const source = makeDocumentFromString(JSON.stringify(document), 'generated/openapi.json');
  const results = await lintDocument({ document: source, config, externalRefResolver: new BaseResolver() });
  return results
    .filter((problem) => problem.severity === 'error' || problem.severity === 'warn')
    .map((problem) => `openapi ${problem.location[0]?.pointer ?? ''}: ${problem.ruleId} ${problem.message}`);
}
