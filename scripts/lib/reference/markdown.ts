// The reference as Markdown (generated/docs/): one file per page of the model, GitHub-flavoured tables, explicit
// anchors for sections and fields.
import type { Provenance } from '../contract.js';
import { markdownBanner } from '../header.js';
import type { Block, Cell, EnumTable, FieldRow, Reference, ReferencePage, Sample, Section, UnionMapping } from './model.js';
import { MARKDOWN_PATHS, relativeLink, resolveRefs } from './refs.js';

/**
 * Every page of the reference as Markdown, keyed by path under generated/docs/.
 * @example renderMarkdown(buildReference(contract)).get('events/WORKFLOW_RUN_FAILED.md') // '<!-- generated … -->\n\n# `WORKFLOW_RUN_FAILED` …'
 */
export function renderMarkdown(reference: Reference): Map<string, string> {
  const files = new Map<string, string>();
  for (const page of reference.pages) files.set(MARKDOWN_PATHS.page(page.key), renderPage(page));
  return files;
}

const LABEL: Record<Provenance['status'], string> = { documented: '`documented`', 'partially-documented': '`partially documented`', inferred: '`inferred`' };

/** A provenance badge in Markdown: `documented` — [source](…) — reason. */
export function provenanceMd(provenance: Provenance): string {
  return [LABEL[provenance.status], provenance.source ? `[source](${provenance.source})` : '', provenance.reason ? oneLine(provenance.reason) : ''].filter(Boolean).join(' — ');
}

function renderPage(page: ReferencePage): string {
  const path = MARKDOWN_PATHS.page(page.key);
  const md = (text: string) => resolveRefs(text, MARKDOWN_PATHS, path);
  const out: string[] = [markdownBanner(), ''];
  if (page.crumbs.length > 0) out.push(page.crumbs.map((crumb) => `[${crumb.label}](${relativeLink(MARKDOWN_PATHS, path, crumb.key, crumb.anchor)})`).join(' / '), '');
  out.push(`# ${page.heading}`, '');
  if (page.subtitle) out.push(`*${page.subtitle}*`, '');
  if (page.endpoint) out.push(`\`${page.endpoint.method} ${page.endpoint.path}\` · operationId \`${page.endpoint.operationId}\``, '');
  const blocks = (list: Block[]) => list.map((block) => renderBlock(block, md)).filter((text) => text !== '');
  out.push(...blocks(page.intro).flatMap((text) => [text, '']));
  out.push(...blocks(page.introAside ?? []).flatMap((text) => [text, '']));
  for (const section of page.sections) out.push(...renderSection(section, blocks));
  return `${out.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
}

function renderSection(section: Section, blocks: (list: Block[]) => string[]): string[] {
  const heading = `${'#'.repeat(section.level)} ${section.title}`;
  return [`<a id="${section.id}"></a>`, '', heading, '', ...[...blocks(section.blocks), ...blocks(section.aside ?? [])].flatMap((text) => [text, ''])];
}

function renderBlock(block: Block, md: (text: string) => string): string {
  switch (block.kind) {
    case 'text':
      return md(block.md.trim());
    case 'provenance':
      return `**Provenance**${block.scope ? ` (${md(block.scope)})` : ''}: ${provenanceMd(block.provenance)}`;
    case 'facts':
      return block.rows.map((row) => `- **${row.term}**: ${md(row.md)}`).join('\n');
    case 'fields':
      return fieldsTable(block.rows, md) + (block.rules.length > 0 ? `\n\n${block.rules.map((rule) => `- ${md(rule)}`).join('\n')}` : '');
    case 'enum':
      return enumTableMd(block.table, md);
    case 'union':
      return unionMd(block.union, md);
    case 'table':
      return table(block.head, block.rows.map((row, index) => row.map((cell, column) => (column === 0 && block.rowIds?.[index] ? `<a id="${block.rowIds[index]}"></a>` : '') + cellMd(cell, md))));
    case 'notes':
      return block.notes.length === 0 ? '' : ['> **Notes** (the maintainers\' reasoning)', '>', ...block.notes.map((note) => `> - ${oneLine(md(note))}`)].join('\n');
    case 'list':
      return block.items.map((item) => `- ${md(item)}`).join('\n');
    case 'example':
      return `<a id="${block.id}"></a>${block.caption}\n\n\`\`\`json\n${JSON.stringify(block.value, null, 2)}\n\`\`\``;
    case 'samples':
      return [`<a id="${block.id}"></a>`, ...block.samples.map(sampleMd)].join('\n\n');
    case 'try-it':
      return ''; // needs a server: only the served HTML site has it
  }
}

function sampleMd(sample: Sample): string {
  const fence = { sh: 'sh', ts: 'ts', python: 'python', java: 'java' }[sample.language];
  return `**${sample.label}**: ${sample.caption}\n\n\`\`\`${fence}\n${sample.code}\n\`\`\``;
}

function cellMd(cell: Cell, md: (text: string) => string): string {
  return typeof cell === 'string' ? md(cell) : provenanceMd(cell.provenance);
}

function table(head: string[], rows: string[][]): string {
  if (rows.length === 0) return '';
  const line = (cells: string[]) => `| ${cells.map((cell) => escapeCell(oneLine(cell))).join(' | ')} |`;
  return [line(head), `|${head.map(() => '---').join('|')}|`, ...rows.map(line)].join('\n');
}

function fieldsTable(rows: FieldRow[], md: (text: string) => string): string {
  return table(
    ['Field', 'Type', 'Required', 'Description'],
    rows.map((row) => [`<a id="${row.anchor}"></a>\`${row.path}\``, `${md(row.type)}${row.nullable ? ' or `null`' : ''}`, row.required ? 'yes' : 'no', fieldDescription(row, md)]),
  );
}

/** Everything a field row says besides name, type and presence, in one cell. */
function fieldDescription(row: FieldRow, md: (text: string) => string): string {
  const parts = [md(row.description)];
  if (row.provenance) parts.push(`(${provenanceMd(row.provenance)})`);
  if (row.constraints.length > 0) parts.push(`Constraints: ${row.constraints.map(md).join('; ')}.`);
  if (row.values) parts.push(`Values: ${row.values.values.map((value) => `\`${value.value}\` (${md(value.meaning)}${value.inferred ? ', meaning inferred' : ''})`).join('; ')}.${openEnumNote(row.values)}`);
  if (row.union) parts.push(unionSentence(row.union, md));
  for (const rule of row.strictOnly) parts.push(`**Strict only:** ${md(rule.rule)}. ${md(rule.reason)}`);
  if (row.optionalReading) parts.push(`**Read as optional:** ${md(row.optionalReading)}`);
  return parts.join(' ');
}

function openEnumNote(table: EnumTable): string {
  return table.openDeviation ? ` Tolerant: any other value is accepted and reported as \`${table.openDeviation}\`.` : '';
}

function unionSentence(union: UnionMapping, md: (text: string) => string): string {
  const branches = union.branches.map((branch) => (branch.value ? `\`${branch.value}\` → ${md(branch.type)}` : md(branch.type))).join(', ');
  const unknown = union.unknown ? `; any other \`${union.discriminator}\` → \`${union.unknown.title}\` (tolerant; reported as \`${union.unknown.deviation}\`)` : '';
  return `One of${union.discriminator ? `, by \`${union.discriminator}\`` : ''}: ${branches}${unknown}.`;
}

function enumTableMd(enumTable: EnumTable, md: (text: string) => string): string {
  const rows = enumTable.values.map((value) => [
    `<a id="value-${value.value}"></a>\`${value.value}\``,
    `${md(value.meaning)}${value.inferred ? ' *(inferred)*' : ''}${value.provenance ? ` (${provenanceMd(value.provenance)})` : ''}`,
  ]);
  const notes = [
    enumTable.inferredReason ? `Meanings marked *(inferred)* are ours: ${md(enumTable.inferredReason)}` : '',
    enumTable.openDeviation ? `Under the tolerant profile any other value is accepted and reported as \`${enumTable.openDeviation}\`; the strict profile refuses it.` : '',
  ].filter(Boolean);
  return [table(['Value', 'Meaning'], rows), ...notes].join('\n\n');
}

function unionMd(union: UnionMapping, md: (text: string) => string): string {
  const head = union.discriminator ? [`\`${union.discriminator}\``, 'Type', 'What it is'] : ['Type', 'What it is'];
  const rows = union.branches.map((branch) => (union.discriminator ? [`\`${branch.value ?? ''}\``, md(branch.type), md(branch.description)] : [md(branch.type), md(branch.description)]));
  if (union.unknown) rows.push(['any other value', `\`${union.unknown.title}\``, `${md(union.unknown.description)} Strict refuses it; tolerant accepts it and reports \`${union.unknown.deviation}\`.`]);
  return table(head, rows);
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function escapeCell(text: string): string {
  return text.replace(/\|/g, '\\|');
}
