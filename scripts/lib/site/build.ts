// The docs site, from generated/ only: the reference model (the same the Markdown in generated/docs/ renders) as
// HTML pages, the search index, the assets; then the specs and JSON Schemas copied beside them.
import { cpSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describeDocuments } from '../contract.js';
import type { JsonObject } from '../json.js';
import { GENERATED_DIR } from '../paths.js';
import type { Reference } from '../reference/model.js';
import { buildReference } from '../reference/pages.js';
import { SITE_PATHS } from '../reference/refs.js';
import { writeOutputs } from '../write-outputs.js';
import { SITE_CSS, SITE_JS, TRY_IT_JS } from './assets.js';
import { renderFrame } from './layout.js';
import { renderMain } from './render.js';
import { miniSearchBrowserFile, searchIndexScript } from './search.js';
import { TRY_IT_CONFIG } from './serve.js';

export interface SiteSummary {
  outDir: string;
  pages: number;
  events: number;
  operations: number;
  types: number;
  files: number;
}

const SITE_TITLE = 'Popp Workflow contract';

/** The reference as the site shows it, read from generated/asyncapi.json and generated/openapi.json. */
export function siteReference(generatedDir: string = GENERATED_DIR): Reference {
  const read = (file: string) => JSON.parse(readFileSync(join(generatedDir, file), 'utf8')) as JsonObject;
  return buildReference(describeDocuments(read('asyncapi.json'), read('openapi.json')));
}

/** Every file of the site, keyed by path relative to the site root (pages, assets; generated files copied separately). */
export function renderSite(generatedDir: string = GENERATED_DIR): { files: Map<string, string>; summary: Omit<SiteSummary, 'outDir' | 'files'> } {
  const reference = siteReference(generatedDir);
  const files = new Map<string, string>();
  for (const page of reference.pages) {
    const path = SITE_PATHS.page(page.key);
    const tryIt = (page.introAside ?? []).some((block) => block.kind === 'try-it');
    files.set(path, renderFrame({ path, title: page.title, main: renderMain(page), ...(tryIt ? { scripts: ['try-it.js'] } : {}) }, reference, SITE_TITLE));
  }
  files.set('assets/site.css', SITE_CSS);
  files.set('assets/site.js', SITE_JS);
  files.set('assets/try-it.js', TRY_IT_JS);
  files.set('assets/search-index.js', searchIndexScript(reference));
  // Try-it is off in the static site; `npm run docs -- --serve --sandbox` answers this path itself (serve.ts).
  files.set(TRY_IT_CONFIG.slice(1), `${JSON.stringify({ prefix: null, about: 'npm run docs -- --serve --sandbox serves the pages with a local sandbox behind them' }, null, 2)}\n`);
  files.set('assets/minisearch.js', `/* MiniSearch (https://github.com/lucaong/minisearch), MIT License, copied from its npm package. */\n${readFileSync(miniSearchBrowserFile(), 'utf8')}`);
  const count = (kind: string) => reference.pages.filter((page) => page.kind === kind).length;
  return { files, summary: { pages: reference.pages.length, events: count('event'), operations: count('operation'), types: count('type') } };
}

/**
 * Builds the static site into `outDir` (replacing it): the pages, and the specs and JSON Schemas (strict and
 * tolerant) they link to.
 * @example buildSite({ outDir: 'site' }) // → { pages: 122, events: 26, operations: 5, ... }
 */
export function buildSite(options: { outDir: string; generatedDir?: string }): SiteSummary {
  const generatedDir = options.generatedDir ?? GENERATED_DIR;
  const { files, summary } = renderSite(generatedDir);
  writeOutputs(options.outDir, files);
  const copied = ['asyncapi.json', 'openapi.json'];
  for (const file of copied) cpSync(join(generatedDir, file), join(options.outDir, file));
  cpSync(join(generatedDir, 'schemas'), join(options.outDir, 'schemas'), { recursive: true });
  return { outDir: options.outDir, ...summary, files: files.size + copied.length + countFiles(join(generatedDir, 'schemas')) };
}

function countFiles(dir: string): number {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((file) => statSync(join(dir, file)).isFile()).length;
}
