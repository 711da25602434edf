/**
 * Receiving a webhook, on the docs' WORKFLOW_RUN_COMPLETED example: JSON.parse alone; parse + validate;
 * constructEvent (Web Crypto HMAC + parse + validate); and the baseline, HMAC with node:crypto + JSON.parse.
 * Also the minified + gzipped size of the `webhooks` entry bundled with esbuild, and its runtime dependencies.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { Bench } from 'tinybench';
import { examples } from '../../generated/examples.js';
import { validateEvent } from '../../src/validators.js';
import { constructEvent, signPayload } from '../../src/webhooks/index.js';
import type { BenchSection } from './run-all.js';

const ROUNDS = 3;
const VALIDATION_TARGET = 1.3;
const CONSTRUCT_TARGET = 1.3;
const CONCURRENCY = 32;
const BUNDLE_TARGET_BYTES = 25 * 1024;
const SECRET = 'whsec_bench_secret';

interface Row {
  name: string;
  /** Median latency per operation, in microseconds (the median over rounds of each round's median). */
  micros: number;
}

export async function run(): Promise<BenchSection> {
  const body = JSON.stringify(examples.WORKFLOW_RUN_COMPLETED[0]);
  const signature = await signPayload(body, SECRET);
  const expected = Buffer.from(signature, 'hex');
  const key = await crypto.subtle.importKey('raw', new TextEncoder().encode(SECRET), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  const bytes = new TextEncoder().encode(body);
  const baseline = () => {
    const mac = createHmac('sha256', SECRET).update(body).digest();
    if (!timingSafeEqual(mac, expected)) throw new Error('baseline: signature mismatch');
    return JSON.parse(body) as unknown;
  };
  const tasks: [string, () => unknown][] = [
    ['JSON.parse', () => JSON.parse(body)],
    ['JSON.parse + validateEvent', () => validateEvent(JSON.parse(body))],
    ['baseline: node:crypto HMAC + JSON.parse', baseline],
    ['constructEvent (Web Crypto HMAC + parse + validate)', () => constructEvent(body, signature, SECRET)],
    ['context: node:crypto HMAC + JSON.parse + validateEvent', () => validateEvent(baseline())],
    ['context: Web Crypto HMAC alone (cached key)', () => crypto.subtle.sign('HMAC', key, bytes)],
    [`context: ${CONCURRENCY} constructEvent at once, per event`, () => Promise.all(Array.from({ length: CONCURRENCY }, () => constructEvent(body, signature, SECRET)))],
    [`context: ${CONCURRENCY} baselines in a row, per event`, () => Array.from({ length: CONCURRENCY }, baseline)],
  ];

  const medians = new Map<string, number[]>();
  for (let round = 0; round < ROUNDS; round++) {
    const bench = new Bench({ time: 400, warmupTime: 100, throws: true });
    for (const [name, fn] of tasks) bench.add(name, fn);
    await bench.run();
    for (const task of bench.tasks) {
      const result = task.result;
      if (result.state !== 'completed') throw new Error(`${task.name}: ${result.state}`);
      const perEvent = task.name.includes(`${CONCURRENCY} `) ? CONCURRENCY : 1;
      medians.set(task.name, [...(medians.get(task.name) ?? []), (result.latency.p50 * 1000) / perEvent]);
    }
  }
  const rows: Row[] = tasks.map(([name]) => ({ name, micros: median(medians.get(name) ?? []) }));
  const micros = (name: string) => rows.find((row) => row.name === name)?.micros ?? Number.NaN;

  const validationRatio = micros('JSON.parse + validateEvent') / micros('JSON.parse');
  const constructRatio = micros('constructEvent (Web Crypto HMAC + parse + validate)') / micros('baseline: node:crypto HMAC + JSON.parse');
  const concurrentRatio = micros(`context: ${CONCURRENCY} constructEvent at once, per event`) / micros(`context: ${CONCURRENCY} baselines in a row, per event`);
  const bundle = await measureBundle();

  const targets = [
    { what: 'validation overhead: (parse + validate) / parse', value: `${validationRatio.toFixed(2)}×`, target: `≤ ${VALIDATION_TARGET}×`, met: validationRatio <= VALIDATION_TARGET },
    { what: 'constructEvent / baseline (node:crypto HMAC + JSON.parse)', value: `${constructRatio.toFixed(2)}×`, target: `≤ ${CONSTRUCT_TARGET}×`, met: constructRatio <= CONSTRUCT_TARGET },
    { what: '`webhooks` entry, esbuild --minify, gzip -9', value: `${(bundle.gzipBytes / 1024).toFixed(1)} kB`, target: `≤ ${BUNDLE_TARGET_BYTES / 1024} kB`, met: bundle.gzipBytes <= BUNDLE_TARGET_BYTES },
    { what: 'runtime dependencies of the `webhooks` entry', value: bundle.externals.length === 0 ? 'none' : bundle.externals.join(', '), target: 'none beyond the generated validators', met: bundle.externals.length === 0 && bundle.foreignInputs.length === 0 },
  ];

  const markdown = [
    `Payload: the docs' WORKFLOW_RUN_COMPLETED example (${bytes.length} bytes). tinybench, ${ROUNDS} rounds of 400 ms per task; each figure is the median over rounds of the median latency.`,
    '',
    '| task | median µs / event | × baseline |',
    '|---|---:|---:|',
    ...rows.map((row) => `| ${row.name} | ${row.micros.toFixed(2)} | ${(row.micros / micros('baseline: node:crypto HMAC + JSON.parse')).toFixed(2)} |`),
    '',
    '| target | measured | target | met |',
    '|---|---:|---:|:-:|',
    ...targets.map((t) => `| ${t.what} | ${t.value} | ${t.target} | ${t.met ? 'yes' : '**no**'} |`),
    '',
    `With ${CONCURRENCY} deliveries in flight, constructEvent costs ${concurrentRatio.toFixed(2)}× the baseline per event: Node runs Web Crypto's HMAC on its thread pool, so`,
    'a single call pays a hand-off the synchronous node:crypto baseline does not, and concurrent calls share it. The "context" rows split the cost:',
    'the HMAC alone versus parse + validate with node:crypto. The `webhooks` entry uses Web Crypto only (it must also run in Workers, Bun and Deno).',
    '',
    `Bundle: ${(bundle.minifiedBytes / 1024).toFixed(1)} kB minified, ${(bundle.gzipBytes / 1024).toFixed(1)} kB gzipped. Largest inputs (minified bytes in the bundle): ${bundle.largest.map(([path, size]) => `${path} ${(size / 1024).toFixed(1)} kB`).join(', ')}.`,
    `Bundle inputs: ${bundle.inputs.length} files, all under src/ and generated/; external imports: ${bundle.externals.length === 0 ? 'none' : bundle.externals.join(', ')}.`,
  ].join('\n');
  return { title: 'Receiving webhooks', markdown, targetsMet: targets.every((t) => t.met) };
}

async function measureBundle() {
  const entry = fileURLToPath(new URL('../../src/webhooks/index.ts', import.meta.url));
  const result = await build({ entryPoints: [entry], bundle: true, minify: true, format: 'esm', platform: 'neutral', write: false, metafile: true, logLevel: 'silent' });
  const output = result.outputFiles[0];
  if (output === undefined) throw new Error('esbuild wrote no output');
  const meta = Object.values(result.metafile.outputs)[0];
  const inputs = Object.keys(result.metafile.inputs);
  const largest = Object.entries(meta?.inputs ?? {})
    .map(([path, input]) => [path, input.bytesInOutput] as [string, number])
    .sort((a, b) => b[1] - a[1])
    .slice(0, 3);
  return {
    minifiedBytes: output.contents.length,
    gzipBytes: gzipSync(output.contents, { level: 9 }).length,
    externals: (meta?.imports ?? []).map((entry) => entry.path),
    inputs,
    foreignInputs: inputs.filter((path) => !/^(src|generated)\//.test(path)),
    largest,
  };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}
