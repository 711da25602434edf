/**
 * `send`: one delivery as Popp makes it — an event built from the spec's examples (or read from a file), edited
 * with --set, signed over its exact bytes and POSTed — and what the receiver answered, once per --repeat.
 */
import { PACKAGE_VERSION } from '../../../generated/constants.js';
import { isKnownEventType, KNOWN_EVENT_TYPES } from '../../events.js';
import { buildEvent } from '../../testing/build-event.js';
import { stringifyJson } from '../../testing/json.js';
import { validateEvent } from '../../validation/validate-event.js';
import { listIssues, listLines } from '../../validation/issue-list.js';
import { clip } from '../../webhooks/errors.js';
import { SIGNATURE_HEADER, signPayload } from '../../webhooks/signature.js';
import { integerOption, stringList, urlOption } from '../args.js';
import { didYouMean } from '../close-matches.js';
import { type Command, EXIT, UsageError } from '../command.js';
import { describeFetchFailure } from '../http-failure.js';
import { readInput } from '../input.js';
import { jsonValues } from '../json-values.js';
import { schemaFile, schemaIndex } from '../package-files.js';
import { SECRET_OPTION, secretsFrom } from '../secret.js';
import { applyAssignment, parseAssignment } from '../set-path.js';
import { styleFor } from '../style.js';

export const send: Command = {
  name: 'send',
  summary: 'Sign and POST an event (built from the examples, or a file) to a receiver; print its answers.',
  usage: 'send <EVENT_TYPE|file> --to URL [--secret S] [--set path=value …] [--repeat N] [--strict]',
  description: [
    'Sends a receiver one delivery as Popp sends it. EVENT_TYPE (e.g. WORKFLOW_RUN_FAILED) builds the event',
    'from the spec\'s example with a fresh eventId; a file is sent as it is, byte for byte. --set changes a',
    'field by its dot path (data.recordId=run_1, data.nodes.0.nodeId=n1); the value is read as JSON when it',
    'parses (3, true, null, {"a":1}) and as text otherwise; a path that neither the event nor its schema',
    'knows is refused. The event is then checked (tolerant profile: drift is allowed and reported; --strict:',
    'the documented contract exactly), signed over the exact bytes sent (x-signature) and POSTed as',
    'application/json. --repeat sends the same delivery again, as Popp\'s at-least-once retries do (same',
    'eventId: a receiver should answer the repeats as duplicates). Exit 0 every answer 2xx, 1 otherwise.',
  ].join('\n'),
  options: {
    to: { type: 'string', value: 'URL', description: 'The receiver\'s URL (required), e.g. http://127.0.0.1:3000/webhooks/popp.' },
    secret: SECRET_OPTION,
    set: { type: 'string', multiple: true, value: 'path=value', description: 'Set a field, by dot path; repeatable.' },
    repeat: { type: 'string', value: 'N', description: 'Send the same delivery N times (1 to 1000; default 1).' },
    strict: { type: 'boolean', description: 'Refuse an event the strict profile refuses (by default drift is sent, and reported).' },
    'allow-invalid': { type: 'boolean', description: 'Send an event even when it breaks the contract, to test how a receiver refuses it.' },
    'timeout-ms': { type: 'string', value: 'MS', description: 'How long to wait for each answer (default 30000).' },
  },
  positionals: { min: 1, max: 1 },
  examples: [
    'send WORKFLOW_RUN_FAILED --to http://127.0.0.1:3000/webhooks/popp --set data.recordId=run_1 --set data.errorCode=EXECUTOR_TIMEOUT',
    'send delivery.json --to http://127.0.0.1:3000/webhooks/popp --repeat 2',
  ],
  async run(args, io) {
    const to = urlOption(args, 'to', true);
    const [secret] = secretsFrom(args, io.env);
    const repeat = integerOption(args, 'repeat', { min: 1, max: 1000, fallback: 1 });
    const timeoutMs = integerOption(args, 'timeout-ms', { min: 1, max: 600_000, fallback: 30_000 });
    const assignments = stringList(args, 'set').map(parseAssignment);
    const delivery = await prepare(args.positionals[0] as string, assignments, io);
    const profile = args.values.strict === true ? 'strict' : 'tolerant';
    const style = styleFor(io.stdout, io.env);

    const result = validateEvent(delivery.event, { profile });
    if (!result.ok && args.values['allow-invalid'] !== true) {
      const why = result.reason === 'unknown-event-type' ? `${clip(result.eventType)} is not an event type this contract knows${didYouMean(result.eventType, KNOWN_EVENT_TYPES)}` : listIssues(`the event breaks the contract (${profile} profile)`, result.issues, { cap: Number.POSITIVE_INFINITY });
      throw new UsageError(`${delivery.source}: ${why}\nNothing was sent. Pass --allow-invalid to send it anyway (to test a receiver's refusals).`);
    }
    if (result.ok && result.deviations.length > 0) {
      io.stdout.write(`${style.warn('drift')}: the event breaks the strict profile, sent anyway (tolerant):${listLines(result.deviations, (deviation) => `${deviation.path}: ${deviation.kind}${deviation.value === undefined ? '' : ` ${JSON.stringify(deviation.value)}`}`, { cap: Number.POSITIVE_INFINITY })}\n`);
    } else if (!result.ok) {
      io.stdout.write(`${style.warn('invalid')}: sending an event that breaks the contract (--allow-invalid).\n`);
    }

    const signature = await signPayload(delivery.body, secret);
    const { event, eventId } = describeEvent(delivery.event);
    io.stdout.write(`Sending ${event} ${eventId} (${delivery.body.length} bytes, signed) to ${to.href}${repeat > 1 ? `, ${repeat} times` : ''}\n`);
    let allAccepted = true;
    for (let attempt = 1; attempt <= repeat; attempt++) {
      const label = repeat > 1 ? `[${attempt}/${repeat}] ` : '';
      try {
        const response = await fetch(to, {
          method: 'POST',
          headers: { 'content-type': 'application/json', [SIGNATURE_HEADER]: signature, 'user-agent': `popp-workflow-contract-cli/${PACKAGE_VERSION}` },
          body: delivery.body,
          redirect: 'manual',
          signal: AbortSignal.any([io.signal, AbortSignal.timeout(timeoutMs)]),
        });
        const answer = (await response.text()).trim();
        const accepted = response.ok;
        allAccepted &&= accepted;
        const status = `${response.status}${response.statusText === '' ? '' : ` ${response.statusText}`}`;
        io.stdout.write(`${label}${accepted ? style.ok(status) : style.bad(status)}${answer === '' ? '' : ` ${clip(answer, 2000)}`}\n`);
      } catch (error) {
        allAccepted = false;
        io.stdout.write(`${label}${style.bad('failed')}: ${describeFetchFailure(error)}\n`);
        if (io.signal.aborted) break;
      }
    }
    return allAccepted ? EXIT.ok : EXIT.failed;
  },
};

interface Delivery {
  /** What the event came from, for messages. */
  source: string;
  event: unknown;
  body: Uint8Array<ArrayBuffer>;
}

const encoder = new TextEncoder();

/** The event and the bytes to send: built from the examples, or the file (its exact bytes unless --set changed it). */
async function prepare(target: string, assignments: ReturnType<typeof parseAssignment>[], io: Parameters<Command['run']>[1]): Promise<Delivery> {
  let event: unknown;
  let body: Uint8Array<ArrayBuffer> | undefined;
  let source: string;
  if (isKnownEventType(target)) {
    event = buildEvent(target);
    source = target;
  } else {
    if (/^[A-Z][A-Z0-9_]*$/.test(target)) {
      throw new UsageError(`${JSON.stringify(target)} is not a Popp event type.${didYouMean(target, KNOWN_EVENT_TYPES)} Known types: ${KNOWN_EVENT_TYPES.join(', ')}.`);
    }
    const input = await readInput(target, io);
    const values = jsonValues(input);
    const [first] = values;
    if (values.length !== 1 || first === undefined) throw new UsageError(`${input.name} holds ${values.length} JSON values (NDJSON); send takes a file with one event.`);
    if (!first.ok) throw new UsageError(`${input.name}: ${first.message}.`);
    event = first.value;
    body = input.bytes;
    source = input.name;
  }
  if (assignments.length > 0) {
    if (typeof event !== 'object' || event === null || Array.isArray(event)) throw new UsageError(`${source}: --set needs a JSON object to change, and this is ${Array.isArray(event) ? 'an array' : typeof event}.`);
    const schema = schemaFile(schemaNameOf(event as Record<string, unknown>));
    for (const assignment of assignments) applyAssignment(event as Record<string, unknown>, assignment, schema);
    body = undefined;
  }
  if (body === undefined) {
    const text = stringifyJson(event);
    if (text === undefined) throw new UsageError(`${source}: the event cannot be serialised to JSON.`);
    body = encoder.encode(text);
  }
  return { source, event, body };
}

/** The schema --set paths are checked against: the event type's own, or the envelope's for an unknown type. */
function schemaNameOf(event: Record<string, unknown>): string {
  const type = event.event;
  return schemaIndex().events.find((entry) => entry.event === type)?.schema ?? 'PoppWebhookEnvelope';
}

function describeEvent(event: unknown): { event: string; eventId: string } {
  const record = (typeof event === 'object' && event !== null ? event : {}) as Record<string, unknown>;
  return { event: typeof record.event === 'string' ? clip(record.event, 80) : '(no event type)', eventId: typeof record.eventId === 'string' ? clip(record.eventId, 80) : '(no eventId)' };
}
