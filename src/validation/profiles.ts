/**
 * Checking a value under one of the two validation profiles (spec/profiles.yaml): `strict`, the documented
 * contract exactly, or `tolerant`, the forward-compatible reading of live traffic, which reports what it
 * tolerated as deviations.
 */
import type { FastValidator } from '../../generated/validators-fast.mjs';
import type { Validator } from '../../generated/validators.mjs';
import { type Deviation, NO_DEVIATIONS, deviationsOf } from './deviations.js';
import { type ValidationIssue, toValidationIssues } from './issues.js';

/** `strict`: the documented contract exactly. `tolerant`: live traffic, drift accepted and reported. */
export type ValidationProfile = 'strict' | 'tolerant';

/** The outcome of checking one value: valid (with what the tolerant profile tolerated), or the issues. */
export type ProfileCheck<T> = { ok: true; value: T; deviations: readonly Deviation[] } | { ok: false; issues: ValidationIssue[] };

/** A schema's precompiled validators: its two detailed ones, and optionally its boolean-only strict check. */
export interface ValidatorPair<T> {
  strict: Validator<T>;
  tolerant: Validator<T>;
  /** The first tier (validators-fast.mjs): without it, the detailed strict validator is the first check. */
  check?: FastValidator<T>;
}

/**
 * Checks `value` under `profile`. The boolean strict check runs first, so a conforming value costs one check
 * that builds no error, under either profile. Only a value it refuses meets the detailed validators: the strict
 * one for its issues, then (tolerant) the tolerant one, and the strict errors of a value the tolerant one
 * accepts become the deviations.
 *
 * @example
 *   const check = checkProfile({ strict: validateWorkflowRun, tolerant: validateWorkflowRunTolerant }, body, 'tolerant');
 *   if (check.ok && check.deviations.length > 0) console.warn('Popp sent something new', check.deviations);
 */
export function checkProfile<T>(pair: ValidatorPair<T>, value: unknown, profile: ValidationProfile): ProfileCheck<T> {
  // The detailed strict validator runs after a refusal by the check to fill in its errors; the tiers agree (a
  // differential test holds them to it), and where they would not, the detailed one decides.
  if ((pair.check !== undefined && pair.check(value)) || pair.strict(value)) return { ok: true, value: value as T, deviations: NO_DEVIATIONS };
  if (profile === 'strict') return { ok: false, issues: toValidationIssues(pair.strict.errors) };
  const strictErrors = pair.strict.errors;
  if (pair.tolerant(value)) return { ok: true, value, deviations: deviationsOf(strictErrors, value) };
  return { ok: false, issues: toValidationIssues(pair.tolerant.errors) };
}

/**
 * The profile option as given, checked: `undefined` means the default.
 *
 * @example
 *   resolveProfile(options.profile, 'tolerant', 'createWebhookHandler'); // 'tolerant' unless 'strict' was asked for
 */
export function resolveProfile(profile: unknown, fallback: ValidationProfile, caller: string): ValidationProfile {
  if (profile === undefined) return fallback;
  if (profile === 'strict' || profile === 'tolerant') return profile;
  throw new TypeError(`${caller}: profile must be 'strict' or 'tolerant' (got ${typeof profile === 'string' ? JSON.stringify(profile) : typeof profile}).`);
}
