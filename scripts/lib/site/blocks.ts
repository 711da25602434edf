// Reusable page blocks: code samples with a copy button, example payloads, key facts.
import { escapeHtml } from './html.js';
import { highlightCode, highlightJson } from './highlight.js';

export function codeBlock(code: string, label: string, language: 'ts' | 'sh'): string {
  return `<figure class="code"><figcaption><span>${escapeHtml(label)}</span><button type="button" class="copy" aria-label="Copy ${escapeHtml(label)}">Copy</button></figcaption><pre class="lang-${language}"><code>${highlightCode(code)}</code></pre></figure>`;
}

/** An example payload; `data-example` names it so tests (and readers' tools) can find it. */
export function exampleBlock(value: unknown, name: string, caption: string): string {
  return `<figure class="code example-figure"><figcaption><span>${escapeHtml(caption)}</span><button type="button" class="copy" aria-label="Copy ${escapeHtml(caption)}">Copy</button></figcaption><pre class="example" data-example="${escapeHtml(name)}"><code>${highlightJson(value)}</code></pre></figure>`;
}

export function facts(rows: [string, string][]): string {
  return `<dl class="facts">${rows.map(([term, value]) => `<dt>${escapeHtml(term)}</dt><dd>${value}</dd>`).join('')}</dl>`;
}
