/**
 * The one way a list of issues is written into a message: a heading that counts them, one `path: message` line
 * each, and past the cap a last line saying how many more there are and where to find them all. Long lists are
 * cut so that a message (a log line, an exception) stays readable; the full list always travels beside it.
 */
import type { ValidationIssue } from './issues.js';

/** How many items a list shows unless a caller asks for another cap. */
export const LISTED_ITEMS = 10;

export interface ListOptions {
  /** Show at most this many items (default {@link LISTED_ITEMS}); the rest are counted. */
  cap?: number;
  /** Where the whole list can be read, named in the "…and N more" line, e.g. `.issues`. */
  fullListIn?: string;
}

export interface IssueListOptions extends ListOptions {
  /** What an issue with an empty path (the root) is about, e.g. `input` → "(the whole input)". Default `value`. */
  whole?: string;
}

/**
 * Validation issues after a heading: "heading (N problems):", then one `path: message` line per issue.
 *
 * @example
 *   listIssues('the input breaks the contract', [{ path: '/limit', message: 'must be an integer from 1 to 100', keyword: 'maximum' }], { whole: 'input', fullListIn: '.issues' });
 *   // 'the input breaks the contract (1 problem):\n  - /limit: must be an integer from 1 to 100'
 */
export function listIssues(heading: string, issues: readonly ValidationIssue[], options: IssueListOptions = {}): string {
  const whole = options.whole ?? 'value';
  const lines = listLines(issues, (issue) => `${issue.path || `(the whole ${whole})`}: ${issue.message}`, options);
  return `${heading} (${issues.length} ${issues.length === 1 ? 'problem' : 'problems'}):${lines}`;
}

/**
 * Any items as indented lines (each starting with a newline), at most `cap` of them, then "…and N more" naming
 * where all of them are, when given. {@link listIssues} is this with the issue line; other lists of problems
 * (the `details` of an error response) use it directly.
 *
 * @example
 *   listLines(['a', 'b'], (item) => item); // '\n  - a\n  - b'
 *   listLines(Array(12).fill('x'), (item) => item, { fullListIn: '.issues' }); // ten lines, then '\n  - …and 2 more (see .issues)'
 */
export function listLines<T>(items: readonly T[], line: (item: T) => string, options: ListOptions = {}): string {
  const { shown, more } = firstItems(items, options.cap);
  const lines = shown.map((item) => `\n  - ${line(item)}`);
  return lines.join('') + (more > 0 ? `\n  - …and ${more} more${options.fullListIn ? ` (see ${options.fullListIn})` : ''}` : '');
}

/**
 * The first `cap` items (default {@link LISTED_ITEMS}) and how many are left out: the one cut every list of
 * issues gets, whether written as lines ({@link listLines}) or sent as data (the webhook handler's answer).
 *
 * @example
 *   firstItems(['a', 'b', 'c'], 2); // { shown: ['a', 'b'], more: 1 }
 */
export function firstItems<T>(items: readonly T[], cap: number = LISTED_ITEMS): { shown: T[]; more: number } {
  const shown = items.slice(0, cap);
  return { shown, more: items.length - shown.length };
}
