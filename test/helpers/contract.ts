// Test-side access to the generated contract: schemas, fixtures and a schema-guided walk over payloads.
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const GENERATED = join(ROOT, 'generated');
export const DOCS_FIXTURES = join(ROOT, 'test/fixtures/docs');

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type Schema = { [key: string]: Json };

export function readJson<T = Json>(path: string): T {
  return JSON.parse(readFileSync(path, 'utf8')) as T;
}

/** A schema of generated/schemas/ with its `$defs`, for walking. */
export function loadSchema(name: string): Schema {
  return readJson<Schema>(join(GENERATED, 'schemas', `${name}.json`));
}

export interface DocsExample {
  file: string;
  source: string;
  section: string;
  schema: string;
  substitutions: { path: string; docs: string; recorded: string; why: string }[];
  payload: Json;
}

export function loadDocsExamples(): DocsExample[] {
  const dir = join(DOCS_FIXTURES, 'examples');
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.json'))
    .sort()
    .map((file) => ({ file, ...readJson<Omit<DocsExample, 'file'>>(join(dir, file)) }));
}

export function loadTable<T>(name: string): T {
  return readJson<T>(join(DOCS_FIXTURES, 'tables', `${name}.json`));
}

export function isObject(value: unknown): value is Schema {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Follows `#/$defs/X` references within one standalone schema document. */
export function resolveRef(node: Schema, root: Schema): Schema {
  let current = node;
  while (typeof current.$ref === 'string') {
    const name = current.$ref.replace('#/$defs/', '');
    current = (root.$defs as Schema)[name] as Schema;
  }
  return current;
}

/** The branch of a `oneOf` a value takes, chosen by the const-pinned `kind`-like property. */
function pickBranch(node: Schema, value: Json, root: Schema): Schema | undefined {
  if (!Array.isArray(node.oneOf) || !isObject(value)) return undefined;
  return node.oneOf.map((branch) => resolveRef(branch as Schema, root)).find((branch) => {
    const properties = (branch.properties ?? {}) as Schema;
    return Object.entries(properties).some(([key, definition]) => isObject(definition) && 'const' in definition && value[key] === definition.const);
  });
}

export interface FieldVisit {
  pointer: string;
  schema: Schema;
  required: boolean;
  /** Required by the strict profile only (listed in the parent's `x-popp-strict-only.required`). */
  requiredByStrictOnly: boolean;
  value: Json;
}

/** Visits every property present in `value`, with the schema that governs it (refs, nullables and oneOfs followed). */
export function walkFields(schema: Schema, value: Json, root: Schema = schema, pointer = '', visit: (field: FieldVisit) => void = () => {}): void {
  const node = effectiveSchema(schema, value, root);
  if (isObject(value) && isObject(node.properties)) {
    const required = (node.required ?? []) as string[];
    const strictOnly = ((node['x-popp-strict-only'] as Schema | undefined)?.required ?? []) as string[];
    for (const [key, child] of Object.entries(value)) {
      const definition = node.properties[key];
      if (!isObject(definition)) continue;
      const childPointer = `${pointer}/${key}`;
      visit({ pointer: childPointer, schema: effectiveSchema(definition, child, root), required: required.includes(key), requiredByStrictOnly: strictOnly.includes(key), value: child });
      walkFields(definition, child, root, childPointer, visit);
    }
  } else if (Array.isArray(value) && isObject(node.items)) {
    value.forEach((item, index) => walkFields(node.items as Schema, item, root, `${pointer}/${index}`, visit));
  }
}

export function effectiveSchema(schema: Schema, value: Json, root: Schema): Schema {
  let node = resolveRef(schema, root);
  if (Array.isArray(node.anyOf) && value !== null) {
    const nonNull = node.anyOf.find((branch) => !(isObject(branch) && branch.type === 'null'));
    if (isObject(nonNull)) node = resolveRef(nonNull, root);
  }
  return pickBranch(node, value, root) ?? node;
}

/** Sets (or, with `undefined`, deletes) the value at a JSON pointer of a deep copy. */
export function withValueAt(value: Json, pointer: string, replacement: Json | undefined): Json {
  const copy = structuredClone(value);
  const segments = pointer.split('/').slice(1);
  const last = segments.pop() as string;
  let parent: any = copy;
  for (const segment of segments) parent = parent[segment];
  if (replacement === undefined) {
    if (Array.isArray(parent)) parent.splice(Number(last), 1);
    else delete parent[last];
  } else {
    parent[last] = replacement;
  }
  return copy;
}
