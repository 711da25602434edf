import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Repository root, resolved from this file so the generator runs from any working directory. */
export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const SPEC_DIR = resolve(ROOT, 'spec');
export const SCHEMAS_DIR = resolve(SPEC_DIR, 'schemas');
export const EXAMPLES_DIR = resolve(SPEC_DIR, 'examples');
export const GENERATED_DIR = resolve(ROOT, 'generated');
