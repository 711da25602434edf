// toNodeListener's own cases: bodies a middleware already read, string bodies, aborted uploads, HEAD.
import { connect } from 'node:net';
import express from 'express';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createWebhookHandler, toNodeListener } from '../../src/webhooks/index.js';
import { completedBody, deferred, deliveryHeaders, listen, SECRET, type RunningServer } from '../helpers/webhooks.js';

describe('toNodeListener', () => {
  let server: RunningServer | undefined;
  const calls: string[] = [];
  const popp = createWebhookHandler({ secret: SECRET, idempotency: false, on: { WORKFLOW_RUN_COMPLETED: (event) => void calls.push(event.eventId) }, log: { warn() {}, error() {} } });
  afterEach(async () => {
    await server?.close();
    server = undefined;
    calls.length = 0;
    vi.restoreAllMocks();
  });

  async function post(path = '/webhooks/popp') {
    return fetch(`${server!.url}${path}`, { method: 'POST', body: completedBody, headers: await deliveryHeaders(completedBody) });
  }

  it('answers 500 with the fix when express.json() parsed the body first (so Popp retries once fixed)', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    const app = express();
    app.use(express.json());
    app.post('/webhooks/popp', toNodeListener(popp));
    server = await listen(app);
    const answer = await post();
    const body = await answer.json();
    expect([answer.status, body.error]).toEqual([500, 'body-already-read']);
    expect(body.message).toMatch(/before express\.json\(\).*express\.raw/);
    expect(logged).toHaveBeenCalledWith(expect.stringContaining('already read or parsed'));
    expect(calls).toEqual([]);
  });

  it('answers 500 instead of hanging when a middleware drained the stream without leaving a body', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const app = express();
    app.use((req, _res, next) => {
      req.on('end', () => next()).resume();
    });
    app.post('/webhooks/popp', toNodeListener(popp));
    server = await listen(app);
    const answer = await post();
    expect([answer.status, (await answer.json()).error]).toEqual([500, 'body-already-read']);
  });

  it('uses a string body a text parser left', async () => {
    const app = express();
    app.post('/webhooks/popp', express.text({ type: 'application/json' }), toNodeListener(popp));
    server = await listen(app);
    expect((await post()).status).toBe(200);
    expect(calls).toEqual(['evt_abc123']);
  });

  it('answers HEAD with 405 and the Allow header', async () => {
    server = await listen(toNodeListener(popp));
    const answer = await fetch(`${server.url}/webhooks/popp`, { method: 'HEAD' });
    expect([answer.status, answer.headers.get('allow')]).toEqual([405, 'POST']);
  });

  it('settles when the sender aborts mid-body, without processing anything', async () => {
    const settled = deferred<number>();
    const reached = deferred();
    const listener = toNodeListener(async (request) => {
      reached.resolve();
      const response = await popp(request);
      settled.resolve(response.status);
      return response;
    });
    server = await listen(listener);
    const { port } = new URL(server.url);
    const headers = await deliveryHeaders(completedBody);
    const socket = connect(Number(port), '127.0.0.1');
    await new Promise((resolve) => socket.once('connect', resolve));
    socket.write(`POST /webhooks/popp HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nx-signature: ${headers['x-signature']}\r\nContent-Length: ${completedBody.length}\r\n\r\n${completedBody.slice(0, 100)}`);
    // Abort once the request has reached the handler (its headers were read), however long that took.
    await reached.promise;
    socket.destroy();
    expect(await settled.promise).toBe(400);
    expect(calls).toEqual([]);
  });

  it('passes repeated request headers on, and copies every response header back', async () => {
    let seen: string | null = null;
    server = await listen(
      toNodeListener((request) => {
        seen = request.headers.get('x-forwarded-for');
        const response = new Response('ok', { headers: { 'x-one': '1' } });
        response.headers.append('set-cookie', 'a=1');
        response.headers.append('set-cookie', 'b=2');
        return response;
      }),
    );
    const answer = await fetch(server.url, { headers: [['x-forwarded-for', '10.0.0.1'], ['x-forwarded-for', '10.0.0.2']] });
    expect(seen).toBe('10.0.0.1, 10.0.0.2');
    expect(answer.headers.get('x-one')).toBe('1');
    expect(answer.headers.getSetCookie()).toEqual(['a=1', 'b=2']);
  });
});
