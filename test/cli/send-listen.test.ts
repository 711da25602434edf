// send and listen over real HTTP on 127.0.0.1: send to a receiver built with createWebhookHandler, and to a
// server that records the exact bytes; listen receiving from send; listen --forward-to relaying exact bytes,
// headers and answers.
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PoppWebhookEvent } from '../../src/events.js';
import { examples } from '../../src/testing/index.js';
import { createWebhookHandler, toNodeListener, verifySignature } from '../../src/webhooks/index.js';
import { runCli, startCli, STACK_FRAME } from './cli.js';

const SECRET = 'whsec_cli_send_2b8e41';
const env = { POPP_WEBHOOK_SECRET: SECRET };
const dir = mkdtempSync(join(tmpdir(), 'popp-cli-send-'));

interface Recorded {
  body: Buffer;
  headers: IncomingHttpHeaders;
}

/** A server that records each request's exact bytes and headers and answers as `reply` says. */
async function recordingServer(reply: (res: import('node:http').ServerResponse) => void = (res) => res.end('{"ok":true}')): Promise<{ url: string; requests: Recorded[]; server: Server }> {
  const requests: Recorded[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      requests.push({ body: Buffer.concat(chunks), headers: req.headers });
      reply(res);
    });
  });
  return { url: await listenOn(server, '/hook'), requests, server };
}

function listenOn(server: Server, path = '/'): Promise<string> {
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}${path}`)));
}

function close(server: Server | undefined): Promise<void> {
  return new Promise((resolve) => {
    if (server === undefined) return resolve();
    server.close(() => resolve());
    server.closeAllConnections();
  });
}

/** A URL nothing listens on: a port that was free a moment ago. */
async function closedUrl(): Promise<string> {
  const server = createServer();
  const url = await listenOn(server, '/hook');
  await close(server);
  return url;
}

let receiver: Server;
let receiverUrl: string;
const handled: PoppWebhookEvent[] = [];

beforeAll(async () => {
  const handler = createWebhookHandler({ secret: SECRET, on: { WORKFLOW_RUN_FAILED: (event) => void handled.push(event) }, log: { warn: () => undefined, error: () => undefined } });
  receiver = createServer(toNodeListener(handler));
  receiverUrl = await listenOn(receiver, '/webhooks/popp');
});
afterAll(async () => {
  await close(receiver);
  rmSync(dir, { recursive: true, force: true });
});

describe('send', () => {
  it('builds the event from the examples, applies --set, signs, POSTs, and prints each answer (--repeat: the same delivery again)', async () => {
    const result = await runCli(['send', 'WORKFLOW_RUN_FAILED', '--to', receiverUrl, '--set', 'data.recordId=run_cli_1', '--set', 'data.errorCode=EXECUTOR_TIMEOUT', '--repeat', '2'], { env });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const lines = result.stdout.trim().split('\n');
    expect(lines[0]).toMatch(/^Sending WORKFLOW_RUN_FAILED evt_\S+ \(\d+ bytes, signed\) to http:\/\/127\.0\.0\.1:\d+\/webhooks\/popp, 2 times$/);
    expect(lines[1]).toMatch(/^\[1\/2\] 200 OK \{"outcome":"processed","event":"WORKFLOW_RUN_FAILED","eventId":"evt_/);
    expect(lines[2]).toMatch(/^\[2\/2\] 200 OK \{"outcome":"duplicate"/);
    expect(handled.filter((event) => event.data.recordId === 'run_cli_1')).toHaveLength(1);
    const event = handled.find((event) => event.data.recordId === 'run_cli_1') as Extract<PoppWebhookEvent, { event: 'WORKFLOW_RUN_FAILED' }>;
    expect(event.data.errorCode).toBe('EXECUTOR_TIMEOUT');
    expect(result.stdout).not.toContain(SECRET);
  });

  it('sends a file byte for byte, signed over exactly those bytes', async () => {
    const recorder = await recordingServer();
    try {
      const text = `{ "event" : "WORKFLOW_RUN_STARTED",\n\t"eventId": "evt_file_1", "eventTimestamp": "${examples.WORKFLOW_RUN_STARTED[0].eventTimestamp}",\n "data": ${JSON.stringify(examples.WORKFLOW_RUN_STARTED[0].data, null, 3)} }\n`;
      const file = join(dir, 'started.json');
      writeFileSync(file, text);
      const result = await runCli(['send', file, '--to', recorder.url, '--secret', SECRET], {});
      expect(result.code).toBe(0);
      expect(result.stdout).toContain('200 OK {"ok":true}');
      expect(recorder.requests).toHaveLength(1);
      const [request] = recorder.requests as [Recorded];
      expect(request.body.equals(Buffer.from(text))).toBe(true);
      expect(request.headers['content-type']).toBe('application/json');
      expect(await verifySignature(request.body, request.headers['x-signature'] as string, SECRET)).toBe(true);
    } finally {
      await close(recorder.server);
    }
  });

  it('reads --set values as JSON when they parse and as text otherwise, and refuses an event the values break (nothing sent)', async () => {
    const recorder = await recordingServer();
    try {
      const quoted = await runCli(['send', 'WORKFLOW_RUN_FAILED', '--to', recorder.url, '--set', 'data.recordId="123"'], { env });
      expect(quoted.code).toBe(0);
      expect(JSON.parse(recorder.requests[0]!.body.toString()).data.recordId).toBe('123');
      const number = await runCli(['send', 'WORKFLOW_RUN_FAILED', '--to', recorder.url, '--set', 'data.recordId=123'], { env });
      expect(number.code).toBe(2);
      expect(number.stderr).toContain('/data/recordId: must be string');
      expect(number.stderr).toContain('Nothing was sent. Pass --allow-invalid');
      expect(recorder.requests).toHaveLength(1);
      const forced = await runCli(['send', 'WORKFLOW_RUN_FAILED', '--to', receiverUrl, '--set', 'data.recordId=123', '--allow-invalid'], { env });
      expect(forced.code).toBe(1);
      expect(forced.stdout).toMatch(/\n400 Bad Request \{"outcome":"rejected","error":"not-an-envelope"/);
    } finally {
      await close(recorder.server);
    }
  });

  it('sends drift under the tolerant default, saying so, and refuses it with --strict', async () => {
    const drift = await runCli(['send', 'WORKFLOW_RUN_FAILED', '--to', receiverUrl, '--set', 'data.errorCode=QUOTA_EXCEEDED'], { env });
    expect(drift.code).toBe(0);
    expect(drift.stdout).toContain('drift: the event breaks the strict profile, sent anyway (tolerant):\n  - /data/errorCode: unknown-enum-value "QUOTA_EXCEEDED"');
    const strict = await runCli(['send', 'WORKFLOW_RUN_FAILED', '--to', receiverUrl, '--set', 'data.errorCode=QUOTA_EXCEEDED', '--strict'], { env });
    expect(strict.code).toBe(2);
    expect(strict.stderr).toContain('the event breaks the contract (strict profile)');
  });

  it('refuses, with exit 2 and no stack trace, a path no schema knows, an unknown type, a bad URL or --repeat', async () => {
    const results = await Promise.all([
      runCli(['send', 'WORKFLOW_RUN_FAILED', '--to', receiverUrl, '--set', 'data.recrdId=run_1'], { env }),
      runCli(['send', 'WORKFLOW_RUN_FAILED', '--to', receiverUrl, '--set', 'data.nodes.0.bogus=1'], { env }),
      runCli(['send', 'WORKFLOW_RUN_FAILD', '--to', receiverUrl], { env }),
      runCli(['send', 'WORKFLOW_RUN_FAILED', '--to', 'localhost:3000'], { env }),
      runCli(['send', 'WORKFLOW_RUN_FAILED', '--to', receiverUrl, '--repeat', '0'], { env }),
      runCli(['send', 'WORKFLOW_RUN_FAILED', '--to', receiverUrl, '--set', 'recordId'], { env }),
      runCli(['send', 'WORKFLOW_RUN_FAILED'], { env }),
      runCli(['send', 'WORKFLOW_RUN_COMPLETED', '--to', receiverUrl, '--set', 'data.nodes.9.nodeId=n9'], { env }),
    ]);
    expect(results.map((result) => result.code)).toEqual([2, 2, 2, 2, 2, 2, 2, 2]);
    const messages = results.map((result) => result.stderr);
    expect(messages[0]).toContain('--set data.recrdId=run_1: neither the event nor its schema has "recrdId" in data. Did you mean data.recordId?');
    expect(messages[1]).toContain('has "bogus" in data.nodes.0. Known there: completedAt, enteredAt, nodeId, nodeType, outcome, routingEvent.');
    expect(messages[2]).toContain('"WORKFLOW_RUN_FAILD" is not a Popp event type. Did you mean WORKFLOW_RUN_FAILED');
    expect(messages[3]).toContain('--to must be an http:// or https:// URL');
    expect(messages[4]).toContain('--repeat must be a whole number from 1 to 1000, got "0".');
    expect(messages[5]).toContain('expected path=value');
    expect(messages[6]).toContain('--to URL is required.');
    expect(messages[7]).toMatch(/--set data\.nodes\.9\.nodeId=n9: data\.nodes has \d+ elements?; an index from 0 to \d+ \(\d+ appends one\) is expected\./);
    for (const result of results) {
      expect(result.stdout).toBe('');
      expect(result.stderr).not.toMatch(STACK_FRAME);
    }
  });

  it('reports a receiver it cannot reach (exit 1)', async () => {
    const result = await runCli(['send', 'WORKFLOW_RUN_STARTED', '--to', await closedUrl()], { env });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('failed: connection refused: is the receiver running on that port? (ECONNREFUSED)');
  });
});

describe('listen', () => {
  it('receives from send: verifies, validates, deduplicates, reports drift, and refuses a forged delivery (--json)', async () => {
    const listener = await startCli(['listen', '--port', '0', '--json'], env);
    try {
      expect(listener.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
      const sent = await runCli(['send', 'WORKFLOW_RUN_COMPLETED', '--to', `${listener.url}webhooks`, '--set', 'data.recordId=run_listen_1', '--repeat', '2'], { env });
      expect(sent.code).toBe(0);
      await runCli(['send', 'WORKFLOW_RUN_FAILED', '--to', listener.url, '--set', 'data.errorCode=QUOTA_EXCEEDED'], { env });
      const forged = await runCli(['send', 'WORKFLOW_RUN_FAILED', '--to', listener.url, '--secret', 'not the secret'], {});
      expect(forged.code).toBe(1);
      expect(forged.stdout).toContain('401 Unauthorized');
      const lines = (await listener.linesAtLeast(4)).map((line) => JSON.parse(line));
      expect(lines[0]).toMatchObject({ method: 'POST', path: '/webhooks', status: 200, outcome: 'processed', signature: 'valid', verdict: 'valid', event: 'WORKFLOW_RUN_COMPLETED', recordId: 'run_listen_1', deviations: [] });
      expect(lines[0].payload.data.recordId).toBe('run_listen_1');
      expect(lines[1]).toMatchObject({ status: 200, outcome: 'duplicate', eventId: lines[0].eventId });
      expect(lines[2]).toMatchObject({ status: 200, outcome: 'processed', deviations: [{ path: '/data/errorCode', kind: 'unknown-enum-value', value: 'QUOTA_EXCEEDED' }] });
      expect(lines[3]).toMatchObject({ status: 401, outcome: 'rejected', error: 'signature-mismatch', signature: 'mismatch' });
      expect(listener.lines.join('\n')).not.toContain(SECRET);
    } finally {
      const stopped = await listener.stop();
      expect(stopped.code).toBe(0);
    }
  });

  it('prints one readable line per delivery, without colour when stdout is not a terminal', async () => {
    const listener = await startCli(['listen', '--port', '0'], env);
    try {
      await runCli(['send', 'WORKFLOW_RUN_FAILED', '--to', listener.url, '--set', 'data.recordId=run_line_1'], { env });
      await runCli(['send', 'WORKFLOW_RUN_FAILED', '--to', listener.url, '--set', 'data.recordId=1', '--allow-invalid'], { env });
      const [valid, invalid] = await listener.linesAtLeast(2);
      expect(valid).toMatch(/^\d\d:\d\d:\d\d WORKFLOW_RUN_FAILED evt_\S+ run_line_1 signature valid → 200 processed$/);
      expect(invalid).toMatch(/^\d\d:\d\d:\d\d WORKFLOW_RUN_FAILED evt_\S+ signature valid → 400 rejected not-an-envelope$/);
      expect(listener.lines.join('\n')).toContain('\n    /data/recordId: must be string');
      expect(listener.lines.join('\n')).not.toContain('\u001b[');
    } finally {
      await listener.stop();
    }
  });

  it('with --forward-to, forwards the exact bytes and headers and relays the answer', async () => {
    const downstream = await recordingServer((res) => {
      res.statusCode = 202;
      res.setHeader('x-downstream', 'yes');
      res.setHeader('content-type', 'text/plain');
      res.end('queued by the app');
    });
    const listener = await startCli(['listen', '--port', '0', '--json', '--forward-to', downstream.url], env);
    try {
      // Odd spacing, a non-ASCII character and a trailing newline: any re-serialisation would change them.
      const body = Buffer.from(`{"event":"WORKFLOW_RUN_STARTED" ,"eventId":"evt_fwd_1","eventTimestamp":"${examples.WORKFLOW_RUN_STARTED[0].eventTimestamp}","data":${JSON.stringify({ ...examples.WORKFLOW_RUN_STARTED[0].data, recordId: 'run_fwd_é' })}}\n`);
      const signature = (await runCli(['sign', '-'], { input: body, env })).stdout.trim();
      const response = await fetch(`${listener.url}webhooks/popp?x=1`, { method: 'POST', body, headers: { 'content-type': 'application/json', 'x-signature': signature, 'x-custom': 'kept' } });
      expect(response.status).toBe(202);
      expect(response.headers.get('x-downstream')).toBe('yes');
      expect(await response.text()).toBe('queued by the app');
      const [forwarded] = downstream.requests as [Recorded];
      expect(forwarded.body.equals(body)).toBe(true);
      expect(forwarded.headers).toMatchObject({ 'content-type': 'application/json', 'x-signature': signature, 'x-custom': 'kept' });
      const [line] = await listener.linesAtLeast(1);
      expect(JSON.parse(line as string)).toMatchObject({ status: 202, forwardedTo: downstream.url, signature: 'valid', verdict: 'valid', recordId: 'run_fwd_é', answer: 'queued by the app' });
    } finally {
      await listener.stop();
      await close(downstream.server);
    }
  });

  it('answers 502 when the forward target cannot be reached', async () => {
    const listener = await startCli(['listen', '--port', '0', '--forward-to', await closedUrl()], env);
    try {
      const sent = await runCli(['send', 'WORKFLOW_RUN_STARTED', '--to', listener.url], { env });
      expect(sent.code).toBe(1);
      expect(sent.stdout).toMatch(/502 Bad Gateway \{"outcome":"failed","error":"forward-failed","message":"Could not forward to http:\/\/127\.0\.0\.1:\d+\/hook: connection refused/);
    } finally {
      await listener.stop();
    }
  });

  it('refuses a port in use and a missing secret with exit 2, without a stack trace', async () => {
    const busy = createServer();
    const url = await listenOn(busy);
    try {
      const inUse = await runCli(['listen', '--port', new URL(url).port], { env });
      expect(inUse.code).toBe(2);
      expect(inUse.stderr).toContain(`port ${new URL(url).port} on 127.0.0.1 is in use: pass another --port`);
      const noSecret = await runCli(['listen', '--port', '0']);
      expect(noSecret.code).toBe(2);
      expect(noSecret.stderr).toContain('no signing secret');
      for (const result of [inUse, noSecret]) expect(result.stderr).not.toMatch(STACK_FRAME);
    } finally {
      await close(busy);
    }
  });
});
