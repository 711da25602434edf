import { BANNER } from './header.js';
import { type Json, type JsonObject, clone, isObject, walkObjects } from './json.js';

const COMPONENT_REF = /^#\/components\/schemas\/(.+)$/;

/** Names of the component schemas `schema` references directly. */
export function directReferences(schema: Json): string[] {
  const names = new Set<string>();
  walkObjects(schema, (node) => {
    const match = typeof node.$ref === 'string' ? COMPONENT_REF.exec(node.$ref) : null;
    if (match?.[1]) names.add(match[1]);
  });
  return [...names];
}

/** Every component schema reachable from `name` (excluding itself), sorted. */
export function transitiveReferences(name: string, schemas: Map<string, JsonObject>): string[] {
  const seen = new Set<string>();
  const queue = [name];
  while (queue.length > 0) {
    const current = queue.pop() as string;
    const schema = schemas.get(current);
    if (!schema) throw new Error(`unknown schema ${current}`);
    for (const next of directReferences(schema)) {
      if (!seen.has(next) && next !== name) {
        seen.add(next);
        queue.push(next);
      }
    }
  }
  return [...seen].sort();
}

/** Rewrites every `#/components/schemas/X` reference with `rename(X)`. */
export function rewriteRefs<T extends Json>(schema: T, rename: (name: string) => string): T {
  const copy = clone(schema);
  walkObjects(copy, (node) => {
    const match = typeof node.$ref === 'string' ? COMPONENT_REF.exec(node.$ref) : null;
    if (match?.[1]) node.$ref = rename(match[1]);
  });
  return copy;
}


/**
 * A self-contained JSON Schema 2020-12 document for one component: its dependencies are copied into
 * `$defs`, so any validator in any language can use the file on its own.
 */
export function standaloneSchema(name: string, schemas: Map<string, JsonObject>): JsonObject {
  const schema = schemas.get(name);
  if (!schema) throw new Error(`unknown schema ${name}`);
  const toDefs = (target: string) => `#/$defs/${target}`;
  const defs: JsonObject = {};
  for (const dependency of transitiveReferences(name, schemas)) {
    defs[dependency] = rewriteRefs(schemas.get(dependency) as JsonObject, toDefs);
  }
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $comment: BANNER,
    ...rewriteRefs(schema, toDefs),
    ...(Object.keys(defs).length > 0 ? { $defs: defs } : {}),
  };
}

const ANNOTATIONS = new Set(['title', 'description', 'examples', '$comment', 'deprecated', 'readOnly', 'writeOnly', 'contentMediaType']);

/**
 * Removes what does not take part in validation: vendor extensions (`x-…`) and annotation keywords.
 * Precompiled validators embed their schema, so this keeps generated/validators.mjs small.
 * Only schema objects are touched: a property *named* `title` or `description` is kept.
 */
export function withoutAnnotations<T extends Json>(schema: T): T {
  const copy = clone(schema);
  const strip = (node: Json): void => {
    if (Array.isArray(node)) return node.forEach(strip);
    if (!isObject(node)) return;
    for (const key of Object.keys(node)) {
      if (key.startsWith('x-') || ANNOTATIONS.has(key)) delete node[key];
    }
    for (const [key, child] of Object.entries(node)) {
      if (key === 'properties' || key === 'patternProperties' || key === '$defs') {
        for (const sub of Object.values(child as JsonObject)) strip(sub);
      } else if (key !== 'const' && key !== 'enum' && key !== 'default') {
        strip(child);
      }
    }
  };
  strip(copy);
  return copy;
}

/**
 * The property that tells the branches of a `oneOf` apart, when every branch (after following
 * references) requires the same property and pins it with `const`.
 */
export function discriminatorOf(oneOf: Json[], schemas: Map<string, JsonObject>): string | undefined {
  const branches = oneOf.map((branch) => {
    const ref = isObject(branch) && typeof branch.$ref === 'string' ? COMPONENT_REF.exec(branch.$ref)?.[1] : undefined;
    return ref ? schemas.get(ref) : isObject(branch) ? branch : undefined;
  });
  const first = branches[0];
  if (!first || !isObject(first.properties)) return undefined;
  return Object.keys(first.properties).find((property) =>
    branches.every((branch) => {
      const definition = isObject(branch?.properties) ? branch.properties[property] : undefined;
      return isObject(definition) && 'const' in definition && ((branch?.required ?? []) as Json[]).includes(property);
    }),
  );
}
