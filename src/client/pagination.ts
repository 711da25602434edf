/**
 * Walks a workflow's runs across `nextToken` pages. Pages are fetched lazily, one at a time, as the
 * iteration reaches them; leaving the loop early fetches nothing more.
 */
import type { components } from '../../generated/api.js';
import { PoppRequestError } from './errors.js';
import type { ListRunsQuery } from './request-validation.js';

type WorkflowRun = components['schemas']['WorkflowRun'];
type WorkflowRunPage = components['schemas']['WorkflowRunPage'];

/**
 * Yields every run of every page, in page order, until a page's `nextToken` is null. A `nextToken` that an
 * earlier page already returned would loop forever, so it ends the iteration with an error instead.
 *
 * @example
 *   const pages = iterateRuns((query) => popp.listRuns('wf_1', query), { status: 'FAILED' }, () => '/v1/workflows/wf_1/runs');
 *   for await (const run of pages) console.log(run.runId);
 */
export async function* iterateRuns(
  listPage: (query: ListRunsQuery) => Promise<WorkflowRunPage>,
  query: ListRunsQuery = {},
  pathOf: (query: ListRunsQuery) => string,
): AsyncGenerator<WorkflowRun, void, undefined> {
  const seen = new Set<string>();
  let pageQuery = query;
  let pages = 0;
  for (;;) {
    const page = await listPage(pageQuery);
    pages++;
    yield* page.runs;
    const token = page.nextToken;
    if (token === null) return;
    if (seen.has(token) || token === query.nextToken) {
      throw new PoppRequestError(
        `GET ${pathOf(pageQuery)} returned a nextToken that an earlier page already returned; stopped after ${pages} pages to avoid an endless loop`,
        { method: 'GET', path: pathOf(pageQuery), attempts: 1 },
      );
    }
    seen.add(token);
    pageQuery = { ...query, nextToken: token };
  }
}
