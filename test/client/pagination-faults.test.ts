// iterateRuns under scripted faults (a failed page, a server that repeats a nextToken): these need the contract
// server's fault injection; the other pagination tests run against the sandbox (pagination.test.ts).
import { describe, expect, it } from 'vitest';
import { PoppRequestError } from '../../src/client/index.js';
import { failures } from './contract-server.js';
import { clientFor, rejectionOf, useContractServer } from './fixtures.js';

const ctx = useContractServer({ pageSize: 2 });

async function collect<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const items: T[] = [];
  for await (const item of iterable) items.push(item);
  return items;
}

const listRequests = () => ctx.server.requests.filter((request) => request.operationId === 'listWorkflowRuns');

describe('iterateRuns under faults', () => {
  it('retries a failed page (GET) and goes on', async () => {
    ctx.server.addRuns(3, { workflowId: 'wf_flaky' });
    const popp = clientFor(ctx.server);
    const iterator = popp.iterateRuns('wf_flaky');
    await iterator.next();
    ctx.server.script('listWorkflowRuns', failures.unavailable(1));
    expect(await collect({ [Symbol.asyncIterator]: () => iterator })).toHaveLength(2);
    expect(listRequests()).toHaveLength(3);
  });

  it('stops with an error instead of looping when the server repeats a nextToken', async () => {
    const page = (nextToken: string | null) => ({ status: 200, body: { runs: [], nextToken } });
    ctx.server.script('listWorkflowRuns', page('t1'), page('t2'), page('t1'));
    const popp = clientFor(ctx.server);
    const error = await rejectionOf(collect(popp.iterateRuns('wf_abc123')));
    expect(error).toBeInstanceOf(PoppRequestError);
    expect(error.message).toBe('GET /v1/workflows/wf_abc123/runs?nextToken=t2 returned a nextToken that an earlier page already returned; stopped after 3 pages to avoid an endless loop');
    expect(listRequests()).toHaveLength(3);
  });
});
