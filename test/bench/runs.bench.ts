/**
 * Run tracking: what a WORKFLOW_NODE_COMPLETED costs the tracker when the run already holds n node events,
 * n from 1 to 16,384. The claim is that it does not depend on the run's length; the baseline is n = 1.
 *
 * A sample is the cost per event, amortized, while runs grow from n to 2n node events: hash tables (the
 * run's Set of eventIds, its Map of nodes) double when full, an O(n) step once per doubling, and every
 * window from n to 2n holds one, so no length is measured with or without it by the choice of n. A sample
 * times at least 4,096 events (as many runs of length n as that takes); the runs are built first and
 * deleted after, outside the timing, with a full GC before each sample, so no sample pays for another's
 * garbage. Samples are interleaved: each round measures every length once, in a rotating order, and a
 * round's ratio is n over n = 1 in that round; the reported ratio is the median over rounds, with the middle
 * half of the rounds' ratios as the spread.
 *
 * For context (no target): reduceRun onto a state loaded from storage (a plain object), which copies the
 * run's logs once, so it grows with the run; and the heap per run and per node event kept by the tracker.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import type { WorkflowNodeCompletedEvent } from '../../src/events.js';
import { createRunTracker, reduceRun, RUN_TRACKER_LIMITS, type RunState, type RunTracker } from '../../src/runs/index.js';
import { buildEvent } from '../../src/testing/index.js';
import type { BenchSection } from './run-all.js';

const LENGTHS = [1, 16, 256, 1024, 4096, 16_384];
const EVENTS_PER_SAMPLE = 4096;
const ROUNDS = 15;
const WARMUP_ROUNDS = 2;
const TARGET = 1.5;

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

const NODE_TEMPLATE = buildEvent('WORKFLOW_NODE_COMPLETED');

/** The i-th node event of a run, as the tracker would receive it (distinct eventId and nodeId). */
function nodeEvent(runId: string, i: number): WorkflowNodeCompletedEvent {
  const at = new Date(Date.UTC(2026, 3, 28, 10, 0, 0, i)).toISOString();
  return { ...NODE_TEMPLATE, eventId: `evt_${runId}_${i}`, data: { ...NODE_TEMPLATE.data, recordId: runId, nodeId: `node_${i}`, enteredAt: at, completedAt: at } };
}

export async function run(): Promise<BenchSection> {
  const tracker = createRunTracker({ maxRuns: Number.POSITIVE_INFINITY, maxEvents: Number.POSITIVE_INFINITY });
  const times = new Map<number, number[]>(LENGTHS.map((length) => [length, []]));
  const ratios = new Map<number, number[]>(LENGTHS.map((length) => [length, []]));
  for (let round = -WARMUP_ROUNDS; round < ROUNDS; round++) {
    const perEvent = new Map<number, number>();
    for (let k = 0; k < LENGTHS.length; k++) {
      const length = LENGTHS[(k + round + WARMUP_ROUNDS) % LENGTHS.length] as number;
      perEvent.set(length, sample(tracker, length, `r${round}_`));
    }
    if (round < 0) continue;
    for (const length of LENGTHS) {
      times.get(length)?.push(perEvent.get(length) as number);
      ratios.get(length)?.push((perEvent.get(length) as number) / (perEvent.get(1) as number));
    }
  }
  const loaded = loadedStateCosts();
  const memory = heapPerRun();

  const rows = LENGTHS.map((length) => {
    const [low, mid, high] = quartiles(ratios.get(length) as number[]);
    return { length, micros: median(times.get(length) as number[]), ratio: mid, spread: `${low.toFixed(2)}–${high.toFixed(2)}` };
  });
  const worst = Math.max(...rows.map((row) => row.ratio));
  const markdown = [
    '`createRunTracker().apply` of WORKFLOW_NODE_COMPLETED events to runs that already hold n node events: the cost per event, amortized',
    `while the runs grow from n to 2n (each window holds one doubling of the run's hash tables), at least ${EVENTS_PER_SAMPLE.toLocaleString('en')} events per sample, a full GC`,
    `before each. Every round measures every length once, in a rotating order; the ratio is n over n = 1 in the same round, the median of ${ROUNDS}`,
    "rounds, with the middle half of the rounds' ratios in brackets. Before this change, the 16,384th node event of a run cost 6.3 ms (issue 8).",
    '',
    '| run length n (node events) | µs / event (median) | × n = 1 |',
    '|---:|---:|---:|',
    ...rows.map((row) => `| ${row.length.toLocaleString('en')} | ${row.micros.toFixed(2)} | **${row.ratio.toFixed(2)}×** (${row.spread}) |`),
    '',
    '| target | measured | target | met |',
    '|---|---:|---:|:-:|',
    `| cost per event at any run length / at n = 1 | ${worst.toFixed(2)}× | ≤ ${TARGET}× | ${worst <= TARGET ? 'yes' : '**no**'} |`,
    '',
    'A single event can cost more than these amortized figures: the one that finds a hash table full rebuilds it (O(n), once per doubling).',
    'Context, no target: `reduceRun` onto a state loaded from storage (a plain object, JSON round trip not timed) first copies the',
    `run's logs, so it grows with the run: ${loaded.map(({ length, micros }) => `${micros.toFixed(1)} µs at ${length.toLocaleString('en')}`).join(', ')}.`,
    `Heap kept by the tracker: ${Math.round(memory.perRun).toLocaleString('en')} bytes per run of the docs' five events (contact, start, two nodes, completion),`,
    `${(memory.perRun * RUN_TRACKER_LIMITS.maxRuns / 2 ** 20).toFixed(0)} MiB at the default maxRuns (${RUN_TRACKER_LIMITS.maxRuns.toLocaleString('en')}); ${Math.round(memory.perNodeEvent).toLocaleString('en')} bytes per node event of a`,
    `long run, ${(memory.perNodeEvent * RUN_TRACKER_LIMITS.maxEvents / 2 ** 20).toFixed(0)} MiB at the default maxEvents (${RUN_TRACKER_LIMITS.maxEvents.toLocaleString('en')}).`,
  ].join('\n');
  return { title: 'Run tracking', markdown, targetsMet: worst <= TARGET };
}

/** µs per event, amortized, while enough runs of `length` node events to make EVENTS_PER_SAMPLE grow to 2 × length. */
function sample(tracker: RunTracker, length: number, prefix: string): number {
  const runIds = Array.from({ length: Math.ceil(EVENTS_PER_SAMPLE / length) }, (_, r) => `run_${prefix}${length}_${r}`);
  for (const runId of runIds) for (let i = 0; i < length; i++) tracker.apply(nodeEvent(runId, i));
  const events = runIds.flatMap((runId) => Array.from({ length }, (_, i) => nodeEvent(runId, length + i)));
  gc();
  const start = performance.now();
  for (const event of events) tracker.apply(event);
  const micros = ((performance.now() - start) * 1000) / events.length;
  for (const runId of runIds) tracker.delete(runId);
  return micros;
}

/** reduceRun onto a plain (loaded) state of each length: the median of 21 calls, in µs. */
function loadedStateCosts(): { length: number; micros: number }[] {
  return [1, 1024, 16_384].map((length) => {
    let state: RunState | undefined;
    for (let i = 0; i < length; i++) state = reduceRun(state, nodeEvent('run_loaded', i));
    const loaded = JSON.parse(JSON.stringify(state)) as RunState;
    const next = nodeEvent('run_loaded', length);
    const samples = Array.from({ length: 21 }, () => {
      const start = performance.now();
      reduceRun(loaded, next);
      return (performance.now() - start) * 1000;
    });
    return { length, micros: median(samples) };
  });
}

/** Heap per tracked run of the docs' five events, and per node event of a long run (forced GC before and after). */
function heapPerRun(): { perRun: number; perNodeEvent: number } {
  const docsRun = (['WORKFLOW_CONTACT_RESOLVED', 'WORKFLOW_RUN_STARTED', 'WORKFLOW_NODE_COMPLETED', 'WORKFLOW_NODE_COMPLETED', 'WORKFLOW_RUN_COMPLETED'] as const).map((type) => JSON.stringify(buildEvent(type)));
  const measure = (count: number, fill: (tracker: RunTracker) => void) => {
    gc();
    const before = process.memoryUsage().heapUsed;
    const tracker = createRunTracker({ maxRuns: Number.POSITIVE_INFINITY, maxEvents: Number.POSITIVE_INFINITY });
    fill(tracker);
    gc();
    const bytes = (process.memoryUsage().heapUsed - before) / count;
    if (tracker.size === 0) throw new Error('bench: nothing tracked');
    return bytes;
  };
  const RUNS = 10_000;
  const perRun = measure(RUNS, (tracker) => {
    for (let r = 0; r < RUNS; r++) {
      docsRun.forEach((json, i) => {
        // Parsed per event, as a receiver gets them: the tracker keeps parts of each event (nodes, contact).
        const event = JSON.parse(json);
        event.eventId = `evt_${r}_${i}`;
        event.data.recordId = `run_${r}`;
        if (event.event === 'WORKFLOW_NODE_COMPLETED') event.data.nodeId = `node_${i}`;
        tracker.apply(event);
      });
    }
  });
  const NODES = 50_000;
  const perNodeEvent = measure(NODES, (tracker) => {
    for (let i = 0; i < NODES; i++) tracker.apply(JSON.parse(JSON.stringify(nodeEvent('run_long', i))));
  });
  return { perRun, perNodeEvent };
}

function median(values: readonly number[]): number {
  return quartiles(values)[1];
}

/** The 25th, 50th and 75th percentiles (nearest rank). */
function quartiles(values: readonly number[]): [number, number, number] {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] as number;
  return [at(0.25), at(0.5), at(0.75)];
}
