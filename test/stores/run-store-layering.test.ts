// The run store brings no database client of its own: it speaks to whatever `db` it is given (pg, PGlite), so
// neither is a dependency, and it bundles for any platform (PGlite runs in browsers and edge runtimes too).
import { join } from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/contract.js';

describe('src/stores/postgres/run-store.ts', () => {
  it('bundles for a platform without Node built-ins, importing neither pg nor PGlite nor anything else', async () => {
    const result = await build({ entryPoints: [join(ROOT, 'src/stores/postgres/run-store.ts')], bundle: true, write: false, platform: 'neutral', format: 'esm', metafile: true, logLevel: 'silent' });
    const output = Object.values(result.metafile.outputs)[0]!;
    expect(output.imports).toEqual([]);
    const inputs = Object.keys(result.metafile.inputs);
    expect(inputs).toContain('src/runs/reduce-run.ts'); // reduceRun itself, not a copy
    for (const input of inputs) expect(input, input).toMatch(/^(src\/(stores\/postgres\/run-store[\w-]*\.ts|runs\/|validation\/|events\.ts)|generated\/(events\.ts|validators(-fast)?\.mjs|validation-helpers\.mjs))/);
  });
});
