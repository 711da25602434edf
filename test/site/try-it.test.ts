// Try-it on operation pages: served with an API behind it (`npm run docs -- --serve --sandbox`), each operation
// page sends its sample request there and shows the answer; served without one, the panel stays hidden.
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from '../../scripts/lib/site/build.js';
import { serveSite } from '../../scripts/lib/site/serve.js';
import { type ContractServer, TEST_CREDENTIALS, startContractServer } from '../client/contract-server.js';
import { GENERATED, readJson } from '../helpers/contract.js';
import { tempDir } from '../helpers/other-languages.js';
import { launchBrowser, siteContext } from './browser.js';

const openapi = readJson(`${GENERATED}/openapi.json`) as { paths: Record<string, Record<string, { operationId?: string; responses: Record<string, unknown> }>> };
const operations = Object.values(openapi.paths).flatMap((item) => Object.values(item).filter((operation) => typeof operation.operationId === 'string')).map((operation) => ({
  id: operation.operationId as string,
  success: Object.keys(operation.responses).find((status) => status.startsWith('2')) as string,
}));

const site = tempDir('popp-try-it-');
const problems: string[] = [];
let api: ContractServer;
let withApi: Awaited<ReturnType<typeof serveSite>>;
let withoutApi: Awaited<ReturnType<typeof serveSite>>;
let browser: Browser;
let context: BrowserContext;
let staticContext: BrowserContext;

beforeAll(async () => {
  buildSite({ outDir: site.dir });
  api = await startContractServer({ credentials: TEST_CREDENTIALS });
  api.addRuns(2);
  api.addRuns(1, { runId: 'run_xyz789' }); // the run the samples name, RUNNING, so cancelling it succeeds
  withApi = await serveSite(site.dir, 0, { tryIt: { baseUrl: api.url, headers: { 'x-api-key': TEST_CREDENTIALS.apiKey, 'x-organization-id': TEST_CREDENTIALS.organizationId } } });
  withoutApi = await serveSite(site.dir);
  browser = await launchBrowser();
  context = await siteContext(browser, withApi.url, problems, { viewport: { width: 1280, height: 900 } });
  staticContext = await siteContext(browser, withoutApi.url, problems, { viewport: { width: 1280, height: 900 } });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await withApi?.close();
  await withoutApi?.close();
  await api?.close();
  site.cleanup();
});

describe('try-it on the operation pages', () => {
  it.each(operations)('$id sends its sample request through the site server and shows the answer', async ({ id, success }) => {
    const page = await context.newPage();
    await page.goto(`${withApi.url}api/${id}.html`);
    const panel = page.locator('.try-it');
    await panel.waitFor({ state: 'visible' });
    await panel.locator('button.try-send').click();
    await panel.locator('.try-answer').waitFor({ state: 'visible' });
    const status = await panel.locator('.try-status').textContent();
    expect(status).toContain(`answered ${success}`);
    const answer = await panel.locator('.try-answer').textContent();
    expect(() => JSON.parse(answer ?? '')).not.toThrow();
    await page.close();
    // The API saw a request within the contract, with the credentials the server added, not the page.
    expect(api.violations).toEqual([]);
    expect(api.responseViolations).toEqual([]);
    expect(api.requests.at(-1)?.operationId).toBe(id);
  });

  it('stays hidden when the site is served without an API behind it', async () => {
    const page = await staticContext.newPage();
    await page.goto(`${withoutApi.url}api/${operations[0]?.id}.html`);
    await page.waitForLoadState('networkidle');
    expect(await page.locator('.try-it').isHidden()).toBe(true);
    await page.close();
  });

  it('loads every page without an error, and makes no request outside the site', () => {
    expect(problems).toEqual([]);
  });
});
