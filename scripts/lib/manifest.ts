import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { ROOT } from './paths.js';
import { BANNER } from './header.js';

const GENERATORS = ['@asyncapi/modelina', '@asyncapi/parser', '@redocly/openapi-core', 'ajv', 'openapi-typescript', 'typescript'];

export function sha256(text: string | Buffer): string {
  return createHash('sha256').update(text).digest('hex');
}

/** generated/manifest.json: what went in (hashes of the spec files), with what, and what came out. */
export function buildManifest(inputs: string[], outputs: Map<string, string>): object {
  const version = (name: string) => (JSON.parse(readFileSync(resolve(ROOT, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;
  return {
    $comment: BANNER,
    inputs: Object.fromEntries(inputs.map((file) => [relative(ROOT, file), sha256(readFileSync(file))])),
    generators: Object.fromEntries(GENERATORS.map((name) => [name, version(name)])),
    outputs: Object.fromEntries([...outputs.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([path, text]) => [path, sha256(text)])),
  };
}
