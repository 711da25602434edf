// The one issue-list formatter (src/validation/issue-list.ts): a heading that counts, one line per issue, a cap
// with one default, and the rest counted in an "…and N more" line that says where the full list is.
import { describe, expect, it } from 'vitest';
import { LISTED_ITEMS, listIssues, listLines } from '../../src/validation/issue-list.js';

const issues = (count: number) => Array.from({ length: count }, (_, index) => ({ path: `/contacts/${index}/phoneNumber`, message: 'must be E.164', keyword: 'pattern' }));

describe('listIssues', () => {
  it('counts the issues in the heading and names the root by what it is', () => {
    expect(listIssues('the input breaks the contract', [{ path: '', message: 'must be object', keyword: 'type' }], { whole: 'input' })).toBe(
      'the input breaks the contract (1 problem):\n  - (the whole input): must be object',
    );
    expect(listIssues('it is not a WorkflowRun', [...issues(2)])).toBe(
      'it is not a WorkflowRun (2 problems):\n  - /contacts/0/phoneNumber: must be E.164\n  - /contacts/1/phoneNumber: must be E.164',
    );
    expect(listIssues('x', [{ path: '', message: 'is invalid', keyword: 'type' }])).toContain('(the whole value)');
  });

  it(`shows ${LISTED_ITEMS} by default, then counts the rest and says where all of them are`, () => {
    const text = listIssues('heading', issues(25), { fullListIn: '.issues' });
    expect(text.split('\n')).toHaveLength(1 + LISTED_ITEMS + 1);
    expect(text.endsWith('\n  - …and 15 more (see .issues)')).toBe(true);
    expect(listIssues('heading', issues(LISTED_ITEMS))).not.toContain('more');
  });

  it('takes another cap', () => {
    const text = listIssues('heading', issues(25), { cap: 20 });
    expect(text.split('\n')).toHaveLength(22);
    expect(text.endsWith('\n  - …and 5 more')).toBe(true);
  });
});

describe('listLines', () => {
  it('lists any items the same way', () => {
    expect(listLines(['a', 'b', 'c'], (item) => item.toUpperCase(), { cap: 2, fullListIn: '.details' })).toBe('\n  - A\n  - B\n  - …and 1 more (see .details)');
    expect(listLines([], String)).toBe('');
  });
});
