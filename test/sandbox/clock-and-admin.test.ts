// The sandbox's clock (virtual until listen, then real; speed), its admin routes, and its layering.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createPoppClient } from '../../src/client/index.js';
import { createSandbox } from '../../src/sandbox/index.js';
import { ROOT } from '../helpers/contract.js';
import { receiver, SECRET, setup, START } from './helpers.js';

describe('the clock', () => {
  it('without a clock option, listen() switches to real time (sped up here), and the run plays out by itself', async () => {
    const target = receiver();
    const sandbox = createSandbox({ secret: SECRET, deliver: target.handler, seed: 2 });
    try {
      const { url } = await sandbox.listen(0, { speed: 100_000 });
      const popp = createPoppClient({ apiKey: 'sk_test', organizationId: sandbox.organizationId, baseUrl: url });
      await popp.startRuns('wf_abc123', { candidateProfileIds: ['cp_1'] });
      // 15 minutes of run at 100,000× is 9 ms of real time; idle() waits for it, whatever the machine's speed.
      await sandbox.idle();
      expect(target.tracker.runs().map((run) => run.status)).toEqual(['completed']);
      await expect(sandbox.advance(1000)).rejects.toThrow(/real time.*advance\(\) moves virtual time only/);
    } finally {
      await sandbox.close();
    }
  });

  it('with a virtual clock, advance(ms) runs exactly what is due within ms, in order', async () => {
    const target = receiver();
    const { sandbox, popp } = setup({ deliver: target.handler });
    await popp.startRuns('wf_abc123', { candidateProfileIds: ['cp_1'] });
    await sandbox.advance(4_999);
    expect(sandbox.deliveries).toEqual([]);
    await sandbox.advance(1);
    expect(sandbox.deliveries.map((delivery) => delivery.eventType)).toEqual(['WORKFLOW_RUN_STARTED']);
    expect(sandbox.now().toISOString()).toBe(new Date(Date.parse(START) + 5_000).toISOString());
    await expect(sandbox.advance(-1)).rejects.toThrow(RangeError);
    await sandbox.close();
  });
});

describe('admin routes', () => {
  it('list deliveries and dead letters, replay, advance and idle; an unknown route names the routes', async () => {
    const { sandbox, popp } = setup({ deliver: () => new Response(null, { status: 500 }), retry: { delaysMs: [1_000] } });
    const admin = async (method: string, path: string) => {
      const response = await sandbox.fetch(`http://sandbox.test/_sandbox/${path}`, { method });
      return { status: response.status, body: (await response.json()) as any };
    };
    await popp.publishWorkflow('wf_abc123');
    expect((await admin('POST', 'advance?ms=1000')).body).toEqual({ now: new Date(Date.parse(START) + 1_000).toISOString() });
    const dead = await admin('GET', 'dead-letters');
    expect(dead.body.deliveries.map((delivery: { eventType: string; attempts: unknown[] }) => [delivery.eventType, delivery.attempts.length])).toEqual([['WORKFLOW_PUBLISHED', 2]]);
    expect((await admin('GET', 'deliveries')).body.deliveries).toHaveLength(1);
    const replayed = await admin('POST', `deliveries/${dead.body.deliveries[0].id}/replay`);
    expect(replayed.body.delivery.attempts.at(-1)).toMatchObject({ result: 'failed', status: 500, replay: true });
    expect((await admin('POST', 'idle')).status).toBe(200);
    expect((await admin('POST', 'deliveries/dlv_nope/replay')).body).toMatchObject({ code: 'NOT_FOUND' });
    expect((await admin('POST', 'advance?ms=soon')).status).toBe(400);
    expect((await admin('GET', 'runs')).body.message).toMatch(/the routes are GET \/_sandbox\/deliveries/);
    await expect(sandbox.replay('dlv_nope')).rejects.toThrow(/no delivery "dlv_nope"/);
    await sandbox.close();
  });

  it('says what failed in a delivery attempt, without the secret', async () => {
    const { sandbox, popp, log } = setup({ deliver: () => { throw new Error('receiver bug'); }, retry: { delaysMs: [] } });
    await popp.publishWorkflow('wf_abc123');
    await sandbox.idle();
    expect(sandbox.deadLetters[0]?.attempts[0]?.error).toBe('the deliver handler threw: receiver bug');
    expect(JSON.stringify(log)).not.toContain(SECRET);
    await sandbox.close();
  });
});

describe('layering', () => {
  it('src/sandbox imports nothing from src/client or src/cli (DESIGN.md: it sits on webhooks, testing and the validators)', () => {
    const dir = join(ROOT, 'src/sandbox');
    for (const file of readdirSync(dir)) {
      const source = readFileSync(join(dir, file), 'utf8');
      expect(source, file).not.toMatch(/from '\.\.\/(client|cli)\//);
    }
  });
});
