/**
 * The entry points the fuzzer drives, each with its oracle: no crash, no unexpected exception, every answer in
 * the status class the README's table documents for what the payload is, no 2xx for an invalid payload, no
 * prototype pollution. What a payload "is" comes from JSON.parse and the generated validators, independently
 * of the receiver's own plumbing. Assertions use node:assert, so `npm run fuzz` runs them outside vitest.
 */
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import fc from 'fast-check';
import { KNOWN_EVENT_TYPES, type EventMap, type PoppWebhookEvent } from '../../src/events.js';
import { createRunTracker, isRunEvent } from '../../src/runs/index.js';
import { validateEvent } from '../../src/validators.js';
import {
  constructEvent,
  createMemoryIdempotencyStore,
  createWebhookHandler,
  parseEvent,
  signPayload,
  toNodeListener,
  WebhookError,
  WebhookSignatureError,
  type WebhookEventHandlers,
} from '../../src/webhooks/index.js';
import { listen } from '../helpers/webhooks.js';
import { DEFAULT_MAX_BODY_BYTES, fault, payload, POLLUTION_MARK, SEEDS, type Fault, type Payload } from './payloads.js';

const SECRET = 'whsec_fuzz_5c1d';
const MAX_MESSAGE_CHARS = 8 * 1024;
const MAX_ANSWER_CHARS = 16 * 1024;

/** The status the README's table gives each error code (200 for a valid envelope of an unknown type). */
const STATUS_OF: Record<string, number> = { 'body-empty': 400, 'body-not-json': 400, 'not-an-envelope': 400, 'schema-violation': 422, 'unknown-event-type': 200 };

export interface Target {
  name: string;
  /** One fixed payload, checked; throws when the oracle objects. */
  check(payload: Payload): void | Promise<void>;
  /** The random cases: a fast-check property over payloads (and request faults, or batches). */
  property: fc.IProperty<any> | fc.IAsyncProperty<any>;
}

// Payloads print as their recipe and size, not as megabytes of bytes.
const printable = payload.map((made) => Object.assign(made, { [fc.toStringMethod]: () => `${made.recipe} (${made.bytes.length} bytes)` }));

/** What a payload is, by JSON.parse and validateEvent alone. */
type Expected = { code: 'ok'; value: PoppWebhookEvent } | { code: 'unknown-event-type'; value: unknown } | { code: 'body-empty' | 'body-not-json' | 'not-an-envelope' | 'schema-violation' };

const lenient = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** The payload as text, byte order mark kept, or undefined when it is not UTF-8. */
function textOf(bytes: Uint8Array): string | undefined {
  try {
    return lenient.decode(bytes);
  } catch {
    return undefined;
  }
}

function expected(bytes: Uint8Array): Expected {
  if (bytes.length === 0) return { code: 'body-empty' };
  let text = textOf(bytes);
  if (text === undefined) return { code: 'body-not-json' };
  if (text.startsWith('\uFEFF')) text = text.slice(1);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { code: 'body-not-json' };
  }
  const result = validateEvent(value);
  if (result.ok) return { code: 'ok', value: result.event };
  return result.reason === 'unknown-event-type' ? { code: 'unknown-event-type', value } : { code: result.reason };
}

// ---- invariants every case ends with ----

const PROTOTYPES = [Object.prototype, Array.prototype, Function.prototype, String.prototype];
const prototypeKeys = PROTOTYPES.map((prototype) => Reflect.ownKeys(prototype).length);

function assertNoPollution(): void {
  PROTOTYPES.forEach((prototype, index) => assert.equal(Reflect.ownKeys(prototype).length, prototypeKeys[index], 'a prototype gained a key'));
  assert.equal((({}) as Record<string, unknown>)[POLLUTION_MARK], undefined, 'Object.prototype polluted');
  assert.equal(([] as unknown as Record<string, unknown>)[POLLUTION_MARK], undefined, 'Array.prototype polluted');
}

/** Structural equality of two JSON values, iteratively: the payloads nest deeper than any call stack. */
export function sameJson(a: unknown, b: unknown): boolean {
  const pending: [unknown, unknown][] = [[a, b]];
  while (pending.length > 0) {
    const [left, right] = pending.pop()!;
    if (Object.is(left, right)) continue;
    if (left === null || right === null || typeof left !== 'object' || typeof right !== 'object') return false;
    if (Array.isArray(left) !== Array.isArray(right)) return false;
    const leftKeys = Object.keys(left);
    const rightKeys = Object.keys(right);
    if (leftKeys.length !== rightKeys.length) return false;
    for (const key of leftKeys) {
      if (!Object.hasOwn(right, key)) return false;
      pending.push([(left as Record<string, unknown>)[key], (right as Record<string, unknown>)[key]]);
    }
  }
  return true;
}

function assertEnvelopeOf(event: unknown): asserts event is PoppWebhookEvent {
  const candidate = event as { event?: unknown; eventId?: unknown; eventTimestamp?: unknown; data?: { recordId?: unknown; organizationId?: unknown } };
  assert.ok(KNOWN_EVENT_TYPES.includes(candidate.event as never), 'a valid event of an unknown type');
  for (const field of [candidate.eventId, candidate.eventTimestamp, candidate.data?.recordId, candidate.data?.organizationId]) assert.equal(typeof field, 'string', 'a valid event without its envelope strings');
}

// ---- parseEvent and validateEvent ----

function checkParse({ bytes }: Payload): void {
  const want = expected(bytes);
  const text = textOf(bytes);
  const forms: [string, unknown][] = [['bytes', bytes], ['ArrayBuffer', bytes.slice().buffer]];
  if (text !== undefined) forms.push(['text', text]);
  if (want.code === 'ok' || want.code === 'unknown-event-type' || want.code === 'not-an-envelope' || want.code === 'schema-violation') {
    const value: unknown = JSON.parse(text!.startsWith('\uFEFF') ? text!.slice(1) : text!);
    // parseEvent reads a string as JSON text, so a payload that is a JSON string has no parsed-value form.
    if (typeof value !== 'string') forms.push(['parsed value', value]);
  }
  for (const [form, input] of forms) {
    const result = parseEvent(input);
    if (want.code === 'ok') {
      assert.ok(result.ok, `parseEvent(${form}) rejected a valid event: ${result.ok ? '' : result.error.message.slice(0, 300)}`);
      assert.ok(sameJson(result.event, want.value), `parseEvent(${form}) changed the event`);
      continue;
    }
    assert.ok(!result.ok, `parseEvent(${form}) accepted what validateEvent rejects (${want.code})`);
    assert.ok(result.error instanceof WebhookError, `parseEvent(${form}) returned a foreign error`);
    assert.equal(result.error.code, want.code, `parseEvent(${form})`);
    assert.equal(result.error.status, STATUS_OF[want.code], `parseEvent(${form}) status`);
    assert.ok(result.error.message.length < MAX_MESSAGE_CHARS, `parseEvent(${form}) message of ${result.error.message.length} characters`);
  }
  assertNoPollution();
}

function checkValidate({ bytes }: Payload): void {
  const text = textOf(bytes);
  let value: unknown;
  try {
    value = JSON.parse(text === undefined ? '' : text.replace(/^\uFEFF/, ''));
  } catch {
    return assertNoPollution();
  }
  const result = validateEvent(value);
  if (result.ok) assertEnvelopeOf(result.event);
  else {
    assert.ok(['not-an-envelope', 'schema-violation', 'unknown-event-type'].includes(result.reason), `validateEvent reason ${result.reason}`);
    if (result.reason === 'unknown-event-type') assert.ok(!KNOWN_EVENT_TYPES.includes(result.eventType as never), 'a known type reported unknown');
    else assert.ok(result.issues.length > 0, `${result.reason} without an issue`);
  }
  assertNoPollution();
}

// ---- constructEvent ----

async function checkConstruct({ bytes }: Payload): Promise<void> {
  const want = expected(bytes);
  const signature = await signPayload(bytes, SECRET);
  const text = textOf(bytes);
  for (const [form, input] of [['bytes', bytes], ...(text === undefined ? [] : [['text', text]])] as [string, Uint8Array | string][]) {
    const outcome = await constructEvent(input, signature, SECRET).then(
      (event) => ({ event }),
      (error: unknown) => ({ error }),
    );
    if (want.code === 'ok') {
      assert.ok('event' in outcome, `constructEvent(${form}) rejected a valid, signed event: ${String((outcome as { error: unknown }).error).slice(0, 300)}`);
      assert.ok(sameJson(outcome.event, want.value), `constructEvent(${form}) changed the event`);
    } else {
      assert.ok('error' in outcome, `constructEvent(${form}) accepted what validateEvent rejects (${want.code})`);
      assert.ok(outcome.error instanceof WebhookError, `constructEvent(${form}) rejected with a foreign error: ${String(outcome.error).slice(0, 300)}`);
      assert.equal(outcome.error.code, want.code, `constructEvent(${form})`);
    }
    // The same bytes with one bit of the signature flipped: always a 401 mismatch, never anything else.
    const wrong = (signature[0] === '0' ? '1' : '0') + signature.slice(1);
    const refused = await constructEvent(input, wrong, SECRET).then(
      () => undefined,
      (error: unknown) => error,
    );
    assert.ok(refused instanceof WebhookSignatureError && refused.code === 'signature-mismatch', `constructEvent(${form}) with a wrong signature: ${String(refused).slice(0, 300)}`);
  }
  assertNoPollution();
}

// ---- createWebhookHandler, as a Fetch handler and behind toNodeListener ----

interface Delivery {
  method: string;
  headers: Record<string, string>;
  body: Uint8Array<ArrayBuffer> | null;
}

async function deliveryOf(bytes: Uint8Array, fault: Fault): Promise<Delivery> {
  const signature = await signPayload(bytes, SECRET);
  const headers: Record<string, string> = { 'content-type': 'application/json', 'x-signature': signature };
  if (fault === 'wrong-signature') headers['x-signature'] = await signPayload(bytes, `${SECRET}-other`);
  if (fault === 'no-signature') delete headers['x-signature'];
  if (fault === 'malformed-signature') headers['x-signature'] = 'sha1=not-a-signature';
  if (fault === 'text-plain') headers['content-type'] = 'text/plain';
  if (fault === 'no-content-type') delete headers['content-type'];
  const method = fault === 'method-put' ? 'PUT' : fault === 'method-get' ? 'GET' : 'POST';
  return { method, headers, body: method === 'GET' ? null : (bytes.slice() as Uint8Array<ArrayBuffer>) };
}

/** What the README's table says the answer is: the status, and the `outcome` (2xx) or `error` (otherwise). */
function expectedAnswer(bytes: Uint8Array, fault: Fault, processed: ReadonlyMap<string, string>): { status: number; says: string; want: Expected | undefined } {
  if (fault === 'method-put' || fault === 'method-get') return { status: 405, says: 'method-not-allowed', want: undefined };
  if (fault === 'text-plain' || fault === 'no-content-type') return { status: 415, says: 'unsupported-media-type', want: undefined };
  if (bytes.length > DEFAULT_MAX_BODY_BYTES) return { status: 413, says: 'body-too-large', want: undefined };
  if (fault === 'no-signature') return { status: 401, says: 'signature-missing', want: undefined };
  if (fault === 'malformed-signature') return { status: 401, says: 'signature-malformed', want: undefined };
  if (fault === 'wrong-signature') return { status: 401, says: 'signature-mismatch', want: undefined };
  const want = expected(bytes);
  if (want.code === 'ok') {
    // A processed eventId with other bytes (a mutation that kept the eventId) is a payload conflict.
    const first = processed.get(want.value.eventId);
    if (first !== undefined && first !== bodyKey(bytes)) return { status: 409, says: 'payload-conflict', want };
    return { status: 200, says: first === undefined ? 'processed' : 'duplicate', want };
  }
  if (want.code === 'unknown-event-type') return { status: 200, says: 'unknown-event-type', want };
  return { status: STATUS_OF[want.code]!, says: want.code, want };
}

/** A receiver with a handler for every known type, and what it has processed, for the duplicate oracle. */
function receiver() {
  const received: PoppWebhookEvent[] = [];
  // eventId → the exact body first processed under it.
  const processed = new Map<string, string>();
  const on = Object.fromEntries(KNOWN_EVENT_TYPES.map((type) => [type, (event: EventMap[typeof type]) => void received.push(event)])) as WebhookEventHandlers;
  const handler = createWebhookHandler({
    secret: SECRET,
    on,
    // Remembers every processed eventId, so that the oracle's duplicates are the store's duplicates.
    idempotency: createMemoryIdempotencyStore({ maxEntries: Number.MAX_SAFE_INTEGER }),
    onError: () => {},
    log: { warn() {}, error() {} },
  });
  return { handler, received, processed };
}

type Send = (delivery: Delivery) => Promise<{ status: number; contentType: string | null; text: string }>;

function bodyKey(bytes: Uint8Array): string {
  return Buffer.from(bytes).toString('base64');
}

function answerChecker(send: Send, processed: Map<string, string>, received: PoppWebhookEvent[]) {
  return async (bytes: Uint8Array, fault: Fault, where: string): Promise<void> => {
    const { status, says, want } = expectedAnswer(bytes, fault, processed);
    const before = received.length;
    const answer = await send(await deliveryOf(bytes, fault));
    assert.ok(answer.text.length < MAX_ANSWER_CHARS, `${where}: an answer of ${answer.text.length} characters`);
    assert.equal(answer.contentType, 'application/json', `${where}: content type`);
    const body = JSON.parse(answer.text) as { outcome?: string; error?: string };
    if (want?.code === 'ok' && answer.status === 200 && !processed.has(want.value.eventId)) processed.set(want.value.eventId, bodyKey(bytes));
    assert.equal(answer.status, status, `${where}: status for ${says} (answer ${answer.text.slice(0, 200)})`);
    assert.equal(status < 300 ? body.outcome : body.error, says, `${where}: answer ${answer.text.slice(0, 200)}`);
    if (says === 'processed') {
      assert.equal(received.length, before + 1, `${where}: processed without calling the handler`);
      assert.ok(sameJson(received.at(-1), (want as { value: unknown }).value), `${where}: the handler got a changed event`);
    } else assert.equal(received.length, before, `${where}: the handler ran for a ${says}`);
    assertNoPollution();
  };
}

function fetchTarget(): Target {
  const { handler, received, processed } = receiver();
  const send: Send = async ({ method, headers, body }) => {
    const response = await handler(new Request('http://receiver.test/webhooks/popp', { method, headers, body }));
    return { status: response.status, contentType: response.headers.get('content-type'), text: await response.text() };
  };
  const check = answerChecker(send, processed, received);
  return {
    name: 'createWebhookHandler (Fetch)',
    check: (made) => check(made.bytes, 'none', 'createWebhookHandler'),
    property: fc.asyncProperty(printable, fault, (made, how) => check(made.bytes, how, 'createWebhookHandler')),
  };
}

async function nodeTarget(): Promise<{ target: Target; close: () => Promise<void> }> {
  const { handler, received, processed } = receiver();
  const server = await listen(createServer(toNodeListener(handler)));
  const send: Send = async ({ method, headers, body }) => {
    const response = await fetch(`${server.url}/webhooks/popp`, { method, headers, body });
    return { status: response.status, contentType: response.headers.get('content-type'), text: await response.text() };
  };
  const check = answerChecker(send, processed, received);
  return {
    target: {
      name: 'toNodeListener (node:http on 127.0.0.1)',
      check: (made) => check(made.bytes, 'none', 'toNodeListener'),
      property: fc.asyncProperty(printable, fault, (made, how) => check(made.bytes, how, 'toNodeListener')),
    },
    close: () => server.close(),
  };
}

// ---- the run tracker ----

/** Applies every valid event of the batch to one tracker; `twin` also applies each as a second event (another eventId). */
function checkTracker(batch: readonly Payload[], twin = false): void {
  const tracker = createRunTracker();
  for (const { bytes } of batch) {
    const result = parseEvent(bytes);
    if (!result.ok) continue;
    for (const event of twin ? [result.event, { ...result.event, eventId: `${result.event.eventId}_twin` }] : [result.event]) {
      const state: unknown = tracker.apply(event);
      if (isRunEvent(event)) assert.ok(state !== null && typeof state === 'object', `apply(${event.event}) returned no run state`);
      else assert.equal(state, undefined, `apply(${event.event}) returned a run state for an event about no run`);
    }
  }
  assertNoPollution();
}

// ---- all of them ----

/** Every target, the node:http server of one started; `close` stops it. */
export async function createTargets(): Promise<{ targets: Target[]; close: () => Promise<void> }> {
  const node = await nodeTarget();
  const targets: Target[] = [
    { name: 'parseEvent', check: checkParse, property: fc.property(printable, checkParse) },
    { name: 'validateEvent', check: checkValidate, property: fc.property(printable, checkValidate) },
    { name: 'constructEvent (signed)', check: checkConstruct, property: fc.asyncProperty(printable, checkConstruct) },
    fetchTarget(),
    node.target,
    // Batches, so that events of one run meet: mutated examples share their recordId and nodeId.
    { name: 'createRunTracker().apply', check: (made) => checkTracker([made], true), property: fc.property(fc.array(printable, { minLength: 1, maxLength: 8 }), fc.boolean(), checkTracker) },
  ];
  return { targets, close: node.close };
}

export interface FuzzReport {
  name: string;
  fixed: number;
  random: number;
  seed: number;
  /** The failure, with fast-check's replay line; undefined when every case held. */
  failure: string | undefined;
}

/**
 * Runs a target: every fixed payload, then random ones until `budgetMs` has passed. The verdict depends on the
 * cases run only (any failing one fails it), never on how many ran: a slow machine runs fewer, and says so.
 */
export async function fuzz(target: Target, fixed: readonly Payload[], options: { seed: number; budgetMs: number }): Promise<FuzzReport> {
  const report = (random: number, failure?: string): FuzzReport => ({ name: target.name, fixed: fixed.length, random, seed: options.seed, failure });
  for (const made of fixed) {
    try {
      await target.check(made);
    } catch (error) {
      return report(0, `fixed payload "${made.recipe}" (${made.bytes.length} bytes): ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    }
  }
  const details = await fc.check(target.property as fc.IAsyncProperty<unknown>, { seed: options.seed, numRuns: 1_000_000_000, interruptAfterTimeLimit: options.budgetMs, markInterruptAsFailure: false });
  // fast-check calls a run interrupted before its first case "failed"; only a case that failed is a failure here.
  const failed = details.failed && !(details.interrupted && details.counterexample === null);
  const error = details.errorInstance instanceof Error ? (details.errorInstance.stack ?? details.errorInstance.message) : String(details.errorInstance);
  return report(details.numRuns, failed ? `${fc.defaultReportMessage(details)}\n${error}` : undefined);
}

/** The seed from FUZZ_SEED, or a fresh one; printed with every report so that a failure can be replayed. */
export function fuzzSeed(): number {
  const given = process.env.FUZZ_SEED;
  if (given !== undefined && given !== '') {
    const seed = Number(given);
    if (!Number.isInteger(seed)) throw new Error(`FUZZ_SEED must be an integer, got ${given}.`);
    return seed | 0;
  }
  return (Date.now() ^ Math.floor(Math.random() * 2 ** 31)) | 0;
}
