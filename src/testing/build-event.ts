// buildEvent: a valid event of any type, from the spec's example plus your overrides, checked by the validator.
import { examples } from '../../generated/examples.js';
import { isKnownEventType, KNOWN_EVENT_TYPES, type EventMap, type PoppEventType } from '../events.js';
import { listIssues } from '../validation/issue-list.js';
import type { ValidationProfile } from '../validation/profiles.js';
import { parseEvent } from '../webhooks/construct-event.js';
import { copyJson } from './json.js';

/**
 * Every property optional, at every depth; arrays are replaced whole. Each property also takes `undefined`
 * (which removes it), so overrides compile under `exactOptionalPropertyTypes` too.
 */
export type DeepPartial<T> = T extends readonly unknown[] ? T : T extends object ? { [K in keyof T]?: DeepPartial<T[K]> | undefined } : T;

/**
 * A valid event of `type`: the spec's (docs') example with `overrides` merged in deeply (arrays, and
 * objects with a different `kind`, are replaced whole; a property set to `undefined` is removed) and a
 * fresh `eventId`, so that two built events
 * are never duplicates of each other. Throws when the result breaks the event's schema, listing the paths:
 * the strict profile's by default (what Popp documents); pass `{ profile: 'tolerant' }` to build drift on purpose.
 *
 * @example
 *   const failed = buildEvent('WORKFLOW_RUN_FAILED', { data: { recordId: 'run_1', errorCode: 'EXECUTOR_TIMEOUT' } });
 *   const noFinalNode = buildEvent('WORKFLOW_RUN_COMPLETED', { data: { finalNodeId: undefined } });
 *   const drifted = buildEvent('WORKFLOW_RUN_FAILED', { data: { errorCode: unknownValue('QUOTA_EXCEEDED') } }, { profile: 'tolerant' });
 */
export function buildEvent<K extends PoppEventType>(
  type: K,
  overrides: DeepPartial<EventMap[K]> = {} as DeepPartial<EventMap[K]>,
  options: { profile?: ValidationProfile } = {},
): EventMap[K] {
  if (!isKnownEventType(type)) throw new TypeError(`buildEvent: ${typeof type === 'string' ? JSON.stringify(type) : `a ${typeof type}`} is not a Popp event type. Known types: ${KNOWN_EVENT_TYPES.join(', ')}.`);
  const base = { ...structuredClone(examples[type][0]), eventId: `evt_${globalThis.crypto.randomUUID()}` };
  const event = merge(base, overrides) as EventMap[K];
  const broken = `buildEvent: these overrides make the ${type} event break its schema:`;
  // parseEvent picks the schema by the event's own `event`, which an override cast past the types may change.
  if (event.event !== type) throw new TypeError(`${broken} /event must be ${JSON.stringify(type)}.`);
  const result = parseEvent(event, { profile: options.profile ?? 'strict' });
  if (!result.ok) {
    const issues = 'issues' in result.error ? result.error.issues : [];
    // The issues in the one list format, under buildEvent's own heading; the full list is on the cause.
    throw new TypeError(issues.length > 0 ? listIssues(broken.slice(0, -1), issues, { whole: 'event', fullListIn: '.cause.issues' }) : `${broken} ${result.error.message}`, { cause: result.error });
  }
  return event;
}

// Recurses only while both sides are objects, so no deeper than the spec's example (a few levels): below
// that, the override is copied without recursion, however deep it goes (copyJson).
function merge(base: unknown, override: unknown): unknown {
  if (!isPlainObject(base) || !isPlainObject(override)) return copyJson(override);
  // Another member of a discriminated union (a node outcome of a different kind) replaces the base whole:
  // merged, it would keep the other member's fields.
  if ('kind' in override && override.kind !== base.kind) return merge({ kind: override.kind }, override);
  const result: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(override)) {
    if (value === undefined) delete result[key];
    // defineProperty, not assignment: an own `__proto__` key (JSON.parse makes them) stays a plain field.
    else Object.defineProperty(result, key, { value: merge(Object.hasOwn(result, key) ? result[key] : undefined, value), writable: true, enumerable: true, configurable: true });
  }
  return result;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
