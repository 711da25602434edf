/**
 * `validate`: events checked against the schema of their own `event` type, REST bodies against a named schema,
 * under the tolerant profile (drift reported) or the strict one; JSON or NDJSON, from files or standard input.
 */
import * as detailed from '../../../generated/validators.mjs';
import * as fast from '../../../generated/validators-fast.mjs';
import { validateEvent } from '../../validation/validate-event.js';
import type { Deviation } from '../../validation/deviations.js';
import { listIssues, listLines } from '../../validation/issue-list.js';
import type { ValidationIssue } from '../../validation/issues.js';
import { checkProfile, type ValidationProfile, type ValidatorPair } from '../../validation/profiles.js';
import { clip } from '../../webhooks/errors.js';
import { stringOption } from '../args.js';
import { closeMatches } from '../close-matches.js';
import { type Command, EXIT, UsageError } from '../command.js';
import { readInput } from '../input.js';
import { jsonValues } from '../json-values.js';
import { schemaIndex } from '../package-files.js';
import { type Style, styleFor } from '../style.js';

export const validate: Command = {
  name: 'validate',
  summary: 'Check events (by their own type) or REST bodies (--schema) against the contract.',
  usage: 'validate [files…|-] [--strict] [--schema Name]',
  description: [
    'Checks each JSON value against the contract. An event is checked against the schema of its own `event`',
    'type; a REST body (or any named schema) with --schema Name, a name from generated/schemas/index.json.',
    'By default under the tolerant profile, as a receiver reads live traffic: what the strict contract would',
    'refuse but the tolerant profile accepts (a new enum value, an ISO 8601 variant) is reported as drift.',
    '--strict checks the documented contract exactly. A file holds one JSON value, or NDJSON: one value per',
    'line (.ndjson and .jsonl files always), reported with its line number. Problems are listed by JSON',
    'pointer. Without a file (or with -), standard input is read.',
    'Exit 0 every value valid, 1 any value invalid (or not JSON), 2 usage error.',
  ].join('\n'),
  options: {
    strict: { type: 'boolean', description: 'Use the strict profile (the documented contract exactly) instead of the tolerant one.' },
    schema: { type: 'string', value: 'Name', description: 'Check every value against this schema (e.g. StartWorkflowRunsRequest) instead of by its event type.' },
  },
  positionals: { min: 0 },
  examples: [
    'validate delivery.json',
    'validate deliveries.ndjson --strict',
    'validate start-runs.json --schema StartWorkflowRunsRequest',
    '# Check what a receiver logged, one delivery per line:',
    'cat received.ndjson | popp-workflow-contract validate -',
  ],
  async run(args, io) {
    const profile: ValidationProfile = args.values.strict === true ? 'strict' : 'tolerant';
    const schemaName = stringOption(args, 'schema');
    const check = schemaName === undefined ? checkEvent : schemaChecker(schemaName);
    let paths = args.positionals;
    if (paths.length === 0) {
      if (io.stdin.isTTY) throw new UsageError('nothing to validate: name files, or pipe JSON into standard input (or pass -).');
      paths = ['-'];
    }
    if (paths.filter((path) => path === '-').length > 1) throw new UsageError('"-" (standard input) can be given once.');
    const inputs = [];
    // Every file is read before anything is printed: a missing file is a usage error, not a half-done report.
    for (const path of paths) inputs.push(await readInput(path, io));
    const style = styleFor(io.stdout, io.env);
    const tally = { valid: 0, drifted: 0, invalid: 0 };
    for (const input of inputs) {
      for (const item of jsonValues(input)) {
        const where = item.line === undefined ? input.name : `${input.name}:${item.line}`;
        const verdict: Verdict = item.ok ? check(item.value, profile) : { kind: 'invalid', what: '', heading: item.message, issues: [] };
        io.stdout.write(report(where, verdict, profile, style));
        if (verdict.kind === 'invalid') tally.invalid++;
        else {
          tally.valid++;
          if (verdict.deviations.length > 0 || verdict.note !== undefined) tally.drifted++;
        }
      }
    }
    const total = tally.valid + tally.invalid;
    if (total > 1) {
      io.stdout.write(`${total} values: ${tally.valid} valid${tally.drifted > 0 ? ` (${tally.drifted} with drift)` : ''}, ${tally.invalid} invalid (${profile} profile).\n`);
    }
    return tally.invalid > 0 ? EXIT.failed : EXIT.ok;
  },
};

type Verdict =
  | { kind: 'valid'; what: string; deviations: readonly Deviation[]; note?: string }
  | { kind: 'invalid'; what: string; heading: string; issues: readonly ValidationIssue[] };

function checkEvent(value: unknown, profile: ValidationProfile): Verdict {
  const result = validateEvent(value, { profile });
  if (result.ok) return { kind: 'valid', what: `${result.event.event} ${clip(result.event.eventId, 80)}`, deviations: result.deviations };
  if (result.reason === 'unknown-event-type') {
    const what = `${clip(result.eventType, 80)} ${clip(result.envelope.eventId, 80)}`;
    const heading = `a well-formed envelope of an event type this version of the contract does not know`;
    // Tolerant: a receiver acknowledges an unknown type (nothing is lost); strict: it is not in the documented contract.
    return profile === 'tolerant' ? { kind: 'valid', what, deviations: [], note: `${heading}; its payload was not checked further` } : { kind: 'invalid', what, heading, issues: [] };
  }
  if (result.reason === 'not-an-envelope') {
    return { kind: 'invalid', what: '', heading: 'not a Popp event envelope (event, eventId, eventTimestamp, data.recordId, data.organizationId); for a REST body pass --schema Name', issues: result.issues };
  }
  return { kind: 'invalid', what: result.eventType, heading: 'breaks its schema', issues: result.issues };
}

/** The checker of a named schema, or a usage error listing the names closest to a wrong one. */
function schemaChecker(name: string): (value: unknown, profile: ValidationProfile) => Verdict {
  const index = schemaIndex();
  const names = index.schemas.map((schema) => schema.name);
  const pair = names.includes(name) ? validatorPair(name) : undefined;
  if (pair === undefined) {
    const byEvent = index.events.find((event) => event.event === name)?.schema;
    const matches = byEvent !== undefined ? [byEvent] : closeMatches(name, names);
    const hint = matches.length > 0 ? ` Did you mean ${matches.join(', ')}?` : ` The ${names.length} names are listed in generated/schemas/index.json; REST bodies include StartWorkflowRunsRequest, CancelWorkflowRunRequest, WorkflowRun and WorkflowRunPage.`;
    throw new UsageError(`--schema: no schema is named ${JSON.stringify(name)}.${hint} (An event needs no --schema: it is checked by its own type.)`);
  }
  return (value, profile) => {
    const result = checkProfile(pair, value, profile);
    if (result.ok) return { kind: 'valid', what: name, deviations: result.deviations };
    return { kind: 'invalid', what: name, heading: 'breaks the schema', issues: result.issues };
  };
}

function validatorPair(name: string): ValidatorPair<unknown> | undefined {
  const validators = detailed as unknown as Record<string, ValidatorPair<unknown>['strict'] | undefined>;
  const checks = fast as unknown as Record<string, ValidatorPair<unknown>['check']>;
  const strict = validators[`validate${name}`];
  const tolerant = validators[`validate${name}Tolerant`];
  if (strict === undefined || tolerant === undefined) return undefined;
  const check = checks[`isValid${name}`];
  return { strict, tolerant, ...(check === undefined ? {} : { check }) };
}

function report(where: string, verdict: Verdict, profile: ValidationProfile, style: Style): string {
  if (verdict.kind === 'invalid') {
    const heading = `${where}: ${style.bad('invalid')}${verdict.what === '' ? '' : ` ${verdict.what}`}: ${verdict.heading}`;
    return `${verdict.issues.length === 0 ? heading : listIssues(heading, verdict.issues, { cap: Number.POSITIVE_INFINITY })}\n`;
  }
  const line = `${where}: ${style.ok('valid')} ${verdict.what}`;
  if (verdict.note !== undefined) return `${line}, ${style.warn('but')} ${verdict.note}\n`;
  if (verdict.deviations.length === 0) return `${line} (${profile} profile)\n`;
  const count = verdict.deviations.length;
  const heading = `${line}, with ${style.warn(`drift`)} the strict profile refuses (${count} ${count === 1 ? 'deviation' : 'deviations'}):`;
  return `${heading}${listLines(verdict.deviations, describeDeviation, { cap: Number.POSITIVE_INFINITY })}\n`;
}

function describeDeviation(deviation: Deviation): string {
  const value = deviation.value === undefined ? '' : ` ${JSON.stringify(typeof deviation.value === 'string' ? clip(deviation.value, 80) : deviation.value)}`;
  return `${deviation.path || '(the whole value)'}: ${deviation.kind}${value}`;
}
