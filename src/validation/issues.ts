/**
 * The one issue formatter: Ajv's errors as JSON-pointer paths and plain messages, one per actual problem.
 * Every caller (validateEvent, the webhook errors, the client's checks, the CLI) lists issues this way.
 */
import { TOLERANT_DATE_TIME_PATTERN, type ValidatorError } from '../../generated/validators.mjs';

/** One schema problem: where (a JSON pointer into the value) and what. */
export interface ValidationIssue {
  path: string;
  message: string;
  /** The JSON Schema keyword that failed (`required`, `enum`, `type`, …). */
  keyword: string;
}

const TOLERANT_DATE_TIME = 'must be a date-time: RFC 3339, or ISO 8601 with a UTC offset (such as 2026-04-28T10:30:00Z or 20260428T1030+0100)';

/**
 * Ajv errors as issues. A nullable reference reports one failure three times (the branch, "must be null",
 * "anyOf"), and the tolerant date-time twice plus its anyOf: each is reported once, by what is wrong.
 *
 * @example
 *   validateWorkflowRunStartedEvent(payload);
 *   toValidationIssues(validateWorkflowRunStartedEvent.errors); // [{ path: '/data/recordId', message: 'is required', keyword: 'required' }]
 */
export function toValidationIssues(errors: readonly ValidatorError[] | null | undefined): ValidationIssue[] {
  const list = errors ?? [];
  const issues: ValidationIssue[] = [];
  const tolerantDateTimePaths = new Set(list.filter(isTolerantDateTime).map((error) => error.instancePath));
  for (const error of list) {
    if (tolerantDateTimePaths.has(error.instancePath)) {
      if (isTolerantDateTime(error)) issues.push({ path: error.instancePath, message: TOLERANT_DATE_TIME, keyword: 'format' });
      if (error.keyword === 'format' || error.keyword === 'anyOf' || isTolerantDateTime(error)) continue;
    }
    if (isNullableNoise(error) && list.some((other) => other !== error && other.instancePath === error.instancePath && !isNullableNoise(other))) continue;
    issues.push(describe(error));
  }
  return issues;
}

function isTolerantDateTime(error: ValidatorError): boolean {
  return error.keyword === 'pattern' && error.params.pattern === TOLERANT_DATE_TIME_PATTERN;
}

function isNullableNoise(error: ValidatorError): boolean {
  return error.keyword === 'anyOf' || (error.keyword === 'type' && error.params.type === 'null');
}

function describe(error: ValidatorError): ValidationIssue {
  let path = error.instancePath;
  let message = error.message ?? 'is invalid';
  if (error.keyword === 'required') {
    path += `/${escapePointer(String(error.params.missingProperty))}`;
    message = 'is required';
  } else if (error.keyword === 'enum') {
    message = `must be one of ${(error.params.allowedValues as unknown[]).map((value) => JSON.stringify(value)).join(', ')}`;
  } else if (error.keyword === 'const') {
    message = `must be ${JSON.stringify(error.params.allowedValue)}`;
  } else if (error.keyword === 'discriminator') {
    path += `/${escapePointer(String(error.params.tag))}`;
    message = error.params.error === 'tag' ? 'must be a string' : `${JSON.stringify(error.params.tagValue)} is not a known ${String(error.params.tag)}`;
  }
  return { path, message, keyword: error.keyword };
}

/**
 * One JSON-pointer segment, escaped (`~` → `~0`, `/` → `~1`).
 *
 * @example
 *   escapePointer('a/b'); // 'a~1b'
 */
export function escapePointer(segment: string): string {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}
