/**
 * Why a delivery was rejected. Every error has a stable `code` to branch on and the HTTP `status` a receiver
 * should answer with, so the sender (Popp) retries what can succeed later and its delivery log says why.
 */
import type { PoppWebhookEnvelope } from '../events.js';
import type { ValidationIssue } from '../validators.js';

/** Every code a WebhookError can carry. */
export type WebhookErrorCode = WebhookSignatureError['code'] | WebhookPayloadError['code'] | WebhookUnknownEventError['code'];

/**
 * The base class of every error constructEvent and parseEvent reject with.
 *
 * @example
 *   try { await constructEvent(body, signature, secret) }
 *   catch (error) { if (error instanceof WebhookError) return new Response(error.message, { status: error.status }); throw error; }
 */
export abstract class WebhookError extends Error {
  abstract readonly code: string;
  /** The HTTP status a receiver should answer the delivery with. */
  abstract readonly status: number;
}

/**
 * The `x-signature` header is missing, is not one of the accepted forms, or does not match the body.
 *
 * @example
 *   if (error instanceof WebhookSignatureError && error.code === 'signature-mismatch') console.warn(error.message);
 */
export class WebhookSignatureError extends WebhookError {
  override readonly name = 'WebhookSignatureError';
  readonly status = 401;
  constructor(
    readonly code: 'signature-missing' | 'signature-malformed' | 'signature-mismatch',
    message: string,
  ) {
    super(message);
  }
}

/**
 * The body cannot be a Popp event: not raw bytes, empty, not JSON, not an envelope, or in breach of its
 * event's schema (`issues` lists each problem with a JSON-pointer path).
 *
 * @example
 *   if (error instanceof WebhookPayloadError) for (const issue of error.issues) console.warn(issue.path, issue.message);
 */
export class WebhookPayloadError extends WebhookError {
  override readonly name = 'WebhookPayloadError';
  readonly status: number;
  constructor(
    readonly code: 'body-not-raw' | 'body-empty' | 'body-not-json' | 'not-an-envelope' | 'schema-violation',
    message: string,
    /** The schema problems, for `not-an-envelope` and `schema-violation`. */
    readonly issues: readonly ValidationIssue[] = [],
    /** The event type the payload claims, when it names one. */
    readonly eventType?: string,
    /** For a schema violation, the parsed envelope (a valid envelope whose payload breaks its event's schema). */
    readonly envelope?: PoppWebhookEnvelope,
  ) {
    super(message);
    // A body-not-raw error is the receiver's own bug (500, so the delivery is retried once it is fixed);
    // a schema violation is well-formed JSON the contract rejects (422); the rest is a malformed request (400).
    this.status = code === 'body-not-raw' ? 500 : code === 'schema-violation' ? 422 : 400;
  }
}

/**
 * A valid, signed envelope whose `event` type this contract does not know (yet). It carries the parsed
 * envelope, so nothing is lost: store it, or upgrade the package to get the new type.
 *
 * @example
 *   if (error instanceof WebhookUnknownEventError) await deadLetters.put(error.envelope.eventId, error.envelope);
 */
export class WebhookUnknownEventError extends WebhookError {
  override readonly name = 'WebhookUnknownEventError';
  readonly code = 'unknown-event-type';
  readonly status = 200;
  constructor(readonly envelope: PoppWebhookEnvelope) {
    super(`Unknown event type ${JSON.stringify(clip(envelope.event))} (eventId ${clip(envelope.eventId)}): a valid, signed Popp envelope whose type this version of popp-workflow-contract does not know. The envelope is on error.envelope; upgrading the package may add the type.`);
  }
}

/**
 * A string from the payload, cut to a length that keeps messages and answers small: a path or an issue
 * message can quote a value of the payload (an unknown `kind`, say), and a payload is as long as its sender
 * wants. Internal.
 *
 * @example
 *   clip('x'.repeat(1000)); // 'xxx…x… (1000 characters)', 200 characters of it
 */
export function clip(text: string, max = 200): string {
  return text.length <= max ? text : `${text.slice(0, max)}… (${text.length} characters)`;
}
