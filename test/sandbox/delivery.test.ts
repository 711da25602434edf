// End to end over real HTTP on 127.0.0.1: the client starts runs on the sandbox (listening), the sandbox
// delivers to a receiver (createWebhookHandler + the run tracker, behind node:http), and what the receiver
// tracked is what getRun says. Time is the sandbox's virtual clock; only the HTTP is real.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createPoppClient } from '../../src/client/index.js';
import { createRandom } from '../../src/sandbox/random.js';
import { createSandbox, DEFAULT_RETRY, type ChaosOptions, type DeliveryLogEntry, type Sandbox, type SandboxLogEntry } from '../../src/sandbox/index.js';
import { toNodeListener } from '../../src/webhooks/index.js';
import { reservePort } from '../client/contract-server.js';
import { receiver, SECRET, START, trackedEqualsPolled, type Receiver } from './helpers.js';

const open: { close(): Promise<void> }[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((item) => item.close()));
});

/** The receiver behind node:http; `refuse(n)` answers the n-th request 503 instead of handling it. */
async function serve(target: Receiver, options: { port?: number; refuse?: (n: number) => boolean } = {}): Promise<{ url: string; server: Server; requests: number }> {
  const listener = toNodeListener(target.handler);
  const state = { url: '', server: undefined as unknown as Server, requests: 0 };
  state.server = createServer((req, res) => {
    const n = state.requests++;
    if (options.refuse?.(n)) {
      req.resume();
      res.writeHead(503).end();
      return;
    }
    void listener(req, res);
  });
  await new Promise<void>((ready) => state.server.listen(options.port ?? 0, '127.0.0.1', ready));
  state.url = `http://127.0.0.1:${(state.server.address() as AddressInfo).port}/webhooks/popp`;
  open.push({ close: () => new Promise<void>((done) => { state.server.closeAllConnections(); state.server.close(() => done()); }) });
  return state;
}

async function sandboxOver(webhookUrl: string, options: { chaos?: boolean | ChaosOptions; seed?: number; log?: SandboxLogEntry[] } = {}): Promise<{ sandbox: Sandbox; popp: ReturnType<typeof createPoppClient> }> {
  const sandbox = createSandbox({ secret: SECRET, webhookUrl, seed: options.seed ?? 7, clock: { mode: 'virtual', start: START }, chaos: options.chaos ?? false, onLog: (entry) => options.log?.push(entry) });
  open.push(sandbox);
  const { url } = await sandbox.listen();
  const popp = createPoppClient({ apiKey: 'sk_test_sandbox', organizationId: sandbox.organizationId, baseUrl: url });
  return { sandbox, popp };
}

const CANDIDATES = Array.from({ length: 12 }, (_, index) => `cp_${index + 1}`);
const CONTACTS = [{ email: 'jane.doe@example.com', externalId: 'ats_42' }, { phoneNumber: '+447700900000' }, { email: 'invalid@example' }];
const deliveryEntries = (log: SandboxLogEntry[]) => log.filter((entry): entry is DeliveryLogEntry => entry.type === 'delivery');

describe('the sandbox delivering to a real receiver', () => {
  it('with chaos on: every run tracked as getRun has it, every eventId processed once, nothing dead-lettered', async () => {
    const target = receiver();
    const { url } = await serve(target);
    const log: SandboxLogEntry[] = [];
    // Each kind of chaos often enough that every one of them happens (seeded: the same every run).
    const { sandbox, popp } = await sandboxOver(url, { chaos: { duplicate: 0.2, reorder: 0.2, lostAck: 0.2, delay: 0.3 }, log });
    await popp.startRuns('wf_abc123', { candidateProfileIds: CANDIDATES, contacts: CONTACTS });
    await sandbox.advance(10 * 60_000);
    const running = (await popp.listRuns('wf_abc123', { status: 'RUNNING' })).runs;
    await popp.cancelRun(running[0]!.runId, { reason: 'Candidate withdrew via ATS' });
    await sandbox.idle();

    const pairs = await trackedEqualsPolled(popp, target.tracker, sandbox.organizationId);
    expect(pairs).toHaveLength(CANDIDATES.length + 2);
    for (const { runId, tracked, polled } of pairs) expect(tracked, runId).toEqual(polled);
    const emitted = new Set(sandbox.deliveries.map((delivery) => delivery.eventId));
    expect([...target.processed.keys()].sort()).toEqual([...emitted].sort());
    expect([...target.processed.values()].every((times) => times === 1)).toBe(true);
    expect(sandbox.deadLetters).toEqual([]);
    // The chaos happened: duplicates, lost acknowledgements and deliveries out of emission order.
    expect(sandbox.deliveries.filter((delivery) => delivery.duplicateOf !== null).length).toBeGreaterThan(0);
    expect(deliveryEntries(log).filter((entry) => entry.result === 'lost-ack').length).toBeGreaterThan(0);
    const firstDelivered = sandbox.deliveries.filter((delivery) => delivery.duplicateOf === null).map((delivery) => delivery.attempts[0]!.at);
    expect(firstDelivered).not.toEqual([...firstDelivered].sort());
  });

  it('with the same seed, the same log', async () => {
    const runOnce = async () => {
      const target = receiver();
      const { url } = await serve(target);
      const log: SandboxLogEntry[] = [];
      const { sandbox, popp } = await sandboxOver(url, { chaos: true, seed: 99, log });
      await popp.startRuns('wf_abc123', { candidateProfileIds: CANDIDATES.slice(0, 4), contacts: CONTACTS });
      await sandbox.idle();
      // Ports differ between the two sandboxes; everything else is the same.
      return log.map((entry) => JSON.stringify(entry));
    };
    const [first, second] = [await runOnce(), await runOnce()];
    expect(first.length).toBeGreaterThan(20);
    expect(second).toEqual(first);
  });

  it('a receiver failing 30 % of attempts still processes everything, after retries on the schedule', async () => {
    const target = receiver();
    const coin = createRandom('receiver');
    const { url } = await serve(target, { refuse: () => coin.chance(0.3) });
    const log: SandboxLogEntry[] = [];
    const { sandbox, popp } = await sandboxOver(url, { log });
    await popp.startRuns('wf_abc123', { candidateProfileIds: CANDIDATES });
    await sandbox.idle();
    const attempts = deliveryEntries(log);
    const failed = attempts.filter((entry) => entry.result === 'failed');
    expect(failed.length).toBeGreaterThan(0);
    for (const entry of failed) expect(entry).toMatchObject({ status: 503, error: 'answered 503' });
    // Each retry waited the schedule's delay after the attempt before it.
    for (const entry of failed.filter((item) => item.nextAttemptAt !== null)) {
      expect(Date.parse(entry.nextAttemptAt!) - Date.parse(entry.at)).toBe(DEFAULT_RETRY.delaysMs[entry.attempt - 1]);
    }
    expect(sandbox.deadLetters).toEqual([]);
    expect(target.processed.size).toBe(sandbox.deliveries.length);
    for (const { runId, tracked, polled } of await trackedEqualsPolled(popp, target.tracker, sandbox.organizationId)) expect(tracked, runId).toEqual(polled);
  });

  it('a receiver down past the last attempt leaves dead letters; once it is up, replay delivers them', async () => {
    const port = await reservePort();
    const log: SandboxLogEntry[] = [];
    const { sandbox, popp } = await sandboxOver(`http://127.0.0.1:${port}/webhooks/popp`, { log });
    await popp.startRuns('wf_abc123', { candidateProfileIds: ['cp_1'] });
    await sandbox.idle();
    expect(sandbox.deadLetters.map((delivery) => delivery.eventType)).toEqual(['WORKFLOW_RUN_STARTED', 'WORKFLOW_NODE_COMPLETED', 'WORKFLOW_NODE_COMPLETED', 'WORKFLOW_RUN_COMPLETED']);
    for (const delivery of sandbox.deadLetters) {
      expect(delivery.attempts).toHaveLength(DEFAULT_RETRY.delaysMs.length + 1);
      expect(delivery.attempts.every((attempt) => attempt.result === 'failed' && attempt.status === null && attempt.error?.startsWith('connection failed'))).toBe(true);
    }
    expect(deliveryEntries(log).filter((entry) => entry.deadLettered)).toHaveLength(4);

    const target = receiver();
    await serve(target, { port });
    const dead = (await (await fetch(`${(await sandbox.listen()).url}/_sandbox/dead-letters`)).json()) as { deliveries: { id: string }[] };
    expect(dead.deliveries).toHaveLength(4);
    // Replayed in reverse: the tracker folds them in any order.
    for (const { id } of [...dead.deliveries].reverse()) expect((await sandbox.replay(id)).status).toBe('delivered');
    expect(sandbox.deadLetters).toEqual([]);
    const [{ runId, tracked, polled }] = (await trackedEqualsPolled(popp, target.tracker, sandbox.organizationId)) as [{ runId: string; tracked: unknown; polled: unknown }];
    expect(tracked, runId).toEqual(polled);
    expect(target.tracker.get(runId)?.status).toBe('completed');
  });

  it('gives up on an attempt that gets no answer within retry.timeoutMs, and retries it', async () => {
    const target = receiver();
    let first = true;
    const listener = toNodeListener(target.handler);
    // The first request is held open and never answered; the rest are handled.
    const server = createServer((req, res) => {
      if (first) {
        first = false;
        return;
      }
      void listener(req, res);
    });
    await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
    open.push({ close: () => new Promise<void>((done) => { server.closeAllConnections(); server.close(() => done()); }) });
    const sandbox = createSandbox({ secret: SECRET, webhookUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`, seed: 3, clock: { mode: 'virtual', start: START }, retry: { timeoutMs: 200 } });
    open.push(sandbox);
    await sandbox.fetch('http://sandbox.test/v1/workflows/wf_abc123/publish', { method: 'POST', headers: { 'x-api-key': 'k', 'x-organization-id': sandbox.organizationId } });
    await sandbox.idle();
    const [delivery] = sandbox.deliveries;
    expect(delivery?.attempts.map((attempt) => [attempt.result, attempt.error])).toEqual([['failed', 'no answer within 200 ms'], ['delivered', null]]);
    expect(target.events.map((event) => event.event)).toEqual(['WORKFLOW_PUBLISHED']);
  });
});
