/** "Did you mean" for a name the user mistyped: a schema, an event type, a command or an option. */

/**
 * The candidates closest to `input`, best first: the same name in another case (or with `_`/`-`), then those
 * within a small edit distance (a third of the length, at least 2), then those that contain it or that it
 * contains.
 *
 * @example
 *   closeMatches('StartWorkflowRunRequest', ['WorkflowRun', 'StartWorkflowRunsRequest']); // ['StartWorkflowRunsRequest', 'WorkflowRun']
 */
export function closeMatches(input: string, candidates: readonly string[], max = 5): string[] {
  const wanted = normalise(input);
  if (wanted === '') return [];
  const limit = Math.max(2, Math.floor(wanted.length / 3));
  const scored: [string, number][] = [];
  for (const candidate of candidates) {
    const name = normalise(candidate);
    const distance = editDistance(wanted, name, limit);
    if (distance <= limit) scored.push([candidate, distance]);
    else if (name.includes(wanted) || (wanted.length >= 4 && wanted.includes(name))) scored.push([candidate, limit + 1 + Math.abs(name.length - wanted.length) / 1000]);
  }
  return scored.sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0])).slice(0, max).map(([candidate]) => candidate);
}

/**
 * " Did you mean A or B?" (with the leading space), or '' when nothing is close.
 *
 * @example
 *   `unknown command "valdate".${didYouMean('valdate', ['validate', 'sign'])}`; // '… Did you mean validate?'
 */
export function didYouMean(input: string, candidates: readonly string[]): string {
  const matches = closeMatches(input, candidates);
  if (matches.length === 0) return '';
  return ` Did you mean ${matches.length === 1 ? matches[0] : `${matches.slice(0, -1).join(', ')} or ${matches.at(-1)}`}?`;
}

// Case, `_` and `-` do not tell names apart for a reader: WORKFLOW_RUN_STARTED ≈ workflow-run-started.
function normalise(name: string): string {
  return name.toLowerCase().replace(/[_\-\s]/g, '');
}

// Levenshtein, giving up past `limit` (the rows only grow).
function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min((previous[j] as number) + 1, (current[j - 1] as number) + 1, (previous[j - 1] as number) + cost);
      current.push(value);
      best = Math.min(best, value);
    }
    if (best > limit) return limit + 1;
    previous = current;
  }
  return previous[b.length] as number;
}
