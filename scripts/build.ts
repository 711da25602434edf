/**
 * npm run build: compile src/ and generated/*.ts to dist/ (ESM + .d.ts) and copy the precompiled
 * validators beside them, so dist/ mirrors the source layout that the `exports` map points at. Then each
 * published entry's JavaScript is replaced by a bundle of it (see bundleEntries).
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { ROOT } from './lib/paths.js';

const dist = resolve(ROOT, 'dist');
rmSync(dist, { recursive: true, force: true });
execFileSync(process.execPath, [resolve(ROOT, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.build.json'], { cwd: ROOT, stdio: 'inherit' });
mkdirSync(resolve(dist, 'generated'), { recursive: true });
// Every plain-JavaScript module of generated/ (the validators and their helpers), with its declarations.
for (const file of readdirSync(resolve(ROOT, 'generated')).filter((name) => name.endsWith('.mjs') || name.endsWith('.d.mts'))) {
  copyFileSync(resolve(ROOT, 'generated', file), resolve(dist, 'generated', file));
}
// The PostgreSQL stores' SQL ships as plain files too, for users' own migrations.
for (const file of readdirSync(resolve(ROOT, 'src/stores/postgres')).filter((name) => name.endsWith('.sql'))) {
  copyFileSync(resolve(ROOT, 'src/stores/postgres', file), resolve(dist, 'src/stores/postgres', file));
}
await bundleEntries();
console.log('Built dist/.');

/**
 * Each entry of the exports map becomes one module, with the code two entries share in chunks under
 * dist/src/chunks/ (so a class is the same class whichever entry it is imported from). Importing an entry
 * then loads one or a few files instead of some twenty, which is most of what a cold start spends on it beyond
 * compiling the validators (BENCHMARKS.md, "Receiving webhooks"). The .d.ts files stay as tsc wrote them;
 * packages (openapi-fetch) stay imports. The other modules tsc wrote are deleted: nothing imports them any more.
 */
async function bundleEntries(): Promise<void> {
  const manifest = JSON.parse(readFileSync(resolve(ROOT, 'package.json'), 'utf8')) as { exports: Record<string, string | { default: string }>; bin: Record<string, string> };
  const entries = [
    ...Object.values(manifest.exports)
      .filter((target): target is { default: string } => typeof target === 'object')
      .map((target) => target.default),
    ...Object.values(manifest.bin),
  ].map((target) => resolve(ROOT, target));
  await build({
    entryPoints: entries,
    outdir: dist,
    outbase: dist,
    entryNames: '[dir]/[name]',
    chunkNames: 'src/chunks/[name]-[hash]',
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'neutral',
    packages: 'external',
    allowOverwrite: true,
    logLevel: 'warning',
  });
  const kept = new Set(entries);
  const chunks = resolve(dist, 'src/chunks');
  for (const file of readdirSync(dist, { recursive: true, encoding: 'utf8' })) {
    const path = join(dist, file);
    if (path.endsWith('.js') && !kept.has(path) && !path.startsWith(chunks)) rmSync(path);
  }
}
