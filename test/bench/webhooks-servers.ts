/**
 * The two receivers webhooks.bench.ts loads, in a process of their own (forked with IPC, run through tsx): a
 * bare node:http server doing what any receiver must (read the body, HMAC-SHA256 with node:crypto, a constant-
 * time compare, JSON.parse, a small JSON answer), and `toNodeListener(createWebhookHandler(…))` on the same
 * payloads. Only one of them is loaded at a time, so this process's CPU time over a measurement is that
 * receiver's: the parent asks for it (`cpu`) before and after.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createWebhookHandler, SIGNATURE_HEADER, toNodeListener } from '../../src/webhooks/index.js';

const secret = process.env.BENCH_WEBHOOK_SECRET;
if (secret === undefined || process.send === undefined) throw new Error('webhooks-servers.ts is forked by webhooks.bench.ts with BENCH_WEBHOOK_SECRET set.');

const bare = createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on('data', (chunk: Buffer) => chunks.push(chunk));
  req.on('end', () => {
    const body = chunks.length === 1 ? (chunks[0] as Buffer) : Buffer.concat(chunks);
    const given = Buffer.from(String(req.headers[SIGNATURE_HEADER] ?? ''), 'hex');
    const mac = createHmac('sha256', secret).update(body).digest();
    if (given.length !== mac.length || !timingSafeEqual(given, mac)) {
      res.statusCode = 401;
      res.end();
      return;
    }
    const event = JSON.parse(body.toString('utf8')) as { eventId: string };
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify({ outcome: 'processed', eventId: event.eventId }));
  });
});

// No idempotency store: the load repeats one eventId, which a store would turn into cheaper duplicates.
const handler = createServer(toNodeListener(createWebhookHandler({ secret, idempotency: false, on: { WORKFLOW_RUN_COMPLETED: () => {} } })));

const listening = (server: Server) => new Promise<number>((resolve) => server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port)));
const ports = { bare: await listening(bare), handler: await listening(handler) };
process.send({ ports });
process.on('message', (message) => {
  if (message === 'cpu') process.send?.({ cpu: process.cpuUsage() });
  if (message === 'exit') process.exit(0);
});
process.on('disconnect', () => process.exit(0));
