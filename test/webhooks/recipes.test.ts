// The README's "Receiving webhooks" recipes, each run on a real server on 127.0.0.1, and each quoted in the
// README verbatim (so the README cannot drift from code that works).
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { examples } from '../../generated/examples.js';
import { createWebhookHandler, toNodeListener } from '../../src/webhooks/index.js';
import type { PoppWebhookEvent } from '../../src/events.js';
import { ROOT } from '../helpers/contract.js';
import { completedBody, deliveryHeaders, listen, SECRET, type RunningServer } from '../helpers/webhooks.js';
import { expressBeforeJson, expressRaw } from './recipes/express.js';
import { fastifyApp } from './recipes/fastify.js';
import { honoApp } from './recipes/fetch.js';
import { nodeHttpServer } from './recipes/node-http.js';

const RECIPE_DIR = join(ROOT, 'test/webhooks/recipes');

function popp() {
  const received: PoppWebhookEvent[] = [];
  const handler = createWebhookHandler({ secret: SECRET, on: { WORKFLOW_RUN_COMPLETED: (event) => void received.push(event) }, log: { warn() {}, error() {} } });
  return { handler, received };
}

async function startFastify(handler: (request: Request) => Promise<Response>): Promise<RunningServer> {
  const app = fastifyApp(handler);
  await app.listen({ port: 0, host: '127.0.0.1' });
  return { url: `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`, close: () => app.close() };
}

const recipes: [string, (handler: (request: Request) => Promise<Response>) => Promise<RunningServer>][] = [
  ['node:http', (handler) => listen(nodeHttpServer(handler))],
  ['Express, route before express.json()', (handler) => listen(expressBeforeJson(handler))],
  ['Express, express.raw on the route', (handler) => listen(expressRaw(handler))],
  ['Fastify', startFastify],
  ['Hono (served by node:http through toNodeListener(app.fetch))', (handler) => listen(toNodeListener(honoApp(handler).fetch))],
];

describe.each(recipes)('recipe: %s', (_name, start) => {
  let server: RunningServer | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  it('processes a signed delivery, rejects a tampered one, and the rest of the app still parses JSON', async () => {
    const { handler, received } = popp();
    server = await start(handler);
    const url = `${server.url}/webhooks/popp`;
    const ok = await fetch(url, { method: 'POST', body: completedBody, headers: await deliveryHeaders(completedBody) });
    expect([ok.status, await ok.json()]).toEqual([200, expect.objectContaining({ outcome: 'processed', eventId: 'evt_abc123' })]);
    expect(received).toEqual([examples.WORKFLOW_RUN_COMPLETED[0]]);

    const tampered = await fetch(url, { method: 'POST', body: completedBody.replace('run_xyz789', 'run_other'), headers: await deliveryHeaders(completedBody) });
    expect([tampered.status, (await tampered.json()).error]).toEqual([401, 'signature-mismatch']);
    const plain = await fetch(url, { method: 'POST', body: 'hello', headers: { 'content-type': 'text/plain' } });
    expect(plain.status).toBe(415);
    expect(received).toHaveLength(1);

    if (_name.startsWith('Express') || _name === 'Fastify') {
      const echo = await fetch(`${server.url}/api/echo`, { method: 'POST', body: '{"a":1}', headers: { 'content-type': 'application/json' } });
      expect(await echo.json()).toEqual({ a: 1 });
    }
  });
});

describe('recipe: Next.js route handler (any Fetch runtime)', () => {
  it('is the route module\'s POST export; served here by node:http through toNodeListener', async () => {
    process.env.POPP_WEBHOOK_SECRET = SECRET;
    const route = await import('./recipes/next-route.js');
    const server = await listen(toNodeListener(route.POST));
    try {
      const answer = await fetch(`${server.url}/webhooks/popp`, { method: 'POST', body: completedBody, headers: await deliveryHeaders(completedBody) });
      expect(answer.status).toBe(200);
      expect(route.savedRuns).toEqual([{ runId: 'run_xyz789', outcome: 'completed' }]);
    } finally {
      await server.close();
    }
  });
});

describe('README', () => {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const regions = ['node-http.ts', 'express.ts', 'fastify.ts', 'fetch.ts', 'next-route.ts'].flatMap((file) => {
    const source = readFileSync(join(RECIPE_DIR, file), 'utf8');
    return [...source.matchAll(/\/\/ #region (\S+)\n([\s\S]*?)\n\s*\/\/ #endregion \1/g)].map((match) => [match[1] as string, dedent(match[2] as string)] as const);
  });

  it('finds every recipe region', () => {
    expect(regions.map(([name]) => name).sort()).toEqual(['express-before-json', 'express-raw', 'fastify', 'hono', 'nextjs', 'node-http']);
  });

  it.each(regions)('quotes the %s recipe verbatim', (_name, code) => {
    expect(readme).toContain(code);
  });
});

function dedent(text: string): string {
  const lines = text.split('\n');
  const indent = Math.min(...lines.filter((line) => line.trim() !== '').map((line) => line.match(/^ */)![0].length));
  return lines.map((line) => line.slice(indent)).join('\n');
}
