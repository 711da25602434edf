// iterateRuns across nextToken pages of the sandbox (a correct, stateful Popp). The tests that script faults
// (a failed page, a repeated nextToken) are in pagination-faults.test.ts, on the contract server.
import { describe, expect, it } from 'vitest';
import { PoppApiError } from '../../src/client/index.js';
import { clientFor, rejectionOf } from './fixtures.js';
import { useSandboxServer } from './sandbox-fixture.js';

const ctx = useSandboxServer({ pageSize: 2 });

async function collect<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const items: T[] = [];
  for await (const item of iterable) items.push(item);
  return items;
}

const listRequests = () => ctx.server.requests.filter((request) => request.operationId === 'listWorkflowRuns');

describe('iterateRuns', () => {
  it('walks three pages in order, passing each nextToken back, and stops on null', async () => {
    const added = ctx.server.addRuns(3, { workflowId: 'wf_three' });
    ctx.server.addRuns(2, { workflowId: 'wf_other' });
    const popp = clientFor(ctx.server);
    const runs = await collect(popp.iterateRuns('wf_three', { limit: 1 }));
    expect(runs.map((run) => run.runId)).toEqual(added.map((run) => run.runId));
    const requests = listRequests();
    expect(requests).toHaveLength(3);
    expect(requests[0]?.query).toEqual({ limit: ['1'] });
    expect(requests[1]?.query.nextToken).toHaveLength(1);
    expect(requests[2]?.query.nextToken?.[0]).not.toBe(requests[1]?.query.nextToken?.[0]);
  });

  it('keeps the filters on every page', async () => {
    ctx.server.addRuns(5, { workflowId: 'wf_mixed', status: 'FAILED', outcome: 'failed', completedAt: '2026-04-28T10:45:00.000Z' });
    ctx.server.addRuns(4, { workflowId: 'wf_mixed' });
    const popp = clientFor(ctx.server);
    const runs = await collect(popp.iterateRuns('wf_mixed', { status: 'FAILED' }));
    expect(runs).toHaveLength(5);
    expect(runs.every((run) => run.status === 'FAILED')).toBe(true);
    expect(listRequests().map((request) => request.query.status)).toEqual([['FAILED'], ['FAILED'], ['FAILED']]);
  });

  it('fetches lazily: leaving the loop early fetches no more pages', async () => {
    ctx.server.addRuns(6, { workflowId: 'wf_many' });
    const popp = clientFor(ctx.server);
    for await (const run of popp.iterateRuns('wf_many')) {
      expect(run.workflowId).toBe('wf_many');
      break;
    }
    expect(listRequests()).toHaveLength(1);
  });

  it('resumes from a nextToken given in the query', async () => {
    ctx.server.addRuns(4, { workflowId: 'wf_resume' });
    const popp = clientFor(ctx.server);
    const first = await popp.listRuns('wf_resume');
    const rest = await collect(popp.iterateRuns('wf_resume', { nextToken: first.nextToken as string }));
    expect([...first.runs, ...rest].map((run) => run.runId)).toEqual(ctx.server.initialRuns.filter((run) => run.workflowId === 'wf_resume').map((run) => run.runId));
  });


  it('ends with the error of a page that fails for good', async () => {
    const popp = clientFor(ctx.server);
    const error = await rejectionOf(collect(popp.iterateRuns('wf_unknown')));
    expect(error).toBeInstanceOf(PoppApiError);
    expect(error).toMatchObject({ status: 404, code: 'NOT_FOUND', path: '/v1/workflows/wf_unknown/runs' });
  });

});
