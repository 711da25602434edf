// What the docs-site browser tests share: one headless Chromium (Debian's, through playwright-core), contexts
// that refuse and record any request leaving the site, a bounded-concurrency page pool, axe-core injected from
// npm, and a pixel comparison of screenshots done in the browser (no image library needed).
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { type Browser, type BrowserContext, type BrowserContextOptions, type Page, chromium } from 'playwright-core';
import { HANG_BOUND_MS } from '../helpers/bounds.js';

export const CHROMIUM = '/usr/bin/chromium';

export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: install the Debian package chromium (.ci/run does)`);
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/**
 * A context whose every request outside `baseUrl` is aborted and recorded in `problems`, as are console errors and
 * warnings, page errors, failed requests and HTTP errors.
 */
export async function siteContext(browser: Browser, baseUrl: string, problems: string[], options: BrowserContextOptions): Promise<BrowserContext> {
  const context = await browser.newContext(options);
  // Playwright's 30 s defaults for waits and navigation would be a speed check on a loaded machine: waits here
  // end when the page is ready, and the bound only detects a hang (see bounds.ts).
  context.setDefaultTimeout(HANG_BOUND_MS);
  context.setDefaultNavigationTimeout(HANG_BOUND_MS);
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(baseUrl) || url.startsWith('data:')) return route.continue();
    problems.push(`request outside the site: ${url}`);
    return route.abort();
  });
  context.on('page', (page) => watch(page, problems));
  return context;
}

function watch(page: Page, problems: string[]): void {
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(`console ${message.type()}: ${message.text()} (${page.url()})`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message} (${page.url()})`));
  page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()} ${request.failure()?.errorText ?? ''}`));
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
}

/** Runs `work` on each item with at most `width` pages of `context` open at once; results in input order. */
export async function inPages<T, R>(context: BrowserContext, items: T[], width: number, work: (page: Page, item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(width, items.length) }, async () => {
      const page = await context.newPage();
      try {
        while (next < items.length) {
          const index = next++;
          results[index] = await work(page, items[index] as T);
        }
      } finally {
        await page.close();
      }
    }),
  );
  return results;
}

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * axe-core's serious and critical violations on the loaded page, one line each (rule, impact, first targets).
 * `exclude` leaves out parts checked elsewhere (the navigation, the same on every page); `skipRules` rules
 * checked on other pages.
 */
export async function axeViolations(page: Page, options: { exclude?: string[]; skipRules?: string[] } = {}): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: AXE_SOURCE });
  const violations = await page.evaluate(async ({ excluded, skipped }) => {
    const result = await (window as unknown as { axe: { run: (context: object, options: object) => Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } }).axe.run(
      { include: [document], exclude: excluded.map((selector) => [selector]) },
      { resultTypes: ['violations'], rules: Object.fromEntries(skipped.map((rule) => [rule, { enabled: false }])) },
    );
    return result.violations.map((violation) => ({ id: violation.id, impact: violation.impact, targets: violation.nodes.slice(0, 3).map((node) => node.target.join(' ')) }));
  }, { excluded: options.exclude ?? [], skipped: options.skipRules ?? [] });
  return violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical').map((violation) => `${violation.id} (${violation.impact}): ${violation.targets.join(', ')}`);
}

/** How the document's width compares with the viewport's: overflow is any horizontal scroll of the page itself. */
export async function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

/** Relative luminance (0 black … 1 white) of an element's computed background colour. */
export async function backgroundLuminance(page: Page, selector: string): Promise<number> {
  return page.evaluate((target) => {
    const color = getComputedStyle(document.querySelector(target) as Element).backgroundColor;
    const [r, g, b] = (color.match(/[\d.]+/g) ?? ['0', '0', '0']).slice(0, 3).map((part) => {
      const value = Number(part) / 255;
      return value <= 0.03928 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * (r as number) + 0.7152 * (g as number) + 0.0722 * (b as number);
  }, selector);
}

export interface ImageStats {
  /** Share of pixels whose colour differs (by more than a small tolerance) between the two images. */
  differing: number;
  /** Share of the first image's pixels that have its most common colour (1 for a blank page). */
  dominant: number;
  /** Mean luminance of the first image, 0 to 1. */
  luminance: number;
}

/**
 * Compares two same-sized PNG screenshots in the browser: how many pixels differ, how uniform the first is, how
 * light it is. Used to tell a styled page from its unstyled rendering and from a blank one.
 */
export async function compareImages(page: Page, first: Buffer, second: Buffer): Promise<ImageStats> {
  return page.evaluate(
    async ([a, b]) => {
      const load = (data: string) =>
        new Promise<ImageData>((resolve, reject) => {
          const image = new Image();
          image.onload = () => {
            const canvas = document.createElement('canvas');
            canvas.width = image.width;
            canvas.height = image.height;
            const context = canvas.getContext('2d') as CanvasRenderingContext2D;
            context.drawImage(image, 0, 0);
            resolve(context.getImageData(0, 0, image.width, image.height));
          };
          image.onerror = () => reject(new Error('not an image'));
          image.src = `data:image/png;base64,${data}`;
        });
      const [x, y] = await Promise.all([load(a as string), load(b as string)]);
      if (x.width !== y.width || x.height !== y.height) throw new Error(`sizes differ: ${x.width}x${x.height} and ${y.width}x${y.height}`);
      let differing = 0;
      let luminance = 0;
      const counts = new Map<number, number>();
      const pixels = x.width * x.height;
      for (let i = 0; i < x.data.length; i += 4) {
        const delta = Math.abs((x.data[i] as number) - (y.data[i] as number)) + Math.abs((x.data[i + 1] as number) - (y.data[i + 1] as number)) + Math.abs((x.data[i + 2] as number) - (y.data[i + 2] as number));
        if (delta > 24) differing++;
        luminance += (0.2126 * (x.data[i] as number) + 0.7152 * (x.data[i + 1] as number) + 0.0722 * (x.data[i + 2] as number)) / 255;
        const key = ((x.data[i] as number) << 16) | ((x.data[i + 1] as number) << 8) | (x.data[i + 2] as number);
        counts.set(key, (counts.get(key) ?? 0) + 1);
      }
      return { differing: differing / pixels, dominant: Math.max(...counts.values()) / pixels, luminance: luminance / pixels };
    },
    [first.toString('base64'), second.toString('base64')],
  );
}
