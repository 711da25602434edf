// The reference model (scripts/lib/reference/) and its two renderings: the Markdown in generated/docs/ and the
// HTML site carry the same pages, anchors and facts, because both render the one model.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeDocuments } from '../../scripts/lib/contract.js';
import type { JsonObject } from '../../scripts/lib/json.js';
import { enumTable } from '../../scripts/lib/reference/fields.js';
import { renderMarkdown } from '../../scripts/lib/reference/markdown.js';
import { buildReference } from '../../scripts/lib/reference/pages.js';
import { MARKDOWN_PATHS, SITE_PATHS } from '../../scripts/lib/reference/refs.js';
import { linkProse } from '../../scripts/lib/reference/relations.js';
import { renderSite } from '../../scripts/lib/site/build.js';
import { GENERATED, readJson } from '../helpers/contract.js';

const contract = describeDocuments(readJson<JsonObject>(join(GENERATED, 'asyncapi.json')), readJson<JsonObject>(join(GENERATED, 'openapi.json')));
const reference = buildReference(contract);
const markdown = renderMarkdown(reference);
const site = renderSite().files;
const anchorsIn = (text: string) => new Set([...text.matchAll(/ id="([^"]+)"/g)].map((match) => match[1] as string));

describe('the reference model', () => {
  it('renders every page both ways, with the same field, parameter, value and section anchors', () => {
    for (const page of reference.pages) {
      const md = markdown.get(MARKDOWN_PATHS.page(page.key)) as string;
      const html = site.get(SITE_PATHS.page(page.key)) as string;
      expect(md, page.key).toBeDefined();
      expect(html, page.key).toBeDefined();
      const wanted = [...anchorsIn(md)];
      expect(wanted.length, page.key).toBeGreaterThan(0);
      const inHtml = anchorsIn(html);
      expect(wanted.filter((anchor) => !inHtml.has(anchor)), page.key).toEqual([]);
    }
    expect(generatedDocs()).toEqual([...markdown.keys()].sort());
  });

  it('gives every enum value of every page a meaning, and refuses an enum value without one', () => {
    const cells = [...markdown.values()].flatMap((text) => [...text.matchAll(/^\| <a id="value-[^"]+"><\/a>`[^`]+` \| (.*) \|$/gm)].map((match) => match[1] as string));
    const values = [...contract.schemas.values()].reduce((count, schema) => count + (Array.isArray(schema.enum) ? schema.enum.length : 0), 0);
    expect(cells.length).toBe(values);
    expect(cells.filter((cell) => cell.trim() === '')).toEqual([]);
    const schema = { enum: ['A', 'B'], 'x-popp-enum-descriptions': { A: 'The first.' } } as JsonObject;
    expect(() => enumTable(contract, schema, { incoming: true, where: 'Example' })).toThrow('Example: enum value B has no meaning in x-popp-enum-descriptions');
  });

  it('marks inferred meanings and shows the open enum and the unknown outcome kind of the tolerant profile', () => {
    const trafficLight = markdown.get('types/TrafficLight.md') as string;
    expect(trafficLight).toContain('| <a id="value-GREEN"></a>`GREEN` | A good answer for this question. *(inferred)* |');
    expect(trafficLight).toContain('any other value is accepted and reported as `unknown-enum-value`');
    const union = markdown.get('types/NodeOutcomeDetail.md') as string;
    expect(union).toContain('| `conversation` | [`ConversationOutcome`](ConversationOutcome.md) |');
    expect(union).toContain('| any other value | `UnknownOutcome` |');
    expect(markdown.get('types/WorkflowErrorCode.md')).toContain("> **Notes** (the maintainers' reasoning)");
  });

  it('shows response and body-schema provenance on operation pages, and strict-only rules with their reasons', () => {
    const start = markdown.get('operations/startWorkflowRuns.md') as string;
    expect(start).toContain('**Provenance** (Response 202): `inferred`');
    expect(start).toContain('**Provenance** (Body [`StartWorkflowRunsResponse`](../types/StartWorkflowRunsResponse.md)): `documented`');
    const failed = markdown.get('events/WORKFLOW_RUN_FAILED.md') as string;
    expect(failed).toMatch(/`data\.errorCode`.*\*\*Strict only:\*\* presence \(required\)\. The field table gives errorCode no presence rule/);
    expect(markdown.get('validation-policy.md')).toContain('| <a id="rule-open-kinds"></a>`open-kinds` |');
  });

  it('links the events an operation names, and each event to the operation that causes it', () => {
    expect(linkProse(contract, 'announced by the WORKFLOW_PUBLISHED webhook')).toBe('announced by the [`WORKFLOW_PUBLISHED`](ref:event/WORKFLOW_PUBLISHED) webhook');
    expect(linkProse(contract, 'see `WORKFLOW_PUBLISHED` and [x](https://example.com/WORKFLOW_PUBLISHED)', 'event/WORKFLOW_PUBLISHED')).toBe('see `WORKFLOW_PUBLISHED` and [x](https://example.com/WORKFLOW_PUBLISHED)');
    expect(markdown.get('operations/cancelWorkflowRun.md')).toContain('[`WORKFLOW_RUN_CANCELLED`](../events/WORKFLOW_RUN_CANCELLED.md)');
    expect(markdown.get('events/WORKFLOW_RUN_CANCELLED.md')).toContain('Announces the outcome of [Cancel a workflow run](../operations/cancelWorkflowRun.md)');
    expect(markdown.get('events/WORKFLOW_RUN_COMPLETED.md')).toContain('Part of the lifecycle that [Start workflow runs](../operations/startWorkflowRuns.md)');
  });
});

function generatedDocs(): string[] {
  const files = readJson<{ outputs?: Record<string, string> }>(join(GENERATED, 'manifest.json'));
  return Object.keys(files.outputs ?? {}).filter((file) => file.startsWith('docs/')).map((file) => file.slice('docs/'.length)).sort();
}
