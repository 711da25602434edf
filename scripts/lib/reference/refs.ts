// Page keys to paths, and the `ref:` links of reference Markdown resolved for one renderer.
import { posix } from 'node:path';
import type { PageKey } from './model.js';

/** Where each page (or downloadable file) lives in one rendering, relative to its root. */
export interface PathScheme {
  page(key: PageKey): string;
  /** A file under generated/ (`asyncapi.json`, `schemas/X.json`), relative to the rendering's root. */
  file(path: string): string;
}

/** The Markdown reference in generated/docs/: README.md pages per folder, files one level up (in generated/). */
export const MARKDOWN_PATHS: PathScheme = {
  page: (key) => pagePath(key, { home: 'README.md', policy: 'validation-policy.md', events: 'events/README.md', api: 'operations/README.md', types: 'types/README.md' }, { event: 'events', operation: 'operations', type: 'types' }, '.md'),
  file: (path) => `../${path}`,
};

/** The HTML site: index.html pages per folder, the generated files copied beside the pages. */
export const SITE_PATHS: PathScheme = {
  page: (key) => pagePath(key, { home: 'index.html', policy: 'validation-policy.html', events: 'events/index.html', api: 'api/index.html', types: 'types/index.html' }, { event: 'events', operation: 'api', type: 'types' }, '.html'),
  file: (path) => path,
};

function pagePath(key: PageKey, singles: Record<string, string>, folders: Record<string, string>, extension: string): string {
  const single = singles[key];
  if (single) return single;
  const [kind, ...rest] = key.split('/');
  const folder = folders[kind as string];
  if (!folder || rest.length === 0) throw new Error(`unknown page key ${key}`);
  return `${folder}/${rest.join('/')}${extension}`;
}

/** The path of `key` (a page, or `file/<path>`), relative to the rendering's root. */
export function targetPath(scheme: PathScheme, key: PageKey): string {
  return key.startsWith('file/') ? scheme.file(key.slice('file/'.length)) : scheme.page(key);
}

/**
 * The link from the page at `from` to `key`#`anchor` (paths relative to the rendering's root).
 * @example relativeLink(SITE_PATHS, 'events/A.html', 'type/NodeOutcome', 'field-kind') // '../types/NodeOutcome.html#field-kind'
 */
export function relativeLink(scheme: PathScheme, from: string, key: PageKey, anchor?: string): string {
  const target = targetPath(scheme, key);
  const path = target === from ? '' : posix.relative(posix.dirname(from), target) || posix.basename(target);
  return anchor ? `${path}#${anchor}` : path || posix.basename(target);
}

const REF_LINK = /\]\(ref:([^)#\s]+)(?:#([^)\s]+))?\)/g;

/** Reference Markdown with its `ref:` links made relative to the page at `from`. */
export function resolveRefs(md: string, scheme: PathScheme, from: string): string {
  return md.replace(REF_LINK, (_match, key: string, anchor: string | undefined) => `](${relativeLink(scheme, from, key, anchor)})`);
}
