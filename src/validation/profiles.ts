/**
 * Checking a value under one of the two validation profiles (spec/profiles.yaml): `strict`, the documented
 * contract exactly, or `tolerant`, the forward-compatible reading of live traffic, which reports what it
 * tolerated as deviations.
 */
import type { Validator } from '../../generated/validators.mjs';
import { type Deviation, NO_DEVIATIONS, deviationsOf } from './deviations.js';
import { type ValidationIssue, toValidationIssues } from './issues.js';

/** `strict`: the documented contract exactly. `tolerant`: live traffic, drift accepted and reported. */
export type ValidationProfile = 'strict' | 'tolerant';

/** The outcome of checking one value: valid (with what the tolerant profile tolerated), or the issues. */
export type ProfileCheck<T> = { ok: true; value: T; deviations: readonly Deviation[] } | { ok: false; issues: ValidationIssue[] };

/** A schema's two precompiled validators. */
export interface ValidatorPair<T> {
  strict: Validator<T>;
  tolerant: Validator<T>;
}

/**
 * Checks `value` under `profile`. The strict validator runs first, so a conforming value costs one check under
 * either profile; only a value it refuses is checked again by the tolerant one, and the strict errors become
 * the deviations.
 *
 * @example
 *   const check = checkProfile({ strict: validateWorkflowRun, tolerant: validateWorkflowRunTolerant }, body, 'tolerant');
 *   if (check.ok && check.deviations.length > 0) console.warn('Popp sent something new', check.deviations);
 */
export function checkProfile<T>(pair: ValidatorPair<T>, value: unknown, profile: ValidationProfile): ProfileCheck<T> {
  if (pair.strict(value)) return { ok: true, value, deviations: NO_DEVIATIONS };
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
