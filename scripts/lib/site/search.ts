// Full-text search, built at docs-build time: one record per page, section, field, enum value, example and sample
// set, indexed with MiniSearch and written as a script the pages load on first use (so it works offline, even
// from file://). Results link to the field's or section's anchor.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, sep } from 'node:path';
import MiniSearch from 'minisearch';
import type { Json } from '../json.js';
import type { Block, FieldRow, Reference, ReferencePage } from '../reference/model.js';
import { SITE_PATHS } from '../reference/refs.js';
import { plainText } from './html.js';

/** One searchable thing: where it is (site-root-relative URL with anchor) and what it says. */
export interface SearchRecord {
  id: number;
  url: string;
  /** The name a reader searches for: a field's name, an event type, a value, a section title. */
  title: string;
  /** A field's whole path (`data.nodes[].outcome`), shown as the result's title; the title otherwise. */
  path: string;
  /** The page it is on. */
  page: string;
  kind: 'page' | 'section' | 'field' | 'value' | 'example' | 'samples';
  /** The kind of page it is on (an event's page ranks above the type page that repeats its field). */
  where: ReferencePage['kind'];
  text: string;
  /** The first words of `text`, shown under a result. */
  excerpt: string;
}

/**
 * The tokenizer the index is built with and queried with, as source: both sides must split alike. An identifier
 * is kept whole and also split at `-`, `_`, `.` and camelCase humps: `x-signature` → x-signature, x, signature;
 * `cancellationReason` → cancellationReason, cancellation, Reason.
 */
export const TOKENIZE_SOURCE = `function tokenize(text) {
  var out = [];
  var words = String(text).split(/[\\s,;:!?()\\[\\]{}"'<>=|\\/\\\\+*&^%$#@~\`]+/);
  for (var i = 0; i < words.length; i++) {
    var word = words[i].replace(/^[._-]+|[._-]+$/g, '');
    if (!word) continue;
    out.push(word);
    var parts = word.split(/[._-]+/).join(' ').replace(/([a-z0-9])([A-Z])/g, '$1 $2').split(' ');
    if (parts.length > 1) for (var j = 0; j < parts.length; j++) if (parts[j]) out.push(parts[j]);
  }
  return out;
}`;

const tokenize = new Function(`return ${TOKENIZE_SOURCE}`)() as (text: string) => string[];

/** The MiniSearch options shared by the build (here) and the browser (assets.ts); `tokenize` is added on each side. */
export const SEARCH_FIELDS = ['title', 'path', 'page', 'text'];
export const STORE_FIELDS = ['url', 'path', 'page', 'kind', 'where', 'excerpt'];

/** Every string and key of an example, for the index (so `run_xyz789` finds the examples that carry it). */
function jsonWords(value: Json): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(jsonWords);
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([key, item]) => [key, ...jsonWords(item)]);
  return value === null ? [] : [String(value)];
}

function fieldText(row: FieldRow): string {
  return [
    row.path,
    plainText(row.type),
    plainText(row.description),
    ...(row.values?.values.flatMap((value) => [value.value, plainText(value.meaning)]) ?? []),
    ...(row.union?.branches.flatMap((branch) => [branch.value ?? '', plainText(branch.type)]) ?? []),
    ...row.strictOnly.map((rule) => plainText(rule.reason)),
  ].join(' ');
}

function blockText(block: Block): string {
  switch (block.kind) {
    case 'text':
      return plainText(block.md);
    case 'facts':
      return block.rows.map((row) => `${row.term} ${plainText(row.md)}`).join(' ');
    case 'notes':
      return block.notes.map(plainText).join(' ');
    case 'list':
      return block.items.map(plainText).join(' ');
    case 'table':
      return block.rows.map((row) => row.map((cell) => (typeof cell === 'string' ? plainText(cell) : cell.provenance.status)).join(' ')).join(' ');
    case 'provenance':
      return plainText(block.provenance.reason ?? '');
    default:
      return '';
  }
}

/**
 * The search records of every page.
 * @example searchRecords(reference).find((record) => record.path === 'data.errorCode')?.url // 'events/WORKFLOW_RUN_FAILED.html#field-data.errorCode'
 */
export function searchRecords(reference: Reference): SearchRecord[] {
  const records: Omit<SearchRecord, 'id'>[] = [];
  const add = (page: ReferencePage, record: Omit<SearchRecord, 'id' | 'page' | 'excerpt' | 'url' | 'where' | 'path'> & { anchor?: string }) => {
    const url = `${SITE_PATHS.page(page.key)}${record.anchor ? `#${record.anchor}` : ''}`;
    // A field is found by its own name wherever it sits, so that the same field ranks alike on every page.
    const title = record.kind === 'field' ? (record.title.split('.').pop() as string).replace(/\[\]$/, '') : record.title;
    records.push({ url, title, path: record.title, kind: record.kind, where: page.kind, page: page.title, text: record.text, excerpt: record.text.slice(0, 160) });
  };
  for (const page of reference.pages) {
    add(page, { kind: 'page', title: plainText(page.heading), text: [page.subtitle ?? '', ...page.intro.map(blockText)].join(' ') });
    for (const section of page.sections) {
      const blocks = [...section.blocks, ...(section.aside ?? [])];
      add(page, { kind: 'section', title: section.title, anchor: section.id, text: blocks.map(blockText).join(' ') });
      for (const block of blocks) {
        if (block.kind === 'fields') for (const row of block.rows) add(page, { kind: 'field', title: row.path, anchor: row.anchor, text: fieldText(row) });
        if (block.kind === 'enum') for (const value of block.table.values) add(page, { kind: 'value', title: value.value, anchor: `value-${value.value}`, text: plainText(value.meaning) });
        if (block.kind === 'example') add(page, { kind: 'example', title: block.caption, anchor: block.id, text: jsonWords(block.value).join(' ') });
      }
    }
    for (const block of [...(page.introAside ?? []), ...page.sections.flatMap((section) => section.aside ?? [])]) {
      if (block.kind === 'samples') add(page, { kind: 'samples', title: `Code samples: ${page.title}`, anchor: block.id, text: block.samples.map((sample) => sample.code).join(' ') });
    }
  }
  return records.map((record, id) => ({ id, ...record }));
}

/**
 * The index as a script for the pages: `window.POPP_SEARCH_INDEX = <MiniSearch JSON>;`.
 * @example searchIndexScript(reference).startsWith('window.POPP_SEARCH_INDEX = ') // true
 */
export function searchIndexScript(reference: Reference): string {
  const index = new MiniSearch<SearchRecord>({ fields: SEARCH_FIELDS, storeFields: STORE_FIELDS, tokenize });
  index.addAll(searchRecords(reference));
  return `// generated by scripts/build-site.ts: the search index (MiniSearch ${MINISEARCH_VERSION}), loaded on first search.\nwindow.POPP_SEARCH_INDEX = ${JSON.stringify(index)};\n`;
}

// The package's exports map hides its files; its folder is found from its main entry.
const MINISEARCH_DIR = (() => {
  const main = createRequire(import.meta.url).resolve('minisearch');
  return main.slice(0, main.lastIndexOf(`${sep}dist${sep}`));
})();
const MINISEARCH_VERSION = (JSON.parse(readFileSync(join(MINISEARCH_DIR, 'package.json'), 'utf8')) as { version: string }).version;

/** MiniSearch's browser build (UMD, sets window.MiniSearch), as it ships in its npm package. */
export function miniSearchBrowserFile(): string {
  return join(MINISEARCH_DIR, 'dist', 'umd', 'index.js');
}
