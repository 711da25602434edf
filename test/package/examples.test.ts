// examples/: each app is copied into a fresh folder and installed as a user installs it (npm install, with the
// packed tarball in place of the registry's version), built with its own scripts, started, and sent signed
// deliveries over HTTP on 127.0.0.1; the client script runs against the sandbox it starts with npm run sandbox.
import { spawn } from 'node:child_process';
import { cpSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { buildEvent, signRequest } from '../../src/testing/index.js';
import { ROOT } from '../helpers/contract.js';
import { binary, listening, type Served } from '../runtimes/runtimes.js';
import { npmInstall, type Scratch, scratchProject } from './scratch.js';

const SECRET = 'whsec_example_test_91c2';

/** Copies examples/<name> (without anything built or installed) into a fresh folder and installs it there. */
function installExample(name: string): Scratch {
  const project = scratchProject(inject('tarball'), { type: 'module', prefix: `popp-example-${name}-`, install: false });
  cpSync(join(ROOT, 'examples', name), project.dir, { recursive: true, filter: (path) => !/\/(node_modules|dist)(\/|$)/.test(path.slice(ROOT.length)) });
  npmInstall(project.run, [inject('tarball')]);
  return project;
}

/** A run's events, as Popp sends them, then the run as the app reports it. */
async function deliverRun(url: string, runId: string) {
  const events = [buildEvent('WORKFLOW_RUN_STARTED', { data: { recordId: runId } }), buildEvent('WORKFLOW_RUN_COMPLETED', { data: { recordId: runId } })];
  const statuses: [number, string][] = [];
  for (const event of [...events, events[1]!]) {
    const response = await fetch(`${url}/webhooks/popp`, await signRequest(event, SECRET));
    statuses.push([response.status, ((await response.json()) as { outcome: string }).outcome]);
  }
  const forged = await fetch(`${url}/webhooks/popp`, await signRequest(buildEvent('WORKFLOW_RUN_FAILED', { data: { recordId: runId } }), 'not the secret'));
  const run = await fetch(`${url}/runs/${runId}`);
  return { statuses, forged: forged.status, run: await run.json() };
}

const EXPECTED_RUN = {
  statuses: [
    [200, 'processed'],
    [200, 'processed'],
    [200, 'duplicate'],
  ],
  forged: 401,
};

describe('examples/express-receiver', () => {
  let project: Scratch;
  let server: Served;
  beforeAll(async () => {
    project = installExample('express-receiver');
    project.run('npm', ['run', 'build']);
    const child = spawn(process.execPath, ['dist/server.js'], { cwd: project.dir, env: { ...process.env, PORT: '0', POPP_WEBHOOK_SECRET: SECRET } });
    server = await listening(child);
  });
  afterAll(async () => {
    await server?.stop();
    project?.remove();
  });

  it('tracks a run delivered through the webhook route, once per event, and refuses a forged delivery', async () => {
    expect(await deliverRun(server.url, 'run_example_express')).toMatchObject({ ...EXPECTED_RUN, run: { runId: 'run_example_express', status: 'completed' } });
  });

  it('runs try.mjs, as its README says, against the running server', () => {
    const port = new URL(server.url).port;
    const output = project.run(process.execPath, ['try.mjs'], { PORT: port, POPP_WEBHOOK_SECRET: SECRET }).trim().split('\n');
    expect(output[0]).toMatch(/^200 \{"outcome":"processed"/);
    expect(JSON.parse(output[1] as string)).toEqual({ runId: 'run_try_1', status: 'failed', errorCode: 'DOWNSTREAM_SERVICE_ERROR' });
    expect(readFileSync(join(ROOT, 'examples/express-receiver/README.md'), 'utf8')).toContain('node try.mjs');
  });
});

describe('examples/hono-workerd', () => {
  let project: Scratch;
  let server: Served;
  beforeAll(async () => {
    project = installExample('hono-workerd');
    project.run('npm', ['run', 'build']);
    // What `npm start` runs, on a free port instead of 8787; workerd reports the port on descriptor 3. The
    // binary itself: npm's bin entry is a launcher script while install scripts have not run, and it does not
    // pass descriptor 3 on.
    const workerd = binary(join(project.dir, 'node_modules/workerd/bin/workerd'), join(project.dir, 'node_modules/@cloudflare/workerd-linux-64/bin/workerd'));
    const child = spawn(workerd, ['serve', 'config.capnp', '--socket-addr', 'http=127.0.0.1:0', '--control-fd=3'], {
      cwd: project.dir,
      env: { ...process.env, POPP_WEBHOOK_SECRET: SECRET },
      stdio: ['ignore', 'pipe', 'pipe', 'pipe'],
    });
    server = await listening(child, child.stdio[3] as NodeJS.ReadableStream);
  });
  afterAll(async () => {
    await server?.stop();
    project?.remove();
  });

  it('tracks a run delivered through the Hono route in workerd, once per event, and refuses a forged delivery', async () => {
    expect(await deliverRun(server.url, 'run_example_hono')).toMatchObject({ ...EXPECTED_RUN, run: { runId: 'run_example_hono', status: 'completed' } });
  });
});

describe('examples/client-script', () => {
  let project: Scratch;
  let sandbox: Served;
  beforeAll(async () => {
    project = installExample('client-script');
    // `npm run sandbox`, as the README says (600× real time: the run takes seconds), on a free port; its
    // deliveries go nowhere (localhost, so that the only 127.0.0.1 URL printed is the sandbox's own). Its own
    // process group, so that stopping it stops npm's child (the installed bin) too.
    const child = spawn('npm', ['run', 'sandbox', '--', '--port', '0', '--webhook-url', 'http://localhost:59999/'], {
      cwd: project.dir,
      env: { ...process.env, POPP_WEBHOOK_SECRET: SECRET },
      detached: true,
    });
    const served = await listening(child, child.stderr);
    sandbox = { url: served.url, stop: () => new Promise<void>((done) => {
      if (child.exitCode !== null || child.signalCode !== null) return done();
      child.once('exit', () => done());
      process.kill(-(child.pid as number), 'SIGTERM');
    }) };
  });
  afterAll(async () => {
    await sandbox?.stop();
    project?.remove();
  });

  it('starts a run on the sandbox with the installed client, follows it by polling to its end, and prints it as a RunState', () => {
    const output = project.run('npm', ['start', '--silent'], { POPP_BASE_URL: sandbox.url }).trim();
    const run = JSON.parse(output.split('\n').at(-1) as string) as { runId: string; status: string; nodes: string[] };
    expect(run.runId).toMatch(/^run_/);
    expect(run.status).toBe('completed');
    expect(run.nodes.length).toBeGreaterThan(0);
    expect(readFileSync(join(ROOT, 'examples/client-script/README.md'), 'utf8')).toContain('npm run sandbox');
  });
});
