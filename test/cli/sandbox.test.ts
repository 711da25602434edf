// `sandbox` as a process driven by the REST client, delivering to `listen` as a process: the README's "Try it
// locally" loop with both ends being the real bin; and its usage errors.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createPoppClient } from '../../src/client/index.js';
import { RUN_TERMINAL_EVENT_TYPES } from '../../src/events.js';
import { HANG_BOUND_MS } from '../helpers/bounds.js';
import { type RunningCli, runCli, STACK_FRAME, startCli } from './cli.js';

const SECRET = 'whsec_cli_sandbox_5c1d';
const env = { POPP_WEBHOOK_SECRET: SECRET };
const dir = mkdtempSync(join(tmpdir(), 'popp-cli-sandbox-'));
const running: RunningCli[] = [];

/** Polls `condition` until it holds; the bound detects a hang (see bounds.ts), it is not a speed check. */
async function until(condition: () => boolean, what: string): Promise<void> {
  const deadline = Date.now() + HANG_BOUND_MS;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`still waiting for ${what} after ${HANG_BOUND_MS} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

afterAll(async () => {
  await Promise.all(running.map((cli) => cli.stop()));
  rmSync(dir, { recursive: true, force: true });
});

interface ListenLine {
  event?: string;
  eventId?: string;
  recordId?: string;
  signature?: string;
  status: number;
}

// Each test spawns the bin (tsx start-up included): the bound detects a hang on a loaded machine, see bounds.ts.
describe('sandbox', { timeout: HANG_BOUND_MS }, () => {
  it('serves the REST API and delivers a run, signed, to a listen process; the log has a line per request and per attempt', async () => {
    const receiver = await startCli(['listen', '--port', '0', '--json'], env);
    running.push(receiver);
    // 10,000× real time: the docs' example run (about 15 minutes) plays in well under a second.
    const sandbox = await startCli(['sandbox', '--port', '0', '--webhook-url', receiver.url, '--seed', '7', '--speed', '10000'], env);
    running.push(sandbox);
    const popp = createPoppClient({ apiKey: 'sk_test_cli', organizationId: 'org_123456', baseUrl: sandbox.url.replace(/\/$/, '') });

    const started = await popp.startRuns('wf_abc123', { candidateProfileIds: ['cp_cli_1'] });
    expect(started.summary).toMatchObject({ requested: 1, enqueued: 1 });
    const delivered = () => receiver.lines.map((line) => JSON.parse(line) as ListenLine);
    await until(() => delivered().some((line) => RUN_TERMINAL_EVENT_TYPES.includes(line.event as never)), 'the run\'s terminal event at the listen process');

    const lines = delivered();
    expect(lines.every((line) => line.status === 200 && line.signature === 'valid'), JSON.stringify(lines)).toBe(true);
    expect(lines.map((line) => line.event)).toContain('WORKFLOW_RUN_STARTED');
    const runId = lines.find((line) => line.event === 'WORKFLOW_RUN_STARTED')?.recordId as string;
    const run = await popp.getRun(runId);
    expect(lines.filter((line) => line.recordId === runId).at(-1)?.event).toBe(`WORKFLOW_RUN_${run.status}`);

    // The admin routes: every delivery delivered, none dead-lettered.
    const deliveries = (await (await fetch(new URL('_sandbox/deliveries', sandbox.url))).json()) as { deliveries: { status: string }[] };
    expect(deliveries.deliveries.length).toBe(lines.length);
    expect(deliveries.deliveries.every((delivery) => delivery.status === 'delivered')).toBe(true);
    expect(await (await fetch(new URL('_sandbox/dead-letters', sandbox.url))).json()).toEqual({ deliveries: [] });

    const log = sandbox.lines.join('\n');
    expect(log).toMatch(/POST \/v1\/workflows\/wf_abc123\/runs \(startWorkflowRuns\) → 202/);
    expect(log).toMatch(new RegExp(`GET /v1/workflow-runs/${runId} \\(getWorkflowRun\\) → 200`));
    expect(log.match(/deliver \S+ \S+.* attempt 1\/6 → 200 delivered/g)?.length).toBe(lines.length);
    expect(log).not.toContain(SECRET);
  });

  it('prints NDJSON with --json and answers a request the contract refuses with the spec\'s error', async () => {
    const sandbox = await startCli(['sandbox', '--port', '0', '--webhook-url', 'http://127.0.0.1:9/', '--json', '--scenario', 'outcomes'], env);
    running.push(sandbox);
    const response = await fetch(new URL('v1/workflows/wf_abc123/runs', sandbox.url), { method: 'POST', headers: { 'x-api-key': 'k', 'x-organization-id': 'org_123456', 'content-type': 'application/json' }, body: '{"candidateProfileIds":"cp_1"}' });
    expect(response.status).toBe(400);
    const [entry] = await sandbox.linesAtLeast(1);
    expect(JSON.parse(entry as string)).toMatchObject({ type: 'request', method: 'POST', status: 400, operationId: 'startWorkflowRuns' });
  });

  it.each([
    [['--chaos', 'duplicates=0.5'], /--chaos takes "default" or a list/],
    [['--chaos', 'duplicate=lots'], /--chaos duplicate must be a number/],
    [['--speed', '0'], /--speed must be a number above 0/],
    [['--scenario', 'no-such-file.json'], /cannot read the scenario "no-such-file.json" \(ENOENT\); give a file, or one of: default, outcomes/],
    [['--webhook-url', 'ftp://example.com/'], /--webhook-url must be an http:\/\/ or https:\/\/ URL/],
    [['--port', '70000'], /--port must be a whole number from 0 to 65535/],
  ])('refuses %j with exit 2, a clear message and no stack trace', async (args, message) => {
    const result = await runCli(['sandbox', ...args], { env });
    expect(result.code, result.stderr).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).not.toMatch(STACK_FRAME);
  });

  it('refuses a scenario file that breaks the format, saying where', async () => {
    const file = join(dir, 'broken.json');
    writeFileSync(file, JSON.stringify({ workflows: [{ workflowId: 42 }] }));
    const result = await runCli(['sandbox', '--scenario', file], { env });
    expect(result.code, result.stderr).toBe(2);
    expect(result.stderr).toMatch(/workflow/);
    expect(result.stderr).not.toMatch(STACK_FRAME);
    writeFileSync(file, '{ not json');
    const notJson = await runCli(['sandbox', '--scenario', file], { env });
    expect(notJson.code).toBe(2);
    expect(notJson.stderr).toContain(`the scenario ${file} is not JSON`);
  });

  it('needs a signing secret, and never prints it', async () => {
    const result = await runCli(['sandbox']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/no signing secret: pass --secret S or set POPP_WEBHOOK_SECRET/);
  });
});
