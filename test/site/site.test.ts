// The docs site in a real browser: built from generated/, served on 127.0.0.1, loaded in Debian's headless
// Chromium through playwright-core (one browser, a few pages at a time). A crawl from the home page must reach every
// event, operation and schema; every internal link and anchor must resolve; no page may overflow a 390 px or a
// 1280 px screen, fetch anything from outside the site, log an error, or have a serious or critical axe-core
// violation; search, dark mode and the phone drawer must work; screenshots must show a styled page.
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deref } from '../../scripts/lib/contract.js';
import { buildSite } from '../../scripts/lib/site/build.js';
import { serveSite } from '../../scripts/lib/site/serve.js';
import { GENERATED, type Json, ROOT, readJson } from '../helpers/contract.js';
import { tempDir } from '../helpers/other-languages.js';
import { axeViolations, backgroundLuminance, compareImages, horizontalOverflow, inPages, launchBrowser, siteContext } from './browser.js';

const SCREENSHOTS = join(ROOT, 'test-results');
const PARALLEL_PAGES = 3;
const PHONE = { width: 390, height: 844 };
const STYLE_RULES = ['color-contrast', 'target-size'];
const ONE_PAGE_PER_KIND = ['index.html', 'validation-policy.html', 'events/index.html', 'events/WORKFLOW_RUN_FAILED.html', 'api/index.html', 'api/startWorkflowRuns.html', 'types/index.html', 'types/WorkflowRun.html', 'types/TrafficLight.html', 'types/NodeOutcomeDetail.html'];
const DESKTOP = { width: 1280, height: 900 };

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
    .map((operation) => ({ operationId: String(operation.operationId), summary: String(operation.summary), provenance: String((operation['x-popp-provenance'] as Obj).status), examples: collectExampleValues(operation) })),
);
const expectedSchemas = [...new Set([...Object.keys(asyncapiComponents.schemas as Obj), ...Object.keys((openapi.components as Obj).schemas as Obj)])];
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

interface Visit {
  path: string;
  h1: string;
  ids: string[];
  links: string[];
  overflow: number;
  phoneOverflow: number;
  /** Where the page title ends on a 390 px screen, in px from the top. */
  phoneTitleBottom: number;
  axe: string[];
  examples: Json[];
  sampleTabs: string[];
  samples: string[];
  badges: string[];
  facts: string;
  fieldRows: { field: string; marks: string }[];
}

const site = tempDir('popp-site-');
const problems: string[] = [];
let baseUrl: string;
let close: () => Promise<void>;
let browser: Browser;
let desktop: BrowserContext;
const visits = new Map<string, Visit>();

beforeAll(async () => {
  buildSite({ outDir: site.dir });
  ({ url: baseUrl, close } = await serveSite(site.dir));
  browser = await launchBrowser();
  desktop = await siteContext(browser, baseUrl, problems, { viewport: DESKTOP, colorScheme: 'light' });
  // The crawl: from the home page, follow every link to a page of the site, level by level.
  let frontier = ['index.html'];
  const seen = new Set(frontier);
  while (frontier.length > 0) {
    const found = await inPages(desktop, frontier, PARALLEL_PAGES, (page, path) => visit(page, path));
    for (const result of found) visits.set(result.path, result);
    frontier = [...new Set(found.flatMap((result) => result.links).map(pageOf).filter((path): path is string => path !== undefined && path.endsWith('.html') && !seen.has(path)))];
    for (const path of frontier) seen.add(path);
  }
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await close?.();
  site.cleanup();
});

/** The site path of an absolute URL of the site (no hash), or undefined for anything else. */
function pageOf(url: string): string | undefined {
  if (!url.startsWith(baseUrl)) return undefined;
  return url.slice(baseUrl.length).split('#')[0] || 'index.html';
}

async function visit(page: Page, path: string): Promise<Visit> {
  await page.setViewportSize(DESKTOP);
  await page.goto(`${baseUrl}${path}`);
  const content = await page.evaluate(() => ({
    h1: (document.querySelector('main h1')?.textContent ?? '').trim(),
    ids: [...document.querySelectorAll('[id]')].map((element) => element.id),
    links: [...document.querySelectorAll('a[href]')].map((anchor) => (anchor as HTMLAnchorElement).href),
    examples: [...document.querySelectorAll('pre.example')].map((pre) => JSON.parse(pre.textContent ?? 'null')),
    sampleTabs: [...document.querySelectorAll('.samples [role=tab]')].map((tab) => tab.textContent ?? ''),
    samples: [...document.querySelectorAll('.samples [role=tabpanel] pre')].map((pre) => pre.textContent ?? ''),
    badges: [...document.querySelectorAll('.intro .provenance .badge')].map((badge) => badge.textContent ?? ''),
    facts: [...document.querySelectorAll('dl.facts > *')].map((term) => (term.textContent ?? '').trim()).join(' '),
    fieldRows: [...document.querySelectorAll('table.fields tbody tr')].map((row) => ({
      field: (row.querySelector('td.field .path')?.textContent ?? '').trim(),
      marks: (row.querySelector('td.field .marks')?.textContent ?? '').trim(),
    })),
  }));
  const overflow = await horizontalOverflow(page);
  // The navigation is the same on every page: checked in full on the home page, left out elsewhere. The two
  // slowest rules (a third of axe's time) depend on the stylesheet and the page's template, not on its text: they
  // run on one page of each kind here, and in the dark and phone checks below.
  const axe = await axeViolations(page, { exclude: path === 'index.html' ? [] : ['nav.sidebar'], skipRules: ONE_PAGE_PER_KIND.includes(path) ? [] : STYLE_RULES });
  // The same document on a phone: the layout follows the viewport (media queries), no reload needed.
  await page.setViewportSize(PHONE);
  await page.evaluate(() => window.scrollTo(0, 0));
  const phoneOverflow = await horizontalOverflow(page);
  const phoneTitleBottom = await page.evaluate(() => (document.querySelector('main h1') as HTMLElement).getBoundingClientRect().bottom);
  return { path, ...content, overflow, axe, phoneOverflow, phoneTitleBottom };
}

describe('docs site in headless Chromium', () => {
  it('reaches every event, operation and schema by a crawl from the home page', () => {
    const missing = [
      ...expectedEvents.map((event) => `events/${event.type}.html`),
      ...expectedOperations.map((operation) => `api/${operation.operationId}.html`),
      ...expectedSchemas.map((name) => `types/${name}.html`),
      'validation-policy.html',
    ].filter((path) => !visits.has(path));
    expect(missing).toEqual([]);
    for (const event of expectedEvents) expect(visits.get(`events/${event.type}.html`)?.h1).toBe(event.type);
    for (const operation of expectedOperations) expect(visits.get(`api/${operation.operationId}.html`)?.h1).toBe(operation.summary);
    for (const name of expectedSchemas) expect(visits.get(`types/${name}.html`)?.h1).toBe(name);
  });

  it('resolves every internal link and anchor, and loads every linked file', async () => {
    const broken: string[] = [];
    const files = new Set<string>();
    for (const source of visits.values()) {
      for (const link of source.links) {
        const path = pageOf(link);
        if (path === undefined) continue;
        if (!path.endsWith('.html')) {
          files.add(path);
          continue;
        }
        const target = visits.get(path);
        const hash = decodeURIComponent(new URL(link).hash.slice(1));
        if (!target) broken.push(`${source.path}: ${link} (no page)`);
        else if (hash && !target.ids.includes(hash)) broken.push(`${source.path}: ${link} (no #${hash})`);
      }
    }
    for (const file of files) {
      const response = await desktop.request.get(`${baseUrl}${file}`);
      if (!response.ok()) broken.push(`${file}: HTTP ${response.status()}`);
    }
    expect(files.size).toBeGreaterThan(expectedSchemas.length);
    expect(broken).toEqual([]);
  });

  it('has no serious or critical axe-core violation on any page (light theme, 1280 px; contrast and target size on one page of each kind)', () => {
    const violations = [...visits.values()].flatMap((visited) => visited.axe.map((violation) => `${visited.path}: ${violation}`));
    expect(visits.size).toBeGreaterThan(100);
    expect(violations).toEqual([]);
  });

  it('has no horizontal overflow at 1280 px on any page', () => {
    expect([...visits.values()].filter((visited) => visited.overflow > 0).map((visited) => `${visited.path}: ${visited.overflow}px too wide`)).toEqual([]);
  });

  it('fits a 390 px phone on every page, with the page title in the first screen', () => {
    const pages = [...visits.values()];
    expect(pages.filter((visited) => visited.phoneOverflow > 0).map((visited) => `${visited.path}: ${visited.phoneOverflow}px too wide`)).toEqual([]);
    expect(pages.filter((visited) => !(visited.phoneTitleBottom > 0 && visited.phoneTitleBottom <= PHONE.height)).map((visited) => `${visited.path}: title ends at ${visited.phoneTitleBottom}px`)).toEqual([]);
  });

  it('has no serious or critical axe-core violation in the dark theme or on a phone', async () => {
    // One page of each kind (the pages of a kind share their template and blocks).
    const checks: string[] = [];
    for (const [label, options, paths] of [
      ['dark', { viewport: DESKTOP, colorScheme: 'dark' as const }, ONE_PAGE_PER_KIND],
      ['phone', { viewport: PHONE, colorScheme: 'light' as const, isMobile: true }, ['events/WORKFLOW_RUN_FAILED.html', 'api/startWorkflowRuns.html']],
    ] as const) {
      const context = await siteContext(browser, baseUrl, problems, options);
      try {
        const found = await inPages(context, [...paths], PARALLEL_PAGES, async (page, path) => {
          await page.goto(`${baseUrl}${path}`);
          return (await axeViolations(page)).map((violation) => `${label} ${path}: ${violation}`);
        });
        checks.push(...found.flat());
      } finally {
        await context.close();
      }
    }
    expect(checks).toEqual([]);
  }, 120_000);

  it('renders every event with its examples exactly, what recordId is, its provenance and a required / optional mark per data field', () => {
    for (const event of expectedEvents) {
      const visited = visits.get(`events/${event.type}.html`) as Visit;
      expect(visited.examples, event.type).toEqual(event.examples);
      expect(visited.facts, event.type).toContain(`recordId is ${event.recordIdIs}`);
      expect(visited.badges[0], event.type).toBe(event.provenance.replace('-', ' '));
      const required = (event.dataSchema.required ?? []) as string[];
      for (const field of Object.keys(event.dataSchema.properties as Obj)) {
        const row = visited.fieldRows.find((candidate) => candidate.field === `data.${field}`);
        expect(row?.marks, `${event.type} data.${field}`).toContain(required.includes(field) ? 'required' : 'optional');
      }
    }
  });

  it('shows how to receive each event: createWebhookHandler with its on handler, never a validateEvent(JSON.parse(…)) that skips the signature; and the CLI line that sends it', () => {
    for (const event of expectedEvents) {
      const visited = visits.get(`events/${event.type}.html`) as Visit;
      expect(visited.sampleTabs, event.type).toEqual(['TypeScript', 'Python', 'Java', 'curl', 'CLI']);
      const [typescript, python, java, curl, cli] = visited.samples;
      expect(cli).toContain(`npx popp-workflow-contract send ${event.type} --to "$WEBHOOK_URL"`);
      expect(typescript).toContain('createWebhookHandler({');
      expect(typescript).toContain(`    ${event.type}: async (event) => {`);
      expect(python).toContain('hmac.compare_digest(');
      expect(java).toContain('MessageDigest.isEqual(');
      expect(curl).toContain('-H "x-signature: $SIGNATURE"');
      expect(visited.samples.join('\n')).not.toMatch(/validateEvent\(JSON\.parse/);
    }
  });

  it('renders every operation with its examples, provenance and samples in curl, TypeScript, Python and Java', () => {
    for (const operation of expectedOperations) {
      const visited = visits.get(`api/${operation.operationId}.html`) as Visit;
      expect(visited.examples, operation.operationId).toEqual(operation.examples);
      expect(visited.badges[0], operation.operationId).toBe(operation.provenance.replace('-', ' '));
      expect(visited.sampleTabs).toEqual(['curl', 'TypeScript', 'Python', 'Java']);
      expect(visited.samples[0]).toMatch(/^curl -X (GET|POST) "https:\/\/api\.joinpopp\.com\/v1\//);
      expect(visited.samples[1]).toContain("import { createPoppClient, PoppApiError } from 'popp-workflow-contract/client';");
      expect(visited.samples[1]).toContain(CLIENT_HELPERS[operation.operationId]);
    }
  });

  it('finds x-signature, errorCode, cancellationReason, run_xyz789 and DOCUMENT_UPLOADED on the right page, and a result opens its anchor', async () => {
    const page = await desktop.newPage();
    try {
      await page.goto(`${baseUrl}types/index.html`);
      const search = async (query: string, open: 'slash' | 'ctrl-k') => {
        if (open === 'slash') await page.keyboard.press('/');
        else await page.keyboard.press('Control+k');
        await page.locator('dialog.search[open]').waitFor();
        await page.fill('#search-input', query);
        await page.locator('#search-status', { hasText: /results/ }).waitFor();
        return page.$$eval('#search-results a', (links) => links.map((link) => (link as HTMLElement).dataset.url ?? ''));
      };
      const expectations: [string, RegExp][] = [
        ['x-signature', /^(events\/index|types\/PoppWebhookHeaders)\.html#field-x-signature$/],
        ['errorCode', /^events\/WORKFLOW_RUN_FAILED\.html#field-data\.errorCode$/],
        ['cancellationReason', /^events\/WORKFLOW_RUN_CANCELLED\.html#field-data\.cancellationReason$/],
        ['run_xyz789', /^api\/getWorkflowRun\.html#/],
        ['DOCUMENT_UPLOADED', /^events\/DOCUMENT_UPLOADED\.html$/],
      ];
      for (const [index, [query, expected]] of expectations.entries()) {
        const urls = await search(query, index % 2 === 0 ? 'slash' : 'ctrl-k');
        expect(urls.slice(0, 5).some((url) => expected.test(url)), `${query}: ${urls.slice(0, 5).join(', ')}`).toBe(true);
        await page.keyboard.press('Escape');
      }
      // Open a result: the page of the field, scrolled to its row.
      const urls = await search('cancellationReason', 'slash');
      const target = urls.find((url) => expectations[2]?.[1].test(url)) as string;
      await Promise.all([page.waitForURL(`${baseUrl}${target}`), page.click(`#search-results a[data-url="${target}"]`)]);
      const row = await page.evaluate((id) => {
        const element = document.getElementById(id) as HTMLElement;
        const box = element.getBoundingClientRect();
        return { matches: element.matches(':target'), top: box.top, innerHeight };
      }, target.split('#')[1] as string);
      expect(row.matches).toBe(true);
      expect(row.top).toBeGreaterThanOrEqual(0);
      expect(row.top).toBeLessThan(row.innerHeight);
    } finally {
      await page.close();
    }
  }, 60_000);

  it('follows prefers-color-scheme, and remembers the theme toggle across pages', async () => {
    const dark = await siteContext(browser, baseUrl, problems, { viewport: DESKTOP, colorScheme: 'dark' });
    try {
      const page = await dark.newPage();
      await page.goto(`${baseUrl}index.html`);
      expect(await backgroundLuminance(page, 'body')).toBeLessThan(0.05);
    } finally {
      await dark.close();
    }
    const light = await siteContext(browser, baseUrl, problems, { viewport: DESKTOP, colorScheme: 'light' });
    try {
      const page = await light.newPage();
      await page.goto(`${baseUrl}index.html`);
      expect(await backgroundLuminance(page, 'body')).toBeGreaterThan(0.9);
      await page.click('.theme-toggle');
      expect(await page.getAttribute('.theme-toggle', 'aria-pressed')).toBe('true');
      expect(await backgroundLuminance(page, 'body')).toBeLessThan(0.05);
      await page.goto(`${baseUrl}events/WORKFLOW_RUN_COMPLETED.html`);
      expect(await backgroundLuminance(page, 'body')).toBeLessThan(0.05);
      expect(await backgroundLuminance(page, '.sidebar')).toBeLessThan(0.05);
      await page.click('.theme-toggle');
      await page.goto(`${baseUrl}api/getWorkflowRun.html`);
      expect(await backgroundLuminance(page, 'body')).toBeGreaterThan(0.9);
    } finally {
      await light.close();
    }
  }, 60_000);

  it('keeps the navigation in a drawer on a phone, opened by the menu button and closed by Escape', async () => {
    const phone = await siteContext(browser, baseUrl, problems, { viewport: PHONE, isMobile: true, hasTouch: true });
    try {
      const page = await phone.newPage();
      await page.goto(`${baseUrl}events/WORKFLOW_RUN_STARTED.html`);
      const link = page.locator('nav.sidebar a[data-nav="operation/getWorkflowRun"]');
      expect(await link.isVisible()).toBe(false);
      await page.click('.menu-toggle');
      await link.waitFor({ state: 'visible' });
      expect(await page.getAttribute('.menu-toggle', 'aria-expanded')).toBe('true');
      await page.keyboard.press('Escape');
      await link.waitFor({ state: 'hidden' });
      await page.click('.menu-toggle');
      await Promise.all([page.waitForURL(`${baseUrl}api/getWorkflowRun.html`), link.click()]);
    } finally {
      await phone.close();
    }
  }, 60_000);

  it('saves screenshots of the home, an event and an operation page at both widths in both themes, each a styled page', async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    const pages: [string, string][] = [
      ['index.html', 'home'],
      ['events/WORKFLOW_RUN_FAILED.html', 'event'],
      ['api/startWorkflowRuns.html', 'operation'],
    ];
    const scratch = await desktop.newPage();
    try {
      for (const theme of ['light', 'dark'] as const) {
        for (const viewport of [PHONE, DESKTOP]) {
          const context = await siteContext(browser, baseUrl, problems, { viewport, colorScheme: theme });
          try {
            const page = await context.newPage();
            for (const [path, name] of pages) {
              await page.goto(`${baseUrl}${path}`);
              const file = join(SCREENSHOTS, `site-${name}-${viewport.width}-${theme}.png`);
              // The first screen, as a reader sees it. The reference: the same page with its stylesheet switched off
              // (a page whose CSS did not load looks like it); a blank page is one colour.
              const styled = await page.screenshot();
              writeFileSync(file, styled);
              await page.evaluate(() => {
                for (const sheet of document.querySelectorAll('link[rel=stylesheet]')) (sheet as HTMLLinkElement).disabled = true;
              });
              const unstyled = await page.screenshot();
              const stats = await compareImages(scratch, styled, unstyled);
              expect(stats.differing, `${name} ${viewport.width} ${theme}: differs from its unstyled rendering`).toBeGreaterThan(0.15);
              expect(stats.dominant, `${name} ${viewport.width} ${theme}: not one flat colour`).toBeLessThan(0.9);
              if (theme === 'dark') expect(stats.luminance, `${name} ${viewport.width} dark`).toBeLessThan(0.3);
              else expect(stats.luminance, `${name} ${viewport.width} light`).toBeGreaterThan(0.7);
              // The check can fail: the unstyled rendering compared with itself is refused.
              const itself = await compareImages(scratch, unstyled, unstyled);
              expect(itself.differing).toBe(0);
              expect(readFileSync(file).subarray(1, 4).toString()).toBe('PNG');
            }
          } finally {
            await context.close();
          }
        }
      }
    } finally {
      await scratch.close();
    }
    expect(readdirSync(SCREENSHOTS).filter((file) => file.startsWith('site-') && file.endsWith('.png')).length).toBeGreaterThanOrEqual(12);
  }, 180_000);

  it('loads with no console error or warning, no failed request and nothing fetched from outside the site', () => {
    expect(problems).toEqual([]);
  });
});

describe('docs site files', () => {
  it("references nothing outside the site except links to Popp's docs", () => {
    const externals = new Set<string>();
    for (const file of readdirSync(site.dir, { recursive: true, encoding: 'utf8' }).filter((name) => /\.(html|css)$/.test(name) || name === 'assets/site.js')) {
      for (const [, url] of readFileSync(join(site.dir, file), 'utf8').matchAll(/(?:href|src)="(https?:[^"]+)"|url\((https?:[^)]+)\)/g)) if (url) externals.add(new URL(url).origin);
    }
    expect([...externals].sort()).toEqual(['https://docs.joinpopp.com']);
  });

  it('works from file:// too, search included: the index is a script, not a fetch', async () => {
    expect(readFileSync(join(site.dir, 'assets/site.js'), 'utf8')).not.toMatch(/fetch\(|XMLHttpRequest|import\(/);
    const context = await browser.newContext({ viewport: DESKTOP });
    const errors: string[] = [];
    try {
      const page = await context.newPage();
      page.on('pageerror', (error) => errors.push(error.message));
      await page.goto(`file://${site.dir}/events/index.html`);
      await page.keyboard.press('/');
      await page.fill('#search-input', 'errorCode');
      await page.locator('#search-status', { hasText: /results/ }).waitFor();
      const first = await page.$eval('#search-results a', (link) => (link as HTMLAnchorElement).href);
      expect(first.startsWith(`file://${site.dir}/`)).toBe(true);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  }, 60_000);
});
