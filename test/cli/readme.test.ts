// The README's "Command line" section shows real output: its validate example is run here, on the file it
// describes, and must print exactly what the README shows.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { examples } from '../../src/testing/index.js';
import { ROOT } from '../helpers/contract.js';
import { runCli } from './cli.js';

const dir = mkdtempSync(join(tmpdir(), 'popp-cli-readme-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it("prints what the README's validate example shows", async () => {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const command = '$ npx popp-workflow-contract validate received.ndjson\n';
  const start = readme.indexOf(command);
  expect(start).toBeGreaterThan(0);
  const shown = readme.slice(start + command.length, readme.indexOf('```', start));
  const failed = examples.WORKFLOW_RUN_FAILED[0];
  // The three deliveries the example describes: the docs' example, one with a new errorCode, one broken.
  const lines = [failed, { ...failed, eventId: 'evt_abc124', data: { ...failed.data, errorCode: 'QUOTA_EXCEEDED' } }, { ...failed, eventId: 'evt_abc125', data: { ...failed.data, nodes: 'none' } }];
  writeFileSync(join(dir, 'received.ndjson'), lines.map((line) => JSON.stringify(line)).join('\n'));
  const result = await runCli(['validate', join(dir, 'received.ndjson')]);
  expect(result.stdout.replaceAll(`${dir}/`, '')).toBe(shown);
});
