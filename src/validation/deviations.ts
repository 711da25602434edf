/**
 * Drift: what a payload the tolerant profile accepts does differently from the strict contract. Each strict
 * rule the tolerant profile drops (spec/profiles.yaml) is reported by the kind of rule it is, at its path, so
 * that a receiver learns that Popp changed without losing the delivery.
 */
import type { ValidatorError } from '../../generated/validators.mjs';
import { toValidationIssues } from './issues.js';

/** What kind of strict rule a tolerated payload breaks. */
export type DeviationKind =
  /** A value outside its enum (a new errorCode, node type, status, …). */
  | 'unknown-enum-value'
  /** A node outcome of a kind this contract does not know; nothing beyond `kind` is promised. */
  | 'unknown-kind'
  /** An ISO 8601 date-time that is not RFC 3339 (an offset without a colon, no seconds, …). */
  | 'date-time-not-rfc3339'
  /** A field the strict profile requires (by our reading of the docs) is absent. */
  | 'missing-field'
  /** A fraction where the strict profile wants an integer. */
  | 'not-an-integer'
  /** A number outside the range the strict profile sets. */
  | 'out-of-range'
  /** A string that breaks the strict profile's length or pattern rule. */
  | 'string-rule';

/** One tolerated difference from the strict contract. */
export interface Deviation {
  /** JSON pointer into the payload. */
  path: string;
  kind: DeviationKind;
  /** The value found there (strings cut to 120 characters); absent for a missing field. */
  value?: string | number | boolean | null;
}

const KIND_BY_KEYWORD: Record<string, DeviationKind> = {
  enum: 'unknown-enum-value',
  discriminator: 'unknown-kind',
  format: 'date-time-not-rfc3339',
  required: 'missing-field',
  type: 'not-an-integer',
  minimum: 'out-of-range',
  maximum: 'out-of-range',
  exclusiveMinimum: 'out-of-range',
  exclusiveMaximum: 'out-of-range',
  maxLength: 'string-rule',
  minLength: 'string-rule',
  pattern: 'string-rule',
};

const NO_DEVIATIONS: readonly Deviation[] = Object.freeze([]);
const MAX_SHOWN_LENGTH = 120;

/**
 * The strict validator's errors on a payload the tolerant validator accepted, as deviations. (Every such error is
 * a strict-only rule by construction; one of a keyword this module does not know is a generator bug and throws.)
 *
 * @example
 *   if (!validateWorkflowRunFailedEvent(payload) && validateWorkflowRunFailedEventTolerant(payload)) {
 *     deviationsOf(validateWorkflowRunFailedEvent.errors, payload); // [{ path: '/data/errorCode', kind: 'unknown-enum-value', value: 'QUOTA_EXCEEDED' }]
 *   }
 */
export function deviationsOf(strictErrors: readonly ValidatorError[] | null | undefined, payload: unknown): readonly Deviation[] {
  const issues = toValidationIssues(strictErrors);
  if (issues.length === 0) return NO_DEVIATIONS;
  return issues.map(({ path, keyword }) => {
    const kind = KIND_BY_KEYWORD[keyword];
    if (kind === undefined) throw new Error(`popp-workflow-contract: the tolerant profile accepted a breach of the strict rule "${keyword}" at ${path || '(root)'}; this is a bug in the generated validators`);
    if (kind === 'missing-field') return { path, kind };
    return { path, kind, value: shown(valueAt(payload, path)) };
  });
}

/** The value at a JSON pointer (undefined when a step is missing or reading it throws). */
function valueAt(root: unknown, pointer: string): unknown {
  let value = root;
  try {
    for (const segment of pointer.split('/').slice(1)) {
      if (value === null || typeof value !== 'object') return undefined;
      value = (value as Record<string, unknown>)[segment.replace(/~1/g, '/').replace(/~0/g, '~')];
    }
  } catch {
    return undefined;
  }
  return value;
}

function shown(value: unknown): Deviation['value'] {
  if (typeof value === 'string') return value.length > MAX_SHOWN_LENGTH ? `${value.slice(0, MAX_SHOWN_LENGTH)}…` : value;
  if (typeof value === 'number' || typeof value === 'boolean' || value === null) return value;
  return undefined;
}

export { NO_DEVIATIONS };
