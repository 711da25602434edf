/** Lists in error messages: long ones are cut, saying how many were left out and where to find them all. */
import type { ValidationIssue } from '../validation/issues.js';

const LISTED_ITEMS = 10;

/**
 * The first ten items as indented lines (each starting with a newline), then "…and N more" naming the field
 * that holds them all, when given.
 *
 * @example
 *   listLines(['a', 'b'], (item) => item, '.issues'); // '\n  - a\n  - b'
 *   listLines(Array(12).fill('x'), (item) => item, '.issues'); // ten lines, then '\n  - …and 2 more (see .issues)'
 */
export function listLines<T>(items: readonly T[], line: (item: T) => string, fullListIn?: string): string {
  const lines = items.slice(0, LISTED_ITEMS).map((item) => `\n  - ${line(item)}`);
  const left = items.length - LISTED_ITEMS;
  const more = left > 0 ? `\n  - …and ${left} more${fullListIn ? ` (see ${fullListIn})` : ''}` : '';
  return lines.join('') + more;
}

/**
 * Validation issues after a heading: "heading (N problems):" and one `path: message` line per issue.
 *
 * @example
 *   listIssues('the input breaks the contract', [{ path: '/limit', message: 'must be an integer from 1 to 100', keyword: 'maximum' }], 'input', '.issues');
 *   // 'the input breaks the contract (1 problem):\n  - /limit: must be an integer from 1 to 100'
 */
export function listIssues(heading: string, issues: readonly ValidationIssue[], whole: string, fullListIn?: string): string {
  const lines = listLines(issues, (issue) => `${issue.path || `(the whole ${whole})`}: ${issue.message}`, fullListIn);
  return `${heading} (${issues.length} ${issues.length === 1 ? 'problem' : 'problems'}):${lines}`;
}
