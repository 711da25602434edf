// The reference model's pages as HTML: the same blocks the Markdown renders, laid out for a browser. Sections
// with examples or samples become two columns on wide screens (the aside stays beside the fields it illustrates).
import type { Provenance } from '../contract.js';
import type { Block, Cell, EnumTable, FieldRow, ReferencePage, Sample, SampleRequest, Section, UnionMapping } from '../reference/model.js';
import { SITE_PATHS, relativeLink } from '../reference/refs.js';
import { highlightCode, highlightJson } from './highlight.js';
import { type LinkContext, breakable, escapeHtml, inlineHtml, markdownHtml } from './html.js';

const PROVENANCE_LABEL: Record<Provenance['status'], string> = { documented: 'documented', 'partially-documented': 'partially documented', inferred: 'inferred' };

/** A provenance badge; with `detail`, the docs page and the reason beside it. */
export function badge(provenance: Provenance, context: LinkContext, options: { detail?: boolean; scope?: string } = {}): string {
  const title = provenance.reason ?? (provenance.source ? `Stated by Popp's docs: ${provenance.source}` : '');
  const html = `<span class="badge prov-${provenance.status}"${title ? ` title="${escapeHtml(title.replace(/\s+/g, ' ').trim())}"` : ''}>${PROVENANCE_LABEL[provenance.status]}</span>`;
  if (!options.detail) return html;
  const scope = options.scope ? `<span class="scope">${inlineHtml(options.scope, context)}</span> ` : '';
  const source = provenance.source ? ` <a href="${escapeHtml(provenance.source)}" rel="noopener">source</a>` : '';
  const reason = provenance.reason ? `<span class="prov-reason">${inlineHtml(provenance.reason, context)}</span>` : '';
  return `<div class="provenance">${scope}${html}${source}${reason}</div>`;
}

/** The `<main>` content of a page. */
export function renderMain(page: ReferencePage): string {
  const path = SITE_PATHS.page(page.key);
  const context: LinkContext = { scheme: SITE_PATHS, page: path };
  const crumbs = page.crumbs.length > 0 ? `<p class="crumbs">${page.crumbs.map((crumb) => `<a href="${relativeLink(SITE_PATHS, path, crumb.key, crumb.anchor)}">${escapeHtml(crumb.label)}</a>`).join(' / ')}</p>` : '';
  const endpoint = page.endpoint
    ? `<p class="endpoint"><span class="method method-${page.endpoint.method.toLowerCase()}">${page.endpoint.method}</span> <code>${breakable(escapeHtml(page.endpoint.path))}</code> <span class="muted">operationId <code>${page.endpoint.operationId}</code></span></p>`
    : '';
  const head = `<header class="page-head">${crumbs}<h1 id="top">${inlineHtml(page.heading, context)}</h1>${page.subtitle ? `<p class="subtitle">${escapeHtml(page.subtitle)}</p>` : ''}${endpoint}</header>`;
  const intro = pair(blocksHtml(page.intro, context), blocksHtml(page.introAside ?? [], context), 'intro');
  const toc = page.sections.filter((section) => section.level === 2);
  const nav = toc.length > 2 ? `<nav class="toc" aria-label="On this page"><span>On this page:</span> ${toc.map((section) => `<a href="#${section.id}">${escapeHtml(section.title)}</a>`).join(' · ')}</nav>` : '';
  return `<article class="page page-${page.kind}">
${head}
${intro}
${nav}
${page.sections.map((section) => sectionHtml(section, context)).join('\n')}
</article>`;
}

function pair(main: string, aside: string, extraClass = ''): string {
  if (!aside) return `<div class="single ${extraClass}">${main}</div>`;
  return `<div class="pair ${extraClass}"><div class="main-col">${main}</div><div class="side-col">${aside}</div></div>`;
}

function sectionHtml(section: Section, context: LinkContext): string {
  const tag = `h${section.level}`;
  const body = pair(blocksHtml(section.blocks, context), blocksHtml(section.aside ?? [], context));
  // A folded section's title is its summary, which may hold no link.
  if (section.folded) return `<details class="response" id="${section.id}"><summary><${tag}>${escapeHtml(section.title)}</${tag}></summary>${body}</details>`;
  const title = `<${tag}>${escapeHtml(section.title)}<a class="anchor" href="#${section.id}" aria-label="Link to ${escapeHtml(section.title)}">#</a></${tag}>`;
  return `<section id="${section.id}" class="level-${section.level}">${title}${body}</section>`;
}

function blocksHtml(blocks: Block[], context: LinkContext): string {
  return blocks.map((block) => blockHtml(block, context)).filter(Boolean).join('\n');
}

function blockHtml(block: Block, context: LinkContext): string {
  switch (block.kind) {
    case 'text':
      return block.md.trim() ? `<div class="prose">${markdownHtml(block.md, context)}</div>` : '';
    case 'provenance':
      return badge(block.provenance, context, { detail: true, ...(block.scope ? { scope: `${block.scope}:` } : {}) });
    case 'facts':
      return `<dl class="facts">${block.rows.map((row) => `<dt>${escapeHtml(row.term)}</dt><dd>${inlineHtml(row.md, context)}</dd>`).join('')}</dl>`;
    case 'fields':
      return fieldsHtml(block.rows, context) + (block.rules.length > 0 ? `<ul class="rules">${block.rules.map((rule) => `<li>${inlineHtml(rule, context)}</li>`).join('')}</ul>` : '');
    case 'enum':
      return enumHtml(block.table, context);
    case 'union':
      return unionHtml(block.union, context);
    case 'table':
      return tableHtml(block.head, block.rows, context, { ...(block.rowIds ? { rowIds: block.rowIds } : {}), className: block.variant ?? 'list' });
    case 'notes':
      return block.notes.length === 0
        ? ''
        : `<div class="notes" role="note"><p class="notes-title">Notes <span>the maintainers' reasoning</span></p><ul>${block.notes.map((note) => `<li>${inlineHtml(note, context)}</li>`).join('')}</ul></div>`;
    case 'list':
      return `<ul class="${block.variant ?? 'plain'}">${block.items.map((item) => `<li>${inlineHtml(item, context)}</li>`).join('')}</ul>`;
    case 'example':
      return `<figure class="code example-figure" id="${block.id}"><figcaption><span>${escapeHtml(block.caption)}</span><button type="button" class="copy">Copy</button></figcaption><pre class="example" data-example="${escapeHtml(block.id)}" tabindex="0"><code>${highlightJson(block.value)}</code></pre></figure>`;
    case 'samples':
      return samplesHtml(block.id, block.samples);
    case 'try-it':
      return tryItHtml(block.request);
  }
}

function tableHtml(head: string[], rows: Cell[][], context: LinkContext, options: { rowIds?: string[]; className: string }): string {
  if (rows.length === 0) return '';
  const cell = (value: Cell) => (typeof value === 'string' ? inlineHtml(value, context) : badge(value.provenance, context));
  return `<div class="table-wrap" tabindex="0" role="region" aria-label="${escapeHtml(head.join(', '))}"><table class="${options.className}"><thead><tr>${head.map((text) => `<th scope="col">${inlineHtml(text, context)}</th>`).join('')}</tr></thead><tbody>${rows
    .map((row, index) => `<tr${options.rowIds?.[index] ? ` id="${options.rowIds[index]}"` : ''}>${row.map((value) => `<td>${cell(value)}</td>`).join('')}</tr>`)
    .join('\n')}</tbody></table></div>`;
}

function fieldsHtml(rows: FieldRow[], context: LinkContext): string {
  if (rows.length === 0) return '';
  const body = rows.map((row) => {
    const marks = `${row.required ? '<span class="badge req">required</span>' : '<span class="badge opt">optional</span>'}${row.nullable ? '<span class="badge nullable">nullable</span>' : ''}${row.strictOnly.length > 0 ? '<span class="badge strict">strict-only rule</span>' : ''}`;
    const details = [
      row.description.trim() ? `<div class="prose">${markdownHtml(row.description, context)}</div>` : '',
      row.provenance ? badge(row.provenance, context, { detail: true }) : '',
      row.constraints.length > 0 ? `<p class="constraints">${row.constraints.map((constraint) => inlineHtml(constraint, context)).join(' · ')}</p>` : '',
      row.values ? enumHtml(row.values, context, { compact: true }) : '',
      row.union ? unionHtml(row.union, context, { compact: true }) : '',
      ...row.strictOnly.map((rule) => `<p class="strict-only"><strong>Strict only:</strong> ${inlineHtml(rule.rule, context)}. ${inlineHtml(rule.reason, context)}</p>`),
      row.optionalReading ? `<p class="strict-only"><strong>Read as optional:</strong> ${inlineHtml(row.optionalReading, context)}</p>` : '',
    ].join('');
    return `<tr id="${row.anchor}" style="--depth:${row.depth}"><td class="field"><a class="anchor" href="#${row.anchor}" aria-label="Link to ${escapeHtml(row.path)}">#</a><code class="path">${breakable(escapeHtml(row.path))}</code><div class="marks">${marks}</div></td><td class="desc"><div class="type">${inlineHtml(row.type, context)}</div>${details}</td></tr>`;
  });
  return `<div class="table-wrap fields-wrap"><table class="fields"><thead><tr><th scope="col">Field</th><th scope="col">Type and description</th></tr></thead><tbody>
${body.join('\n')}
</tbody></table></div>`;
}

function enumHtml(table: EnumTable, context: LinkContext, options: { compact?: boolean } = {}): string {
  const rows = table.values
    .map(
      (value) =>
        `<tr${options.compact ? '' : ` id="value-${escapeHtml(value.value)}"`}><td><code>${breakable(escapeHtml(value.value))}</code></td><td>${inlineHtml(value.meaning, context)}${value.inferred ? ' <span class="badge prov-inferred" title="The docs give no meaning; this one is ours.">inferred</span>' : ''}${value.provenance ? badge(value.provenance, context, { detail: true }) : ''}</td></tr>`,
    )
    .join('');
  const notes = [
    table.inferredReason ? `<p class="enum-note"><span class="badge prov-inferred">inferred</span> meanings: ${inlineHtml(table.inferredReason, context)}</p>` : '',
    table.openDeviation ? `<p class="enum-note">Tolerant profile: any other value is accepted and reported as <code>${escapeHtml(table.openDeviation)}</code>; strict refuses it.</p>` : '',
  ].join('');
  return `<div class="enum${options.compact ? ' compact' : ''}"><table class="values"><thead><tr><th scope="col">Value</th><th scope="col">Meaning</th></tr></thead><tbody>${rows}</tbody></table>${notes}</div>`;
}

function unionHtml(union: UnionMapping, context: LinkContext, options: { compact?: boolean } = {}): string {
  const discriminator = union.discriminator;
  const rows = union.branches.map(
    (branch) => `<tr>${discriminator ? `<td><code>${escapeHtml(branch.value ?? '')}</code></td>` : ''}<td>${inlineHtml(branch.type, context)}</td>${options.compact ? '' : `<td>${inlineHtml(branch.description, context)}</td>`}</tr>`,
  );
  if (union.unknown) {
    const meaning = `${inlineHtml(union.unknown.description, context)} Strict refuses it; tolerant accepts it and reports <code>${escapeHtml(union.unknown.deviation)}</code>.`;
    rows.push(`<tr class="unknown">${discriminator ? '<td>any other value</td>' : ''}<td><code>${escapeHtml(union.unknown.title)}</code>${options.compact ? `<div class="muted">${meaning}</div>` : ''}</td>${options.compact ? '' : `<td>${meaning}</td>`}</tr>`);
  }
  const head = [...(discriminator ? [`<code>${escapeHtml(discriminator)}</code>`] : []), 'Type', ...(options.compact ? [] : ['What it is'])];
  const lead = options.compact ? `<p class="union-lead">One of${discriminator ? `, by <code>${escapeHtml(discriminator)}</code>` : ''}:</p>` : '';
  return `<div class="union">${lead}<table class="values"><thead><tr>${head.map((text) => `<th scope="col">${text}</th>`).join('')}</tr></thead><tbody>${rows.join('')}</tbody></table></div>`;
}

/**
 * The "send it to the sandbox" panel: hidden, and shown by the page's script only when the server that serves
 * the site says it has a sandbox behind it (`try-it.json`, written by `npm run docs -- --serve --sandbox`).
 */
function tryItHtml(request: SampleRequest): string {
  return `<div class="try-it" hidden data-request="${escapeHtml(JSON.stringify(request))}"><p><button type="button" class="try-send">Send this request to the local sandbox</button> <code>${escapeHtml(`${request.method} ${request.url}`)}</code></p><p class="try-status" role="status"></p><pre class="try-answer" tabindex="0" hidden><code></code></pre></div>`;
}

/** Code samples as tabs (the chosen language is remembered across pages); every panel is in the page. */
function samplesHtml(id: string, samples: Sample[]): string {
  const slugOf = (sample: Sample) => sample.label.toLowerCase();
  const tabs = samples
    .map((sample, index) => `<button type="button" role="tab" id="${id}-tab-${slugOf(sample)}" aria-controls="${id}-panel-${slugOf(sample)}" aria-selected="${index === 0}" tabindex="${index === 0 ? 0 : -1}" data-lang="${slugOf(sample)}">${escapeHtml(sample.label)}</button>`)
    .join('');
  const panels = samples
    .map(
      (sample, index) =>
        `<div role="tabpanel" id="${id}-panel-${slugOf(sample)}" aria-labelledby="${id}-tab-${slugOf(sample)}" data-lang="${slugOf(sample)}"${index === 0 ? '' : ' hidden'}><figure class="code"><figcaption><span>${escapeHtml(sample.caption)}</span><button type="button" class="copy">Copy</button></figcaption><pre class="lang-${sample.language}" tabindex="0"><code>${highlightCode(sample.code)}</code></pre></figure></div>`,
    )
    .join('');
  return `<div class="samples" id="${id}"><div class="tabs" role="tablist" aria-label="Code samples">${tabs}</div>${panels}</div>`;
}
