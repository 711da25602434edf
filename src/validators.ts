/**
 * Precompiled JSON Schema validators under two profiles. `validateEvent` picks the schema by the payload's
 * `event`; `validate<SchemaName>` (strict) and `validate<SchemaName>Tolerant` check one schema (each is a type
 * guard that leaves Ajv errors on `.errors`); `isValid<SchemaName>` is the boolean-only first tier (strict, no
 * errors built); `checkProfile` runs them in order and reports deviations.
 *
 * @example
 *   import { validateEvent } from 'popp-workflow-contract/validators';
 *   const result = validateEvent(JSON.parse(body));          // tolerant: drift accepted and reported
 *   if (!result.ok) console.error(result.reason, result.issues);
 *   else if (result.deviations.length > 0) console.warn(result.deviations);
 */
export * from '../generated/validators.mjs';
export * from '../generated/validators-fast.mjs';
export { validateEvent, type EventValidationResult, type ValidateEventOptions } from './validation/validate-event.js';
export { checkProfile, type ProfileCheck, type ValidationProfile, type ValidatorPair } from './validation/profiles.js';
export { type Deviation, type DeviationKind } from './validation/deviations.js';
export { toValidationIssues, type ValidationIssue } from './validation/issues.js';
