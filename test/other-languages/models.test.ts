// The modelina models in generated/models/ are usable: Python (pydantic 2) imports them and loads every
// docs and spec example, javac compiles the Java models and Jackson loads the same examples into them; the
// README's Java snippet compiles and runs against them.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GENERATED, type Json, ROOT } from '../helpers/contract.js';
import { negativeCases } from '../helpers/negative-cases.js';
import { JACKSON_JARS, PYTHON, type ModelPayload, modelPayloads, readText, runProgram, tempDir, writeJob } from '../helpers/other-languages.js';

interface LoadResult {
  name: string;
  loaded: boolean;
  class?: string;
  roundTrip?: boolean;
  error?: string;
}

// Popp may add fields: a payload with fields the contract does not know must load and dump back with them.
function withUnknownFields(): ModelPayload {
  const base = modelPayloads().find((payload) => payload.model === 'WorkflowRunCompletedEvent') as ModelPayload;
  type Obj = { [key: string]: Json };
  const event = base.payload as Obj & { data: Obj & { nodes: (Obj & { outcome: Obj })[] } };
  const nodes = event.data.nodes.map((node, index) => (index === 0 ? { ...node, outcome: { ...node.outcome, newOutcomeField: 'kept' } } : node));
  return { name: 'unknown fields at three levels', model: base.model, payload: { ...event, deliveryAttempt: 2, data: { ...event.data, nodes, newDataField: { nested: [1, 2] } } } };
}

const payloads = [...modelPayloads(), withUnknownFields()];
const JDK = 'a JDK (openjdk-17-jdk-headless) and libjackson2-databind-java';

function expectAllLoaded(results: LoadResult[], expected: ModelPayload[]): void {
  expect(results.map((result) => result.name)).toEqual(expected.map((payload) => payload.name));
  for (const [index, result] of results.entries()) {
    expect(result.error, result.name).toBeUndefined();
    expect(result.class, result.name).toBe(expected[index]?.model);
    expect(result.roundTrip, result.name).toBe(true);
  }
}

describe('Python models (generated/models/python, pydantic 2)', () => {
  const temp = tempDir('popp-pymodels-');
  const load = (items: ModelPayload[]) => {
    const job = writeJob(temp.dir, 'job.json', { modelsDir: join(GENERATED, 'models/python'), payloads: items });
    const run = runProgram(PYTHON, ['test/python/load_models.py', job], 'pydantic 2 (pip install pydantic)');
    expect(run.stderr, 'python stderr').toBe('');
    expect(run.status).toBe(0);
    const report = JSON.parse(run.stdout) as { pydantic: string; results: LoadResult[] };
    expect(report.pydantic).toMatch(/^2\./);
    return report.results;
  };
  afterAll(() => temp.cleanup());

  it('load every docs and spec example (and one with unknown fields) into the model of its schema, and dump it back unchanged', () => {
    expect(payloads.filter((payload) => payload.name.startsWith('docs ')).length).toBeGreaterThan(10);
    expectAllLoaded(load(payloads), payloads);
  });

  it('refuse payloads that lack a required field, carry an unknown enum value or mislabel their outcome', () => {
    const refusable = negativeCases().filter((c) => c.kind === 'missing-required' || c.kind === 'unknown-enum-value' || c.kind === 'outcome-kind-mismatch');
    expect(refusable.length).toBeGreaterThan(0);
    const results = load(refusable.map((c) => ({ name: c.name, model: c.schema, payload: c.payload })));
    // Every case comes back, so an empty or short answer from Python cannot pass.
    expect(results.map((result) => result.name)).toEqual(refusable.map((c) => c.name));
    for (const result of results) expect(result.loaded, result.name).toBe(false);
  });
});

describe('Java models (generated/models/java, Jackson)', () => {
  const temp = tempDir('popp-javamodels-');
  const classpath = [temp.dir, ...JACKSON_JARS].join(':');
  let results: LoadResult[];

  beforeAll(() => {
    const dir = join(GENERATED, 'models/java/popp/workflow/contract');
    const sources = readdirSync(dir).filter((file) => file.endsWith('.java')).map((file) => join(dir, file));
    // All lint warnings are errors except [cast]: modelina writes enum constants as `X((String)"X")`.
    const javac = runProgram('javac', ['-Xlint:all,-cast', '-Werror', '-cp', JACKSON_JARS[0] as string, '-d', temp.dir, ...sources], JDK);
    expect(javac.stderr, 'javac output').toBe('');
    expect(javac.status).toBe(0);
    const job = writeJob(temp.dir, 'job.json', { payloads });
    const java = runProgram('java', ['-cp', classpath, 'test/java/LoadExamples.java', job], JDK);
    expect(java.stderr, 'java stderr').toBe('');
    expect(java.status).toBe(0);
    results = java.stdout.trim().split('\n').map((line) => JSON.parse(line) as LoadResult);
  });
  afterAll(() => temp.cleanup());

  it('compile with javac (lint warnings are errors) and load every docs and spec example (and one with unknown fields), writing it back unchanged', () => {
    expectAllLoaded(results, payloads);
  });

  it('run the README\'s Java snippet (exactly test/java/ReadmeExample.java), which reads a run\'s conversation outcomes', () => {
    const snippet = readText(join(ROOT, 'test/java/ReadmeExample.java'));
    expect(readText(join(ROOT, 'README.md'))).toContain(`\`\`\`java\n${snippet}\`\`\``);
    // Debian does not package jackson-datatype-jsr310, so the snippet's JavaTimeModule is the stand-in under
    // test/java/com/fasterxml/jackson/datatype/jsr310/, compiled onto the classpath with it.
    const stub = 'test/java/com/fasterxml/jackson/datatype/jsr310/JavaTimeModule.java';
    const javac = runProgram('javac', ['-Xlint:all', '-Werror', '-cp', classpath, '-d', temp.dir, stub, 'test/java/ReadmeExample.java'], JDK);
    expect(javac.stderr, 'javac output').toBe('');
    expect(javac.status).toBe(0);
    const event = payloads.find((payload) => payload.model === 'WorkflowRunCompletedEvent') as ModelPayload;
    const run = runProgram('java', ['-cp', classpath, 'ReadmeExample', writeJob(temp.dir, 'event.json', event.payload)], JDK);
    expect(run.stderr, 'java stderr').toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout.trim().split('\n')).toEqual(['screen-availability PASSED_CRITERIA', 'engagement-booking-confirm COMPLETED']);
  });
});
