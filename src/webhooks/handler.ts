/**
 * createWebhookHandler: a `(request: Request) => Promise<Response>` that verifies, validates, deduplicates
 * and dispatches each delivery, and answers with the status that makes Popp do the right thing (2xx:
 * done; anything else: retry later, then dead-letter). Its answers are small JSON that says what happened,
 * for whoever reads Popp's delivery log.
 */
import { isKnownEventType, KNOWN_EVENT_TYPES, type EventMap, type PoppEventType, type PoppWebhookEnvelope, type PoppWebhookEvent } from '../events.js';
import type { Deviation } from '../validation/deviations.js';
import { firstItems } from '../validation/issue-list.js';
import type { ValidationIssue } from '../validation/issues.js';
import { resolveProfile, type ValidationProfile } from '../validation/profiles.js';
import { readDelivery, readDeliverySync, type DriftReport } from './construct-event.js';
import { MAX_TIMER_MS, settleWithin, type Settlement } from './deadline.js';
import { clip, type WebhookPayloadError, type WebhookSignatureError } from './errors.js';
import { createMemoryIdempotencyStore, type ClaimToken, type IdempotencyStore, type StoreTransaction } from './idempotency.js';
import { holdLease } from './lease.js';
import { HandlerContext, LazyAbort } from './lazy-signal.js';
import { payloadHash } from './payload-hash.js';
import { fetchHandlerOver, type IncomingDelivery, type Reply } from './reply.js';
import { SIGNATURE_HEADER, toSecrets } from './signature.js';

/** What a handler gets besides the event. */
export interface DeliveryContext {
  /** The delivery's eventId (undefined only for an invalid delivery without one). */
  eventId: string | undefined;
  /**
   * Aborts when the handler should stop: its `handlerTimeoutMs` deadline has come (reason: a `TimeoutError`),
   * or the idempotency claim's lease could not be extended and would lapse soon (reason: an `AbortError`), after
   * which another delivery may process the event. Pass it on to `fetch` and database calls.
   */
  signal: AbortSignal;
  /**
   * With a store that runs handlers in its transaction (`createPostgresIdempotencyStore({ transactional: true })`):
   * a `query` bound to the transaction that also completes the claim, so writes through it happen exactly once.
   * Undefined otherwise.
   */
  transaction: StoreTransaction | undefined;
}

/** One handler per event type; each receives that type's event and the delivery's context. */
export type WebhookEventHandlers = { readonly [K in PoppEventType]?: (event: EventMap[K], context: DeliveryContext) => unknown };

/** Where the handler reports what it does not answer with a success: `console` by default. */
export interface WebhookLogger {
  warn(message: string): void;
  error(message: string, error?: unknown): void;
}

/** A delivery the handler did not acknowledge (or acknowledged without processing), as passed to onError. */
export interface DeliveryFailure {
  /** The HTTP status answered. */
  status: number;
  /** A stable code, the same as the `error` field of the answer. */
  code: string;
  message: string;
  eventId?: string;
  eventType?: string;
}

/**
 * A signed delivery that breaks even the handler's validation profile, as handed to `onInvalid` to keep for
 * replay. Store `rawBody` (the exact bytes): `parseEvent(rawBody, { profile })` reads it again later, for
 * example once the package knows the change.
 */
export interface InvalidDelivery {
  /** The body exactly as received. */
  rawBody: Uint8Array;
  /** The body as text, when it is valid UTF-8. */
  text: string | undefined;
  /** `body-empty`, `body-not-json`, `not-an-envelope` or `schema-violation`. */
  code: WebhookPayloadError['code'];
  /** What is wrong, for the log. */
  message: string;
  /** The schema problems, with JSON-pointer paths (empty when the body is not JSON at all). */
  issues: readonly ValidationIssue[];
  /** The parsed envelope, for a schema violation (the body is a valid envelope otherwise). */
  envelope: PoppWebhookEnvelope | undefined;
  /** The x-signature header it was verified with, so a replay can verify it again. */
  signature: string;
}

export interface WebhookHandlerOptions {
  /** The endpoint's signing secret, or several while rotating (any match passes). */
  secret: string | readonly string[];
  /**
   * Which validation profile deliveries are read with. Default `tolerant`: unknown enum values, outcome kinds and
   * ISO 8601 variants reach your handler, and what was tolerated is reported through `onDrift`.
   */
  profile?: ValidationProfile;
  /**
   * Called with what the tolerant profile tolerated in a delivery (`{ event, eventId, deviations }`), before the
   * event is dispatched; it cannot fail the delivery. Default: a warning per event type, path and kind, once.
   */
  onDrift?: (report: DriftReport) => unknown;
  /**
   * A signed delivery that breaks even the profile: `'reject'` (the default) answers 400/422, so Popp retries it and
   * in the end keeps it in its dead-letter queue; a function receives it (the raw body, the parsed envelope, the
   * issues) and the handler answers 200 only once it resolved — store it for replay. A throw gives 500, so Popp
   * retries. With an eventId, it runs under the same idempotency as `on` handlers. Nothing is lost either way.
   */
  onInvalid?: 'reject' | ((delivery: InvalidDelivery, context: DeliveryContext) => unknown);
  /** The handler of each event type you process. A known type without a handler is acknowledged and logged. */
  on: WebhookEventHandlers;
  /** Receives valid, signed envelopes of event types this contract does not know. Without it they are acknowledged and logged. */
  onUnknown?: (envelope: PoppWebhookEnvelope, context: DeliveryContext) => unknown;
  /** Called for every delivery answered with a non-2xx status, with the cause. Without it, the handler logs them. */
  onError?: (error: unknown, failure: DeliveryFailure) => unknown;
  /** Deduplication by eventId. Default: an in-memory store per handler. `false` turns it off. */
  idempotency?: IdempotencyStore | false;
  /**
   * The lease of an idempotency claim, in milliseconds, measured by the store's clock. While a handler runs, the
   * receiver extends it every third of `leaseMs`; if it cannot, the handler's signal aborts a quarter of
   * `leaseMs` before the lease would lapse. A receiver that crashes holds its events for at most this long, then
   * a redelivery takes them over. Default: 30 000.
   */
  leaseMs?: number;
  /** The largest body accepted, in bytes. Default: 1 MiB. */
  maxBodyBytes?: number;
  /**
   * How long an `on` handler (or `onUnknown`) may take, in milliseconds. Past it, the delivery is answered
   * 500 `handler-timeout` and its idempotency claim is released, so Popp's retry is processed. JavaScript
   * cannot stop the abandoned handler: when it settles later, that is logged and otherwise ignored (it never
   * marks the event processed). Default: 30 000. At most 2^31 − 1 (the largest timer delay).
   */
  handlerTimeoutMs?: number;
  /** Where warnings (unknown and unhandled event types) and errors go. Default: console. */
  log?: WebhookLogger;
}

const DEFAULT_MAX_BODY_BYTES = 1024 * 1024;
/** A user's handler (an `on` handler, onUnknown, onInvalid) of what it receives. */
type Run<S> = (subject: S, context: DeliveryContext) => unknown;
// What a processed delivery's answer says besides its ids (spread into the answer, never changed).
const PROCESSED = Object.freeze({ outcome: 'processed' });
// A crashed receiver holds its events this long; a live one extends its leases, so the length bounds only that wait.
const DEFAULT_LEASE_MS = 30_000;
// Below this, extending every third of the lease means a store round trip every few milliseconds.
const MIN_LEASE_MS = 30;
// Popp does not document how long it waits for an answer. 30 s is far longer than a healthy handler needs (a
// few writes, an API call with its own retries) and short enough that a hung one frees its claim long before
// a sender's usual retry backoff; if Popp gives up sooner, it retries anyway and meets a 409 until then.
const DEFAULT_HANDLER_TIMEOUT_MS = 30_000;
// Unknown event types are remembered to warn once each; a bound keeps a stream of new names from growing it.
const MAX_WARNED_TYPES = 1000;
// Drift is warned once per event type, path (array indexes as *) and kind; a bound keeps a drifting stream from growing it.
const MAX_WARNED_DRIFT = 1000;
const INTERNAL_ERROR = { status: 500, code: 'internal-error', message: 'The receiver failed before it could process the delivery; a retry may succeed.' } as const;
// What an unauthenticated caller is told about a mismatch. The full diagnosis (how many secrets, whether one
// has whitespace and trimming would match) goes to onError and the log only.
const MISMATCH_ANSWER = `The ${SIGNATURE_HEADER} header does not match the body; the receiver logged the likely cause.`;

/**
 * Creates a webhook endpoint as a Fetch handler: use it as is in Workers, Bun, Deno, Hono and Next.js route
 * handlers, or through toNodeListener for node:http and Express.
 *
 * Answers: 405 not a POST; 415 not JSON; 413 body over `maxBodyBytes`; 401 missing or wrong signature; 400
 * malformed JSON or envelope; 422 schema violation (the body lists the paths); 200 once the handler resolved,
 * or for a duplicate of a processed event (the handler is not called again); 409 while another delivery of
 * the same event is in progress, or (`payload-conflict`) for another body under an eventId already claimed;
 * 500 when the handler throws or outlives `handlerTimeoutMs` (the claim is released, so a retry is processed),
 * or (`claim-lost`, transactional stores) when its lease was taken over and its transaction rolled back; 503
 * when the idempotency store cannot be reached.
 *
 * @example
 *   const handler = createWebhookHandler({
 *     secret: process.env.POPP_WEBHOOK_SECRET!,
 *     on: {
 *       WORKFLOW_RUN_COMPLETED: async (event) => { await saveRun(event.data.recordId, event.data.outcome); },
 *       WORKFLOW_RUN_FAILED: (event) => alert(event.data.errorCode),
 *     },
 *   });
 *   export const POST = handler; // a Next.js route handler
 */
export function createWebhookHandler(options: WebhookHandlerOptions): (request: Request) => Promise<Response> {
  const secrets = toSecrets(options.secret);
  const handlers = checkHandlers(options.on);
  if (options.onUnknown !== undefined && typeof options.onUnknown !== 'function') throw new TypeError('createWebhookHandler: onUnknown must be a function.');
  const maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  if (!Number.isSafeInteger(maxBodyBytes) || maxBodyBytes <= 0) throw new RangeError(`createWebhookHandler: maxBodyBytes must be a positive integer, got ${String(options.maxBodyBytes)}.`);
  const handlerTimeoutMs = options.handlerTimeoutMs ?? DEFAULT_HANDLER_TIMEOUT_MS;
  if (!Number.isSafeInteger(handlerTimeoutMs) || handlerTimeoutMs <= 0 || handlerTimeoutMs > MAX_TIMER_MS) {
    throw new RangeError(`createWebhookHandler: handlerTimeoutMs must be a positive integer of milliseconds up to ${MAX_TIMER_MS}, got ${String(options.handlerTimeoutMs)}.`);
  }
  const profile = resolveProfile(options.profile, 'tolerant', 'createWebhookHandler');
  const onInvalid = options.onInvalid ?? 'reject';
  if (onInvalid !== 'reject' && typeof onInvalid !== 'function') throw new TypeError("createWebhookHandler: onInvalid must be 'reject' or a function that keeps the delivery for replay.");
  if (options.onDrift !== undefined && typeof options.onDrift !== 'function') throw new TypeError('createWebhookHandler: onDrift must be a function.');
  const leaseMs = options.leaseMs ?? DEFAULT_LEASE_MS;
  if (!Number.isSafeInteger(leaseMs) || leaseMs < MIN_LEASE_MS || leaseMs > MAX_TIMER_MS) {
    throw new RangeError(`createWebhookHandler: leaseMs must be an integer of milliseconds from ${MIN_LEASE_MS} to ${MAX_TIMER_MS}, got ${String(options.leaseMs)}.`);
  }
  const store = options.idempotency === false ? undefined : (options.idempotency ?? createMemoryIdempotencyStore());
  const log = options.log ?? console;
  const warnedTypes = new Set<string>();
  const warnedDrift = new Set<string>();

  function warnOnce(type: string, message: string): void {
    if (warnedTypes.has(type)) return;
    if (warnedTypes.size < MAX_WARNED_TYPES) warnedTypes.add(type);
    log.warn(message);
  }

  const onDrift = options.onDrift ?? ((report: DriftReport) => {
    for (const deviation of report.deviations) {
      const key = `${report.event} ${deviation.path.replace(/\/\d+(?=\/|$)/g, '/*')} ${deviation.kind}`;
      if (warnedDrift.has(key)) continue;
      if (warnedDrift.size < MAX_WARNED_DRIFT) warnedDrift.add(key);
      log.warn(`Popp webhook: ${clip(report.event)} drifts from the documented contract (accepted by the tolerant profile): ${describeDeviation(deviation)} (first seen in ${clip(report.eventId)}; warned once per event type, path and kind).`);
    }
  });

  async function reportDrift(report: DriftReport): Promise<void> {
    try {
      await onDrift(report);
    } catch (error) {
      log.error('Popp webhook: onDrift threw; the delivery is processed anyway', error);
    }
  }

  /** Reports a non-2xx answer (the diagnosis in `failure.message`), and answers with `answer.message` or that. */
  async function fail(error: unknown, failure: DeliveryFailure, answer: { extra?: Record<string, unknown>; headers?: Record<string, string>; message?: string } = {}): Promise<Reply> {
    try {
      if (options.onError !== undefined) await options.onError(error, failure);
      else if (failure.status >= 500) log.error(`Popp webhook: ${failure.status} ${failure.code}: ${failure.message}`, error);
      else log.warn(`Popp webhook: ${failure.status} ${failure.code}: ${failure.message}`);
    } catch (reportError) {
      log.error('Popp webhook: onError threw', reportError);
    }
    const outcome = failure.status >= 500 ? 'failed' : 'rejected';
    return json(failure.status, { outcome, error: failure.code, message: answer.message ?? failure.message, ...ids(failure), ...answer.extra }, answer.headers);
  }

  /**
   * Runs `run(subject, context)` (an `on` handler, onUnknown or onInvalid) under the event's idempotency claim
   * when there is an eventId, within handlerTimeoutMs, and answers `done` once it resolved. The handler and its
   * subject come apart, rather than as a closure, so that a delivery allocates none.
   */
  async function dispatch<S>({ eventType, eventId, body, what, run, subject, done }: { eventType: string | undefined; eventId: string | undefined; body: Uint8Array; what: string; run: Run<S>; subject: S; done: Record<string, unknown> }): Promise<Reply> {
    const context = { eventId, eventType };
    const claims = store !== undefined && eventId !== undefined ? store : undefined;
    if (claims === undefined) return settle(undefined, run, subject, done, what, context, eventId);
    let claim;
    try {
      claim = await claims.claim(eventId as string, { leaseMs, payloadHash: await payloadHash(body) });
    } catch (error) {
      return fail(error, { status: 503, code: 'idempotency-store-unavailable', message: 'The idempotency store could not claim the event, so it was not processed; retry later.', ...context });
    }
    switch (claim.status) {
      case 'completed':
        return json(200, { outcome: 'duplicate', ...ids(context), message: 'Already processed; the handler was not called again.' });
      case 'in-progress':
        return json(409, { outcome: 'in-progress', ...ids(context), message: 'Another delivery of this event is being processed right now; retry later.' });
      case 'conflict':
        // Inferred decision: Popp documents the same body for every delivery of an event. Another body under a
        // processed or running eventId is not processed (that would act twice on one event) nor acknowledged
        // (that would drop it silently): 409 keeps it in Popp's retries and, in the end, its dead-letter queue.
        return fail(undefined, { status: 409, code: 'payload-conflict', message: 'This eventId was received with a different body; this delivery was not processed. Compare it with the first one in your logs or in Popp\'s delivery log.', ...context });
      case 'claimed':
        return settle({ store: claims, token: claim.token }, run, subject, done, what, context, eventId);
    }
  }

  /**
   * Runs the handler (holding the claim's lease while it runs) and settles the claim: exactly one of complete
   * and release per claim, decided here and only here. A run that settles after its deadline finds its claim
   * released already (and perhaps taken by a redelivery), so it touches nothing.
   */
  async function settle<S>(claim: { store: IdempotencyStore; token: ClaimToken } | undefined, run: Run<S>, subject: S, done: Record<string, unknown>, what: string, context: { eventId?: string | undefined; eventType?: string | undefined }, eventId: string | undefined): Promise<Reply> {
    const shownId = clip(eventId ?? '(no eventId)');
    // The signal is built only if the handler reads it (see lazy-signal.ts).
    const controller = new LazyAbort();
    const lease = claim === undefined ? undefined : holdLease(claim.store, claim.token, leaseMs, controller, (error) => log.error(`Popp webhook: could not extend the claim on ${shownId}`, error));
    const inTransaction = claim?.store.completeInTransaction === undefined ? undefined : claim.store.completeInTransaction.bind(claim.store);
    let settled: Settlement | undefined;
    let committed: 'completed' | 'rolled-back' | 'lost' | undefined;
    try {
      if (claim !== undefined && inTransaction !== undefined) {
        try {
          committed = await inTransaction(claim.token, async (transaction) => (settled = await runWithin(run, subject, eventId, controller, transaction)).kind === 'resolved');
        } catch (error) {
          lease?.stop();
          await releaseClaim(claim, shownId);
          const message = settled?.kind === 'resolved' ? `${what} resolved, but its transaction could not be committed; nothing of it was kept, and a retry will process the event.` : 'The idempotency store could not open or end the transaction, so the event was not processed; retry later.';
          return fail(error, { status: 503, code: 'idempotency-store-unavailable', message, ...context });
        }
      } else {
        settled = await runWithin(run, subject, eventId, controller, undefined);
      }
    } finally {
      lease?.stop();
    }
    const result = settled as Settlement;
    if (result.kind === 'resolved') {
      if (committed === 'lost') {
        return fail(undefined, { status: 500, code: 'claim-lost', message: `${what} resolved, but its claim's lease had lapsed and the event may be processed elsewhere, so its transaction was rolled back; a retry will find the outcome.`, ...context });
      }
      if (claim !== undefined && committed === undefined) {
        await claim.store.complete(claim.token).then(
          (completed) => {
            if (!completed) log.error(`Popp webhook: ${shownId} was processed, but its claim's lease had lapsed before it could be recorded (was the store unreachable for longer than leaseMs?); a redelivery processes it again`);
          },
          (completeError: unknown) => log.error(`Popp webhook: ${shownId} was processed but the store could not record it; a redelivery processes it again once the lease lapses`, completeError),
        );
      }
      return json(200, { ...done, ...ids(context) });
    }
    if (claim !== undefined) await releaseClaim(claim, shownId);
    if (result.kind === 'threw') {
      return fail(result.error, { status: 500, code: 'handler-failed', message: `${what} threw; the event was not marked processed, so a retry will process it again.`, ...context });
    }
    const late = `Popp webhook: ${what} for ${shownId}, abandoned at its ${handlerTimeoutMs} ms deadline,`;
    result.late.then(
      () => log.warn(`${late} resolved later; the delivery had been answered 500, so a redelivery processes the event again (make the handler idempotent).`),
      (lateError: unknown) => log.error(`${late} rejected later`, lateError),
    );
    return fail(result.error, { status: 500, code: 'handler-timeout', message: `${what} did not settle within ${handlerTimeoutMs} ms (handlerTimeoutMs)${claim === undefined ? '' : '; its claim was released'}, so a retry will process the event again.`, ...context });
  }

  /** Runs the handler within handlerTimeoutMs; past it, its signal aborts with the TimeoutError. */
  async function runWithin<S>(run: Run<S>, subject: S, eventId: string | undefined, controller: LazyAbort, transaction: StoreTransaction | undefined): Promise<Settlement> {
    const settled = await settleWithin(() => run(subject, new HandlerContext(eventId, controller, transaction)), handlerTimeoutMs);
    if (settled.kind === 'timed-out') controller.abort(settled.error);
    return settled;
  }

  async function releaseClaim(claim: { store: IdempotencyStore; token: ClaimToken }, shownId: string): Promise<void> {
    await claim.store.release(claim.token).catch((releaseError: unknown) => log.error(`Popp webhook: could not release the claim on ${shownId}; its retries get 409 until its lease lapses`, releaseError));
  }

  async function receive(body: Uint8Array, signature: string | null): Promise<Reply> {
    const read = readDeliverySync(body, signature, secrets, profile) ?? (await readDelivery(body, signature, secrets, profile));
    switch (read.kind) {
      case 'unsigned':
        return refuseUnsigned(read.error);
      case 'invalid':
        return onInvalid === 'reject' ? refuseInvalid(read.error) : keepInvalid(onInvalid, read.error, body, signature as string);
      case 'unknown-event-type':
        return receiveUnknown(read.envelope, body);
      case 'event':
        if (read.deviations.length > 0) await reportDrift({ event: read.event.event, eventId: read.event.eventId, deviations: read.deviations });
        return receiveEvent(read.event, body);
    }
  }

  function refuseUnsigned(error: WebhookSignatureError): Promise<Reply> {
    const message = error.code === 'signature-mismatch' ? MISMATCH_ANSWER : undefined;
    return fail(error, { status: error.status, code: error.code, message: error.message }, message === undefined ? {} : { message });
  }

  function refuseInvalid(error: WebhookPayloadError): Promise<Reply> {
    const extra = error.issues.length > 0 ? issueFields(error.issues) : {};
    const context = { ...(error.eventType === undefined ? {} : { eventType: error.eventType }), ...(error.envelope === undefined ? {} : { eventId: error.envelope.eventId }) };
    return fail(error, { status: error.status, code: error.code, message: error.message, ...context }, { extra });
  }

  /** Hands a signed but invalid delivery to onInvalid and acknowledges it once that resolved. */
  function keepInvalid(keep: (delivery: InvalidDelivery, context: DeliveryContext) => unknown, error: WebhookPayloadError, body: Uint8Array, signature: string): Promise<Reply> {
    const delivery: InvalidDelivery = { rawBody: body, text: utf8(body), code: error.code, message: error.message, issues: error.issues, envelope: error.envelope, signature };
    return dispatch({
      eventType: error.envelope?.event ?? error.eventType,
      eventId: error.envelope?.eventId,
      what: 'onInvalid (keeping an invalid delivery)',
      body,
      run: keep,
      subject: delivery,
      done: { outcome: 'kept-invalid', error: error.code, message: 'The delivery breaks the contract; onInvalid kept it for replay.', ...(error.issues.length > 0 ? issueFields(error.issues) : {}) },
    });
  }

  async function receiveEvent(event: PoppWebhookEvent, body: Uint8Array): Promise<Reply> {
    const handle = handlers[event.event] as ((event: PoppWebhookEvent, context: DeliveryContext) => unknown) | undefined;
    if (handle === undefined) {
      warnOnce(event.event, `Popp webhook: no handler for ${event.event}; its deliveries are acknowledged without processing. Add an \`on.${event.event}\` handler, or unsubscribe the endpoint from this event in the Popp Developer Portal.`);
      return json(200, { outcome: 'ignored', ...ids({ eventId: event.eventId, eventType: event.event }), message: `No handler for ${event.event}; acknowledged without processing.` });
    }
    return dispatch({ eventType: event.event, eventId: event.eventId, what: `The ${event.event} handler`, body, run: handle, subject: event, done: PROCESSED });
  }

  async function receiveUnknown(envelope: PoppWebhookEnvelope, body: Uint8Array): Promise<Reply> {
    const onUnknown = options.onUnknown;
    if (onUnknown !== undefined) return dispatch({ eventType: envelope.event, eventId: envelope.eventId, what: 'onUnknown', body, run: onUnknown, subject: envelope, done: PROCESSED });
    warnOnce(envelope.event, `Popp webhook: unknown event type ${JSON.stringify(clip(envelope.event))} (first seen in ${clip(envelope.eventId)}); its deliveries are acknowledged without processing. Pass onUnknown to keep them, or upgrade popp-workflow-contract.`);
    return json(200, { outcome: 'unknown-event-type', ...ids({ eventId: envelope.eventId, eventType: envelope.event }), message: 'An event type this receiver does not know; acknowledged without processing.' });
  }

  /** The core both the Fetch handler and toNodeListener's node:http path run (see reply.ts). */
  async function answer(delivery: IncomingDelivery): Promise<Reply> {
    try {
      if (delivery.method !== 'POST') {
        return fail(undefined, { status: 405, code: 'method-not-allowed', message: `Webhook deliveries are POST requests, not ${clip(delivery.method)}.` }, { headers: { allow: 'POST' } });
      }
      const contentType = delivery.header('content-type');
      if (!isJsonMediaType(contentType)) {
        return fail(undefined, { status: 415, code: 'unsupported-media-type', message: `Webhook deliveries are application/json, not ${contentType === null ? 'a body without a content type' : JSON.stringify(clip(contentType))}.` });
      }
      let body: Uint8Array | undefined;
      try {
        body = await delivery.readBody(maxBodyBytes);
      } catch (error) {
        return fail(error, { status: 400, code: 'body-unreadable', message: 'The request body could not be read to its end (was the connection closed mid-body?).' });
      }
      if (body === undefined) {
        return fail(undefined, { status: 413, code: 'body-too-large', message: `The body is larger than the ${maxBodyBytes}-byte limit (maxBodyBytes).` });
      }
      return await receive(body, delivery.header(SIGNATURE_HEADER));
    } catch (error) {
      return fail(error, { ...INTERNAL_ERROR });
    }
  }

  return fetchHandlerOver(answer);
}

function checkHandlers(on: WebhookEventHandlers): WebhookEventHandlers {
  if (on === null || typeof on !== 'object') throw new TypeError('createWebhookHandler: `on` must be an object of handlers keyed by event type, e.g. { WORKFLOW_RUN_COMPLETED: (event) => … }.');
  for (const [type, handle] of Object.entries(on)) {
    if (!isKnownEventType(type)) throw new TypeError(`createWebhookHandler: on.${type} is not a Popp event type. Known types: ${KNOWN_EVENT_TYPES.join(', ')}. For types this contract does not know, use onUnknown.`);
    if (typeof handle !== 'function') throw new TypeError(`createWebhookHandler: on.${type} must be a function.`);
  }
  return on;
}

function isJsonMediaType(contentType: string | null): boolean {
  // The exact value Popp sends answers at once; anything else is parsed (parameters, case, spaces).
  if (contentType === 'application/json') return true;
  return contentType !== null && contentType.split(';', 1)[0]?.trim().toLowerCase() === 'application/json';
}

// Answers echo the payload's own strings clipped, so that an answer stays small whatever the body held.
// Built by assignment rather than by spreading conditional objects: it runs for every answer.
function ids(context: { eventId?: string | undefined; eventType?: string | undefined }): Record<string, string> {
  const shown: Record<string, string> = {};
  if (context.eventType !== undefined) shown.event = clip(context.eventType);
  if (context.eventId !== undefined) shown.eventId = clip(context.eventId);
  return shown;
}

function describeDeviation(deviation: Deviation): string {
  const value = deviation.value === undefined ? '' : ` ${JSON.stringify(typeof deviation.value === 'string' ? clip(deviation.value) : deviation.value)}`;
  return `${clip(deviation.path) || '(root)'} ${deviation.kind}${value}`;
}

const decoder = new TextDecoder('utf-8', { fatal: true });

function utf8(bytes: Uint8Array): string | undefined {
  try {
    return decoder.decode(bytes);
  } catch {
    return undefined;
  }
}

/** The answer's `issues` field (cut where every list of issues is, see issue-list.ts) and `moreIssues`, the count left out. */
function issueFields(issues: readonly { path: string; message: string }[]): Record<string, unknown> {
  const { shown, more } = firstItems(issues);
  return { issues: shown.map(({ path, message }) => ({ path: clip(path), message: clip(message) })), ...(more > 0 ? { moreIssues: more } : {}) };
}

/**
 * A 500 answer (so Popp retries) in the shape of the handler's own failure answers; by default, the one for
 * a receiver that failed before it could process the delivery. Internal: toNodeListener answers with it too.
 *
 * @example
 *   return failedReply('body-already-read', 'The request body was already read by a middleware.');
 */
export function failedReply(code: string = INTERNAL_ERROR.code, message: string = INTERNAL_ERROR.message): Reply {
  return json(INTERNAL_ERROR.status, { outcome: 'failed', error: code, message });
}

/**
 * The 405 answer toNodeListener gives, without calling the handler, to a method no Fetch Request can carry
 * (CONNECT, TRACE, TRACK, or a string that is no HTTP method at all). It has no Allow header: the adapter serves
 * any Fetch handler and cannot know its methods (createWebhookHandler's own 405s say `Allow: POST`). Internal.
 *
 * @example
 *   if (req.method === 'TRACE') return send(res, methodNotAllowedReply(req.method));
 */
export function methodNotAllowedReply(method: string): Reply {
  return json(405, { outcome: 'rejected', error: 'method-not-allowed', message: `${JSON.stringify(clip(method))} requests cannot be passed to a Fetch handler (the Fetch standard refuses CONNECT, TRACE and TRACK); webhook deliveries are POST requests.` });
}

// Most answers have no header of their own: they share one frozen set instead of copying it.
const JSON_HEADERS: Readonly<Record<string, string>> = Object.freeze({ 'content-type': 'application/json' });

function json(status: number, body: Record<string, unknown>, headers?: Record<string, string>): Reply {
  return { status, headers: headers === undefined ? JSON_HEADERS : { ...JSON_HEADERS, ...headers }, body: JSON.stringify(body) };
}
