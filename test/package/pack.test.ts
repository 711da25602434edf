// The published package: the tarball `npm pack` makes (test/setup/packed.ts) is what a user installs. It passes
// publint and arethetypeswrong, ships what its README names, and imports, requires and type-checks in a fresh
// project under ESM and CommonJS.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ROOT, readJson } from '../helpers/contract.js';
import { inTarball, pathReferences } from './readme-paths.js';
import { type Scratch, TSC, scratchProject } from './scratch.js';

const tarball = inject('tarball');
const files = inject('tarballFiles');
const manifest = readJson<{ name: string; license: string; exports: Record<string, unknown>; typesVersions: { '*': Record<string, string[]> } }>(join(ROOT, 'package.json'));
const ENTRIES = ['', '/events', '/validators', '/webhooks', '/runs', '/testing', '/client', '/sandbox', '/stores/redis', '/stores/postgres'].map((subpath) => `popp-workflow-contract${subpath}`);
const TS_5_7 = join(ROOT, 'test/runtimes/node_modules/typescript-5.7/bin/tsc');

/** Runs a linter from node_modules over the tarball; its output is the failure message. */
function lint(bin: string, args: string[]): { status: number; output: string } {
  try {
    return { status: 0, output: execFileSync(join(ROOT, 'node_modules/.bin', bin), args, { encoding: 'utf8', stdio: 'pipe' }) };
  } catch (error) {
    const failure = error as { status: number; stdout: string; stderr: string };
    return { status: failure.status, output: failure.stdout + failure.stderr };
  }
}

describe('the tarball', () => {
  it('passes publint --strict', () => {
    const result = lint('publint', ['--strict', tarball]);
    expect(result.output).toContain('All good!');
    expect(result.status, result.output).toBe(0);
  });

  it('passes arethetypeswrong under its strict profile, but for the rule that predates require(esm)', () => {
    // cjs-resolves-to-esm warns that `require()` of an ES module fails, which stopped being true in Node
    // 20.19 and 22.12, the oldest this package supports (engines). The tests below and test/runtimes/
    // require() every entry for real in Node 20.19, 22, 24 and Bun. The PostgreSQL stores' schema.sql and run-store.sql are
    // exported to be read as files (require.resolve), not imported, so they have no types to check.
    const result = lint('attw', [tarball, '--profile', 'strict', '--ignore-rules', 'cjs-resolves-to-esm', '--exclude-entrypoints', './stores/postgres/schema.sql', './stores/postgres/run-store.sql', '--format', 'table-flipped', '--no-color', '--no-emoji']);
    expect(result.output).toContain('No problems found');
    expect(result.status, result.output).toBe(0);
  });

  it('ships the built entries, the schemas, the examples, the LICENSE and the CHANGELOG, and not the generator or the tests', () => {
    for (const file of ['package.json', 'README.md', 'LICENSE', 'CHANGELOG.md', 'dist/generated/validators.mjs', 'dist/src/webhooks/index.js', 'dist/src/cli/bin.js', 'dist/src/stores/postgres/schema.sql', 'dist/src/stores/postgres/run-store.sql', 'generated/schemas/index.json', 'examples/express-receiver/src/server.ts', 'examples/hono-workerd/config.capnp']) {
      expect(files).toContain(file);
    }
    expect(files.filter((file) => /^(scripts|test|src)\/|^examples\/.*\/(node_modules|dist)\//.test(file))).toEqual([]);
    expect(readFileSync(join(ROOT, 'LICENSE'), 'utf8')).toMatch(/^MIT License\n/);
    expect(manifest.license).toBe('MIT');
  });

  it('has a README that points users only at files the tarball holds', () => {
    const topLevel = [...readdirSync(ROOT), 'dist'].filter((name) => name !== 'node_modules');
    const references = pathReferences(readFileSync(join(ROOT, 'README.md'), 'utf8'), { topLevel, packageName: manifest.name, exports: manifest.exports, stopAt: '## Contributing' });
    // The check must see something: the README names the schemas, the models and the package's subpaths.
    expect(references.map((reference) => reference.text)).toEqual(expect.arrayContaining(['generated/schemas/index.json', 'popp-workflow-contract/webhooks', 'node_modules/popp-workflow-contract/generated/schemas']));
    expect(references.filter((reference) => !inTarball(reference.packagePath, files)).map((reference) => `README.md:${reference.line}: ${reference.text} (${reference.packagePath})`)).toEqual([]);
  });

  it('maps every subpath to the same types for TypeScript\'s node10 resolution (typesVersions) as for the exports map', () => {
    const fromExports = Object.entries(manifest.exports)
      .filter(([subpath]) => subpath !== '.' && subpath !== './package.json')
      .map(([subpath, target]) => [subpath.slice(2), [typeof target === 'string' ? target : (target as { types: string }).types]]);
    expect(manifest.typesVersions['*']).toEqual(Object.fromEntries(fromExports));
  });
});

describe('installed in a fresh ES module project', () => {
  let project: Scratch;
  beforeAll(() => {
    project = scratchProject(tarball, { type: 'module', prefix: 'popp-esm-user-' });
  });
  afterAll(() => project?.remove());

  it('imports every entry point in plain Node', () => {
    project.write(
      'consumer.mjs',
      `import * as root from 'popp-workflow-contract';
import { KNOWN_EVENT_TYPES, isKnownEventType } from 'popp-workflow-contract/events';
import { validateEvent } from 'popp-workflow-contract/validators';
import schema from 'popp-workflow-contract/schemas/WorkflowRunCompletedEvent.json' with { type: 'json' };
import asyncapi from 'popp-workflow-contract/asyncapi.json' with { type: 'json' };
import openapi from 'popp-workflow-contract/openapi.json' with { type: 'json' };
import { createWebhookHandler } from 'popp-workflow-contract/webhooks';
import { createRunTracker } from 'popp-workflow-contract/runs';
import { buildEvent, signRequest } from 'popp-workflow-contract/testing';
const tracker = createRunTracker();
const handler = createWebhookHandler({ secret: 's', on: { WORKFLOW_RUN_FAILED: tracker.apply } });
const delivered = await handler(new Request('http://receiver.test/', await signRequest(buildEvent('WORKFLOW_RUN_FAILED', { data: { recordId: 'run_1' } }), 's')));
const result = validateEvent({ event: 'WORKFLOW_PUBLISHED', eventId: 'e', eventTimestamp: '2026-04-28T09:00:00.000Z',
  data: { recordId: 'wf', organizationId: 'org', workflowVersionId: 'v', versionNumber: 1, publishedByUserId: 'u', publishedAt: '2026-04-28T09:00:00.000Z' } });
console.log(JSON.stringify({ ok: result.ok, known: KNOWN_EVENT_TYPES.length, guard: isKnownEventType('WORKFLOW_PUBLISHED'),
  rootHasValidate: typeof root.validateEvent, schema: schema.title, asyncapi: asyncapi.asyncapi, openapi: openapi.openapi,
  delivered: delivered.status, run: tracker.get('run_1')?.status }));
`,
    );
    expect(JSON.parse(project.run(process.execPath, ['consumer.mjs']))).toEqual({ ok: true, known: 26, guard: true, rootHasValidate: 'function', schema: 'WorkflowRunCompletedEvent', asyncapi: '3.0.0', openapi: '3.1.0', delivered: 200, run: 'failed' });
  });

  it('ships the idempotency stores and the PostgreSQL SQL file', () => {
    project.write(
      'stores-consumer.mjs',
      `import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createRedisIdempotencyStore } from 'popp-workflow-contract/stores/redis';
import { createPostgresIdempotencyStore, schemaSql } from 'popp-workflow-contract/stores/postgres';
const sql = readFileSync(createRequire(import.meta.url).resolve('popp-workflow-contract/stores/postgres/schema.sql'), 'utf8');
const store = createRedisIdempotencyStore({ client: { command: async () => 'OK' } });
const claim = await store.claim('evt_1', { leaseMs: 1000, payloadHash: 'h' });
console.log(JSON.stringify({ postgres: typeof createPostgresIdempotencyStore, sameSql: sql === schemaSql(), claimed: claim.status }));
`,
    );
    expect(JSON.parse(project.run(process.execPath, ['stores-consumer.mjs']))).toEqual({ postgres: 'function', sameSql: true, claimed: 'claimed' });
  });

  it('ships the REST client entry point, importable and type-checked', () => {
    project.write(
      'client-consumer.mjs',
      `import { createPoppClient, PoppApiError } from 'popp-workflow-contract/client';
const popp = createPoppClient({ apiKey: 'sk_test_0123456789', organizationId: 'org_1' });
const rejected = await popp.startRuns('wf_1', {}).catch((error) => error.name);
console.log(JSON.stringify({ helpers: typeof popp.iterateRuns, error: typeof PoppApiError, rejected, redacted: !String(popp).includes('sk_test') }));
`,
    );
    expect(JSON.parse(project.run(process.execPath, ['client-consumer.mjs']))).toEqual({ helpers: 'function', error: 'function', rejected: 'PoppRequestValidationError', redacted: true });
  });

  it('installs the popp-workflow-contract bin: npx runs it, and it finds the schemas it ships', () => {
    const bin = (manifest as unknown as { bin: Record<string, string> }).bin;
    expect(bin).toEqual({ 'popp-workflow-contract': './dist/src/cli/bin.js' });
    expect(readFileSync(join(project.dir, 'node_modules/popp-workflow-contract/dist/src/cli/bin.js'), 'utf8')).toMatch(/^#!\/usr\/bin\/env node\n/);
    // Exactly as a user types it: npx finds the installed bin in node_modules/.bin and asks no registry.
    const help = project.run('npx', ['popp-workflow-contract', '--help']);
    expect(help).toContain('Usage: popp-workflow-contract <command> [options]');
    expect(help).toMatch(/\n {2}validate +Check events/);
    expect(project.run('npx', ['popp-workflow-contract', '--version']).trim()).toBe((readJson<{ version: string }>(join(ROOT, 'package.json'))).version);
    project.write('start-runs.json', readFileSync(join(ROOT, 'spec/examples/api/startWorkflowRuns.request.json'), 'utf8'));
    expect(project.run('npx', ['popp-workflow-contract', 'validate', '--schema', 'StartWorkflowRunsRequest', 'start-runs.json'])).toBe('start-runs.json: valid StartWorkflowRunsRequest (tolerant profile)\n');
    project.write('body.json', '{"event":"WORKFLOW_RUN_STARTED"}');
    const signature = project.run('npx', ['popp-workflow-contract', 'sign', 'body.json'], { POPP_WEBHOOK_SECRET: 'whsec_packaged' }).trim();
    expect(signature).toBe(execFileSync('openssl', ['dgst', '-sha256', '-hmac', 'whsec_packaged', '-hex', join(project.dir, 'body.json')], { encoding: 'utf8' }).trim().split('= ').at(-1));
  });

  it('ships the sandbox entry point: a run started through the client reaches a receiver', () => {
    project.write(
      'sandbox-consumer.mjs',
      `import { createSandbox } from 'popp-workflow-contract/sandbox';
import { createPoppClient } from 'popp-workflow-contract/client';
import { createWebhookHandler } from 'popp-workflow-contract/webhooks';
import { createRunTracker } from 'popp-workflow-contract/runs';
const tracker = createRunTracker();
const sandbox = createSandbox({ secret: 'whsec_test', deliver: createWebhookHandler({ secret: 'whsec_test', on: tracker.on }), seed: 1 });
const popp = createPoppClient({ apiKey: 'sk_test_0123456789', organizationId: sandbox.organizationId, fetch: sandbox.fetch });
await popp.startRuns('wf_abc123', { candidateProfileIds: ['cp_1'] });
await sandbox.idle();
console.log(JSON.stringify({ runs: tracker.runs().map((run) => run.status), deadLetters: sandbox.deadLetters.length }));
`,
    );
    expect(JSON.parse(project.run(process.execPath, ['sandbox-consumer.mjs']))).toEqual({ runs: ['completed'], deadLetters: 0 });
  });

  it("compiles the README's Quick start against the installed types", () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const section = readme.slice(readme.indexOf('## Quick start\n'), readme.indexOf('\n## ', readme.indexOf('## Quick start\n') + 1));
    const snippets = [...section.matchAll(/```ts\n([\s\S]*?)```/g)].map((match) => match[1] as string);
    expect(snippets.length).toBeGreaterThanOrEqual(2);
    // Each snippet is its own module; `process` is declared rather than brought in with @types/node.
    project.write('process.d.ts', 'declare const process: { env: Record<string, string | undefined> };\n');
    snippets.forEach((snippet, index) => project.write(`quick-start-${index}.ts`, `${snippet}export {};\n`));
    const files = ['process.d.ts', ...snippets.map((_snippet, index) => `quick-start-${index}.ts`)];
    project.write('tsconfig.quick-start.json', JSON.stringify({ compilerOptions: { strict: true, module: 'NodeNext', moduleResolution: 'NodeNext', noEmit: true, skipLibCheck: false, lib: ['ES2022', 'DOM'], types: [] }, files }));
    expect(project.run(process.execPath, [TSC, '-p', 'tsconfig.quick-start.json'])).toBe('');
  });

  // Without @types/node (types: []): no entry's types may need it. TypeScript 5.7 is the oldest supported
  // (5.6 and older fail on the Uint8Array generics of lib.dom with skipLibCheck off).
  it.each([
    ['TypeScript 5.9', TSC],
    ['TypeScript 5.7, the oldest supported', TS_5_7],
  ])('ships types that a strict NodeNext project compiles against with skipLibCheck off (%s)', (_name, tsc) => {
    project.write(
      'consumer.ts',
      `import type { WorkflowEvent } from 'popp-workflow-contract/events';
import { validateEvent } from 'popp-workflow-contract/validators';
import { createWebhookHandler, toNodeListener } from 'popp-workflow-contract/webhooks';
import { reduceRun } from 'popp-workflow-contract/runs';
import { buildEvent } from 'popp-workflow-contract/testing';
import { createPoppClient, type WorkflowRun } from 'popp-workflow-contract/client';
export function code(event: WorkflowEvent): string | undefined {
  return event.event === 'WORKFLOW_RUN_FAILED' ? event.data.errorCode : undefined;
}
export const ok: boolean = validateEvent({}).ok;
export const handler = createWebhookHandler({ secret: 's', on: { WORKFLOW_RUN_FAILED: (event) => event.data.errorCode } });
export const listener = toNodeListener(handler);
export const status: string = reduceRun(undefined, buildEvent('WORKFLOW_RUN_STARTED')).status;
export async function first(): Promise<WorkflowRun | undefined> {
  const popp = createPoppClient({ apiKey: 'k', organizationId: 'o' });
  const { data } = await popp.GET('/v1/workflow-runs/{runId}', { params: { path: { runId: 'run_1' } } });
  return data;
}
// @ts-expect-error: a misspelt event type is a type error for users too.
createWebhookHandler({ secret: 's', on: { WORKFLOW_RUN_FINISHED: () => {} } });
`,
    );
    project.write('tsconfig.json', JSON.stringify({ compilerOptions: { strict: true, module: 'NodeNext', moduleResolution: 'NodeNext', noEmit: true, skipLibCheck: false, lib: ['ES2022', 'DOM'], types: [] }, files: ['consumer.ts'] }));
    expect(project.run(process.execPath, [tsc, '-p', 'tsconfig.json'])).toBe('');
  });
});

describe('installed in a fresh CommonJS project', () => {
  let project: Scratch;
  beforeAll(() => {
    project = scratchProject(tarball, { type: 'commonjs', prefix: 'popp-cjs-user-' });
  });
  afterAll(() => project?.remove());

  it('require()s every entry point and the JSON files in Node ≥ 20.19', () => {
    project.write(
      'consumer.js',
      `const entries = ${JSON.stringify(ENTRIES)}.map((entry) => [entry, Object.keys(require(entry)).length]);
const { createWebhookHandler } = require('popp-workflow-contract/webhooks');
const schema = require('popp-workflow-contract/schemas/WorkflowRunCompletedEvent.json');
console.log(JSON.stringify({ entries, handler: typeof createWebhookHandler({ secret: 's', on: {} }), schema: schema.title }));
`,
    );
    const output = JSON.parse(project.run(process.execPath, ['consumer.js'])) as { entries: [string, number][]; handler: string; schema: string };
    expect(output.entries.map(([entry]) => entry)).toEqual(ENTRIES);
    for (const [entry, exported] of output.entries) expect(exported, entry).toBeGreaterThan(0);
    expect(output).toMatchObject({ handler: 'function', schema: 'WorkflowRunCompletedEvent' });
  });

  // TypeScript compiles `import` to `require()` in a CommonJS project: under module node16/nodenext (which
  // allows requiring ES modules from TypeScript 5.8) and under module commonjs (node10 resolution, which
  // reads typesVersions); Node then require()s the ES module.
  it.each([
    ['module nodenext', { module: 'NodeNext', moduleResolution: 'NodeNext' }],
    ['module commonjs (node10 resolution)', { module: 'CommonJS', moduleResolution: 'Node10', ignoreDeprecations: '5.0' }],
  ])('compiles a TypeScript CommonJS consumer and runs it (%s)', (_name, options) => {
    project.write(
      'consumer.ts',
      `import { createWebhookHandler } from 'popp-workflow-contract/webhooks';
import { signRequest, buildEvent } from 'popp-workflow-contract/testing';
import { validateEvent } from 'popp-workflow-contract/validators';
async function main(): Promise<void> {
  const handler = createWebhookHandler({ secret: 's', on: { WORKFLOW_RUN_FAILED: (event) => void event.data.errorCode } });
  const response = await handler(new Request('http://receiver.test/', await signRequest(buildEvent('WORKFLOW_RUN_FAILED'), 's')));
  console.log(JSON.stringify({ status: response.status, valid: validateEvent(buildEvent('WORKFLOW_RUN_STARTED')).ok }));
}
void main();
`,
    );
    project.write('tsconfig.json', JSON.stringify({ compilerOptions: { strict: true, ...options, outDir: 'out', skipLibCheck: false, lib: ['ES2022', 'DOM'], types: [] }, files: ['consumer.ts'] }));
    expect(project.run(process.execPath, [TSC, '-p', 'tsconfig.json'])).toBe('');
    expect(readFileSync(join(project.dir, 'out/consumer.js'), 'utf8')).toContain('require("popp-workflow-contract/webhooks")');
    expect(JSON.parse(project.run(process.execPath, ['out/consumer.js']))).toEqual({ status: 200, valid: true });
  });
});
