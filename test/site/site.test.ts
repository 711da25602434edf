// The docs site in a real browser: built from generated/, served on 127.0.0.1, loaded in Debian's headless
// Chromium through playwright-core. Every event and operation must be reachable by clicking the navigation,
// the example payloads must render (and parse back to the spec's examples), and nothing may fail or log an error.
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { type BrowserContext, type Page, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { deref, describeDocuments } from '../../scripts/lib/contract.js';
import type { JsonObject } from '../../scripts/lib/json.js';
import { buildSite } from '../../scripts/lib/site/build.js';
import { serveSite } from '../../scripts/lib/site/serve.js';
import { curlSnippet } from '../../scripts/lib/reference/samples.js';
import { GENERATED, type Json, ROOT, readJson } from '../helpers/contract.js';
import { tempDir } from '../helpers/other-languages.js';

const CHROMIUM = '/usr/bin/chromium';
const SCREENSHOTS = join(ROOT, 'test-results');

type Obj = { [key: string]: Json };

// What the site must show, read straight from the generated specs (not through the site builder).
const asyncapi = readJson<Obj>(join(GENERATED, 'asyncapi.json'));
const openapi = readJson<Obj>(join(GENERATED, 'openapi.json'));
const asyncapiComponents = asyncapi.components as Obj;
const expectedEvents = Object.entries(((asyncapi.channels as Obj).webhookEndpoint as Obj).messages as Obj).map(([type, ref]) => {
  const message = deref(ref, asyncapiComponents, 'messages');
  const payload = deref(message.payload as Json, asyncapiComponents, 'schemas');
  return {
    type,
    recordIdIs: String(message['x-popp-record-id']),
    provenance: String((message['x-popp-provenance'] as Obj).status),
    examples: (message.examples as Obj[]).map((example) => example.payload),
    dataSchema: deref((payload.properties as Obj).data as Json, asyncapiComponents, 'schemas'),
  };
});
const expectedOperations = Object.values(openapi.paths as Obj).flatMap((item) =>
  Object.values(item as Obj)
    .filter((operation): operation is Obj => typeof operation === 'object' && operation !== null && 'operationId' in operation)
    .map((operation) => ({
      operationId: String(operation.operationId),
      summary: String(operation.summary),
      provenance: String((operation['x-popp-provenance'] as Obj).status),
      examples: collectExampleValues(operation),
    })),
);
const CLIENT_HELPERS: Record<string, string> = {
  publishWorkflow: 'popp.publishWorkflow(',
  startWorkflowRuns: 'popp.startRuns(',
  cancelWorkflowRun: 'popp.cancelRun(',
  getWorkflowRun: 'popp.getRun(',
  listWorkflowRuns: 'popp.iterateRuns(',
};

function collectExampleValues(operation: Obj): Json[] {
  const values: Json[] = [];
  const media = (content: Json | undefined) => ((content as Obj | undefined)?.['application/json'] as Obj | undefined)?.examples as Obj | undefined;
  const components = openapi.components as Obj;
  if (operation.requestBody) values.push(...Object.values(media(deref(operation.requestBody, components, 'requestBodies').content) ?? {}).map((example) => (example as Obj).value as Json));
  for (const response of Object.values(operation.responses as Obj)) values.push(...Object.values(media(deref(response, components, 'responses').content) ?? {}).map((example) => (example as Obj).value as Json));
  return values;
}

// One build for both describes below; removed when the file is done.
const site = tempDir('popp-site-');
beforeAll(() => {
  buildSite({ outDir: site.dir });
});
afterAll(() => site.cleanup());

interface PageVisit {
  navId: string;
  url: string;
  h1: string;
  examples: Json[];
  codeCaptions: string[];
  codeTexts: string[];
  badges: string[];
  facts: string;
  fieldRows: { field: string; marks: string }[];
}

describe('docs site in headless Chromium', () => {
  const profile = tempDir('popp-chromium-');
  let close: () => Promise<void>;
  let baseUrl: string;
  let context: BrowserContext;
  let page: Page;
  const problems: string[] = [];
  const visits = new Map<string, PageVisit>();

  beforeAll(async () => {
    expect(existsSync(CHROMIUM), `${CHROMIUM} is missing: install the Debian package chromium (.ci/run does)`).toBe(true);
    ({ url: baseUrl, close } = await serveSite(site.dir));
    context = await chromium.launchPersistentContext(profile.dir, {
      executablePath: CHROMIUM,
      headless: true,
      viewport: { width: 1400, height: 900 },
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    page = context.pages()[0] ?? (await context.newPage());
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') problems.push(`console ${message.type()}: ${message.text()} (${page.url()})`);
    });
    page.on('pageerror', (error) => problems.push(`page error: ${error.message} (${page.url()})`));
    page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()} ${request.failure()?.errorText ?? ''}`));
    page.on('request', (request) => {
      if (!request.url().startsWith(baseUrl) && !request.url().startsWith('data:')) problems.push(`request outside the site: ${request.url()}`);
    });
    page.on('response', (response) => {
      if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
    });

    // Walk the navigation: from the home page, click each event's and each operation's nav link in turn.
    await page.goto(`${baseUrl}index.html`);
    const navIds = [...expectedEvents.map((event) => `event:${event.type}`), ...expectedOperations.map((operation) => `operation:${operation.operationId}`)];
    for (const navId of navIds) {
      const link = page.locator(`nav a[data-nav="${navId}"]`);
      if ((await link.count()) !== 1) continue; // reported by the test below
      await Promise.all([page.waitForEvent('load'), link.click()]);
      visits.set(navId, await readPage(page, navId));
    }
  }, 60_000);

  afterAll(async () => {
    await context?.close();
    await close?.();
    profile.cleanup();
  });

  it('reaches every event from the navigation, each on its own page', () => {
    for (const event of expectedEvents) {
      const visit = visits.get(`event:${event.type}`);
      expect(visit, `no nav link reached ${event.type}`).toBeDefined();
      expect(visit?.url).toBe(`${baseUrl}events/${event.type}.html`);
      expect(visit?.h1).toBe(event.type);
    }
  });

  it('reaches every operation from the navigation', () => {
    for (const operation of expectedOperations) {
      const visit = visits.get(`operation:${operation.operationId}`);
      expect(visit, `no nav link reached ${operation.operationId}`).toBeDefined();
      expect(visit?.url).toBe(`${baseUrl}api/${operation.operationId}.html`);
      expect(visit?.h1).toBe(operation.summary);
    }
  });

  it('renders every example payload of every event, exactly', () => {
    for (const event of expectedEvents) expect(visits.get(`event:${event.type}`)?.examples, event.type).toEqual(event.examples);
  });

  it('shows what recordId is, the provenance badge and required / optional marks for every data field', () => {
    for (const event of expectedEvents) {
      const visit = visits.get(`event:${event.type}`) as PageVisit;
      expect(visit.facts, event.type).toContain(`recordId is${event.recordIdIs}`);
      expect(visit.badges[0], event.type).toBe(event.provenance.replace('-', ' '));
      const required = (event.dataSchema.required ?? []) as string[];
      for (const field of Object.keys(event.dataSchema.properties as Obj)) {
        const row = visit.fieldRows.find((candidate) => candidate.field === `data.${field}`);
        expect(row, `${event.type} data.${field}`).toBeDefined();
        expect(row?.marks, `${event.type} data.${field}`).toContain(required.includes(field) ? 'required' : 'optional');
      }
    }
  });

  it('renders every operation with its examples, error codes, a curl sample and a typed-client sample', () => {
    for (const operation of expectedOperations) {
      const visit = visits.get(`operation:${operation.operationId}`) as PageVisit;
      expect(visit.examples, operation.operationId).toEqual(operation.examples);
      expect(visit.badges[0], operation.operationId).toBe(operation.provenance.replace('-', ' '));
      expect(visit.codeCaptions).toEqual(['curl', 'TypeScript · popp-workflow-contract/client']);
      expect(visit.codeTexts[0]).toMatch(/^curl -X (GET|POST) "https:\/\/api\.joinpopp\.com\/v1\//);
      expect(visit.codeTexts[1]).toContain("import { createPoppClient, PoppApiError } from 'popp-workflow-contract/client';");
      expect(visit.codeTexts[1]).toContain(CLIENT_HELPERS[operation.operationId]);
    }
  });

  it('loads with no console error or warning, no failed request and nothing fetched from outside the site', () => {
    expect(visits.size).toBe(expectedEvents.length + expectedOperations.length);
    expect(problems).toEqual([]);
  });

  it('saves screenshots of the events and API pages under test-results/', async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    const shots: [string, string][] = [
      ['index.html', 'site-home.png'],
      ['events/index.html', 'site-events.png'],
      ['events/WORKFLOW_NODE_COMPLETED.html', 'site-event-workflow-node-completed.png'],
      ['api/index.html', 'site-api.png'],
      ['api/startWorkflowRuns.html', 'site-api-start-workflow-runs.png'],
    ];
    for (const [path, file] of shots) {
      await page.goto(`${baseUrl}${path}`);
      await page.screenshot({ path: join(SCREENSHOTS, file), fullPage: true });
      expect(statSync(join(SCREENSHOTS, file)).size, file).toBeGreaterThan(20_000);
    }
    expect(problems).toEqual([]);
  });
});

describe('docs site files', () => {
  it('has no broken internal link or anchor on any page', () => {
    const pages = readdirSync(site.dir, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.html'));
    const ids = new Map(pages.map((file) => [resolve(site.dir, file), new Set([...readFileSync(join(site.dir, file), 'utf8').matchAll(/ id="([^"]+)"/g)].map((match) => match[1]))]));
    const broken: string[] = [];
    for (const file of pages) {
      for (const [, href] of readFileSync(join(site.dir, file), 'utf8').matchAll(/ (?:href|src)="([^"]+)"/g)) {
        if (/^(https?:|data:|mailto:)/.test(href as string)) continue;
        const [path, hash] = (href as string).split('#');
        const target = path ? resolve(dirname(join(site.dir, file)), path) : resolve(site.dir, file);
        if (!existsSync(target)) broken.push(`${file}: ${href} (no file)`);
        else if (hash && !ids.get(target)?.has(hash)) broken.push(`${file}: ${href} (no #${hash})`);
      }
    }
    expect(pages.length).toBeGreaterThan(expectedEvents.length + expectedOperations.length);
    expect(broken).toEqual([]);
  });

  it('has curl samples that are valid shell, sending the operation\'s request example', () => {
    const contract = describeDocuments(asyncapi as JsonObject, openapi as JsonObject);
    for (const operation of contract.operations) {
      // A stand-in `curl` prints its arguments, one per NUL-terminated record, as the shell parsed them.
      const script = `curl() { printf '%s\\0' "$@"; }\n${curlSnippet('https://api.example.test', operation)}`;
      const run = spawnSync('bash', ['--noprofile', '--norc', '-c', script], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], env: { PATH: process.env.PATH ?? '', POPP_API_KEY: 'key_1', POPP_ORGANIZATION_ID: 'org_1' } });
      expect(run.stderr, operation.operationId).toBe('');
      const args = run.stdout.split('\0').slice(0, -1);
      expect(args.slice(0, 2), operation.operationId).toEqual(['-X', operation.method]);
      expect(args[2], operation.operationId).toMatch(new RegExp(`^https://api\\.example\\.test${operation.path.replace(/\{\w+\}/g, '[a-z_0-9]+')}(\\?|$)`));
      expect(args, operation.operationId).toEqual(expect.arrayContaining(['-H', 'x-api-key: key_1', 'x-organization-id: org_1']));
      const body = operation.requestExamples[0]?.value;
      if (body === undefined) expect(args, operation.operationId).not.toContain('-d');
      else expect(JSON.parse(args[args.indexOf('-d') + 1] as string), operation.operationId).toEqual(body);
    }
  });

  it('references nothing outside the site except links to Popp\'s docs', () => {
    const externals = new Set<string>();
    for (const file of readdirSync(site.dir, { recursive: true, encoding: 'utf8' }).filter((name) => /\.(html|css|js)$/.test(name))) {
      for (const [, url] of readFileSync(join(site.dir, file), 'utf8').matchAll(/(?:href|src)="(https?:[^"]+)"|url\((https?:[^)]+)\)/g)) if (url) externals.add(new URL(url).origin);
    }
    expect([...externals].sort()).toEqual(['https://docs.joinpopp.com']);
  });
});

async function readPage(page: Page, navId: string): Promise<PageVisit> {
  return {
    navId,
    url: page.url(),
    ...(await page.evaluate(() => ({
      h1: (document.querySelector('main h1')?.textContent ?? '').trim(),
      examples: [...document.querySelectorAll('pre.example')].map((pre) => JSON.parse(pre.textContent ?? 'null')),
      codeCaptions: [...document.querySelectorAll('figure.code:not(.example-figure) figcaption span')].map((span) => span.textContent ?? ''),
      codeTexts: [...document.querySelectorAll('figure.code:not(.example-figure) pre')].map((pre) => pre.textContent ?? ''),
      badges: [...document.querySelectorAll('main > .provenance .badge')].map((badge) => badge.textContent ?? ''),
      facts: (document.querySelector('dl.facts')?.textContent ?? '').replace(/\s+/g, ' '),
      fieldRows: [...document.querySelectorAll('table.fields tbody tr')].map((row) => ({
        field: (row.querySelector('td.field')?.textContent ?? '').trim(),
        marks: (row.querySelector('td.marks')?.textContent ?? '').trim(),
      })),
    }))),
  };
}
