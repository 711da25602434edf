// generated/docs/: the Markdown rendering of the reference model (scripts/lib/reference/), the same pages the
// docs site renders as HTML.
import type { Contract } from './contract.js';
import { renderMarkdown } from './reference/markdown.js';
import { buildReference } from './reference/pages.js';

/**
 * Markdown reference pages keyed by path under generated/docs/.
 * @example emitDocs(loadContract()).get('README.md') // '<!-- generated — do not edit … -->\n\n# Popp Workflow contract reference …'
 */
export function emitDocs(contract: Contract): Map<string, string> {
  return renderMarkdown(buildReference(contract));
}
