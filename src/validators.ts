/**
 * Precompiled JSON Schema validators: `validateEvent` picks the schema by the payload's `event`, and
 * `validate<SchemaName>` checks one schema (each is a type guard that leaves Ajv errors on `.errors`).
 *
 * @example
 *   import { validateEvent } from 'popp-workflow-contract/validators';
 *   const result = validateEvent(JSON.parse(body));
 *   if (!result.ok) console.error(result.reason, result.issues);
 */
export * from '../generated/validators.mjs';
