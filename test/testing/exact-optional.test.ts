// buildEvent's DeepPartial overrides compile in a project with exactOptionalPropertyTypes (as a user's may
// be): test/types/deep-partial.exact.types.ts under test/types/tsconfig.exact.json. Errors inside the package's
// own sources are not the user's concern (their .d.ts is what a user compiles), so only the type test's own are read.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { ROOT } from '../helpers/contract.js';

it('compiles the DeepPartial type test under exactOptionalPropertyTypes', () => {
  let output = '';
  try {
    execFileSync(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', join(ROOT, 'test/types/tsconfig.exact.json'), '--pretty', 'false'], { cwd: ROOT, encoding: 'utf8', stdio: 'pipe' });
  } catch (error) {
    output = (error as { stdout: string }).stdout;
  }
  expect(output.split('\n').filter((line) => line.startsWith('test/types/deep-partial.exact.types.ts'))).toEqual([]);
}, 120_000);
