// The app every runtime serves, written as a user writes one: plain JavaScript importing the installed
// package by name. POST /webhooks/popp is the package's webhook handler; POST /scenario runs the rest of the
// package in this runtime (validateEvent, constructEvent, the run tracker, the REST client against the
// stand-in the test names) and answers with what happened, for the test to compare across runtimes.
import { createPoppClient } from 'popp-workflow-contract/client';
import { createRunTracker } from 'popp-workflow-contract/runs';
import { buildEvent, signRequest } from 'popp-workflow-contract/testing';
import { validateEvent } from 'popp-workflow-contract/validators';
import { constructEvent, createWebhookHandler, SIGNATURE_HEADER } from 'popp-workflow-contract/webhooks';

export const SECRET = 'whsec_runtime_test_5d1e';

export function createApp() {
  const runs = createRunTracker();
  const popp = createWebhookHandler({
    secret: SECRET,
    maxBodyBytes: 16 * 1024,
    log: { warn: () => {}, error: () => {} },
    on: { WORKFLOW_RUN_COMPLETED: runs.apply },
  });
  return async (request) => {
    const { pathname } = new URL(request.url);
    if (pathname === '/webhooks/popp') return popp(request);
    if (pathname === '/runs') return Response.json(runs.get(new URL(request.url).searchParams.get('runId')) ?? null);
    if (pathname === '/scenario') return Response.json(await scenario(await request.json()));
    return new Response('not found', { status: 404 });
  };
}

/** A retry clock that does not wait: the retries are real requests, their waits are only recorded. */
function virtualClock() {
  let now = Date.parse('2026-04-28T10:30:00.000Z');
  const sleeps = [];
  return { sleeps, now: () => now, sleep: async (ms) => void (sleeps.push(ms), (now += ms)) };
}

async function failureOf(promise) {
  try {
    await promise;
    return { name: 'no error' };
  } catch (error) {
    return { name: error.name, code: error.code ?? null, requestMayHaveBeenSent: error.requestMayHaveBeenSent, attempts: error.attempts };
  }
}

async function scenario({ standIn, refused, reset, credentials }) {
  const completed = buildEvent('WORKFLOW_RUN_COMPLETED');
  const broken = { ...completed, data: { ...completed.data, outcome: 'finished' } };
  const valid = validateEvent(completed);
  const invalid = validateEvent(broken, { profile: 'strict' });
  const tolerated = validateEvent(broken);
  const signed = await signRequest(completed, SECRET);
  const constructed = await constructEvent(signed.body, signed.headers[SIGNATURE_HEADER], SECRET);
  const forged = await constructEvent(signed.body, signed.headers[SIGNATURE_HEADER], 'another secret').catch((error) => error);

  const clock = virtualClock();
  const client = createPoppClient({ ...credentials, baseUrl: standIn, retry: { clock, random: () => 0.5 } });
  const run = await client.getRun('run_xyz789');
  const started = await client.startRuns('wf_abc123', { candidateProfileIds: ['cp_abc123'] });
  const refusedPost = await failureOf(createPoppClient({ ...credentials, baseUrl: refused, retry: { clock: virtualClock() } }).startRuns('wf_abc123', { candidateProfileIds: ['cp_abc123'] }));
  const resetPost = await failureOf(createPoppClient({ ...credentials, baseUrl: reset, retry: { clock: virtualClock() } }).startRuns('wf_abc123', { candidateProfileIds: ['cp_abc123'] }));

  return {
    validateEvent: {
      valid: valid.ok,
      invalid: invalid.ok ? 'accepted' : invalid.issues.map((issue) => issue.path),
      tolerated: tolerated.ok ? tolerated.deviations.map((deviation) => deviation.path) : 'refused',
    },
    constructEvent: { event: constructed.event, eventId: constructed.eventId === completed.eventId, wrongSecret: forged.code },
    runs: createRunTracker().apply(constructed)?.status ?? null,
    client: { run: run.runId, started: started.summary, retryWaits: clock.sleeps, refusedPost, resetPost },
  };
}
