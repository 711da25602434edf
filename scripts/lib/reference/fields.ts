// Schemas as the reference shows them: field rows (type, presence, nullability, enum meanings, constraints,
// strict-only rules and their reasons), enum tables and union mappings. The one walk over the schemas that both
// renderers use.
import type { Contract, Provenance } from '../contract.js';
import { refName } from '../contract.js';
import { type Json, type JsonObject, isObject } from '../json.js';
import type { ProfileRule } from '../profiles.js';
import { discriminatorOf } from '../schemas.js';
import { type EnumTable, type EnumValue, type FieldRow, type UnionMapping, codeRef, fieldAnchor } from './model.js';

export type ContractView = Omit<Contract, 'inputs'>;

/** The deviation kind a tolerant rule reports, from spec/profiles.yaml. */
export function deviationOf(contract: ContractView, ruleId: string): string {
  const rule = contract.profiles.tolerant.rules.find((candidate: ProfileRule) => candidate.id === ruleId);
  if (!rule) throw new Error(`spec/profiles.yaml has no tolerant rule ${ruleId}`);
  return rule.deviation;
}

export function provenanceOf(node: Json | undefined): Provenance | undefined {
  return isObject(node) && isObject(node['x-popp-provenance']) ? (node['x-popp-provenance'] as unknown as Provenance) : undefined;
}

export function notesOf(node: Json | undefined): string[] {
  return isObject(node) && Array.isArray(node['x-popp-notes']) ? node['x-popp-notes'].map(String) : [];
}

export function schemaOf(contract: ContractView, name: string): JsonObject {
  const schema = contract.schemas.get(name);
  if (!schema) throw new Error(`unknown schema ${name}`);
  return schema;
}

/** Whether a node accepts null: `type: [..., 'null']` or `anyOf: [..., {type: 'null'}]`. */
export function isNullable(node: Json): boolean {
  if (!isObject(node)) return false;
  if (Array.isArray(node.type) && node.type.includes('null')) return true;
  return Array.isArray(node.anyOf) && node.anyOf.some((branch) => isObject(branch) && branch.type === 'null');
}

/** A node's type in reference Markdown, without `null` (shown as its own mark): `string` (date-time), [`NodeOutcome`](…)`[]`. */
export function typeMd(node: Json): string {
  if (!isObject(node)) return '`any`';
  const referenced = refName(node);
  if (referenced) return codeRef(referenced, `type/${referenced}`);
  if ('const' in node) return `\`${JSON.stringify(node.const)}\``;
  const union = (Array.isArray(node.anyOf) ? node.anyOf : Array.isArray(node.oneOf) ? node.oneOf : undefined)?.filter((branch) => !(isObject(branch) && branch.type === 'null'));
  if (union && union.length > 0) return union.map(typeMd).join(' or ');
  if (Array.isArray(node.enum)) return `\`${typeof node.enum[0] === 'number' ? 'number' : 'string'}\` enum`;
  const types = (Array.isArray(node.type) ? node.type : node.type === undefined ? ['any'] : [node.type]).filter((type) => type !== 'null');
  return types
    .map((type) => {
      if (type === 'array') return `${typeMd(node.items as Json)}\`[]\``;
      if (type === 'string' && typeof node.format === 'string') return `\`string\` (${node.format})`;
      return `\`${String(type)}\``;
    })
    .join(' or ');
}

/** An enum's values and meanings; a value without a meaning fails the build (no empty meaning column anywhere). */
export function enumTable(contract: ContractView, schema: JsonObject, options: { name?: string; incoming: boolean; where: string }): EnumTable {
  const descriptions = (schema['x-popp-enum-descriptions'] ?? {}) as JsonObject;
  const tableProvenance = schema['x-popp-enum-descriptions-provenance'] as unknown as Provenance | undefined;
  const tableInferred = tableProvenance?.status === 'inferred';
  const values: EnumValue[] = (schema.enum as Json[]).map((value) => {
    const entry = descriptions[String(value)];
    const meaning = isObject(entry) ? entry.description : entry;
    if (typeof meaning !== 'string' || !meaning.trim()) throw new Error(`${options.where}: enum value ${String(value)} has no meaning in x-popp-enum-descriptions`);
    const provenance = isObject(entry) ? provenanceOf(entry) : undefined;
    return { value: String(value), meaning, inferred: tableInferred, ...(provenance ? { provenance } : {}) };
  });
  return {
    ...(options.name ? { name: options.name } : {}),
    values,
    ...(tableInferred && tableProvenance?.reason ? { inferredReason: tableProvenance.reason } : {}),
    ...(options.incoming ? { openDeviation: deviationOf(contract, 'open-enums') } : {}),
  };
}

/** The enum a property holds (directly, through a reference, in a nullable wrapper or as array items). */
function enumOfProperty(contract: ContractView, node: Json, incoming: boolean, where: string): EnumTable | undefined {
  if (!isObject(node)) return undefined;
  const referenced = refName(node);
  if (referenced) {
    const target = schemaOf(contract, referenced);
    return Array.isArray(target.enum) ? enumTable(contract, target, { name: referenced, incoming: contract.incoming.has(referenced), where: referenced }) : undefined;
  }
  if (Array.isArray(node.enum)) return enumTable(contract, node, { incoming, where });
  for (const branch of Array.isArray(node.anyOf) ? node.anyOf : []) {
    const found = enumOfProperty(contract, branch, incoming, where);
    if (found) return found;
  }
  return isObject(node.items) ? enumOfProperty(contract, node.items, incoming, where) : undefined;
}

/** The union a property holds (through a reference, possibly nullable), as a mapping. */
function unionOfProperty(contract: ContractView, node: Json): UnionMapping | undefined {
  if (!isObject(node)) return undefined;
  const referenced = refName(node);
  if (referenced && Array.isArray(schemaOf(contract, referenced).oneOf)) return unionMapping(contract, referenced);
  for (const branch of Array.isArray(node.anyOf) ? node.anyOf : []) {
    const found = unionOfProperty(contract, branch);
    if (found) return found;
  }
  return undefined;
}

/**
 * A named oneOf as a mapping: which discriminator value means which type and, for an open union (one Popp sends,
 * with x-popp-unknown-kind), what any other value means.
 * @example unionMapping(contract, 'NodeOutcomeDetail').branches[0] // { value: 'conversation', type: '[`ConversationOutcome`](ref:type/ConversationOutcome)', … }
 */
export function unionMapping(contract: ContractView, name: string): UnionMapping {
  const schema = schemaOf(contract, name);
  const oneOf = schema.oneOf as Json[];
  const discriminator = discriminatorOf(oneOf, contract.schemas);
  const branches = oneOf.map((branch) => {
    const branchName = refName(branch);
    const target = branchName ? schemaOf(contract, branchName) : (branch as JsonObject);
    const value = discriminator ? ((target.properties as JsonObject)[discriminator] as JsonObject).const : undefined;
    return { ...(value !== undefined ? { value: String(value) } : {}), type: typeMd(branch), description: firstSentence(String(target.description ?? '')) };
  });
  const unknown = schema['x-popp-unknown-kind'];
  return {
    name,
    ...(discriminator ? { discriminator } : {}),
    branches,
    ...(isObject(unknown) && discriminator && contract.incoming.has(name)
      ? { unknown: { title: String(unknown.title), description: String(unknown.description), deviation: deviationOf(contract, 'open-kinds') } }
      : {}),
  };
}

/** Constraints worth a reader's eye: ranges, lengths, patterns, defaults, as reference Markdown. */
function constraints(node: JsonObject): string[] {
  const out: string[] = [];
  if (node.minimum !== undefined || node.maximum !== undefined) {
    out.push(node.maximum === undefined ? `at least ${String(node.minimum)}` : node.minimum === undefined ? `at most ${String(node.maximum)}` : `${String(node.minimum)} to ${String(node.maximum)}`);
  }
  if (node.minLength !== undefined) out.push(`min length ${String(node.minLength)}`);
  if (node.maxLength !== undefined) out.push(`max length ${String(node.maxLength)}`);
  if (node.minItems !== undefined) out.push(`min items ${String(node.minItems)}`);
  if (node.maxItems !== undefined) out.push(`max items ${String(node.maxItems)}`);
  if (typeof node.pattern === 'string') out.push(`pattern \`${node.pattern}\``);
  if (node.default !== undefined) out.push(`default \`${JSON.stringify(node.default)}\``);
  if (Array.isArray(node.examples) && node.examples.every((value) => typeof value === 'string')) out.push(`for example ${node.examples.map((value) => `\`${String(value)}\``).join(', ')}`);
  return out;
}

interface StrictOnly {
  required?: string[];
  keywords?: string[];
  integer?: boolean;
  reason: string;
}

/** The strict-only rules a property itself carries, as rows' words: `maxLength` 500, integer. */
function ownStrictOnly(node: JsonObject): { rule: string; reason: string }[] {
  const strictOnly = node['x-popp-strict-only'] as unknown as StrictOnly | undefined;
  if (!strictOnly) return [];
  const rules = (strictOnly.keywords ?? []).map((keyword) => `\`${keyword}\`${node[keyword] !== undefined ? ` ${typeof node[keyword] === 'string' ? `\`${String(node[keyword])}\`` : String(node[keyword])}` : ''}`);
  if (strictOnly.integer) rules.push('integer (tolerant accepts any number)');
  return rules.map((rule) => ({ rule, reason: strictOnly.reason }));
}

/**
 * The rows of an object schema: each property, and the properties of inline objects and arrays of inline
 * objects below it (named schemas are linked, not repeated). `prefix` starts every path (`data.`).
 */
export function fieldRows(contract: ContractView, schema: JsonObject, options: { prefix?: string; incoming: boolean; where: string }): FieldRow[] {
  return rowsOf(contract, schema, options.prefix ?? '', 0, options);
}

function rowsOf(contract: ContractView, schema: JsonObject, prefix: string, depth: number, options: { incoming: boolean; where: string }): FieldRow[] {
  const required = (schema.required ?? []) as string[];
  const strictOnly = schema['x-popp-strict-only'] as unknown as StrictOnly | undefined;
  const optionalReading = schema['x-popp-optional-reading'] as unknown as { fields: string[]; reason: string } | undefined;
  const out: FieldRow[] = [];
  for (const [field, definition] of Object.entries((schema.properties ?? {}) as JsonObject)) {
    if (!isObject(definition)) continue;
    const path = `${prefix}${field}`;
    const referenced = refName(definition);
    const description = String(definition.description ?? (referenced ? (contract.schemas.get(referenced)?.description ?? '') : ''));
    const rules = ownStrictOnly(definition);
    if (strictOnly?.required?.includes(field)) rules.unshift({ rule: 'presence (required)', reason: strictOnly.reason });
    const values = enumOfProperty(contract, definition, options.incoming, `${options.where}.${path}`);
    const union = unionOfProperty(contract, definition);
    out.push({
      path,
      anchor: fieldAnchor(path),
      depth,
      type: typeMd(definition),
      required: required.includes(field),
      nullable: isNullable(definition),
      description,
      ...(provenanceOf(definition) ? { provenance: provenanceOf(definition) } : {}),
      ...(values ? { values } : {}),
      ...(union ? { union } : {}),
      constraints: constraints(definition),
      strictOnly: rules,
      ...(optionalReading?.fields.includes(field) ? { optionalReading: optionalReading.reason } : {}),
    });
    if (!referenced && isObject(definition.properties)) out.push(...rowsOf(contract, definition, `${path}.`, depth + 1, options));
    const items = definition.items;
    if (isObject(items) && !refName(items) && isObject(items.properties)) out.push(...rowsOf(contract, items, `${path}[].`, depth + 1, options));
  }
  return out;
}

/** Object-level rules a row cannot show: "at least one of …" (anyOf of required sets), "extends ErrorResponse" (allOf). */
export function objectRules(schema: JsonObject): string[] {
  const rules: string[] = [];
  const visit = (node: JsonObject) => {
    for (const part of Array.isArray(node.allOf) ? node.allOf : []) {
      if (!isObject(part)) continue;
      const base = refName(part);
      if (base) rules.push(`Has every field of ${codeRef(base, `type/${base}`)}, and narrows it as below.`);
      else visit(part);
    }
    if (Array.isArray(node.anyOf) && node.anyOf.every((branch) => isObject(branch) && Array.isArray(branch.required))) {
      const names = node.anyOf.flatMap((branch) => ((branch as JsonObject).required as string[]).map((name) => `\`${name}\``));
      rules.push(`At least one of ${names.join(', ')} must be present and not empty.`);
    }
  };
  visit(schema);
  const total = schema['x-popp-max-total-entries'];
  if (typeof total === 'number') rules.push(`All the lists together hold at most ${total} entries (the client checks the total before sending).`);
  return rules;
}

export function firstSentence(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.split(/(?<=\.)\s/)[0] ?? flat;
}
