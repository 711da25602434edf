// CONTRIBUTING.md's "How to add an event", followed literally in a temporary copy of the repository: the spec block
// and the example are read from the guide itself, plus its one docs fixture, and nothing else is edited. The copy
// must regenerate, type-check and pass the suites that enumerate events; the run tracker must ignore the new
// event until its record kind says `run`.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/contract.js';

const guide = readFileSync(join(ROOT, 'CONTRIBUTING.md'), 'utf8');

/** The fenced block of `language` that follows the guide's step `step` (1, 2, …). */
function guideBlock(step: number, language: string): string {
  const section = guide.slice(guide.indexOf(`${step}. **`));
  const match = new RegExp('```' + language + '\\n([\\s\\S]*?)```').exec(section);
  if (match === null) throw new Error(`CONTRIBUTING.md step ${step} has no ${language} block`);
  // The guide indents its blocks by three spaces (they sit in a numbered list).
  return (match[1] as string).replace(/^ {3}/gm, '');
}

function run(cwd: string, command: string, args: string[]): { status: number | null; output: string } {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' } });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

// What the tracker makes of the new event, from the copy's own source.
const PROBE = `import { createRunTracker } from './src/runs/index.js';
import { buildEvent } from './src/testing/index.js';
const tracker = createRunTracker();
const state = tracker.apply(buildEvent('DOCUMENT_CLASSIFIED' as never));
console.log(JSON.stringify({ runId: state?.runId ?? null, runs: tracker.runs().length }));
`;

describe('CONTRIBUTING.md: adding an event takes one spec block, one example and one docs fixture', () => {
  let copy: string;
  const tsx = (script: string) => run(copy, process.execPath, ['--import', 'tsx', script]);

  beforeAll(() => {
    copy = mkdtempSync(join(tmpdir(), 'popp-add-event-'));
    const tracked = spawnSync('git', ['ls-files', '-z'], { cwd: ROOT, encoding: 'utf8' }).stdout.split('\0').filter(Boolean);
    for (const file of tracked) cpSync(join(ROOT, file), join(copy, file), { recursive: true });
    symlinkSync(join(ROOT, 'node_modules'), join(copy, 'node_modules'), 'dir');

    // Step 1: the block, appended to x-popp-events (which ends where `components:` begins).
    const spec = join(copy, 'spec/asyncapi.yaml');
    const text = readFileSync(spec, 'utf8');
    const at = text.indexOf('\ncomponents:\n');
    writeFileSync(spec, `${text.slice(0, at + 1)}${guideBlock(1, 'yaml')}\n${text.slice(at + 1)}`);
    // Step 2: the example.
    const example = JSON.parse(guideBlock(2, 'json')) as { event: string };
    writeFileSync(join(copy, `spec/examples/events/${example.event}.json`), `${JSON.stringify(example, null, 2)}\n`);
    // Step 3: the docs fixture (an event outside the Workflow Events page: its name under its category).
    const otherEvents = join(copy, 'test/fixtures/docs/tables/other-events.json');
    const table = JSON.parse(readFileSync(otherEvents, 'utf8')) as Record<string, string[]>;
    table.document = [...(table.document ?? []), example.event];
    writeFileSync(otherEvents, `${JSON.stringify(table, null, 2)}\n`);
    writeFileSync(join(copy, 'probe.ts'), PROBE);
  }, 60_000);

  afterAll(() => rmSync(copy, { recursive: true, force: true }));

  it('regenerates and type-checks', () => {
    const generate = tsx('scripts/generate.ts');
    expect(generate.status, generate.output).toBe(0);
    expect(generate.output).toMatch(/Generated \d+ events/);
    expect(readFileSync(join(copy, 'generated/events.ts'), 'utf8')).toContain("DOCUMENT_CLASSIFIED: DocumentClassifiedEvent;");
    const typecheck = run(copy, process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.json', '--noEmit']);
    expect(typecheck.status, typecheck.output).toBe(0);
  }, 600_000);

  it('passes the suites that enumerate events, with no other edit', () => {
    // The golden and lint suites are left out: regenerating above already ran the generator and its lint.
    const suites = ['test/contract/docs-conformance.test.ts', 'test/contract/negative.test.ts', 'test/contract/popp-evolves.test.ts', 'test/testing', 'test/runs'];
    const vitest = run(copy, process.execPath, [join(ROOT, 'node_modules/vitest/vitest.mjs'), 'run', ...suites]);
    expect(vitest.status, vitest.output.slice(-4000)).toBe(0);
    expect(vitest.output.replace(/\u001b\[[0-9;]*m/g, '')).toMatch(/Test Files\s+\d+ passed/);
  }, 600_000);

  it('the run tracker ignores the event until its record kind says run', () => {
    expect(JSON.parse(tsx('probe.ts').output.trim().split('\n')[0] as string)).toEqual({ runId: null, runs: 0 });
    const spec = join(copy, 'spec/asyncapi.yaml');
    writeFileSync(spec, readFileSync(spec, 'utf8').replace(/(DOCUMENT_CLASSIFIED:[\s\S]*?recordId: \{ is: "Conversation ID", kind: )conversation/, '$1run'));
    expect(tsx('scripts/generate.ts').status).toBe(0);
    expect(JSON.parse(tsx('probe.ts').output.trim().split('\n')[0] as string)).toEqual({ runId: 'conv_abc123', runs: 1 });
  }, 600_000);
});
