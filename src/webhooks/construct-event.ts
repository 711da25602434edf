/**
 * From a signed delivery to a typed event: verify the signature over the raw bytes, parse, and validate
 * against the schema of the payload's own event type.
 */
import type { PoppWebhookEnvelope, PoppWebhookEvent } from '../events.js';
import type { Deviation } from '../validation/deviations.js';
import { listIssues } from '../validation/issue-list.js';
import type { ValidationProfile } from '../validation/profiles.js';
import { validateEvent, type ValidationIssue } from '../validators.js';
import { clip, WebhookPayloadError, WebhookSignatureError, WebhookUnknownEventError } from './errors.js';
import { SYNC_HMAC } from './hmac.js';
import { RECIPES, toBytes, toRaw, type RawBody } from './raw-body.js';
import { checkSignature, checkSignatureSync, SIGNATURE_HEADER, toSecrets, type SignatureCheck } from './signature.js';
import { resolveProfile } from '../validation/profiles.js';

/** The outcome of parseEvent: the typed event (with what the tolerant profile tolerated), or the error constructEvent would have rejected with. */
export type ParseEventResult = { ok: true; event: PoppWebhookEvent; deviations: readonly Deviation[] } | { ok: false; error: WebhookPayloadError | WebhookUnknownEventError };

/** What an event the tolerant profile accepted does differently from the strict contract. */
export interface DriftReport {
  event: string;
  eventId: string;
  deviations: readonly Deviation[];
}

export interface ParseEventOptions {
  /** Default `tolerant`: unknown enum values, kinds and ISO 8601 variants are accepted and reported as deviations. */
  profile?: ValidationProfile;
}

export interface ConstructEventOptions extends ParseEventOptions {
  /** Called with what the tolerant profile tolerated, when it tolerated anything. */
  onDrift?: (report: DriftReport) => void;
}

/**
 * Verifies a delivery and returns its typed event. Rejects with a WebhookSignatureError (missing, malformed or
 * mismatched signature), a WebhookPayloadError (not a raw body, empty, not JSON, not an envelope, schema
 * violation) or a WebhookUnknownEventError (a valid envelope of a type this contract does not know).
 *
 * @param payload the raw request body, exactly as received; never a parsed object
 * @param signature the `x-signature` header value
 * @param secret the endpoint's signing secret, or several while rotating (any match passes)
 * @example
 *   const event = await constructEvent(await request.text(), request.headers.get(SIGNATURE_HEADER), process.env.POPP_WEBHOOK_SECRET!);
 *   if (event.event === 'WORKFLOW_RUN_FAILED') console.log(event.data.errorCode);
 */
export async function constructEvent(
  payload: RawBody,
  signature: string | null | undefined,
  secret: string | readonly string[],
  options: ConstructEventOptions = {},
): Promise<PoppWebhookEvent> {
  const secrets = toSecrets(secret);
  const profile = resolveProfile(options.profile, 'tolerant', 'constructEvent');
  return eventOf(await readDelivery(toRaw(payload, 'constructEvent'), signature, secrets, profile), options);
}

/**
 * constructEvent, synchronously, for Node, Bun and Deno (node:crypto signs synchronously; like stripe-node's
 * constructEvent beside its constructEventAsync). Workers without nodejs_compat have only Web Crypto, which is
 * asynchronous: there it throws, saying to use constructEvent.
 *
 * @example
 *   const event = constructEventSync(req.body, req.headers[SIGNATURE_HEADER] as string, process.env.POPP_WEBHOOK_SECRET!);
 */
export function constructEventSync(
  payload: RawBody,
  signature: string | null | undefined,
  secret: string | readonly string[],
  options: ConstructEventOptions = {},
): PoppWebhookEvent {
  const secrets = toSecrets(secret);
  const profile = resolveProfile(options.profile, 'tolerant', 'constructEventSync');
  if (!SYNC_HMAC) throw new Error('constructEventSync needs node:crypto, which this runtime does not offer (Workers without nodejs_compat have only Web Crypto, which is asynchronous): use await constructEvent(…).');
  return eventOf(readDeliverySync(toRaw(payload, 'constructEventSync'), signature, secrets, profile) as DeliveryRead, options);
}

function eventOf(read: DeliveryRead, options: ConstructEventOptions): PoppWebhookEvent {
  if (read.kind === 'unknown-event-type') throw new WebhookUnknownEventError(read.envelope);
  if (read.kind !== 'event') throw read.error;
  if (read.deviations.length > 0) options.onDrift?.({ event: read.event.event, eventId: read.event.eventId, deviations: read.deviations });
  return read.event;
}

/**
 * What a delivery turned out to be, as a result (an unknown event type is a normal outcome, not an error):
 * the event with its drift, the envelope of a type this contract does not know, a signature problem, or a
 * signed body that breaks even the profile (its parsed envelope, when it is one, on `error.envelope`).
 */
export type DeliveryRead =
  | { kind: 'event'; event: PoppWebhookEvent; deviations: readonly Deviation[] }
  | { kind: 'unknown-event-type'; envelope: PoppWebhookEnvelope }
  | { kind: 'unsigned'; error: WebhookSignatureError }
  | { kind: 'invalid'; error: WebhookPayloadError };

/**
 * Verifies and reads a delivery without throwing for anything the delivery itself can be. Internal: the core of
 * constructEvent and createWebhookHandler.
 *
 * @example
 *   const read = await readDelivery(bytes, undefined, request.headers.get(SIGNATURE_HEADER), ['secret'], 'tolerant');
 *   if (read.kind === 'event') console.log(read.event.eventId, read.deviations);
 */
export async function readDelivery(body: string | Uint8Array, signature: string | null | undefined, secrets: readonly string[], profile: ValidationProfile): Promise<DeliveryRead> {
  // Synchronous where the runtime signs synchronously: no promise per secret, no hop through a thread pool.
  const read = readDeliverySync(body, signature, secrets, profile);
  if (read !== undefined) return read;
  const check = await checkSignature(body, signature, secrets);
  if (check === 'valid') return readValid(body, profile);
  // Web Crypto only: the diagnosis needs the trimmed secrets' verdict first.
  const trimmed = secrets.filter((secret) => secret.trim() !== secret).map((secret) => secret.trim());
  const trimmedCheck = check === 'mismatch' && trimmed.length > 0 ? await checkSignature(body, signature, trimmed) : 'mismatch';
  return { kind: 'unsigned', error: signatureError(check, body, signature, secrets, () => trimmedCheck) };
}

/**
 * readDelivery, synchronously: undefined when the runtime cannot sign synchronously (Web Crypto only) and the
 * signature header is well-formed, so that only the asynchronous form can decide. Internal: constructEventSync
 * and createWebhookHandler use it to skip a promise per delivery.
 *
 * @example
 *   const read = readDeliverySync(bytes, signature, ['secret'], 'tolerant') ?? (await readDelivery(bytes, signature, ['secret'], 'tolerant'));
 */
export function readDeliverySync(body: string | Uint8Array, signature: string | null | undefined, secrets: readonly string[], profile: ValidationProfile): DeliveryRead | undefined {
  const check = checkSignatureSync(body, signature, secrets);
  if (check === undefined) return undefined;
  if (check === 'valid') return readValid(body, profile);
  return { kind: 'unsigned', error: signatureError(check, body, signature, secrets, (trimmed) => checkSignatureSync(body, signature, trimmed) as SignatureCheck) };
}

/** A signed body, parsed and validated. */
function readValid(body: string | Uint8Array, profile: ValidationProfile): DeliveryRead {
  const result = parseBody(body, profile);
  if (result.ok) return { kind: 'event', event: result.event, deviations: result.deviations };
  if (result.error instanceof WebhookUnknownEventError) return { kind: 'unknown-event-type', envelope: result.error.envelope };
  return { kind: 'invalid', error: result.error };
}

/**
 * Parses and validates a payload without a signature check, for deliveries that were verified before they
 * were stored (a queue, a dead-letter store). Takes the JSON text or bytes, or the already parsed value.
 *
 * @example
 *   const result = parseEvent(message.body);
 *   if (result.ok) await process(result.event);
 *   else console.error(result.error.code, result.error.message);
 */
export function parseEvent(json: unknown, options: ParseEventOptions = {}): ParseEventResult {
  // A bad option is the caller's bug: it throws, before the try that turns a bad value into { ok: false }.
  const profile = resolveProfile(options.profile, 'tolerant', 'parseEvent');
  try {
    if (typeof json === 'string') return parseBody(json, profile);
    if (json instanceof Uint8Array || json instanceof ArrayBuffer) return parseBody(toBytes(json, 'parseEvent'), profile);
    return validate(json, profile);
  } catch (error) {
    // Only a value that is not plain data gets here: a getter or a Proxy trap that throws while it is read.
    return failure(new WebhookPayloadError('body-not-json', `The value is not plain JSON data: reading it threw ${describeThrown(error)}. Pass the JSON text or bytes, or the value JSON.parse returned.`));
  }
}

const decoder = new TextDecoder('utf-8', { fatal: true });
const BOM = '\uFEFF';

/**
 * Parses a body given as its bytes, or as its text when it arrived as a string (empty: no bytes, or '').
 * One leading byte order mark is ignored, whether it came as bytes (the decoder drops it) or as text (dropped
 * here): RFC 8259 §8.1 forbids senders to add one but lets parsers ignore it, and tolerating it on both paths
 * keeps a string and its UTF-8 bytes parsing alike.
 */
function parseBody(body: Uint8Array | string, profile: ValidationProfile): ParseEventResult {
  if (body.length === 0) {
    return failure(new WebhookPayloadError('body-empty', 'The request body is empty. Popp always sends a JSON event; an empty body usually means something read the stream before this code did (a body parser, a logging middleware).'));
  }
  let text: string;
  if (typeof body === 'string') text = body.startsWith(BOM) ? body.slice(BOM.length) : body;
  else {
    try {
      text = decoder.decode(body);
    } catch {
      return failure(new WebhookPayloadError('body-not-json', 'The request body is not valid UTF-8, so it cannot be JSON.'));
    }
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return failure(new WebhookPayloadError('body-not-json', `The request body is not valid JSON: ${clip((error as Error).message)}. It starts with ${JSON.stringify(text.slice(0, 40))}.`));
  }
  return validate(value, profile);
}

function validate(value: unknown, profile: ValidationProfile): ParseEventResult {
  const result = validateEvent(value, { profile });
  if (result.ok) return result;
  if (result.reason === 'unknown-event-type') return failure(new WebhookUnknownEventError(result.envelope));
  if (result.reason === 'not-an-envelope') {
    return failure(new WebhookPayloadError('not-an-envelope', issueList('The body is JSON but not a Popp event envelope (event, eventId, eventTimestamp, data.recordId, data.organizationId)', result.issues), result.issues, result.eventType));
  }
  // The payload is an envelope (validateEvent checked that first): keep it, for whoever stores it for replay.
  return failure(new WebhookPayloadError('schema-violation', issueList(`The ${result.eventType} payload breaks its schema`, result.issues), result.issues, result.eventType, value as PoppWebhookEnvelope));
}

function failure(error: WebhookPayloadError | WebhookUnknownEventError): ParseEventResult {
  return { ok: false, error };
}

// The issues in the one list format (issue-list.ts), their payload-derived strings clipped so a message stays short.
function issueList(heading: string, issues: readonly ValidationIssue[]): string {
  return listIssues(heading, issues.map((issue) => ({ ...issue, path: clip(issue.path), message: clip(issue.message) })), { whole: 'body', fullListIn: '.issues' });
}

/** Why a signature check failed, diagnosed; `recheck` verifies the body against the whitespace-trimmed secrets. */
function signatureError(
  check: Exclude<SignatureCheck, 'valid'>,
  body: string | Uint8Array,
  signature: string | null | undefined,
  secrets: readonly string[],
  recheck: (trimmed: readonly string[]) => SignatureCheck,
): WebhookSignatureError {
  if (check === 'missing') {
    return new WebhookSignatureError('signature-missing', `No ${SIGNATURE_HEADER} header: every Popp delivery is signed, so this request did not come from Popp (or a proxy dropped the header).`);
  }
  if (check === 'malformed') {
    return new WebhookSignatureError('signature-malformed', `The ${SIGNATURE_HEADER} header is not a signature: expected 64 hex characters or 44 base64 characters, optionally prefixed with "sha256=", but got ${describeHeader(signature as string)}.`);
  }
  const hints = [`The ${SIGNATURE_HEADER} header does not match the body under ${secrets.length > 1 ? `any of the ${secrets.length} signing secrets` : 'the signing secret'}.`];
  if (body.length === 0) hints.push('The body is empty: was the request stream already read (by a body parser or a logging middleware)?');
  else hints.push(`Verify the exact bytes received: a body that was parsed and serialised again (express.json(), a framework's JSON body, a proxy that re-encodes) no longer matches. ${RECIPES}`);
  const padded = secrets.filter((secret) => secret.trim() !== secret);
  if (padded.length > 0) {
    const trimmedMatches = recheck(padded.map((secret) => secret.trim())) === 'valid';
    hints.push(trimmedMatches
      ? 'The signing secret has leading or trailing whitespace, and the signature matches once it is trimmed: remove the whitespace (often a newline from an .env file or a secret store).'
      : 'The signing secret has leading or trailing whitespace (often a newline from an .env file or a secret store); check that it is the exact value from the Popp Developer Portal.');
  } else {
    hints.push('Check that the secret is the current one for this endpoint in the Popp Developer Portal; while rotating, pass both the new and the old secret.');
  }
  return new WebhookSignatureError('signature-mismatch', hints.join(' '));
}

// What a foreign exception says, without trusting it: its message may be a getter that throws too.
function describeThrown(error: unknown): string {
  try {
    if (error instanceof Error) return clip(`${error.name}: ${error.message}`);
    return `a ${error === null ? 'null' : typeof error}`;
  } catch {
    return 'an exception that cannot be described';
  }
}

// Never echo a long header value back: show its length and shape only.
function describeHeader(signature: string): string {
  const shown = signature.length <= 12 ? JSON.stringify(signature) : `${JSON.stringify(signature.slice(0, 12) + '…')} (${signature.length} characters)`;
  return shown;
}
