// Small HTML helpers for the docs site: escaping, inline Markdown from spec descriptions, and relative links.
import { posix } from 'node:path';

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * The Markdown the spec's descriptions use (paragraphs, `- ` lists, `code`, **bold**, *emphasis*, [links](url)),
 * as HTML. Everything else is escaped text.
 * @example markdownToHtml('Use `recordId`.') // '<p>Use <code>recordId</code>.</p>'
 */
export function markdownToHtml(text: string): string {
  const blocks = text.trim().split(/\n\s*\n/);
  return blocks
    .map((block) => {
      const lines = block.split('\n');
      if (lines.every((line) => /^\s*[-*] /.test(line) || /^\s{2,}\S/.test(line))) {
        const items = block.split(/\n\s*[-*] /).map((item) => item.replace(/^\s*[-*] /, ''));
        return `<ul>${items.map((item) => `<li>${inlineMarkdown(item)}</li>`).join('')}</ul>`;
      }
      return `<p>${inlineMarkdown(block)}</p>`;
    })
    .join('\n');
}

export function inlineMarkdown(text: string): string {
  const parts = text.replace(/\s+/g, ' ').trim().split(/(`[^`]+`)/);
  return parts
    .map((part) => {
      if (part.startsWith('`') && part.endsWith('`') && part.length > 1) return `<code>${escapeHtml(part.slice(1, -1))}</code>`;
      return escapeHtml(part)
        .replace(/\*\*([^*]+)\*\*/g, '<strong>$1</strong>')
        .replace(/(^|[\s(])\*([^*\s][^*]*)\*/g, '$1<em>$2</em>')
        .replace(/\[([^\]]+)\]\((https?:\/\/[^)\s]+)\)/g, '<a href="$2" rel="noopener">$1</a>');
    })
    .join('');
}

/** The link from the page at `from` to the site file `to` (both relative to the site root). */
export function relativeHref(from: string, to: string): string {
  const [path, hash] = to.split('#');
  const target = posix.relative(posix.dirname(from), path as string) || posix.basename(path as string);
  return hash === undefined ? target : `${target}#${hash}`;
}

/** A stable id for headings and anchors. */
export function slug(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}
