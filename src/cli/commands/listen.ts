/**
 * `listen`: a local webhook receiver. Each delivery is verified and validated by the package's own receiver
 * code (readDelivery, createWebhookHandler) and printed as one line (or one NDJSON object with --json). It
 * answers as createWebhookHandler answers (duplicates included), or, with --forward-to, forwards the exact
 * bytes and headers to another receiver and relays its answer.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { KNOWN_EVENT_TYPES } from '../../events.js';
import type { ValidationProfile } from '../../validation/profiles.js';
import { readDelivery, type DeliveryRead } from '../../webhooks/construct-event.js';
import { clip } from '../../webhooks/errors.js';
import { createWebhookHandler } from '../../webhooks/handler.js';
import { SIGNATURE_HEADER } from '../../webhooks/signature.js';
import { urlOption } from '../args.js';
import { type CliIo, type Command, EXIT } from '../command.js';
import { describeFetchFailure } from '../http-failure.js';
import { SECRET_OPTION, secretsFrom } from '../secret.js';
import { addressOf, addressOptions, serveUntilAborted } from '../serve.js';
import { type Style, styleFor } from '../style.js';

const DEFAULT_PORT = 4000;

export const listen: Command = {
  name: 'listen',
  summary: 'Run a local receiver that verifies, validates and prints each delivery (or forwards it).',
  usage: 'listen [--port N] [--host H] [--secret S] [--forward-to URL] [--json] [--strict]',
  description: [
    `Starts a webhook receiver on http://127.0.0.1:${DEFAULT_PORT}/ (every path). Each delivery is verified with the`,
    'signing secret and validated under the tolerant profile (drift reported; --strict for the strict one),',
    'and printed as one line: time, event type, eventId, recordId, signature verdict, answer, drift. It',
    'answers as createWebhookHandler answers: 200 processed (or duplicate, for an eventId seen before), 401',
    'for a bad signature, 400 or 422 for a payload that breaks the contract. With --forward-to, each delivery',
    'is also forwarded to that URL with its exact bytes and headers, and the answer relayed is that',
    'receiver\'s (502 when it cannot be reached). --json prints NDJSON instead: one object per delivery, with',
    'the payload. The address is printed on standard error when the receiver is ready; Ctrl-C stops it.',
  ].join('\n'),
  options: {
    ...addressOptions('The port to listen on', DEFAULT_PORT),
    secret: { ...SECRET_OPTION, multiple: true, description: `${SECRET_OPTION.description} Repeat it to accept several (rotation).` },
    'forward-to': { type: 'string', value: 'URL', description: 'Forward every delivery, byte for byte, to this URL, and answer with its answer.' },
    json: { type: 'boolean', description: 'Print one JSON object per delivery (NDJSON) instead of a line of text.' },
    strict: { type: 'boolean', description: 'Validate under the strict profile (the documented contract exactly).' },
  },
  positionals: { min: 0, max: 0 },
  examples: [
    'listen --port 4000',
    '# In another terminal:',
    'popp-workflow-contract send WORKFLOW_RUN_COMPLETED --to http://127.0.0.1:4000/',
    '# In front of your own app, to watch what it is sent:',
    'listen --port 4000 --forward-to http://127.0.0.1:3000/webhooks/popp',
  ],
  async run(args, io) {
    const address = addressOf(args, DEFAULT_PORT);
    const secrets = secretsFrom(args, io.env);
    const forwardTo = urlOption(args, 'forward-to', false);
    const profile: ValidationProfile = args.values.strict === true ? 'strict' : 'tolerant';
    const print = args.values.json === true ? printJson(io) : printLine(io, styleFor(io.stdout, io.env));
    const handler = createWebhookHandler({
      secret: secrets,
      // Every known type is "handled" (by printing), so answers say processed or duplicate, as a real receiver's do.
      on: Object.fromEntries(KNOWN_EVENT_TYPES.map((type) => [type, () => undefined])),
      profile,
      onDrift: () => undefined, // reported on the delivery's own line
      log: { warn: () => undefined, error: (message, error) => io.stderr.write(`${message}${error instanceof Error ? `: ${error.message}` : ''}\n`) },
    });
    const server = createServer((req, res) => {
      receive(req, res).catch((error: unknown) => {
        io.stderr.write(`listen: could not answer a request: ${error instanceof Error ? error.message : String(error)}\n`);
        if (!res.headersSent) answer(res, 500, {}, JSON.stringify({ outcome: 'failed', error: 'listener-failed' }));
        else res.destroy();
      });
    });

    async function receive(req: IncomingMessage, res: ServerResponse): Promise<void> {
      const body = await readBody(req);
      const method = req.method ?? 'GET';
      const path = req.url ?? '/';
      const headers = requestHeaders(req);
      if (body === undefined) {
        answer(res, 413, {}, JSON.stringify({ outcome: 'rejected', error: 'body-too-large', message: `The body is larger than ${MAX_BODY_BYTES} bytes.` }));
        print({ method, path, status: 413, read: undefined, answerText: '', outcome: 'rejected', error: 'body-too-large' });
        return;
      }
      const read = method === 'POST' ? await readDelivery(body, headers.get(SIGNATURE_HEADER), secrets, profile) : undefined;
      let status: number;
      let answerHeaders: Record<string, string>;
      let answerText: string;
      if (forwardTo === undefined) {
        const response = await handler(new Request(new URL(path, 'http://listen.local'), { method, headers: forwardedHeaders(headers), ...(method === 'GET' || method === 'HEAD' ? {} : { body }) }));
        status = response.status;
        answerHeaders = Object.fromEntries(response.headers);
        answerText = await response.text();
      } else {
        try {
          const response = await fetch(forwardTo, { method, headers: forwardedHeaders(headers), redirect: 'manual', ...(method === 'GET' || method === 'HEAD' ? {} : { body }), signal: AbortSignal.any([io.signal, AbortSignal.timeout(FORWARD_TIMEOUT_MS)]) });
          status = response.status;
          answerHeaders = relayedHeaders(response.headers);
          answerText = await response.text();
        } catch (error) {
          status = 502;
          answerHeaders = { 'content-type': 'application/json' };
          answerText = JSON.stringify({ outcome: 'failed', error: 'forward-failed', message: `Could not forward to ${forwardTo.href}: ${describeFetchFailure(error)}` });
        }
      }
      answer(res, status, answerHeaders, answerText);
      const parsed = parseAnswer(answerText);
      print({ method, path, status, read, answerText, outcome: parsed.outcome, error: parsed.error, ...(forwardTo === undefined ? {} : { forwardedTo: forwardTo.href }), payload: payloadOf(body) });
    }

    await serveUntilAborted(server, address, io, (url) => `Listening on ${url} (every path)${forwardTo === undefined ? '' : `, forwarding to ${forwardTo.href}`}; ${profile} profile. Ctrl-C stops.`);
    return EXIT.ok;
  },
};

// Far above a Popp delivery (a few KiB); the handler's own 1 MiB limit answers 413 below this.
const MAX_BODY_BYTES = 8 * 1024 * 1024;
const FORWARD_TIMEOUT_MS = 30_000;
// Hop-by-hop headers (RFC 9110 §7.6.1) and those fetch sets itself from the body: never forwarded or relayed.
const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'proxy-connection', 'transfer-encoding', 'upgrade', 'te', 'trailer', 'host', 'content-length', 'expect']);

/** The body's bytes, or undefined past MAX_BODY_BYTES (the rest is not read). */
async function readBody(req: IncomingMessage): Promise<Uint8Array<ArrayBuffer> | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) return undefined;
    chunks.push(chunk);
  }
  return new Uint8Array(Buffer.concat(chunks));
}

function requestHeaders(req: IncomingMessage): Headers {
  const headers = new Headers();
  for (let i = 0; i < req.rawHeaders.length; i += 2) headers.append(req.rawHeaders[i] as string, req.rawHeaders[i + 1] as string);
  return headers;
}

function forwardedHeaders(headers: Headers): Headers {
  const forwarded = new Headers();
  headers.forEach((value, name) => {
    if (!HOP_BY_HOP.has(name)) forwarded.append(name, value);
  });
  return forwarded;
}

// fetch has decoded the body already, so its encoding and length no longer describe what is relayed.
function relayedHeaders(headers: Headers): Record<string, string> {
  const relayed: Record<string, string> = {};
  headers.forEach((value, name) => {
    if (!HOP_BY_HOP.has(name) && name !== 'content-encoding') relayed[name] = value;
  });
  return relayed;
}

function answer(res: ServerResponse, status: number, headers: Record<string, string>, text: string): void {
  res.statusCode = status;
  for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
  res.end(text);
}

function parseAnswer(text: string): { outcome?: string; error?: string } {
  try {
    const value = JSON.parse(text) as { outcome?: unknown; error?: unknown };
    return { ...(typeof value.outcome === 'string' ? { outcome: value.outcome } : {}), ...(typeof value.error === 'string' ? { error: value.error } : {}) };
  } catch {
    return {};
  }
}

const decoder = new TextDecoder('utf-8', { fatal: true });

function payloadOf(body: Uint8Array): unknown {
  try {
    return JSON.parse(decoder.decode(body));
  } catch {
    return undefined;
  }
}

/** One delivery, as printed. */
interface Delivery {
  method: string;
  path: string;
  status: number;
  read: DeliveryRead | undefined;
  answerText: string;
  outcome?: string | undefined;
  error?: string | undefined;
  forwardedTo?: string;
  payload?: unknown;
}

/** What readDelivery found, as flat fields. */
function summary(read: DeliveryRead | undefined) {
  if (read === undefined) return { signature: undefined };
  switch (read.kind) {
    case 'event': {
      const data = read.event.data as { recordId?: unknown };
      return { signature: 'valid', verdict: 'valid', event: read.event.event, eventId: read.event.eventId, recordId: typeof data.recordId === 'string' ? data.recordId : undefined, deviations: read.deviations };
    }
    case 'unknown-event-type':
      return { signature: 'valid', verdict: 'unknown-event-type', event: read.envelope.event, eventId: read.envelope.eventId, recordId: read.envelope.data.recordId };
    case 'unsigned':
      return { signature: read.error.code.replace(/^signature-/, ''), verdict: read.error.code, message: read.error.message };
    case 'invalid':
      return { signature: 'valid', verdict: read.error.code, event: read.error.envelope?.event ?? read.error.eventType, eventId: read.error.envelope?.eventId, issues: read.error.issues, message: read.error.message };
  }
}

function printJson(io: CliIo): (delivery: Delivery) => void {
  return (delivery) => {
    const { read, answerText, ...rest } = delivery;
    io.stdout.write(`${JSON.stringify({ time: new Date().toISOString(), ...rest, ...summary(read), answer: parseJsonOrText(answerText) })}\n`);
  };
}

function parseJsonOrText(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

function printLine(io: CliIo, style: Style): (delivery: Delivery) => void {
  return (delivery) => {
    const time = new Date().toISOString().slice(11, 19);
    const facts = summary(delivery.read);
    // A delivery refused before its envelope was read still says what it claims to be, when its JSON does.
    const claimed = claimedIds(delivery.payload);
    const ids = [facts.event ?? claimed.event ?? '(no event type)', facts.eventId ?? claimed.eventId ?? '(no eventId)', facts.recordId ?? claimed.recordId];
    const what = facts.signature === undefined ? `${delivery.method} ${clip(delivery.path, 80)}` : ids.filter((part) => part !== undefined).map((part) => clip(String(part), 80)).join(' ');
    const signature = facts.signature === undefined ? '' : facts.signature === 'valid' ? ` ${style.ok('signature valid')}` : ` ${style.bad(`signature ${facts.signature}`)}`;
    const status = `${delivery.status}${delivery.outcome === undefined ? '' : ` ${delivery.outcome}`}${delivery.error === undefined ? '' : ` ${delivery.error}`}`;
    const shown = delivery.status >= 200 && delivery.status < 300 ? style.ok(status) : style.bad(status);
    const forwarded = delivery.forwardedTo === undefined ? '' : ` ${style.dim('forwarded')}`;
    let line = `${style.dim(time)} ${what}${signature} →${forwarded} ${shown}`;
    if (facts.deviations !== undefined && facts.deviations.length > 0) {
      line += ` ${style.warn('drift')}: ${facts.deviations.map((deviation) => `${deviation.path} ${deviation.kind}${deviation.value === undefined ? '' : ` ${JSON.stringify(deviation.value)}`}`).join('; ')}`;
    }
    if (facts.issues !== undefined && facts.issues.length > 0) line += facts.issues.map((issue) => `\n    ${issue.path || '(the whole payload)'}: ${issue.message}`).join('');
    else if (facts.message !== undefined && facts.verdict !== 'signature-mismatch') line += `\n    ${facts.message}`;
    io.stdout.write(`${line}\n`);
  };
}

function claimedIds(payload: unknown): { event?: string; eventId?: string; recordId?: string } {
  if (typeof payload !== 'object' || payload === null) return {};
  const { event, eventId, data } = payload as { event?: unknown; eventId?: unknown; data?: { recordId?: unknown } };
  const recordId = typeof data === 'object' && data !== null ? data.recordId : undefined;
  return { ...(typeof event === 'string' ? { event } : {}), ...(typeof eventId === 'string' ? { eventId } : {}), ...(typeof recordId === 'string' ? { recordId } : {}) };
}
