// The docs site, from generated/ only: every page rendered in memory, then written to the output folder.
import { copyFileSync, mkdirSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describeDocuments } from '../contract.js';
import type { JsonObject } from '../json.js';
import { GENERATED_DIR } from '../paths.js';
import { writeOutputs } from '../write-outputs.js';
import { SITE_CSS, SITE_JS } from './assets.js';
import { type PageInput, buildNav, renderPage } from './layout.js';
import { apiIndexPage, operationPageInput } from './pages-api.js';
import { eventPageInput, eventsIndexPage } from './pages-events.js';
import { homePage } from './pages-home.js';
import { referrersOf, typePageInput, typesIndexPage } from './pages-types.js';

export interface SiteSummary {
  outDir: string;
  pages: number;
  events: number;
  operations: number;
  types: number;
  files: number;
}

const SITE_TITLE = 'Popp Workflow contract';

/** Every file of the site, keyed by path relative to the site root (pages, assets; JSON copied separately). */
export function renderSite(generatedDir: string = GENERATED_DIR): { files: Map<string, string>; summary: Omit<SiteSummary, 'outDir' | 'files'> } {
  const read = (file: string) => JSON.parse(readFileSync(join(generatedDir, file), 'utf8')) as JsonObject;
  const contract = describeDocuments(read('asyncapi.json'), read('openapi.json'));
  const nav = buildNav(contract);
  const referrers = referrersOf(contract.schemas);
  const pages: PageInput[] = [
    homePage(contract),
    eventsIndexPage(contract),
    ...contract.events.map((event) => eventPageInput(contract, event)),
    apiIndexPage(contract),
    ...contract.operations.map((operation) => operationPageInput(contract, operation)),
    typesIndexPage(contract),
    ...[...contract.schemas.keys()].map((name) => typePageInput(contract, name, referrers)),
  ];
  const files = new Map<string, string>();
  for (const page of pages) files.set(page.path, renderPage(page, nav, SITE_TITLE));
  files.set('assets/site.css', SITE_CSS);
  files.set('assets/site.js', SITE_JS);
  return { files, summary: { pages: pages.length, events: contract.events.length, operations: contract.operations.length, types: contract.schemas.size } };
}

/**
 * Builds the static site into `outDir` (replacing it): the pages, and the specs and JSON Schemas they link to.
 * @example buildSite({ outDir: 'site' }) // → { pages: 121, events: 26, operations: 5, ... }
 */
export function buildSite(options: { outDir: string; generatedDir?: string }): SiteSummary {
  const generatedDir = options.generatedDir ?? GENERATED_DIR;
  const { files, summary } = renderSite(generatedDir);
  writeOutputs(options.outDir, files);
  for (const file of ['asyncapi.json', 'openapi.json']) copyFileSync(join(generatedDir, file), join(options.outDir, file));
  mkdirSync(join(options.outDir, 'schemas'), { recursive: true });
  const schemas = readdirSync(join(generatedDir, 'schemas')).filter((file) => file.endsWith('.json'));
  for (const file of schemas) copyFileSync(join(generatedDir, 'schemas', file), join(options.outDir, 'schemas', file));
  return { outDir: options.outDir, ...summary, files: files.size + 2 + schemas.length };
}
