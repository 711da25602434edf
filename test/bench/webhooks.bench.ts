/**
 * Receiving a webhook, against what a receiver cannot avoid doing anyway, each measured in the same run:
 * - validation: (JSON.parse + validateEvent) / JSON.parse, tolerant (the receiver's default) and strict, on the
 *   docs' WORKFLOW_RUN_COMPLETED example and on the same run with 50 and 500 nodes;
 * - constructEventSync and constructEvent / (node:crypto HMAC + timingSafeEqual + JSON.parse);
 * - toNodeListener(createWebhookHandler(…)) / a bare node:http server doing HMAC + parse: requests/s under a
 *   bounded load from this process (the servers run in a child), and the servers' CPU time per request;
 * - import → first validated event: a whole Node process that imports the built `webhooks` entry and parses
 *   one delivery with it, against one that only JSON.parses it;
 * - bundle sizes (esbuild --minify): the `webhooks` entry gzipped, and one event validator imported alone.
 *
 * Everything is timed in interleaved pairs (baseline, variant, variant, baseline, …), as client.bench.ts does,
 * so load that drifts on this shared machine lands in both sides of a pair rather than in the ratio. A round's
 * ratio is variant median / baseline median over its pairs; a figure is the median of the rounds, with their
 * range as the spread.
 */
import { execFileSync, fork, spawnSync } from 'node:child_process';
import { createHmac, timingSafeEqual } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { examples } from '../../generated/examples.js';
import { loadContract } from '../../scripts/lib/contract.js';
import { HELPERS_MODULE, emitFastValidators } from '../../scripts/lib/emit-validators.js';
import { validateEvent } from '../../src/validators.js';
import { constructEvent, constructEventSync, signPayload } from '../../src/webhooks/index.js';
import type { BenchSection } from './run-all.js';
import { median } from './stats.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../..');
const SECRET = 'whsec_bench_secret';
const ROUNDS = 7;
/** Each side of a pair runs a batch of calls lasting about this long, so the timer's resolution does not count. */
const BATCH_MICROS = 200;
const PAIRS = 150;
const WARMUP_PAIRS = 30;
const TARGETS = { tolerant: 1.1, strict: 1.25, construct: 1.3, handler: 1.5, importMs: 20, entryGzipBytes: 20 * 1024, validatorBytes: 25 * 1024 };

interface Payload {
  name: string;
  nodes: number;
  body: string;
  signature: string;
}

/** The docs' WORKFLOW_RUN_COMPLETED example with its nodes repeated (fresh nodeIds) to `count` nodes. */
function withNodes(count: number): string {
  const example = examples.WORKFLOW_RUN_COMPLETED[0];
  if (count === example.data.nodes.length) return JSON.stringify(example);
  const nodes = Array.from({ length: count }, (_, index) => ({ ...example.data.nodes[index % example.data.nodes.length]!, nodeId: `node_bench_${index}` }));
  return JSON.stringify({ ...example, data: { ...example.data, nodes } });
}

/** Spread over rounds: the median, the range. */
interface Figure {
  median: number;
  min: number;
  max: number;
}

function figure(values: number[]): Figure {
  return { median: median(values), min: Math.min(...values), max: Math.max(...values) };
}

/** How many calls make a batch of about BATCH_MICROS, from a quick timing of `fn`. */
async function batchSize(fn: () => unknown, isAsync: boolean): Promise<number> {
  const timeOne = async () => {
    const started = performance.now();
    for (let i = 0; i < 50; i++) if (isAsync) await fn();
    else fn();
    return ((performance.now() - started) * 1000) / 50;
  };
  await timeOne();
  return Math.max(1, Math.min(500, Math.round(BATCH_MICROS / (await timeOne()))));
}

/**
 * One round: PAIRS interleaved pairs of batches (the order inside a pair alternates); returns each side's median
 * µs per call. Synchronous functions are called in a plain loop, asynchronous ones awaited one by one.
 */
async function pairedRound(baseline: () => unknown, variant: () => unknown, batch: number, isAsync: boolean): Promise<{ baseline: number; variant: number }> {
  const times = { baseline: [] as number[], variant: [] as number[] };
  const timed = async (side: 'baseline' | 'variant', fn: () => unknown, record: boolean) => {
    const started = performance.now();
    if (isAsync) for (let i = 0; i < batch; i++) await fn();
    else for (let i = 0; i < batch; i++) fn();
    if (record) times[side].push(((performance.now() - started) * 1000) / batch);
  };
  for (let pair = 0; pair < WARMUP_PAIRS + PAIRS; pair++) {
    const record = pair >= WARMUP_PAIRS;
    if (pair % 2 === 0) {
      await timed('baseline', baseline, record);
      await timed('variant', variant, record);
    } else {
      await timed('variant', variant, record);
      await timed('baseline', baseline, record);
    }
  }
  return { baseline: median(times.baseline), variant: median(times.variant) };
}

interface Comparison {
  ratio: Figure;
  baselineMicros: number;
  variantMicros: number;
}

/** `isAsync`: the variant returns a promise, so both sides are awaited call by call (an await costs both the same). */
async function compare(baseline: () => unknown, variant: () => unknown, isAsync = false): Promise<Comparison> {
  const batch = await batchSize(baseline, isAsync);
  const rounds = [];
  for (let round = 0; round < ROUNDS; round++) rounds.push(await pairedRound(baseline, variant, batch, isAsync));
  return { ratio: figure(rounds.map((round) => round.variant / round.baseline)), baselineMicros: median(rounds.map((round) => round.baseline)), variantMicros: median(rounds.map((round) => round.variant)) };
}

// --- the handler on node:http ------------------------------------------------------------------------------

interface Servers {
  ports: { bare: number; handler: number };
  cpuMicros(): Promise<number>;
  stop(): void;
}

async function startServers(): Promise<Servers> {
  const child = fork(join(ROOT, 'test/bench/webhooks-servers.ts'), [], { execArgv: ['--import', 'tsx'], env: { ...process.env, BENCH_WEBHOOK_SECRET: SECRET }, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const ports = await new Promise<Servers['ports']>((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`the bench servers exited (${code})`)));
    child.once('message', (message) => resolve((message as { ports: Servers['ports'] }).ports));
  });
  const cpuMicros = () =>
    new Promise<number>((resolve) => {
      child.once('message', (message) => {
        const { cpu } = message as { cpu: NodeJS.CpuUsage };
        resolve(cpu.user + cpu.system);
      });
      child.send('cpu');
    });
  return { ports, cpuMicros, stop: () => child.kill() };
}

/**
 * Sends `total` copies of `request` over `connections` keep-alive connections, each waiting for its answer
 * before the next request (a bounded load; every answer must be a 200). Resolves with the elapsed milliseconds.
 */
async function load(port: number, request: Buffer, total: number, connections: number): Promise<number> {
  let sent = 0;
  const started = performance.now();
  await Promise.all(
    Array.from(
      { length: connections },
      () =>
        new Promise<void>((resolve, reject) => {
          const socket = connect(port, '127.0.0.1');
          let buffer: Buffer = Buffer.alloc(0);
          const next = () => {
            if (sent >= total) {
              socket.end();
              resolve();
            } else {
              sent++;
              socket.write(request);
            }
          };
          socket.once('connect', next);
          socket.on('error', reject);
          socket.on('data', (chunk: Buffer) => {
            buffer = buffer.length === 0 ? chunk : Buffer.concat([buffer, chunk]);
            for (;;) {
              const headEnd = buffer.indexOf('\r\n\r\n');
              if (headEnd < 0) return;
              const head = buffer.toString('latin1', 0, headEnd);
              if (!head.startsWith('HTTP/1.1 200')) {
                socket.destroy();
                return reject(new Error(`the bench receiver answered ${head.split('\r\n')[0]}`));
              }
              const length = Number(/\r\ncontent-length: *(\d+)/i.exec(head)?.[1] ?? Number.NaN);
              if (!Number.isFinite(length)) return reject(new Error('an answer without Content-Length'));
              if (buffer.length < headEnd + 4 + length) return;
              buffer = buffer.subarray(headEnd + 4 + length);
              next();
            }
          });
        }),
    ),
  );
  return performance.now() - started;
}

interface HandlerComparison {
  requestsPerSecond: { bare: number; handler: number };
  cpuMicrosPerRequest: { bare: number; handler: number };
  /** bare requests/s ÷ handler requests/s, per round. */
  throughputRatio: Figure;
  /** handler CPU per request ÷ bare CPU per request, per round. */
  cpuRatio: Figure;
}

const CONNECTIONS = 8;

async function compareHandler(servers: Servers, payload: Payload, requests: number, rounds: number): Promise<HandlerComparison> {
  const bytes = Buffer.from(payload.body);
  const head = `POST /webhooks/popp HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nX-Signature: ${payload.signature}\r\nContent-Length: ${bytes.length}\r\n\r\n`;
  const request = Buffer.concat([Buffer.from(head, 'latin1'), bytes]);
  const measure = async (side: 'bare' | 'handler') => {
    const cpuBefore = await servers.cpuMicros();
    const ms = await load(servers.ports[side], request, requests, CONNECTIONS);
    const cpu = (await servers.cpuMicros()) - cpuBefore;
    return { perSecond: (requests * 1000) / ms, cpuPerRequest: cpu / requests };
  };
  // Warm both up (JIT, connections) before counting.
  await measure('bare');
  await measure('handler');
  const results = { bare: [] as { perSecond: number; cpuPerRequest: number }[], handler: [] as { perSecond: number; cpuPerRequest: number }[] };
  for (let round = 0; round < rounds; round++) {
    const order = round % 2 === 0 ? (['bare', 'handler'] as const) : (['handler', 'bare'] as const);
    for (const side of order) results[side].push(await measure(side));
  }
  return {
    requestsPerSecond: { bare: median(results.bare.map((r) => r.perSecond)), handler: median(results.handler.map((r) => r.perSecond)) },
    cpuMicrosPerRequest: { bare: median(results.bare.map((r) => r.cpuPerRequest)), handler: median(results.handler.map((r) => r.cpuPerRequest)) },
    throughputRatio: figure(results.bare.map((bare, index) => bare.perSecond / results.handler[index]!.perSecond)),
    cpuRatio: figure(results.handler.map((handler, index) => handler.cpuPerRequest / results.bare[index]!.cpuPerRequest)),
  };
}

// --- import → first validated event -------------------------------------------------------------------------

const COLD_PAIRS = 30;

/**
 * Whole processes, in interleaved pairs: one that imports the built entry and parses a delivery with it, and one
 * that only JSON.parses it. Each reports, at its end, its own CPU time (user + system) and the time since its
 * process started (performance.now() counts from Node's time origin); the figure is the difference in each pair.
 */
function measureColdStart(body: string): { extraWallMs: Figure; extraCpuMs: Figure; parseOnlyMs: number; withEntryMs: number; modules: number } {
  execFileSync(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts/build.ts')], { cwd: ROOT, stdio: 'ignore' });
  const dir = mkdtempSync(join(tmpdir(), 'popp-bench-cold-'));
  try {
    const bodyFile = join(dir, 'body.json');
    writeFileSync(bodyFile, body);
    const entry = join(ROOT, 'dist/src/webhooks/index.js');
    const parseOnly = join(dir, 'parse-only.mjs');
    const withEntry = join(dir, 'with-entry.mjs');
    const report = "const cpu = process.cpuUsage();\nconsole.log(JSON.stringify({ wall: performance.now(), cpu: (cpu.user + cpu.system) / 1000 }));\n";
    writeFileSync(parseOnly, `import { readFileSync } from 'node:fs';\nconst value = JSON.parse(readFileSync(${JSON.stringify(bodyFile)}, 'utf8'));\nif (value.event !== 'WORKFLOW_RUN_COMPLETED') process.exit(1);\n${report}`);
    writeFileSync(withEntry, `import { readFileSync } from 'node:fs';\nimport { parseEvent } from ${JSON.stringify(entry)};\nconst result = parseEvent(readFileSync(${JSON.stringify(bodyFile)}, 'utf8'));\nif (!result.ok) process.exit(1);\n${report}`);
    const run = (file: string): { wall: number; cpu: number } => {
      const result = spawnSync(process.execPath, [file], { encoding: 'utf8' });
      if (result.status !== 0) throw new Error(`${file} exited ${result.status}: ${result.stderr}`);
      return JSON.parse(result.stdout) as { wall: number; cpu: number };
    };
    run(parseOnly);
    run(withEntry);
    const pairs: { parseOnly: { wall: number; cpu: number }; withEntry: { wall: number; cpu: number } }[] = [];
    for (let pair = 0; pair < COLD_PAIRS; pair++) {
      if (pair % 2 === 0) pairs.push({ parseOnly: run(parseOnly), withEntry: run(withEntry) });
      else {
        const withEntryRun = run(withEntry);
        pairs.push({ withEntry: withEntryRun, parseOnly: run(parseOnly) });
      }
    }
    return {
      extraWallMs: figure(pairs.map((pair) => pair.withEntry.wall - pair.parseOnly.wall)),
      extraCpuMs: figure(pairs.map((pair) => pair.withEntry.cpu - pair.parseOnly.cpu)),
      parseOnlyMs: median(pairs.map((pair) => pair.parseOnly.wall)),
      withEntryMs: median(pairs.map((pair) => pair.withEntry.wall)),
      modules: countModules(entry),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** How many of the package's own modules importing the entry loads: its static relative-import graph under dist/. */
function countModules(entry: string): number {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const match of readFileSync(file, 'utf8').matchAll(/(?:^|\n)\s*(?:import|export)\s[^;]*?from\s*['"](\.[^'"]+)['"]/g)) visit(resolve(dirname(file), match[1] as string));
  };
  visit(entry);
  return seen.size;
}

/**
 * The boolean check of WORKFLOW_RUN_COMPLETED compiled without its `format` checks: not a validator (it passes any
 * string as a date-time), only a reference that separates the exact date-time checks' cost from the rest.
 */
async function fastChecksWithoutFormats(): Promise<(value: unknown) => boolean> {
  const dir = mkdtempSync(join(tmpdir(), 'popp-bench-'));
  try {
    const file = join(dir, 'validators-fast-without-formats.mjs');
    const helpers = pathToFileURL(join(ROOT, 'generated', HELPERS_MODULE)).href;
    writeFileSync(file, emitFastValidators(loadContract(), new Set(), { formats: false }).module.replace(`'./${HELPERS_MODULE}'`, `'${helpers}'`));
    const module = (await import(pathToFileURL(file).href)) as { fastEventValidators: Record<string, (value: unknown) => boolean> };
    return module.fastEventValidators.WORKFLOW_RUN_COMPLETED as (value: unknown) => boolean;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// --- bundles ----------------------------------------------------------------------------------------------------

async function bundle(contents: string): Promise<{ minified: number; gzipped: number; externals: string[]; foreign: string[]; largest: [string, number][] }> {
  const result = await build({ stdin: { contents, resolveDir: ROOT, loader: 'ts' }, bundle: true, minify: true, format: 'esm', platform: 'neutral', write: false, metafile: true, logLevel: 'silent' });
  const output = result.outputFiles[0];
  if (output === undefined) throw new Error('esbuild wrote no output');
  const meta = Object.values(result.metafile.outputs)[0];
  return {
    minified: output.contents.length,
    gzipped: gzipSync(output.contents, { level: 9 }).length,
    externals: (meta?.imports ?? []).map((entry) => entry.path),
    foreign: Object.keys(result.metafile.inputs).filter((path) => !/^(src|generated)\//.test(path) && path !== '<stdin>'),
    largest: Object.entries(meta?.inputs ?? {})
      .map(([path, input]) => [path, input.bytesInOutput] as [string, number])
      .sort((a, b) => b[1] - a[1])
      .slice(0, 3),
  };
}

// --- the section ------------------------------------------------------------------------------------------------

const x = (value: number) => `${value.toFixed(2)}×`;
const spread = (value: Figure, digits = 2, unit = '×') => `${value.min.toFixed(digits)}–${value.max.toFixed(digits)}${unit}`;
const kB = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;

interface Target {
  what: string;
  measured: string;
  spread: string;
  target: string;
  met: boolean;
}

export async function run(): Promise<BenchSection> {
  const loadBefore = loadavg()[0] as number;
  const payloads: Payload[] = [];
  for (const [name, nodes] of [['docs example', 2], ['50 nodes', 50], ['500 nodes', 500]] as const) {
    const body = withNodes(nodes);
    if (!validateEvent(JSON.parse(body), { profile: 'strict' }).ok) throw new Error(`the ${name} payload is not a valid event`);
    payloads.push({ name, nodes, body, signature: await signPayload(body, SECRET) });
  }
  const targets: Target[] = [];
  const scaling: string[] = [];

  // Validation, per payload size, and for reference the first tier without its date-time checks.
  const withoutDateTimes = await fastChecksWithoutFormats();
  const validation = new Map<string, { tolerant: Comparison; strict: Comparison; withoutDateTimes: Comparison }>();
  for (const payload of payloads) {
    const { body } = payload;
    if (!withoutDateTimes(JSON.parse(body))) throw new Error(`the reference check refuses the ${payload.name} payload`);
    const tolerant = await compare(
      () => JSON.parse(body),
      () => validateEvent(JSON.parse(body)),
    );
    const strict = await compare(
      () => JSON.parse(body),
      () => validateEvent(JSON.parse(body), { profile: 'strict' }),
    );
    validation.set(payload.name, { tolerant, strict, withoutDateTimes: await compare(() => JSON.parse(body), () => withoutDateTimes(JSON.parse(body))) });
    targets.push({ what: `(JSON.parse + validateEvent, tolerant) / JSON.parse — ${payload.name} (${kB(body.length)})`, measured: x(tolerant.ratio.median), spread: spread(tolerant.ratio), target: `≤ ${TARGETS.tolerant}×`, met: tolerant.ratio.median <= TARGETS.tolerant });
    targets.push({ what: `the same, strict profile — ${payload.name}`, measured: x(strict.ratio.median), spread: spread(strict.ratio), target: `≤ ${TARGETS.strict}×`, met: strict.ratio.median <= TARGETS.strict });
  }

  // constructEvent, sync and async, against node:crypto HMAC + parse.
  const example = payloads[0]!;
  const expected = Buffer.from(example.signature, 'hex');
  const hmacAndParse = () => {
    const mac = createHmac('sha256', SECRET).update(example.body).digest();
    if (!timingSafeEqual(mac, expected)) throw new Error('baseline: signature mismatch');
    return JSON.parse(example.body) as unknown;
  };
  const sync = await compare(hmacAndParse, () => constructEventSync(example.body, example.signature, SECRET));
  const async = await compare(hmacAndParse, () => constructEvent(example.body, example.signature, SECRET), true);
  targets.push({ what: 'constructEventSync / (node:crypto HMAC + timingSafeEqual + JSON.parse)', measured: x(sync.ratio.median), spread: spread(sync.ratio), target: `≤ ${TARGETS.construct}×`, met: sync.ratio.median <= TARGETS.construct });
  targets.push({ what: 'constructEvent (async) / the same baseline', measured: x(async.ratio.median), spread: spread(async.ratio), target: `≤ ${TARGETS.construct}×`, met: async.ratio.median <= TARGETS.construct });

  // The handler on node:http.
  const servers = await startServers();
  const handlerResults = new Map<string, HandlerComparison>();
  try {
    for (const [payload, requests] of [
      [payloads[0]!, 2000],
      [payloads[1]!, 600],
      [payloads[2]!, 80],
    ] as const) {
      handlerResults.set(payload.name, await compareHandler(servers, payload, requests, ROUNDS));
    }
  } finally {
    servers.stop();
  }
  const onExample = handlerResults.get(example.name)!;
  targets.push({
    what: `toNodeListener(createWebhookHandler(…)) vs bare node:http (HMAC + parse): requests/s, bare ÷ handler — docs example, ${CONNECTIONS} connections`,
    measured: x(onExample.throughputRatio.median),
    spread: spread(onExample.throughputRatio),
    target: `≤ ${TARGETS.handler}×`,
    met: onExample.throughputRatio.median <= TARGETS.handler,
  });
  targets.push({ what: 'the same, server CPU per request, handler ÷ bare', measured: x(onExample.cpuRatio.median), spread: spread(onExample.cpuRatio), target: `≤ ${TARGETS.handler}×`, met: onExample.cpuRatio.median <= TARGETS.handler });

  for (const payload of payloads) {
    const v = validation.get(payload.name)!;
    const h = handlerResults.get(payload.name)!;
    scaling.push(
      `| ${payload.name} | ${kB(payload.body.length)} | ${v.tolerant.baselineMicros.toFixed(1)} | ${v.tolerant.variantMicros.toFixed(1)} (${x(v.tolerant.ratio.median)}) | ${v.strict.variantMicros.toFixed(1)} (${x(v.strict.ratio.median)}) | ${v.withoutDateTimes.variantMicros.toFixed(1)} (${x(v.withoutDateTimes.ratio.median)}) | ${h.cpuMicrosPerRequest.bare.toFixed(0)} | ${h.cpuMicrosPerRequest.handler.toFixed(0)} (${x(h.cpuRatio.median)}) | ${h.requestsPerSecond.bare.toFixed(0)} / ${h.requestsPerSecond.handler.toFixed(0)} |`,
    );
  }

  // Import → first validated event.
  const cold = measureColdStart(example.body);
  targets.push({ what: 'import the built `webhooks` entry → first validated event, over a process that only parses (whole processes, time since process start)', measured: `+${cold.extraWallMs.median.toFixed(1)} ms`, spread: spread(cold.extraWallMs, 1, ' ms'), target: `≤ +${TARGETS.importMs} ms`, met: cold.extraWallMs.median <= TARGETS.importMs });
  targets.push({ what: 'the same, CPU time (user + system) of the process', measured: `+${cold.extraCpuMs.median.toFixed(1)} ms`, spread: spread(cold.extraCpuMs, 1, ' ms'), target: `≤ +${TARGETS.importMs} ms`, met: cold.extraCpuMs.median <= TARGETS.importMs });

  // Bundles.
  const entry = await bundle(`export * from './src/webhooks/index.ts';`);
  const validator = await bundle(`export { validateWorkflowRunCompletedEvent } from './src/validators.ts';`);
  targets.push({ what: '`webhooks` entry, esbuild --minify, gzip -9', measured: kB(entry.gzipped), spread: '—', target: `≤ ${kB(TARGETS.entryGzipBytes)}`, met: entry.gzipped <= TARGETS.entryGzipBytes });
  targets.push({ what: 'one event validator imported alone (validateWorkflowRunCompletedEvent), esbuild --minify', measured: kB(validator.minified), spread: '—', target: `≤ ${kB(TARGETS.validatorBytes)}`, met: validator.minified <= TARGETS.validatorBytes });
  targets.push({ what: 'runtime dependencies of the `webhooks` entry', measured: entry.externals.length === 0 && entry.foreign.length === 0 ? 'none' : [...entry.externals, ...entry.foreign].join(', '), spread: '—', target: 'none beyond the generated validators', met: entry.externals.length === 0 && entry.foreign.length === 0 });

  const loadAfter = loadavg()[0] as number;
  const markdown = [
    `Interleaved pairs (baseline, variant, variant, baseline, …) in the same process, ${ROUNDS} rounds of ${PAIRS} pairs of ~${BATCH_MICROS} µs batches; a figure is the median of the rounds' ratios (variant median / baseline median), the spread their range. Measured on a shared machine (${cpus().length} CPUs, load average ${loadBefore.toFixed(1)} at the start and ${loadAfter.toFixed(1)} at the end, other work running): the spread shows how much that moved the rounds.`,
    '',
    '| target | measured | spread (rounds) | target | met |',
    '|---|---:|---:|---:|:-:|',
    ...targets.map((t) => `| ${t.what} | ${t.measured} | ${t.spread} | ${t.target} | ${t.met ? 'target met' : '**target missed**'} |`),
    '',
    'Scaling with payload size (the docs example has 2 nodes; the others repeat them with fresh nodeIds). µs per event: medians of the rounds above. Handler columns: the servers\' CPU µs per request (user + system) and requests/s under the bounded load (' +
      `${CONNECTIONS} keep-alive connections from this process, each sending its next request when the answer arrived; 2000, 600 and 80 requests per measurement; every answer checked to be a 200).`,
    '',
    '| payload | size | JSON.parse µs | + validateEvent (tolerant) µs | + strict µs | reference: + the boolean check without its date-time checks µs | bare node:http CPU µs/req | handler CPU µs/req | req/s bare / handler |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...scaling,
    '',
    'The reference column is the first tier compiled without its `format` checks (not a validator: it passes any string as a date-time). What it leaves out is what the exact RFC 3339 checks cost: the docs example carries ten date-times in 1.3 kB, and checking those characters costs about what parsing them does. The tolerant profile cannot skip them: a date-time it accepts but the strict contract does not is a deviation it must report.',
    '',
    `constructEvent medians: baseline ${sync.baselineMicros.toFixed(2)} µs, constructEventSync ${sync.variantMicros.toFixed(2)} µs, constructEvent ${async.variantMicros.toFixed(2)} µs (the async form awaits the same synchronous node:crypto HMAC on Node; Web Crypto only where node:crypto is missing).`,
    `The bare server reads the body, checks the HMAC with node:crypto and timingSafeEqual, JSON.parses and answers small JSON; the handler has no idempotency store (the load repeats one eventId) and an \`on\` handler that returns at once. toNodeListener takes its direct node:http path for createWebhookHandler's handlers (no Request, Headers, body stream or Response).`,
    `Cold start: ${COLD_PAIRS} interleaved pairs of whole \`node\` processes after a warm-up, each reporting at its end the time since its process started and its CPU time; parse only ${cold.parseOnlyMs.toFixed(1)} ms, with the entry ${cold.withEntryMs.toFixed(1)} ms (medians); the entry loads ${cold.modules} modules from dist/.`,
    `Bundles: the \`webhooks\` entry ${kB(entry.minified)} minified, ${kB(entry.gzipped)} gzipped (largest inputs: ${entry.largest.map(([path, size]) => `${path} ${kB(size)}`).join(', ')}); one validator alone ${kB(validator.minified)} minified, ${kB(validator.gzipped)} gzipped.`,
  ].join('\n');
  return { title: 'Receiving webhooks', markdown, targetsMet: targets.every((t) => t.met) };
}
