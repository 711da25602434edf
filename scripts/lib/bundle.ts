import { readFileSync } from 'node:fs';
import { basename, dirname, extname, relative, resolve, sep } from 'node:path';
import YAML from 'yaml';
import { type Json, type JsonObject, clone, isObject } from './json.js';
import { EXAMPLES_DIR, ROOT, SCHEMAS_DIR } from './paths.js';

/** A spec document with every file reference resolved, plus the files it was built from. */
export interface BundledDocument {
  document: JsonObject;
  inputs: string[];
}

export function readSpecFile(file: string): Json {
  const text = readFileSync(file, 'utf8');
  // Anchors and aliases are expanded here; cloning unshares the aliased objects so later edits stay local.
  return clone(extname(file) === '.json' ? JSON.parse(text) : YAML.parse(text, { maxAliasCount: -1 })) as Json;
}

/**
 * Loads a hand-written spec and resolves its file references:
 * - `$ref` to a file in spec/schemas/ becomes `#/components/schemas/<FileName>`, and that file joins
 *   `components.schemas` (recursively, so shared schemas may reference each other);
 * - `$ref` to a file in spec/examples/ is replaced by the file's content;
 * - any other file reference is an error.
 * The root key `x-popp-fields` (the YAML anchor block) is dropped. `derive`, when given, expands the
 * document's own shorthand (the AsyncAPI event blocks) before references are resolved.
 */
export function bundleDocument(file: string, derive: (document: JsonObject) => JsonObject = (document) => document): BundledDocument {
  const inputs = new Set<string>([file]);
  const shared = new Map<string, Json>();
  const read = readSpecFile(file);
  if (!isObject(read)) throw new Error(`${file}: not a YAML mapping`);
  delete read['x-popp-fields'];
  const document = derive(read);

  const resolveRefs = (node: Json, fromFile: string): Json => {
    if (Array.isArray(node)) return node.map((item) => resolveRefs(item, fromFile));
    if (!isObject(node)) return node;
    const ref = node.$ref;
    if (typeof ref === 'string' && !ref.startsWith('#')) {
      const target = resolve(dirname(fromFile), ref);
      inputs.add(target);
      if (isInside(target, SCHEMAS_DIR)) {
        const name = basename(target, extname(target));
        if (!shared.has(name)) {
          shared.set(name, null); // reserve first: schemas may reference each other
          shared.set(name, resolveRefs(readSpecFile(target), target));
        }
        return { ...withoutRef(node), $ref: `#/components/schemas/${name}` };
      }
      if (isInside(target, EXAMPLES_DIR)) return readSpecFile(target);
      throw new Error(`${relative(ROOT, fromFile)}: $ref ${ref} points outside spec/schemas and spec/examples`);
    }
    const out: JsonObject = {};
    for (const [key, value] of Object.entries(node)) out[key] = resolveRefs(value, fromFile);
    return out;
  };

  const bundled = resolveRefs(document, file) as JsonObject;
  const components = (bundled.components ??= {}) as JsonObject;
  const schemas = (components.schemas ??= {}) as JsonObject;
  for (const name of [...shared.keys()].sort()) {
    if (name in schemas) throw new Error(`schema ${name} is defined both in spec/schemas/ and in ${basename(file)}`);
    schemas[name] = shared.get(name) as Json;
  }
  return { document: bundled, inputs: [...inputs].sort() };
}

function withoutRef(node: JsonObject): JsonObject {
  const { $ref: _ignored, ...rest } = node;
  return rest;
}

function isInside(file: string, dir: string): boolean {
  return file.startsWith(dir + sep);
}
