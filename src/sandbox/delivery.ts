// Deliveries as Popp promises them: each event signed over its exact bytes and POSTed; a non-2xx answer, a
// timeout or a connection error retried on the schedule; after the last attempt, the dead-letter list, from
// which a delivery can be replayed. Seeded chaos adds duplicates, reordering within a run, lost
// acknowledgements and delays.
import { PACKAGE_VERSION } from '../../generated/constants.js';
import { isRunEvent, RUN_TERMINAL_EVENT_TYPES, type PoppWebhookEvent } from '../events.js';
import { stringifyJson } from '../testing/json.js';
import { parseEvent } from '../webhooks/construct-event.js';
import { SIGNATURE_HEADER, signPayload } from '../webhooks/signature.js';
import type { Scheduler } from './clock.js';
import { SandboxBugError } from './errors.js';
import type { Random } from './random.js';

/**
 * Our retry schedule (inferred: Popp publishes none): after a failed attempt, wait 30 s, 2 min, 10 min, 1 h, then
 * 6 h — six attempts over about 7 h 12 min — and give each attempt 10 s to answer.
 */
export const DEFAULT_RETRY = Object.freeze({ delaysMs: Object.freeze([30_000, 120_000, 600_000, 3_600_000, 21_600_000]), timeoutMs: 10_000 });

export interface DeliveryRetryOptions {
  /** The waits between attempts, in milliseconds of the sandbox clock; attempts = delaysMs.length + 1. */
  delaysMs?: readonly number[];
  /** How long one attempt may take, in real milliseconds (the receiver is a real server). */
  timeoutMs?: number;
}

/** Seeded misbehaviour, each a probability from 0 to 1 per delivery. */
export interface ChaosOptions {
  /** Deliver the event a second time, as a separate delivery. */
  duplicate?: number;
  /** Hold a run's event back until its next event has been sent. */
  reorder?: number;
  /** Treat a 2xx answer as lost (the attempt is recorded `lost-ack`) and retry: the receiver gets it again. */
  lostAck?: number;
  /** Delay the first attempt by up to `maxDelayMs`. */
  delay?: number;
  /** The longest chaos delay, in milliseconds of the sandbox clock. Default: 30,000. */
  maxDelayMs?: number;
}

/** What `chaos: true` means. */
export const DEFAULT_CHAOS = Object.freeze({ duplicate: 0.1, reorder: 0.1, lostAck: 0.05, delay: 0.2, maxDelayMs: 30_000 });

export interface DeliveryAttempt {
  /** From 1. */
  readonly attempt: number;
  /** When it was made, on the sandbox clock. */
  readonly at: string;
  readonly result: 'delivered' | 'failed' | 'lost-ack';
  /** The receiver's status, or null when none came (timeout, connection error). */
  readonly status: number | null;
  /** What went wrong, when something did. */
  readonly error: string | null;
  /** Whether a replay made it. */
  readonly replay: boolean;
}

export interface Delivery {
  /** `dlv_` and a sequence number. */
  readonly id: string;
  readonly eventId: string;
  readonly eventType: string;
  /** The run the event is about, when it is a run event. */
  readonly runId: string | null;
  /** The exact bytes sent (and signed). */
  readonly body: string;
  /** When the event was emitted, on the sandbox clock. */
  readonly emittedAt: string;
  status: 'pending' | 'delivered' | 'dead-lettered';
  readonly attempts: DeliveryAttempt[];
  /** For a chaos duplicate: the delivery it repeats. */
  readonly duplicateOf: string | null;
}

/** One delivery attempt, as given to onLog. */
export interface DeliveryLogEntry {
  type: 'delivery';
  at: string;
  deliveryId: string;
  eventId: string;
  eventType: string;
  runId: string | null;
  attempt: number;
  maxAttempts: number;
  result: DeliveryAttempt['result'];
  status: number | null;
  error: string | null;
  /** When the next attempt is due, or null when there is none. */
  nextAttemptAt: string | null;
  deadLettered: boolean;
  duplicateOf: string | null;
  replay: boolean;
}

/** Sends a signed delivery somewhere and returns the receiver's answer. */
export type Deliver = (request: Request) => Promise<Response>;

export interface Deliveries {
  /** Validates (strict), then queues an event for delivery. Throws a SandboxBugError for an invalid event. */
  enqueue(event: PoppWebhookEvent): void;
  list(): readonly Delivery[];
  deadLetters(): readonly Delivery[];
  /** Delivers again now; on failure, retries follow the schedule again. */
  replay(deliveryId: string): Promise<Delivery>;
}

/**
 * The delivery machinery.
 *
 * @example
 *   const deliveries = createDeliveries({ secret, deliver: (request) => fetch(request), scheduler, random, retry: {}, chaos: {}, log: console.log });
 */
export function createDeliveries(context: { secret: string; url: string; deliver: Deliver; handler: boolean; scheduler: Scheduler; random: Random; retry: DeliveryRetryOptions; chaos: ChaosOptions; log: (entry: DeliveryLogEntry) => void }): Deliveries {
  const { secret, deliver, scheduler, random, chaos, log } = context;
  const delaysMs = checkDelays(context.retry.delaysMs ?? DEFAULT_RETRY.delaysMs);
  const timeoutMs = context.retry.timeoutMs ?? DEFAULT_RETRY.timeoutMs;
  if (!(Number.isFinite(timeoutMs) && timeoutMs > 0)) throw new RangeError(`createSandbox: retry.timeoutMs must be a number > 0, not ${String(timeoutMs)}.`);
  const maxAttempts = delaysMs.length + 1;
  const maxDelayMs = chaos.maxDelayMs ?? DEFAULT_CHAOS.maxDelayMs;
  const all: Delivery[] = [];
  const byId = new Map<string, Delivery>();
  /** Per run, the deliveries held back by chaos until the run's next event is queued. */
  const held = new Map<string, Delivery[]>();
  const iso = (ms: number) => new Date(ms).toISOString();

  const attempt = async (delivery: Delivery, number: number, replay: boolean): Promise<void> => {
    const at = iso(scheduler.now());
    let status: number | null = null;
    let error: string | null = null;
    try {
      const request = new Request(context.url, {
        method: 'POST',
        signal: AbortSignal.timeout(timeoutMs),
        redirect: 'manual',
        body: delivery.body,
        headers: { 'content-type': 'application/json', [SIGNATURE_HEADER]: await signPayload(delivery.body, secret), 'user-agent': `popp-workflow-contract-sandbox/${PACKAGE_VERSION}` },
      });
      const response = await withTimeout(deliver(request), timeoutMs);
      status = response.status;
      await response.body?.cancel().catch(() => undefined);
      if (status < 200 || status > 299) error = `answered ${status}`;
    } catch (caught) {
      const timedOut = caught instanceof TimeoutError || (caught instanceof Error && caught.name === 'TimeoutError');
      error = timedOut ? `no answer within ${timeoutMs} ms` : `${context.handler ? 'the deliver handler threw' : 'connection failed'}: ${describe(caught)}`;
    }
    const more = number < maxAttempts;
    let result: DeliveryAttempt['result'] = error === null ? 'delivered' : 'failed';
    if (result === 'delivered' && more && random.chance(chaos.lostAck ?? 0)) result = 'lost-ack';
    delivery.attempts.push({ attempt: delivery.attempts.length + 1, at, result, status, error, replay });
    let nextAttemptAt: number | null = null;
    if (result === 'delivered') delivery.status = 'delivered';
    else if (more) {
      nextAttemptAt = scheduler.now() + (delaysMs[number - 1] as number);
      scheduler.at(nextAttemptAt, () => attempt(delivery, number + 1, replay));
    } else delivery.status = 'dead-lettered';
    log({
      type: 'delivery',
      at,
      deliveryId: delivery.id,
      eventId: delivery.eventId,
      eventType: delivery.eventType,
      runId: delivery.runId,
      attempt: delivery.attempts.length,
      maxAttempts,
      result,
      status,
      error,
      nextAttemptAt: nextAttemptAt === null ? null : iso(nextAttemptAt),
      deadLettered: delivery.status === 'dead-lettered',
      duplicateOf: delivery.duplicateOf,
      replay,
    });
  };

  const schedule = (delivery: Delivery, extraMs: number): void => {
    scheduler.at(scheduler.now() + extraMs, () => attempt(delivery, 1, false));
  };
  const create = (event: PoppWebhookEvent, body: string, duplicateOf: string | null): Delivery => {
    const delivery: Delivery = {
      id: `dlv_${String(all.length + 1).padStart(6, '0')}`,
      eventId: event.eventId,
      eventType: event.event,
      runId: isRunEvent(event) ? event.data.recordId : null,
      body,
      emittedAt: iso(scheduler.now()),
      status: 'pending',
      attempts: [],
      duplicateOf,
    };
    all.push(delivery);
    byId.set(delivery.id, delivery);
    return delivery;
  };
  const chaosDelay = (): number => (random.chance(chaos.delay ?? 0) ? random.upTo(maxDelayMs) : 0);

  return {
    enqueue(event) {
      const checked = parseEvent(event, { profile: 'strict' });
      if (!checked.ok) throw new SandboxBugError(`the ${event.event} event it was about to send breaks the strict profile: ${checked.error.message}`);
      const body = stringifyJson(event) as string;
      const delivery = create(event, body, null);
      const runId = delivery.runId;
      const terminal = (RUN_TERMINAL_EVENT_TYPES as readonly string[]).includes(event.event);
      // Reordering: a run event (not its last) waits until the run's next event has been queued, then follows it.
      const waiting = runId === null ? [] : (held.get(runId) ?? []);
      if (runId !== null) held.delete(runId);
      if (runId !== null && !terminal && random.chance(chaos.reorder ?? 0)) held.set(runId, [delivery]);
      else schedule(delivery, chaosDelay());
      for (const earlier of waiting) schedule(earlier, 1 + chaosDelay());
      if (random.chance(chaos.duplicate ?? 0)) schedule(create(event, body, delivery.id), 1 + random.upTo(maxDelayMs));
    },
    list: () => all,
    deadLetters: () => all.filter((delivery) => delivery.status === 'dead-lettered'),
    async replay(deliveryId) {
      const delivery = byId.get(deliveryId);
      if (delivery === undefined) throw new RangeError(`sandbox.replay: no delivery ${JSON.stringify(deliveryId)}; the delivery log (sandbox.deliveries) lists their IDs.`);
      delivery.status = 'pending';
      await attempt(delivery, 1, true);
      return delivery;
    },
  };
}

/** The URL a delivery Request carries when `deliver` is a Fetch handler rather than a webhook URL. */
export const HANDLER_DELIVERY_URL = 'http://receiver.sandbox.invalid/webhooks/popp';

class TimeoutError extends Error {}

async function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new TimeoutError()), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = error.cause instanceof Error ? ` (${(error.cause as NodeJS.ErrnoException).code ?? error.cause.message})` : '';
  return `${error.message}${cause}`;
}

function checkDelays(delays: readonly number[]): readonly number[] {
  if (!Array.isArray(delays) || !delays.every((delay) => Number.isFinite(delay) && delay >= 0)) {
    throw new RangeError('createSandbox: retry.delaysMs must be a list of waits in milliseconds (numbers ≥ 0).');
  }
  return delays;
}
