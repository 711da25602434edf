/**
 * npm run build: compile src/ and generated/*.ts to dist/ (ESM + .d.ts) and copy the precompiled
 * validators beside them, so dist/ mirrors the source layout that the `exports` map points at.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { ROOT } from './lib/paths.js';

const dist = resolve(ROOT, 'dist');
rmSync(dist, { recursive: true, force: true });
execFileSync(process.execPath, [resolve(ROOT, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.build.json'], { cwd: ROOT, stdio: 'inherit' });
mkdirSync(resolve(dist, 'generated'), { recursive: true });
for (const file of ['validators.mjs', 'validators.d.mts', 'validators-fast.mjs', 'validators-fast.d.mts']) {
  copyFileSync(resolve(ROOT, 'generated', file), resolve(dist, 'generated', file));
}
// The PostgreSQL store's SQL ships as a plain file too, for users' own migrations.
copyFileSync(resolve(ROOT, 'src/stores/postgres/schema.sql'), resolve(dist, 'src/stores/postgres/schema.sql'));
console.log('Built dist/.');
