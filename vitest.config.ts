import { defineConfig } from 'vitest/config';
import { HANG_BOUND_MS } from './test/helpers/bounds.js';

// Five projects, by what a test needs besides Node. `npm run test:quick` runs `quick` alone; `npm test` runs
// all five. Each project's global setup runs only when one of its files is selected.
const browser = ['test/site/**/*.test.ts'];
const languages = ['test/other-languages/**/*.test.ts'];
// The packed tarball in every runtime, and a copy of the repository (CONTRIBUTING.md's add-an-event walk-through).
const packaged = ['test/package/**/*.test.ts', 'test/runtimes/**/*.test.ts', 'test/contract/add-an-event.test.ts'];
// Several receiver processes sharing one Redis or PostgreSQL store, 5,000 deliveries each (about a minute).
const instances = ['test/stores/instances.test.ts'];
// Every test of the three heavy projects runs compilers, npm, a browser or other runtimes (see bounds.ts).
const heavy = { testTimeout: HANG_BOUND_MS, hookTimeout: HANG_BOUND_MS };

export default defineConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 60_000,
    projects: [
      // In-process tests: Node, 127.0.0.1 and the repository's own files only.
      { extends: true, test: { name: 'quick', include: ['test/**/*.test.ts'], exclude: [...browser, ...languages, ...packaged, ...instances, '**/node_modules/**'] } },
      // Child processes against the real Redis and PostgreSQL; each run's bound is in the test.
      { extends: true, test: { name: 'instances', include: instances } },
      // The packed tarball, installed as a user installs it, in every supported runtime, and the examples.
      { extends: true, test: { name: 'package', include: packaged, globalSetup: ['test/setup/packed.ts'], ...heavy } },
      // Python (the python3 on PATH) and Java (javac and Debian's Jackson jars) against generated/.
      { extends: true, test: { name: 'languages', include: languages, globalSetup: ['test/setup/languages.ts'], ...heavy } },
      // The docs site in Debian's headless Chromium.
      { extends: true, test: { name: 'browser', include: browser, globalSetup: ['test/setup/browser.ts'], ...heavy } },
    ],
  },
});
