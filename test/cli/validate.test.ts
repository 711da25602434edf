// validate: events by their own type, REST bodies by schema name, JSON and NDJSON, files and stdin; exit 0
// valid, 1 invalid, 2 usage error; issues by JSON pointer.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { examples } from '../../src/testing/index.js';
import { ROOT } from '../helpers/contract.js';
import { runCli, STACK_FRAME } from './cli.js';

const dir = mkdtempSync(join(tmpdir(), 'popp-cli-validate-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function write(name: string, content: string): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

const failed = examples.WORKFLOW_RUN_FAILED[0];
const valid = write('failed.json', `${JSON.stringify(failed, null, 2)}\n`);
const noRecordId = write('no-record-id.json', JSON.stringify({ ...failed, data: { ...failed.data, recordId: undefined } }));
const drifted = write('drifted.json', JSON.stringify({ ...failed, data: { ...failed.data, errorCode: 'QUOTA_EXCEEDED' } }));
const startRuns = join(ROOT, 'spec/examples/api/startWorkflowRuns.request.json');

describe('validate', () => {
  it('passes a valid event (exit 0), naming its type and eventId', async () => {
    const result = await runCli(['validate', valid]);
    expect(result).toEqual({ code: 0, stdout: `${valid}: valid WORKFLOW_RUN_FAILED ${failed.eventId} (tolerant profile)\n`, stderr: '' });
  });

  it('fails an invalid event (exit 1), each problem on its own line by JSON pointer', async () => {
    const result = await runCli(['validate', noRecordId]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(`${noRecordId}: invalid`);
    expect(result.stdout).toContain('\n  - /data/recordId: is required\n');
  });

  it('reports drift under the tolerant default (exit 0) and refuses it under --strict (exit 1)', async () => {
    const tolerant = await runCli(['validate', drifted]);
    expect(tolerant.code).toBe(0);
    expect(tolerant.stdout).toContain('with drift the strict profile refuses (1 deviation):\n  - /data/errorCode: unknown-enum-value "QUOTA_EXCEEDED"\n');
    const strict = await runCli(['validate', '--strict', drifted]);
    expect(strict.code).toBe(1);
    expect(strict.stdout).toMatch(/invalid WORKFLOW_RUN_FAILED: breaks its schema \(1 problem\):\n {2}- \/data\/errorCode: must be one of "EXECUTOR_TIMEOUT"/);
  });

  it('reads NDJSON, one value per line (blank lines skipped), and reports each by line number', async () => {
    const lines = [JSON.stringify(failed), '', JSON.stringify({ ...failed, eventId: '' }), '{not json', JSON.stringify(examples.WORKFLOW_RUN_STARTED[0])];
    const path = write('deliveries.ndjson', `${lines.join('\n')}\n`);
    const result = await runCli(['validate', path]);
    expect(result.code).toBe(1);
    const report = result.stdout.split('\n');
    expect(report[0]).toBe(`${path}:1: valid WORKFLOW_RUN_FAILED ${failed.eventId} (tolerant profile)`);
    expect(report[1]).toMatch(new RegExp(`^${path}:3: invalid`));
    expect(result.stdout).toContain('  - /eventId: must NOT have fewer than 1 characters');
    expect(result.stdout).toMatch(new RegExp(`${path}:4: invalid: not valid JSON: `));
    expect(result.stdout).toContain(`${path}:5: valid WORKFLOW_RUN_STARTED`);
    expect(result.stdout).toContain('4 values: 2 valid, 2 invalid (tolerant profile).');
  });

  it('reads NDJSON from a .json file too, when the whole is not one document but its first line is', async () => {
    const result = await runCli(['validate', write('two.json', `${JSON.stringify(failed)}\n${JSON.stringify(failed)}\n`)]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('two.json:2: valid');
  });

  it('reads standard input, with "-" or with no file', async () => {
    const body = readFileSync(valid, 'utf8');
    for (const args of [['validate', '-'], ['validate']]) {
      const result = await runCli(args, { input: body });
      expect(result).toEqual({ code: 0, stdout: `<stdin>: valid WORKFLOW_RUN_FAILED ${failed.eventId} (tolerant profile)\n`, stderr: '' });
    }
    const ndjson = await runCli(['validate', '-'], { input: `${JSON.stringify(failed)}\n{}\n` });
    expect(ndjson.code).toBe(1);
    expect(ndjson.stdout).toContain('<stdin>:2: invalid: not a Popp event envelope');
  });

  it('checks a REST body by --schema name, under either profile', async () => {
    expect(await runCli(['validate', '--schema', 'StartWorkflowRunsRequest', startRuns])).toMatchObject({ code: 0, stdout: `${startRuns}: valid StartWorkflowRunsRequest (tolerant profile)\n` });
    const bad = write('bad-start.json', JSON.stringify({ contacts: [{ firstName: 'Jane', email: 42 }] }));
    const result = await runCli(['validate', '--schema', 'StartWorkflowRunsRequest', '--strict', bad]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('invalid StartWorkflowRunsRequest: breaks the schema');
    expect(result.stdout).toContain('  - /contacts/0/email: must be string');
  });

  it('refuses an unknown --schema name with exit 2, listing the close ones (and an event type\'s schema)', async () => {
    const typo = await runCli(['validate', '--schema', 'StartWorkflowRunRequest', startRuns]);
    expect(typo.code).toBe(2);
    expect(typo.stdout).toBe('');
    expect(typo.stderr).toContain('--schema: no schema is named "StartWorkflowRunRequest". Did you mean StartWorkflowRunsRequest');
    const eventType = await runCli(['validate', '--schema', 'WORKFLOW_RUN_FAILED', startRuns]);
    expect(eventType.stderr).toContain('Did you mean WorkflowRunFailedEvent?');
  });

  it('treats a file that is not JSON as invalid (exit 1) and a missing file as a usage error (exit 2), without a stack trace', async () => {
    const notJson = await runCli(['validate', write('broken.json', '{"event": "WORKFLOW_RUN_FAILED",\n  "eventId": }\n')]);
    expect(notJson.code).toBe(1);
    expect(notJson.stdout).toContain('broken.json: invalid: not valid JSON: ');
    const empty = await runCli(['validate', write('empty.json', '\n')]);
    expect(empty.stdout).toContain('empty.json: invalid: empty: no JSON value in it');
    const missing = await runCli(['validate', valid, join(dir, 'nope.json')]);
    expect(missing.code).toBe(2);
    expect(missing.stdout).toBe('');
    expect(missing.stderr).toBe(`popp-workflow-contract validate: cannot read "${join(dir, 'nope.json')}": no such file (ENOENT).\nRun 'popp-workflow-contract validate --help' for usage.\n`);
    const directory = await runCli(['validate', dir]);
    expect(directory.code).toBe(2);
    expect(directory.stderr).toContain('it is a directory (EISDIR)');
    for (const result of [notJson, empty, missing, directory]) expect(result.stdout + result.stderr).not.toMatch(STACK_FRAME);
  });
});
