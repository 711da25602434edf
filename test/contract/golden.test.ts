// Golden files: generated/ must be exactly what the generator produces from spec/, byte for byte.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildOutputs } from '../../scripts/lib/build-outputs.js';
import { listFiles, writeOutputs } from '../../scripts/lib/write-outputs.js';
import { GENERATED, ROOT } from '../helpers/contract.js';
import { HANG_BOUND_MS } from '../helpers/bounds.js';

describe('generated/ golden files', () => {
  let first: Map<string, string>;
  let tempDir: string;

  beforeAll(async () => {
    first = (await buildOutputs()).files;
    tempDir = mkdtempSync(join(tmpdir(), 'popp-golden-'));
    writeOutputs(tempDir, first);
    return () => rmSync(tempDir, { recursive: true, force: true });
  }, HANG_BOUND_MS);

  it('regenerates into a temp dir identical to generated/, file list and bytes', () => {
    const expected = listFiles(GENERATED);
    expect(listFiles(tempDir)).toEqual(expected);
    for (const file of expected) {
      expect(readFileSync(join(tempDir, file)).equals(readFileSync(join(GENERATED, file))), file).toBe(true);
    }
  });

  it('is deterministic: a second run produces the same bytes', async () => {
    const second = (await buildOutputs()).files;
    expect([...second.keys()]).toEqual([...first.keys()]);
    for (const [path, text] of first) expect(second.get(path), path).toBe(text);
  }, HANG_BOUND_MS);

  it('marks every generated file as generated — do not edit', () => {
    for (const [path, text] of first) expect(text.slice(0, 400), path).toMatch(/generated — do not edit/);
  });

  it('has no anonymous names anywhere', () => {
    for (const [path, text] of first) expect(text, path).not.toMatch(/Anonymous_?Schema|anonymous-schema/i);
  });
});

describe('npm run generate -- --check', () => {
  it('fails on a stale generated/ with a readable diff and the fix', () => {
    const stale = mkdtempSync(join(tmpdir(), 'popp-stale-'));
    try {
      cpSync(GENERATED, stale, { recursive: true });
      const events = join(stale, 'events.ts');
      writeFileSync(events, readFileSync(events, 'utf8').replace("'WORKFLOW_PUBLISHED',", "'WORKFLOW_PUBLISHED_TYPO',"));
      const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/generate.ts', '--check', '--out', stale], { cwd: ROOT, encoding: 'utf8' });
      expect(run.status).toBe(1);
      expect(run.stderr).toContain('is stale');
      expect(run.stderr).toContain("-  'WORKFLOW_PUBLISHED_TYPO',");
      expect(run.stderr).toContain('+  \'WORKFLOW_PUBLISHED\',');
      expect(run.stderr).toContain('run `npm run generate`');
    } finally {
      rmSync(stale, { recursive: true, force: true });
    }
  }, HANG_BOUND_MS);
});
