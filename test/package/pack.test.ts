// The published package: `npm pack` produces a tarball that a fresh project installs, imports and type-checks.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/contract.js';

const npm = (args: string[], cwd: string) => execFileSync('npm', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

describe('npm pack', () => {
  let scratch: string;

  beforeAll(() => {
    scratch = mkdtempSync(join(tmpdir(), 'popp-pack-'));
    npm(['pack', '--silent', '--pack-destination', scratch], ROOT);
    const tarball = readdirSync(scratch).find((file) => file.endsWith('.tgz')) as string;
    writeFileSync(join(scratch, 'package.json'), JSON.stringify({ name: 'scratch', private: true, type: 'module' }));
    npm(['install', '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts', `./${tarball}`], scratch);
  }, 180_000);

  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it('installs and every entry point imports in plain Node', () => {
    writeFileSync(
      join(scratch, 'consumer.mjs'),
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
    const output = JSON.parse(execFileSync(process.execPath, ['consumer.mjs'], { cwd: scratch, encoding: 'utf8' }));
    expect(output).toEqual({ ok: true, known: 26, guard: true, rootHasValidate: 'function', schema: 'WorkflowRunCompletedEvent', asyncapi: '3.0.0', openapi: '3.1.0', delivered: 200, run: 'failed' });
  });

  it('ships types that a strict NodeNext project compiles against', () => {
    writeFileSync(
      join(scratch, 'consumer.ts'),
      `import type { WorkflowEvent } from 'popp-workflow-contract/events';
import { validateEvent } from 'popp-workflow-contract/validators';
export function code(event: WorkflowEvent): string | undefined {
  return event.event === 'WORKFLOW_RUN_FAILED' ? event.data.errorCode : undefined;
}
export const ok: boolean = validateEvent({}).ok;
// Without @types/node (types: []): the webhooks entry's types must not need it.
import { createWebhookHandler, toNodeListener } from 'popp-workflow-contract/webhooks';
import { reduceRun } from 'popp-workflow-contract/runs';
import { buildEvent } from 'popp-workflow-contract/testing';
export const handler = createWebhookHandler({ secret: 's', on: { WORKFLOW_RUN_FAILED: (event) => event.data.errorCode } });
export const listener = toNodeListener(handler);
export const status: string = reduceRun(undefined, buildEvent('WORKFLOW_RUN_STARTED')).status;
`,
    );
    writeFileSync(join(scratch, 'tsconfig.json'), JSON.stringify({ compilerOptions: { strict: true, module: 'NodeNext', moduleResolution: 'NodeNext', noEmit: true, skipLibCheck: false, types: [] }, files: ['consumer.ts'] }));
    const tsc = join(ROOT, 'node_modules/typescript/bin/tsc');
    expect(() => execFileSync(process.execPath, [tsc, '-p', 'tsconfig.json'], { cwd: scratch, encoding: 'utf8', stdio: 'pipe' })).not.toThrow();
  });

  it('ships the REST client entry point, importable and type-checked', () => {
    writeFileSync(
      join(scratch, 'client-consumer.mjs'),
      `import { createPoppClient, PoppApiError } from 'popp-workflow-contract/client';
const popp = createPoppClient({ apiKey: 'sk_test_0123456789', organizationId: 'org_1' });
const rejected = await popp.startRuns('wf_1', {}).catch((error) => error.name);
console.log(JSON.stringify({ helpers: typeof popp.iterateRuns, error: typeof PoppApiError, rejected, redacted: !String(popp).includes('sk_test') }));
`,
    );
    const output = JSON.parse(execFileSync(process.execPath, ['client-consumer.mjs'], { cwd: scratch, encoding: 'utf8' }));
    expect(output).toEqual({ helpers: 'function', error: 'function', rejected: 'PoppRequestValidationError', redacted: true });
    writeFileSync(
      join(scratch, 'client-consumer.ts'),
      `import { createPoppClient, type WorkflowRun } from 'popp-workflow-contract/client';
export async function first(): Promise<WorkflowRun | undefined> {
  const popp = createPoppClient({ apiKey: 'k', organizationId: 'o' });
  const { data } = await popp.GET('/v1/workflow-runs/{runId}', { params: { path: { runId: 'run_1' } } });
  return data;
}
`,
    );
    writeFileSync(join(scratch, 'tsconfig.client.json'), JSON.stringify({ compilerOptions: { strict: true, module: 'NodeNext', moduleResolution: 'NodeNext', noEmit: true, skipLibCheck: false, lib: ['ES2022', 'DOM'], types: [] }, files: ['client-consumer.ts'] }));
    const tsc = join(ROOT, 'node_modules/typescript/bin/tsc');
    expect(() => execFileSync(process.execPath, [tsc, '-p', 'tsconfig.client.json'], { cwd: scratch, encoding: 'utf8', stdio: 'pipe' })).not.toThrow();
  });

  it('does not ship the generator, tests or dev dependencies', () => {
    const files = execFileSync('tar', ['-tzf', readdirSync(scratch).find((file) => file.endsWith('.tgz')) as string], { cwd: scratch, encoding: 'utf8' });
    expect(files).toContain('package/dist/generated/validators.mjs');
    expect(files).not.toMatch(/package\/(scripts|test)\//);
  });
});
