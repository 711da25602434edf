/**
 * The two validation profiles (spec/profiles.yaml): each component schema as written is the strict profile;
 * its tolerant variant is derived here by the profile's rules, so there is no hand-kept second schema.
 */
import { resolve } from 'node:path';
import { readSpecFile } from './bundle.js';
import { type Json, type JsonObject, clone, isObject } from './json.js';
import { SPEC_DIR } from './paths.js';
import { directReferences, discriminatorOf } from './schemas.js';

export interface ProfileRule {
  id: string;
  rule: string;
  deviation: string;
  why: string;
  pattern?: string;
}

/** spec/profiles.yaml as read. */
export interface Profiles {
  strict: { summary: string; usedBy: string[] };
  tolerant: { summary: string; usedBy: string[]; appliesTo: string; alwaysEnforced: string; rules: ProfileRule[] };
  bothProfiles: string[];
}

/** The rules the generator knows how to apply, by id. */
const RULE_IDS = ['open-enums', 'open-kinds', 'iso-date-times', 'strict-only'] as const;

/** Suffix of a tolerant variant's name in Ajv and in the generated validator names (validateWorkflowRunTolerant). */
export const TOLERANT_SUFFIX = 'Tolerant';

/** Reads spec/profiles.yaml and checks that it names exactly the rules this generator applies. */
export function loadProfiles(): Profiles {
  const profiles = readSpecFile(resolve(SPEC_DIR, 'profiles.yaml')) as unknown as Profiles;
  const ids = (profiles.tolerant?.rules ?? []).map((rule) => rule.id);
  if (JSON.stringify([...ids].sort()) !== JSON.stringify([...RULE_IDS].sort())) {
    throw new Error(`spec/profiles.yaml: tolerant.rules must be exactly ${RULE_IDS.join(', ')} (found ${ids.join(', ') || 'none'})`);
  }
  if (typeof rule(profiles, 'iso-date-times').pattern !== 'string') throw new Error('spec/profiles.yaml: rule iso-date-times needs its pattern');
  return profiles;
}

function rule(profiles: Profiles, id: (typeof RULE_IDS)[number]): ProfileRule {
  return profiles.tolerant.rules.find((candidate) => candidate.id === id) as ProfileRule;
}

/** The ISO 8601 pattern the tolerant profile accepts date-times by (besides RFC 3339). */
export function tolerantDateTimePattern(profiles: Profiles): string {
  return rule(profiles, 'iso-date-times').pattern as string;
}

/**
 * The schemas Popp sends (reachable from an event payload or a REST response): the forward-compatibility
 * rules apply to them. The rest are only ever sent to Popp (request bodies and parameters).
 */
export function incomingSchemas(roots: string[], schemas: Map<string, JsonObject>): Set<string> {
  const seen = new Set<string>();
  const queue = [...roots];
  while (queue.length > 0) {
    const name = queue.pop() as string;
    if (seen.has(name)) continue;
    seen.add(name);
    const schema = schemas.get(name);
    if (schema === undefined) throw new Error(`unknown schema ${name}`);
    queue.push(...directReferences(schema));
  }
  return seen;
}

/** What `x-popp-strict-only` may say. */
interface StrictOnly {
  required?: string[];
  keywords?: string[];
  integer?: boolean;
  reason: string;
}

const KEYWORD_MAPS = ['properties', 'patternProperties', '$defs'];
const KEYWORD_LISTS = ['oneOf', 'anyOf', 'allOf', 'prefixItems'];
const KEYWORD_SINGLE = ['items', 'additionalProperties', 'not', 'if', 'then', 'else', 'contains'];

/**
 * A component schema's tolerant variant: the `x-popp-strict-only` rules dropped and, for a schema Popp sends,
 * enums opened, const-discriminated oneOfs opened to unknown kinds, and date-times widened to ISO 8601.
 * References point at the other tolerant variants (`#/components/schemas/<Name>Tolerant`).
 *
 * @example
 *   tolerantSchema(schemas.get('NodeType')!, { incoming: true, dateTimePattern, schemas }); // { title: 'NodeType', type: 'string', … } (no enum)
 */
export function tolerantSchema(schema: JsonObject, options: { incoming: boolean; dateTimePattern: string; schemas: Map<string, JsonObject> }): JsonObject {
  const copy = clone(schema);
  // Children first: the node's own rewrites add subschemas (a date-time's anyOf) that must not be rewritten again.
  const visit = (node: JsonObject, where: string): JsonObject => {
    for (const key of KEYWORD_MAPS) {
      if (isObject(node[key])) for (const [child, sub] of Object.entries(node[key])) if (isObject(sub)) node[key][child] = visit(sub, `${where}/${key}/${child}`);
    }
    for (const key of KEYWORD_LISTS) {
      const list = node[key];
      if (Array.isArray(list)) list.forEach((sub, index) => (list[index] = isObject(sub) ? visit(sub, `${where}/${key}/${index}`) : sub));
    }
    for (const key of KEYWORD_SINGLE) if (isObject(node[key])) node[key] = visit(node[key], `${where}/${key}`);
    applyStrictOnly(node, where);
    if (typeof node.$ref === 'string') node.$ref = `${node.$ref}${TOLERANT_SUFFIX}`;
    if (!options.incoming) return node;
    openEnum(node);
    widenDateTime(node, options.dateTimePattern);
    return openKinds(node, options.schemas);
  };
  return visit(copy, '');
}

function applyStrictOnly(node: JsonObject, where: string): void {
  const strictOnly = node['x-popp-strict-only'] as StrictOnly | undefined;
  if (strictOnly === undefined) return;
  const fail = (problem: string) => {
    throw new Error(`x-popp-strict-only at ${where || '(root)'}: ${problem}`);
  };
  if (!isObject(strictOnly as unknown as Json) || typeof strictOnly.reason !== 'string' || !strictOnly.reason.trim()) fail('needs a reason');
  const known = new Set(['required', 'keywords', 'integer', 'reason']);
  const unknown = Object.keys(strictOnly).filter((key) => !known.has(key));
  if (unknown.length > 0) fail(`unknown field ${unknown.join(', ')} (known: ${[...known].join(', ')})`);
  if (strictOnly.required !== undefined) {
    const required = (node.required ?? []) as string[];
    const absent = strictOnly.required.filter((name) => !required.includes(name));
    if (absent.length > 0) fail(`${absent.join(', ')} not in required`);
    const remaining = required.filter((name) => !strictOnly.required?.includes(name));
    if (remaining.length > 0) node.required = remaining;
    else delete node.required;
  }
  for (const keyword of strictOnly.keywords ?? []) {
    if (!(keyword in node)) fail(`keyword ${keyword} is not in the schema`);
    delete node[keyword];
  }
  if (strictOnly.integer === true) {
    const types: Json[] = Array.isArray(node.type) ? node.type : [node.type ?? null];
    if (!types.includes('integer')) fail('integer: true on a schema whose type is not integer');
    node.type = Array.isArray(node.type) ? types.map((type) => (type === 'integer' ? 'number' : type)) : 'number';
  }
}

function openEnum(node: JsonObject): void {
  if (!Array.isArray(node.enum)) return;
  const types = [...new Set(node.enum.map((value) => (value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value)))];
  delete node.enum;
  node.type ??= types.length === 1 ? (types[0] as string) : types;
}

function widenDateTime(node: JsonObject, pattern: string): void {
  if (node.format !== 'date-time') return;
  if ('anyOf' in node) throw new Error('a date-time schema with its own anyOf: wrap one of the two in allOf');
  delete node.format;
  node.anyOf = [{ format: 'date-time' }, { pattern }];
}

// A oneOf told apart by a const property (the node outcome's kind): the known kinds as written, any other
// string value read like the empty outcome (only the property itself is promised).
function openKinds(node: JsonObject, schemas: Map<string, JsonObject>): JsonObject {
  if (!Array.isArray(node.oneOf)) return node;
  const strictBranches = node.oneOf.map((branch) => (isObject(branch) && typeof branch.$ref === 'string' ? { $ref: branch.$ref.slice(0, -TOLERANT_SUFFIX.length) } : branch));
  const property = discriminatorOf(strictBranches, schemas);
  if (property === undefined) return node;
  const known = strictBranches.map((branch) => {
    const name = isObject(branch) && typeof branch.$ref === 'string' ? branch.$ref.replace('#/components/schemas/', '') : undefined;
    const target = name === undefined ? branch : schemas.get(name);
    return ((target as JsonObject).properties as JsonObject)[property] as JsonObject;
  });
  const { oneOf, ...rest } = node;
  return {
    ...rest,
    type: 'object',
    required: [property],
    properties: { [property]: { type: 'string' } },
    if: { properties: { [property]: { enum: known.map((definition) => definition.const as Json) } } },
    then: { oneOf },
  };
}
