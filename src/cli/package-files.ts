/**
 * The package's own shipped files that the CLI reads at run time (generated/schemas/), found from this module
 * whether it runs from src/ (tsx) or from dist/ in an installed package.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let root: string | undefined;

/**
 * The directory of this package's package.json: the repository from src/, the installed package from dist/.
 *
 * @example
 *   join(packageRoot(), 'generated/schemas/index.json');
 */
export function packageRoot(): string {
  if (root !== undefined) return root;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest) && (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === 'popp-workflow-contract') return (root = dir);
    const parent = dirname(dir);
    if (parent === dir) throw new Error('popp-workflow-contract: cannot find the package root (package.json) above the CLI module.');
    dir = parent;
  }
}

/** generated/schemas/index.json: each event with its schema, and every named schema. */
export interface SchemaIndex {
  events: { event: string; schema: string }[];
  schemas: { name: string; usedBy: string[] }[];
}

/**
 * The schema index the package ships.
 *
 * @example
 *   schemaIndex().schemas.map((schema) => schema.name); // ['AlreadyEnrolledEntry', …]
 */
export function schemaIndex(): SchemaIndex {
  return readJson<SchemaIndex>('generated/schemas/index.json');
}

/**
 * One shipped JSON Schema (strict profile), by its name.
 *
 * @example
 *   schemaFile('WorkflowRunFailedEvent').properties; // { event, eventId, eventTimestamp, data }
 */
export function schemaFile(name: string): Record<string, unknown> {
  return readJson<Record<string, unknown>>(`generated/schemas/${name}.json`);
}

function readJson<T>(path: string): T {
  return JSON.parse(readFileSync(join(packageRoot(), path), 'utf8')) as T;
}
