/**
 * validateEvent: a parsed webhook payload checked against the schema of its own event type (never one oneOf
 * over every event, which would report hundreds of irrelevant errors), under a validation profile.
 */
import { fastEventValidators, isValidPoppWebhookEnvelope } from '../../generated/validators-fast.mjs';
import {
  eventValidators,
  tolerantEventValidators,
  validatePoppWebhookEnvelope,
  validatePoppWebhookEnvelopeTolerant,
} from '../../generated/validators.mjs';
import type { PoppEventType, PoppWebhookEnvelope, PoppWebhookEvent } from '../../generated/events.js';
import { type Deviation, NO_DEVIATIONS } from './deviations.js';
import type { ValidationIssue } from './issues.js';
import { checkProfile, resolveProfile, type ValidatorPair, type ValidationProfile } from './profiles.js';

export type EventValidationResult =
  /** Valid under the profile; `deviations` lists what the tolerant profile tolerated (always empty under strict). */
  | { ok: true; event: PoppWebhookEvent; deviations: readonly Deviation[] }
  /** The payload is not even a Popp envelope (event, eventId, eventTimestamp, data.recordId, data.organizationId). */
  | { ok: false; reason: 'not-an-envelope'; eventType: string | undefined; issues: ValidationIssue[] }
  /** A well-formed envelope whose event type this contract does not know (yet). */
  | { ok: false; reason: 'unknown-event-type'; eventType: string; envelope: PoppWebhookEnvelope; issues: [] }
  /** A known event type whose payload breaks that event's schema under the profile. */
  | { ok: false; reason: 'schema-violation'; eventType: PoppEventType; issues: ValidationIssue[] };

export interface ValidateEventOptions {
  /** Default `tolerant`: unknown enum values, kinds and ISO 8601 variants pass and come back as deviations. */
  profile?: ValidationProfile;
}

const ENVELOPE = { check: isValidPoppWebhookEnvelope, strict: validatePoppWebhookEnvelope, tolerant: validatePoppWebhookEnvelopeTolerant };

/**
 * Each known type's validators, found by one Map lookup: the type arrives as a fresh string from JSON.parse, and
 * looking it up in each of the generated objects (the fast, strict and tolerant maps) repeated that work.
 */
const VALIDATORS_BY_TYPE: ReadonlyMap<string, ValidatorPair<PoppWebhookEvent>> = /*#__PURE__*/ validatorsByType();

function validatorsByType(): Map<string, ValidatorPair<PoppWebhookEvent>> {
  return new Map((Object.keys(eventValidators) as PoppEventType[]).map((type) => [type, { check: fastEventValidators[type], strict: eventValidators[type], tolerant: tolerantEventValidators[type] }]));
}

/**
 * Validates a parsed webhook payload against the schema of its own event type.
 *
 * @example
 *   const result = validateEvent(JSON.parse(body));
 *   if (result.ok) console.log(result.event.event, result.deviations);
 *   else console.error(result.reason, result.issues);
 *   validateEvent(payload, { profile: 'strict' }); // the documented contract exactly
 */
export function validateEvent(payload: unknown, options: ValidateEventOptions = {}): EventValidationResult {
  const profile = resolveProfile(options.profile, 'tolerant', 'validateEvent');
  const type = payload !== null && typeof payload === 'object' ? (payload as { event?: unknown }).event : undefined;
  const validators = typeof type === 'string' ? VALIDATORS_BY_TYPE.get(type) : undefined;
  // The common case, a conforming event, costs the boolean check and this one result object.
  if (validators?.check?.(payload)) return { ok: true, event: payload, deviations: NO_DEVIATIONS };
  const known = validators === undefined ? undefined : (type as PoppEventType);
  const check = validators === undefined ? undefined : checkProfile({ strict: validators.strict, tolerant: validators.tolerant }, payload, profile);
  if (check?.ok) return { ok: true, event: check.value, deviations: check.deviations };
  // Not valid as its own type: tell a broken envelope from a broken payload of a known or unknown type.
  const envelope = checkProfile<PoppWebhookEnvelope>(ENVELOPE, payload, profile);
  if (!envelope.ok) return { ok: false, reason: 'not-an-envelope', eventType: typeof type === 'string' ? type : undefined, issues: envelope.issues };
  if (check === undefined || known === undefined) return { ok: false, reason: 'unknown-event-type', eventType: type as string, envelope: envelope.value, issues: [] };
  return { ok: false, reason: 'schema-violation', eventType: known, issues: check.issues };
}
