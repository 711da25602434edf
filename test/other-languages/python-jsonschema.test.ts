// The generated JSON Schemas as a contract for other languages: Python's jsonschema (an implementation
// independent of Ajv) accepts every docs example and rejects every negative conformance case where expected.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GENERATED, ROOT, loadDocsExamples, readJson } from '../helpers/contract.js';
import { type NegativeCase, negativeCases } from '../helpers/negative-cases.js';
import { PYTHON, readText, runProgram, tempDir, writeJob } from '../helpers/other-languages.js';
import { validateWorkflowRunCompletedEvent } from '../../generated/validators.mjs';

interface PythonReport {
  formatsChecked: string[];
  schemasChecked: string[];
  examples: { name: string; valid: boolean; errors: string[] }[];
  negatives: { name: string; rejected: boolean; atExpectedPath: boolean; paths: string[] }[];
}

const INSTALL = 'python3 with jsonschema (pip install jsonschema)';

// The docs examples, read once for every test below.
const examples = loadDocsExamples();

// Timestamps around the edges of RFC 3339; Python must give each the verdict the package's own validator gives.
const TIMESTAMPS = [
  '2026-04-28T10:30:00.000Z',
  '2026-04-28t10:30:00+05:30',
  '2028-02-29T23:59:60.123+01:00',
  '2028-02-29T23:59:60.123Z',
  '2026-04-28T10:30:00+0100',
  '2026-04-28\t10:30:00Z',
  '2026-04-28 10:30',
  '2026-02-30T10:30:00Z',
  '2027-02-29T10:30:00Z',
  '2026-04-28T25:00:00Z',
  '2026-04-28T10:30:61Z',
  '2026-04-28T10:30:00',
  '2026-04-28T10:30:00+24:00',
];

describe('generated/schemas/ from Python (jsonschema, Draft 2020-12, formats checked)', () => {
  const cases = negativeCases();
  const allSchemas = readJson<{ schemas: { name: string }[] }>(join(GENERATED, 'schemas/index.json')).schemas.map((schema) => schema.name);
  const temp = tempDir('popp-python-');
  let report: PythonReport;

  beforeAll(() => {
    const job = writeJob(temp.dir, 'job.json', {
      schemasDir: join(GENERATED, 'schemas'),
      checkSchemas: allSchemas,
      examples: [
        ...examples.map((example) => ({ name: example.file, schema: example.schema, payload: example.payload })),
        ...TIMESTAMPS.map((eventTimestamp) => ({ name: `eventTimestamp ${eventTimestamp}`, schema: 'WorkflowRunCompletedEvent', payload: { ...examplePayload('WorkflowRunCompletedEvent'), eventTimestamp } })),
      ],
      negatives: cases,
    });
    const run = runProgram(PYTHON, ['test/python/validate_examples.py', job], INSTALL);
    expect(run.stderr, 'python stderr').toBe('');
    expect(run.status).toBe(0);
    report = JSON.parse(run.stdout) as PythonReport;
  });
  afterAll(() => temp.cleanup());

  it('finds every schema file valid against the 2020-12 metaschema', () => {
    expect(allSchemas.length).toBeGreaterThan(0);
    expect(report.schemasChecked).toEqual(expect.arrayContaining(allSchemas));
  });

  it('checks the date-time format (the one format the schemas use) exactly as the package\'s validators do', () => {
    expect(report.formatsChecked).toContain('date-time');
    const ajvVerdicts = TIMESTAMPS.map((eventTimestamp) => [`eventTimestamp ${eventTimestamp}`, validateWorkflowRunCompletedEvent({ ...examplePayload('WorkflowRunCompletedEvent'), eventTimestamp })]);
    expect(new Set(ajvVerdicts.map(([, valid]) => valid))).toEqual(new Set([true, false]));
    const pythonVerdicts = report.examples.filter((example) => example.name.startsWith('eventTimestamp ')).map((example) => [example.name, example.valid]);
    expect(pythonVerdicts).toEqual(ajvVerdicts);
  });

  it('accepts every docs example against the schema it names', () => {
    const docs = report.examples.filter((example) => !example.name.startsWith('eventTimestamp '));
    expect(docs.map((example) => example.name)).toEqual(examples.map((example) => example.file));
    for (const example of docs) expect(example.errors, example.name).toEqual([]);
  });

  it('rejects every negative case of the conformance suite, with an error at the expected path', () => {
    expect(cases.length).toBeGreaterThan(100);
    expect(new Set(cases.map((c) => c.kind))).toEqual(new Set(['missing-required', 'unknown-enum-value', 'wrong-type', 'outcome-kind-mismatch']));
    expect(report.negatives.map((negative) => negative.name)).toEqual(cases.map((c) => c.name));
    for (const [index, negative] of report.negatives.entries()) {
      expect(negative.rejected, negative.name).toBe(true);
      expect(negative.atExpectedPath, `${negative.name}: expected an error at ${(cases[index] as NegativeCase).expectedPath}, got ${negative.paths.join(', ')}`).toBe(true);
    }
  });
});

describe('README: from Python', () => {
  const snippet = readText(join(ROOT, 'test/python/readme_example.py'));
  const temp = tempDir('popp-readme-python-');
  const env = { POPP_SCHEMAS: join(GENERATED, 'schemas') };
  const run = (name: string, payload: unknown) => runProgram(PYTHON, ['test/python/readme_example.py', writeJob(temp.dir, name, payload)], INSTALL, { env });
  afterAll(() => temp.cleanup());

  it('shows exactly the snippet this test runs', () => {
    expect(readText(join(ROOT, 'README.md'))).toContain(`\`\`\`python\n${snippet}\`\`\``);
  });

  it('prints no problems for a valid event and the problem for a broken one', () => {
    const valid = examplePayload('WorkflowRunCompletedEvent');
    const ok = run('valid.json', valid);
    expect(ok.stderr).toBe('');
    expect(ok.stdout.trim()).toBe('[]');
    const broken = { ...valid, data: { ...(valid.data as object), outcome: 'finished' } };
    const bad = run('broken.json', broken);
    expect(bad.stdout).toContain("$.data.outcome: 'finished' is not one of");
    const unknown = run('unknown.json', { ...valid, event: 'SOMETHING_NEW' });
    expect(unknown.stdout).toContain("unknown event type 'SOMETHING_NEW'");
  });
});

describe('README: Python models', () => {
  const snippet = readText(join(ROOT, 'test/python/readme_models_example.py'));
  const temp = tempDir('popp-readme-pymodels-');
  afterAll(() => temp.cleanup());

  it('shows exactly the snippet this test runs, which reads a run and its conversation outcomes', () => {
    expect(readText(join(ROOT, 'README.md'))).toContain(`\`\`\`python\n${snippet}\`\`\``);
    const run = runProgram(PYTHON, ['test/python/readme_models_example.py', writeJob(temp.dir, 'event.json', examplePayload('WorkflowRunCompletedEvent'))], 'pydantic 2 (pip install pydantic)', {
      env: { POPP_MODELS: join(GENERATED, 'models/python') },
    });
    expect(run.stderr).toBe('');
    expect(run.stdout.trim().split('\n')).toEqual([
      'run_xyz789 completed',
      "screen-availability PASSED_CRITERIA ['nmc-pin']",
      'engagement-booking-confirm COMPLETED []',
    ]);
  });
});

function examplePayload(schema: string): { [key: string]: unknown } {
  const example = examples.find((candidate) => candidate.schema === schema);
  if (!example) throw new Error(`no docs example for ${schema}`);
  return example.payload as { [key: string]: unknown };
}
