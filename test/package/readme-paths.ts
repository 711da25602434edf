// What the README points a user at: repository paths (`generated/schemas/index.json`), paths inside the
// installed package (`node_modules/popp-workflow-contract/generated/schemas`) and package specifiers
// (`popp-workflow-contract/schemas/WorkflowRunCompletedEvent.json`), each mapped to a path in the tarball.

// In code: quoted strings. In prose: `code` spans, link targets, and bare file names such as BENCHMARKS.md.
const QUOTED = /['"]([^'"\s]+)['"]/g;
const PROSE = /`([^`\s]+)`|\]\(([^)\s]+)\)|(?<![\w/.`-])((?:[\w.-]+\/)*[\w-]+\.(?:md|json|ts|mjs|js|py|java|yaml))(?![\w/`-])/g;

export interface PathReference {
  /** The text as the README has it. */
  text: string;
  line: number;
  /** The path inside the package it names, with `*` for a placeholder such as `<Name>`. */
  packagePath: string;
}

/**
 * The references in `markdown` before the heading `stopAt` (the contributors' part, which names repository
 * files on purpose). A token counts as a path of this package when its first segment is one of `topLevel`
 * (the repository's top-level entries), or it starts with the package's name.
 *
 * @example
 *   pathReferences('See `generated/schemas/index.json`.', { topLevel: ['generated'], packageName: 'p', exports: {} })
 *   // [{ text: 'generated/schemas/index.json', line: 1, packagePath: 'generated/schemas/index.json' }]
 */
export function pathReferences(
  markdown: string,
  options: { topLevel: string[]; packageName: string; exports: Record<string, unknown>; stopAt?: string },
): PathReference[] {
  const lines = markdown.split('\n');
  const end = options.stopAt ? lines.indexOf(options.stopAt) : -1;
  const references: PathReference[] = [];
  let fenced = false;
  for (const [index, line] of (end === -1 ? lines : lines.slice(0, end)).entries()) {
    if (line.startsWith('```')) fenced = !fenced;
    // Code blocks are programs (checked by running them), except where they name a file of the package.
    const tokens = fenced ? [...line.matchAll(QUOTED)].map((match) => match[1] as string) : [...line.matchAll(PROSE)].map((match) => (match[1] ?? match[2] ?? match[3]) as string);
    for (const token of tokens) {
      const packagePath = toPackagePath(token.replace(/[.,:;]+$/, ''), options);
      if (packagePath !== undefined) references.push({ text: token, line: index + 1, packagePath });
    }
  }
  return references;
}

function toPackagePath(token: string, options: { topLevel: string[]; packageName: string; exports: Record<string, unknown> }): string | undefined {
  if (/^[a-z]+:/i.test(token) || token.startsWith('#')) return undefined; // a URL or an anchor
  const installed = `node_modules/${options.packageName}/`;
  if (token.startsWith(installed)) return placeholders(token.slice(installed.length));
  if (token === options.packageName || token.startsWith(`${options.packageName}/`)) return exportTarget(`.${token.slice(options.packageName.length)}`, options.exports) ?? `(not exported: ${token})`;
  // A bare word (`examples`, the export) is not a path: a path has a folder in it, or a file extension.
  if (!token.includes('/') && !/\.\w+$/.test(token)) return undefined;
  const first = token.replace(/^\.\//, '').split('/')[0] as string;
  return options.topLevel.includes(first) ? placeholders(token.replace(/^\.\//, '')) : undefined;
}

/** The file an exports subpath resolves to (its `default` condition), wildcards kept as `*`. */
function exportTarget(subpath: string, exports: Record<string, unknown>): string | undefined {
  for (const [key, value] of Object.entries(exports)) {
    const target = typeof value === 'string' ? value : (value as { default?: string }).default;
    if (target === undefined) continue;
    if (key === subpath) return target.replace(/^\.\//, '');
    const star = key.indexOf('*');
    if (star !== -1 && subpath.startsWith(key.slice(0, star)) && subpath.endsWith(key.slice(star + 1))) {
      const matched = subpath.slice(star, subpath.length - (key.length - star - 1));
      return target.replace(/^\.\//, '').replace('*', matched);
    }
  }
  return undefined;
}

function placeholders(path: string): string {
  return path.replace(/<[^>]+>/g, '*');
}

/**
 * Whether `packagePath` names a file of the tarball, or a folder holding some (`files` without `package/`).
 *
 * @example
 *   inTarball('generated/schemas/*.json', ['generated/schemas/A.json']); // true
 */
export function inTarball(packagePath: string, files: string[]): boolean {
  const pattern = new RegExp(`^${packagePath.replace(/\/$/, '').replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]+')}(/.*)?$`);
  return files.some((file) => pattern.test(file));
}
