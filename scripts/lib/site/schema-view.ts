// Schemas as HTML: types with links to their pages, field tables with required / nullable marks, enum values
// and provenance badges.
import type { Provenance } from '../contract.js';
import { refName } from '../contract.js';
import { type Json, type JsonObject, isObject } from '../json.js';
import { escapeHtml, inlineMarkdown, markdownToHtml, relativeHref } from './html.js';

export interface SchemaContext {
  schemas: Map<string, JsonObject>;
  /** The page being rendered, relative to the site root (links are made relative to it). */
  page: string;
}

export function typePage(name: string): string {
  return `types/${name}.html`;
}

export function typeLink(name: string, context: SchemaContext): string {
  return `<a class="type-link" href="${relativeHref(context.page, typePage(name))}"><code>${escapeHtml(name)}</code></a>`;
}

const PROVENANCE_LABEL: Record<Provenance['status'], string> = {
  documented: 'documented',
  'partially-documented': 'partially documented',
  inferred: 'inferred',
};

/** A provenance badge; the reason (or the docs page) goes into its title and, with `detail`, next to it. */
export function provenanceBadge(provenance: Provenance | undefined, options: { detail?: boolean } = {}): string {
  if (!provenance) return '';
  const title = provenance.reason ?? (provenance.source ? `Stated by Popp's docs: ${provenance.source}` : '');
  const badge = `<span class="badge prov-${provenance.status}" title="${escapeHtml(title)}">${PROVENANCE_LABEL[provenance.status]}</span>`;
  if (!options.detail) return badge;
  const source = provenance.source ? ` <a href="${escapeHtml(provenance.source)}" rel="noopener">source</a>` : '';
  const reason = provenance.reason ? `<span class="prov-reason">${inlineMarkdown(provenance.reason)}</span>` : '';
  return `<div class="provenance">${badge}${source}${reason}</div>`;
}

export function provenanceOf(node: Json | undefined): Provenance | undefined {
  return isObject(node) ? (node['x-popp-provenance'] as unknown as Provenance | undefined) : undefined;
}

/** Whether a property accepts null: `type: [..., 'null']` or `anyOf: [..., {type: 'null'}]`. */
export function isNullable(node: Json): boolean {
  if (!isObject(node)) return false;
  if (Array.isArray(node.type) && node.type.includes('null')) return true;
  return Array.isArray(node.anyOf) && node.anyOf.some((branch) => isObject(branch) && branch.type === 'null');
}

/** A schema's type as HTML, without `null` (that is shown as its own mark): `string (date-time)`, `NodeOutcome[]`. */
export function typeHtml(node: Json, context: SchemaContext): string {
  if (!isObject(node)) return '<code>any</code>';
  const referenced = refName(node);
  if (referenced) return typeLink(referenced, context);
  if ('const' in node) return `<code class="const">${escapeHtml(JSON.stringify(node.const))}</code>`;
  const union = (Array.isArray(node.anyOf) ? node.anyOf : Array.isArray(node.oneOf) ? node.oneOf : undefined)?.filter(
    (branch) => !(isObject(branch) && branch.type === 'null'),
  );
  if (union) return union.map((branch) => typeHtml(branch, context)).join(' <span class="or">|</span> ');
  if (Array.isArray(node.enum)) return `<code>${typeof node.enum[0] === 'number' ? 'number' : 'string'}</code> enum`;
  const types = (Array.isArray(node.type) ? node.type : node.type === undefined ? ['any'] : [node.type]).filter((type) => type !== 'null');
  return types
    .map((type) => {
      if (type === 'array') {
        const items = node.items as Json;
        const simple = isObject(items) && typeof items.type === 'string' && !refName(items) && !items.format && !items.enum;
        return simple ? `<code>${escapeHtml(String(items.type))}[]</code>` : `${typeHtml(items, context)}<code>[]</code>`;
      }
      if (type === 'string' && typeof node.format === 'string') return `<code>string</code> <span class="format">${escapeHtml(node.format)}</span>`;
      return `<code>${escapeHtml(String(type))}</code>`;
    })
    .join(' <span class="or">|</span> ');
}

/** The enum values a property allows (directly, through a reference, or in a nullable wrapper). */
export function enumValuesOf(node: Json, schemas: Map<string, JsonObject>): { values: Json[]; descriptions: JsonObject } | undefined {
  if (!isObject(node)) return undefined;
  const referenced = refName(node);
  const target = referenced ? schemas.get(referenced) : node;
  if (target && Array.isArray(target.enum)) return { values: target.enum, descriptions: (target['x-popp-enum-descriptions'] ?? {}) as JsonObject };
  if (Array.isArray(node.anyOf)) {
    for (const branch of node.anyOf) {
      const found = enumValuesOf(branch, schemas);
      if (found) return found;
    }
  }
  if (isObject(node.items)) return enumValuesOf(node.items, schemas);
  return undefined;
}

/** Constraints worth a reader's eye: ranges, lengths, patterns, defaults. */
function constraints(node: JsonObject): string[] {
  const out: string[] = [];
  if (node.minimum !== undefined || node.maximum !== undefined) out.push(`${node.minimum ?? '…'} to ${node.maximum ?? '…'}`);
  if (node.minLength !== undefined) out.push(`min length ${String(node.minLength)}`);
  if (node.maxLength !== undefined) out.push(`max length ${String(node.maxLength)}`);
  if (node.minItems !== undefined) out.push(`min items ${String(node.minItems)}`);
  if (node.maxItems !== undefined) out.push(`max items ${String(node.maxItems)}`);
  if (typeof node.pattern === 'string') out.push(`pattern <code>${escapeHtml(node.pattern)}</code>`);
  if (node.default !== undefined) out.push(`default <code>${escapeHtml(JSON.stringify(node.default))}</code>`);
  return out;
}

interface Row {
  path: string;
  depth: number;
  node: JsonObject;
  required: boolean;
}

/** The rows of an object schema, expanding inline objects (named ones are linked, not repeated). */
function rows(schema: JsonObject, prefix: string, depth: number): Row[] {
  const required = (schema.required ?? []) as string[];
  const out: Row[] = [];
  for (const [field, definition] of Object.entries((schema.properties ?? {}) as JsonObject)) {
    if (!isObject(definition)) continue;
    const path = `${prefix}${field}`;
    out.push({ path, depth, node: definition, required: required.includes(field) });
    if (!refName(definition) && isObject(definition.properties)) out.push(...rows(definition, `${path}.`, depth + 1));
    const items = definition.items;
    if (isObject(items) && !refName(items) && isObject(items.properties)) out.push(...rows(items, `${path}[].`, depth + 1));
  }
  return out;
}

/**
 * A table of an object schema's fields: name, type, required or optional, nullable, enum values,
 * constraints, description and field-level provenance.
 */
export function fieldTable(schema: JsonObject, context: SchemaContext, prefix = ''): string {
  if (Array.isArray(schema.oneOf)) {
    return `<p>One of: ${schema.oneOf.map((branch) => typeHtml(branch, context)).join(', ')}.</p>`;
  }
  const body = rows(schema, prefix, 0).map((row) => {
    const node = row.node;
    const referenced = refName(node);
    const description = String(node.description ?? (referenced ? (context.schemas.get(referenced)?.description ?? '') : ''));
    const enumValues = enumValuesOf(node, context.schemas);
    const marks = [
      row.required ? '<span class="badge req">required</span>' : '<span class="badge opt">optional</span>',
      isNullable(node) ? '<span class="badge nullable">nullable</span>' : '',
    ].join('');
    const union = referenced ? context.schemas.get(referenced)?.oneOf : undefined;
    const extra = [
      Array.isArray(union) ? `<div class="union">one of ${union.map((branch) => typeHtml(branch, context)).join(' ')}</div>` : '',
      enumValues ? `<div class="enum">${enumValues.values.map((value) => `<code title="${escapeHtml(String(enumValues.descriptions[String(value)] ?? ''))}">${escapeHtml(String(value))}</code>`).join(' ')}</div>` : '',
      constraints(node).length > 0 ? `<div class="constraints">${constraints(node).join(' · ')}</div>` : '',
    ].join('');
    return `<tr>
  <td class="field" style="--depth:${row.depth}"><code>${escapeHtml(row.path)}</code></td>
  <td class="type">${typeHtml(node, context)}${extra}</td>
  <td class="marks">${marks}</td>
  <td class="desc">${inlineMarkdown(description)}${provenanceBadge(provenanceOf(node), { detail: true })}</td>
</tr>`;
  });
  return `<table class="fields">
<thead><tr><th>Field</th><th>Type</th><th></th><th>Description</th></tr></thead>
<tbody>
${body.join('\n')}
</tbody>
</table>`;
}

/** A schema's description and provenance, as the head of a section. */
export function schemaIntro(schema: JsonObject): string {
  return `${schema.description ? markdownToHtml(String(schema.description)) : ''}${provenanceBadge(provenanceOf(schema), { detail: true })}`;
}
