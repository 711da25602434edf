/**
 * npm run build: compile src/ and generated/*.ts to dist/ (ESM + .d.ts) and copy the precompiled
 * validators (and the stores' plain SQL) beside them, so dist/ mirrors the source layout that the `exports` map points at.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { ROOT } from './lib/paths.js';

const dist = resolve(ROOT, 'dist');
rmSync(dist, { recursive: true, force: true });
execFileSync(process.execPath, [resolve(ROOT, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.build.json'], { cwd: ROOT, stdio: 'inherit' });
mkdirSync(resolve(dist, 'generated'), { recursive: true });
for (const file of ['validators.mjs', 'validators.d.mts', 'validators-fast.mjs', 'validators-fast.d.mts']) {
  copyFileSync(resolve(ROOT, 'generated', file), resolve(dist, 'generated', file));
}
// The stores' plain SQL ships beside their code, for users' own migrations (tsc copies only code).
const postgresStores = resolve(ROOT, 'src/stores/postgres');
for (const file of readdirSync(postgresStores).filter((name) => name.endsWith('.sql'))) {
  copyFileSync(resolve(postgresStores, file), resolve(dist, 'src/stores/postgres', file));
}
console.log('Built dist/.');
