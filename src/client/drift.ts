/**
 * Drift in REST responses: what a 2xx body the tolerant profile accepted does differently from the strict
 * contract (a new run status, a new errorCode, an outcome kind this package does not know, a field the contract
 * expects that is absent). The body is returned as it is; the drift is reported twice over:
 *
 * - to the client's `onDrift` listener, once per response (default: a console warning the first time each kind
 *   of difference is seen), so that operators learn that Popp changed;
 * - to the code that made the call, through {@link driftOf} on the value the helper returned, so that it can
 *   act on this very response (e.g. leave a run with an unknown status for later).
 *
 * `driftOf` reads a registry beside the value rather than a property on it: the helpers' return types, JSON
 * serialisation and equality of the returned bodies stay exactly those of the contract, and a body without
 * drift costs nothing. Values in a report come from the response body, so any credential in them is redacted.
 */
import type { Deviation } from '../validation/deviations.js';
import { NO_DEVIATIONS } from '../validation/deviations.js';

/** What the client tells `onDrift` about one response. */
export interface PoppDriftReport {
  /** The named operation that read the response, e.g. `getRun` (`listRuns` for each page of `iterateRuns`). */
  operation: string;
  /** HTTP method of the request. */
  method: string;
  /** The request path and query, e.g. `/v1/workflow-runs/run_xyz789`. */
  path: string;
  /** Each difference from the strict contract, at its JSON pointer into the response body. */
  deviations: readonly Deviation[];
}

export type DriftListener = (report: PoppDriftReport) => void;

/** Distinct (operation, path, kind) keys the default listener remembers; the contract's paths are far fewer. */
export const REMEMBERED_DRIFT_KEYS = 500;

const registry = new WeakMap<object, readonly Deviation[]>();

/**
 * The drift of a value a named operation returned or yielded: a run from `getRun`, `cancelRun`, `listRuns` or
 * `iterateRuns`, a page from `listRuns`, the result of `startRuns` or `publishWorkflow`. Paths are JSON pointers
 * into that value. An empty list for a value that matched the strict contract, or that no helper returned.
 *
 * @example
 *   const run = await popp.getRun('run_xyz789');
 *   for (const { path, kind, value } of driftOf(run)) console.warn(`Popp sent something new at ${path}: ${kind} ${value ?? ''}`);
 *   for await (const each of popp.iterateRuns('wf_abc123')) if (driftOf(each).length > 0) await parkForReview(each);
 */
export function driftOf(value: unknown): readonly Deviation[] {
  return typeof value === 'object' && value !== null ? (registry.get(value) ?? NO_DEVIATIONS) : NO_DEVIATIONS;
}

/**
 * Records the deviations of a returned body for {@link driftOf}; for a page (`itemsIn: 'runs'`), each run with
 * drift of its own gets its share too, with paths from the run.
 *
 * @example
 *   recordDrift(page, [{ path: '/runs/0/status', kind: 'unknown-enum-value', value: 'PAUSED' }], 'runs');
 *   driftOf(page.runs[0]); // [{ path: '/status', kind: 'unknown-enum-value', value: 'PAUSED' }]
 */
export function recordDrift(value: object, deviations: readonly Deviation[], itemsIn?: string): void {
  registry.set(value, deviations);
  const items = itemsIn === undefined ? undefined : (value as Record<string, unknown>)[itemsIn];
  if (!Array.isArray(items)) return;
  const prefix = `/${itemsIn}/`;
  const byItem = new Map<number, Deviation[]>();
  for (const deviation of deviations) {
    const match = deviation.path.startsWith(prefix) ? /^(\d+)(\/.*)?$/.exec(deviation.path.slice(prefix.length)) : null;
    if (match === null) continue;
    const index = Number(match[1]);
    byItem.set(index, [...(byItem.get(index) ?? []), { ...deviation, path: match[2] ?? '' }]);
  }
  for (const [index, list] of byItem) {
    const item: unknown = items[index];
    if (typeof item === 'object' && item !== null) registry.set(item, Object.freeze(list));
  }
}

/**
 * The default `onDrift`: one warning the first time each (operation, path with array indices as `*`, kind) is
 * seen, listing only what is new, so a new status on every run of every page warns once. It remembers at most
 * {@link REMEMBERED_DRIFT_KEYS} keys; past that it says so once and stays quiet (pass `onDrift` to see all).
 *
 * @example
 *   const onDrift = warnOncePerKind((message) => console.warn(message));
 *   onDrift({ operation: 'getRun', method: 'GET', path: '/v1/workflow-runs/run_1', deviations: [{ path: '/status', kind: 'unknown-enum-value', value: 'PAUSED' }] });
 */
export function warnOncePerKind(warn: (message: string) => void, capacity = REMEMBERED_DRIFT_KEYS): DriftListener {
  const warned = new Set<string>();
  let full = false;
  return (report) => {
    if (full) return;
    const fresh: Deviation[] = [];
    for (const deviation of report.deviations) {
      const key = `${report.operation} ${deviation.path.replace(/\/\d+(?=\/|$)/g, '/*')} ${deviation.kind}`;
      if (warned.has(key)) continue;
      if (warned.size >= capacity) {
        full = true;
        break;
      }
      warned.add(key);
      fresh.push(deviation);
    }
    if (fresh.length > 0) warn(describeDrift(report, fresh));
    if (full) warn(`popp-workflow-contract: ${capacity} kinds of drift have been warned about; further ones are not (pass createPoppClient({ onDrift }) to receive every report).`);
  };
}

function describeDrift(report: PoppDriftReport, deviations: readonly Deviation[]): string {
  const lines = deviations.map(({ path, kind, value }) => `\n  - ${path || '(the whole body)'}: ${kind}${value === undefined ? '' : ` ${JSON.stringify(value)}`}`);
  return (
    `popp-workflow-contract: ${report.operation} (${report.method} ${report.path}) got a response that differs from the contract; it was accepted ` +
    `and returned as it is (tolerant profile):${lines.join('')}\nPopp may have changed its API: check the release notes of popp-workflow-contract. ` +
    'Each kind of difference is warned about once; pass createPoppClient({ onDrift }) to handle every report, and driftOf(value) tells the caller.'
  );
}
