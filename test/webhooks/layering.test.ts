// The webhooks entry runs anywhere Web Crypto and Fetch exist: no `node:` module (the node adapter describes
// node:http's objects structurally, so even its types need no @types/node), nothing from src/client, no
// package at all beyond the generated code.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/contract.js';

const DIR = join(ROOT, 'src/webhooks');

function imports(file: string): { specifier: string; typeOnly: boolean }[] {
  const source = readFileSync(join(DIR, file), 'utf8');
  return [...source.matchAll(/^(import|export)\s+(type\s+)?[^;]*?from\s+'([^']+)'/gms)].map((match) => ({ specifier: match[3] as string, typeOnly: match[2] !== undefined }));
}

describe('src/webhooks layering', () => {
  const files = readdirSync(DIR).filter((file) => file.endsWith('.ts'));

  it('imports only its own modules and the contract re-exports, not even node: types', () => {
    expect(files).toContain('node.ts');
    for (const file of files) {
      for (const { specifier, typeOnly } of imports(file)) {
        const allowed = specifier.startsWith('./') || specifier === '../events.js' || specifier === '../validators.js' || /^\.\.\/validation\/[\w-]+\.js$/.test(specifier);
        expect(allowed, `${file} imports ${specifier}${typeOnly ? ' (type only)' : ''}`).toBe(true);
      }
    }
  });

  it('bundles for a platform without Node built-ins, with no external import', async () => {
    const result = await build({ entryPoints: [join(DIR, 'index.ts')], bundle: true, write: false, platform: 'neutral', format: 'esm', metafile: true, logLevel: 'silent' });
    const output = Object.values(result.metafile.outputs)[0]!;
    expect(output.imports).toEqual([]);
    for (const input of Object.keys(result.metafile.inputs)) expect(input, input).toMatch(/^(src\/(webhooks\/|validation\/|events\.ts|validators\.ts)|generated\/(events\.ts|validators(-fast)?\.mjs|validation-helpers\.mjs))/);
  });
});
