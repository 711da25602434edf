// Small HTML helpers for the docs site: escaping, and reference Markdown (descriptions, `ref:` links) as HTML.
import { type PathScheme, relativeLink } from '../reference/refs.js';

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Resolves `ref:` links for one page of the site. */
export interface LinkContext {
  scheme: PathScheme;
  /** The page being rendered, relative to the site root. */
  page: string;
}

const LINK = /\[((?:`[^`]*`|[^\]])+)\]\(([^)\s]+)\)/g;

/**
 * Inline reference Markdown as HTML: `code`, **bold**, *emphasis*, [links](https://…) and [links](ref:key#anchor).
 * Everything else is escaped text; long identifiers may break after an underscore or a dot.
 * @example inlineHtml('See [`NodeOutcome`](ref:type/NodeOutcome).', { scheme: SITE_PATHS, page: 'index.html' }) // 'See <a href="types/NodeOutcome.html"><code>NodeOutcome</code></a>.'
 */
export function inlineHtml(text: string, context: LinkContext): string {
  let out = '';
  let last = 0;
  const flat = text.replace(/\s+/g, ' ').trim();
  for (const match of flat.matchAll(LINK)) {
    out += spans(flat.slice(last, match.index));
    const href = match[2] as string;
    const internal = href.startsWith('ref:');
    const [key, anchor] = href.slice(4).split('#') as [string, string | undefined];
    const target = internal ? relativeLink(context.scheme, context.page, key, anchor) : href;
    out += `<a href="${escapeHtml(target)}"${internal ? '' : ' rel="noopener"'}>${spans(match[1] as string)}</a>`;
    last = (match.index as number) + match[0].length;
  }
  return out + spans(flat.slice(last));
}

function spans(text: string): string {
  return text
    .split(/(`[^`]+`)/)
    .map((part) => {
      if (part.startsWith('`') && part.endsWith('`') && part.length > 1) return `<code>${breakable(escapeHtml(part.slice(1, -1)))}</code>`;
      return escapeHtml(part)
        .replace(/\*\*([^*]+)\*\*/g, '<strong>$1</strong>')
        .replace(/(^|[\s(])\*([^*\s][^*]*)\*/g, '$1<em>$2</em>');
    })
    .join('');
}

/** Long identifiers (event types, field paths) may break after `_` and `.` instead of overflowing a phone screen. */
export function breakable(html: string): string {
  return html.replace(/([_.])(?=[A-Za-z0-9])/g, '$1<wbr>');
}

/**
 * Block reference Markdown (paragraphs, `- ` lists) as HTML.
 * @example markdownHtml('Use `recordId`.', context) // '<p>Use <code>recordId</code>.</p>'
 */
export function markdownHtml(text: string, context: LinkContext): string {
  return text
    .trim()
    .split(/\n\s*\n/)
    .filter((block) => block.trim() !== '')
    .map((block) => {
      const lines = block.split('\n');
      if (lines.every((line) => /^\s*[-*] /.test(line) || /^\s{2,}\S/.test(line))) {
        const items = block.split(/\n\s*[-*] /).map((item) => item.replace(/^\s*[-*] /, ''));
        return `<ul>${items.map((item) => `<li>${inlineHtml(item, context)}</li>`).join('')}</ul>`;
      }
      return `<p>${inlineHtml(block, context)}</p>`;
    })
    .join('\n');
}

/** Text without Markdown, for search records and titles. */
export function plainText(md: string): string {
  return md
    .replace(LINK, '$1')
    .replace(/[`*]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}
