// One page per named schema (linked from every field that uses it), and an index of them.
import type { Contract } from '../contract.js';
import { type JsonObject, isObject } from '../json.js';
import { directReferences } from '../schemas.js';
import { facts } from './blocks.js';
import { escapeHtml, inlineMarkdown, relativeHref } from './html.js';
import { type PageInput, eventPage, operationPage } from './layout.js';
import { type SchemaContext, fieldTable, provenanceBadge, provenanceOf, schemaIntro, typeHtml, typeLink, typePage } from './schema-view.js';

type SiteContract = Omit<Contract, 'inputs'>;

function kindOf(schema: JsonObject): string {
  if (Array.isArray(schema.enum)) return 'enum';
  if (Array.isArray(schema.oneOf)) return 'union';
  if (isObject(schema.properties)) return 'object';
  return String(schema.type ?? 'any');
}

/**
 * For every schema, the other schemas that reference it directly, in the contract's order: built once for all
 * type pages instead of walking every schema on each page.
 * @example referrersOf(contract.schemas).get('NodeOutcome') // ['WorkflowRun', 'WorkflowRunCancelledData', 'WorkflowRunCompletedData', 'WorkflowRunFailedData']
 */
export function referrersOf(schemas: Map<string, JsonObject>): Map<string, string[]> {
  const referrers = new Map<string, string[]>();
  for (const [other, schema] of schemas) {
    for (const name of directReferences(schema)) {
      if (name === other) continue;
      const list = referrers.get(name) ?? [];
      list.push(other);
      referrers.set(name, list);
    }
  }
  return referrers;
}

/** Where a schema is used: other schemas, events and operations that reference it. */
function usedBy(name: string, contract: SiteContract, referrers: Map<string, string[]>, page: string): string[] {
  const context: SchemaContext = { schemas: contract.schemas, page };
  const links: string[] = [];
  for (const event of contract.events) {
    if (event.schemaName === name) links.push(`<a href="${relativeHref(page, eventPage(event.type))}"><code>${event.type}</code></a> (payload)`);
  }
  for (const operation of contract.operations) {
    const inRequest = operation.requestSchemaName === name;
    const inResponses = operation.responses.filter((response) => response.schemaName === name).map((response) => response.status);
    if (inRequest || inResponses.length > 0) {
      const where = [inRequest ? 'request' : '', ...inResponses].filter(Boolean).join(', ');
      links.push(`<a href="${relativeHref(page, operationPage(operation.operationId))}">${escapeHtml(operation.summary)}</a> (${where})`);
    }
  }
  for (const other of referrers.get(name) ?? []) links.push(typeLink(other, context));
  return links;
}

/**
 * The page of schema `name`; `referrers` is referrersOf(contract.schemas), shared by every type page.
 * @example typePageInput(contract, 'NodeOutcome', referrersOf(contract.schemas)).path // 'types/NodeOutcome.html'
 */
export function typePageInput(contract: SiteContract, name: string, referrers: Map<string, string[]>): PageInput {
  const path = typePage(name);
  const context: SchemaContext = { schemas: contract.schemas, page: path };
  const schema = contract.schemas.get(name) as JsonObject;
  const kind = kindOf(schema);
  let detail: string;
  if (kind === 'enum') {
    const descriptions = (schema['x-popp-enum-descriptions'] ?? {}) as JsonObject;
    detail = `<table class="list"><thead><tr><th>Value</th><th>Meaning</th></tr></thead><tbody>${(schema.enum as unknown[])
      .map((value) => `<tr><td><code>${escapeHtml(String(value))}</code></td><td>${inlineMarkdown(String(descriptions[String(value)] ?? ''))}</td></tr>`)
      .join('')}</tbody></table>`;
  } else if (kind === 'object' || kind === 'union') {
    detail = fieldTable(schema, context);
  } else {
    detail = `<p>Type: ${typeHtml(schema, context)}</p>`;
  }
  const known = schema['x-popp-known-values'];
  const knownValues = isObject(known)
    ? `<h2>Known values</h2><table class="list"><tbody>${Object.entries(known).map(([value, meaning]) => `<tr><td><code>${escapeHtml(value)}</code></td><td>${inlineMarkdown(String(meaning))}</td></tr>`).join('')}</tbody></table>`
    : '';
  const users = usedBy(name, contract, referrers, path);
  const body = `<p class="crumbs"><a href="${relativeHref(path, 'types/index.html')}">Types</a></p>
<h1><code>${escapeHtml(name)}</code> <span class="kind">${kind}</span></h1>
${schemaIntro(schema)}
${facts([['JSON Schema', `<a href="${relativeHref(path, `schemas/${name}.json`)}">schemas/${escapeHtml(name)}.json</a> (self-contained, Draft 2020-12)`]])}
${detail}
${knownValues}
${users.length > 0 ? `<h2>Used by</h2><ul class="used-by">${users.map((link) => `<li>${link}</li>`).join('')}</ul>` : ''}`;
  return { path, title: name, body };
}

export function typesIndexPage(contract: SiteContract): PageInput {
  const path = 'types/index.html';
  const context: SchemaContext = { schemas: contract.schemas, page: path };
  const rows = [...contract.schemas.entries()]
    .map(([name, schema]) => `<tr><td>${typeLink(name, context)}</td><td>${kindOf(schema)}</td><td>${inlineMarkdown(String(schema.description ?? '').split(/(?<=\.)\s/)[0] ?? '')}</td><td>${provenanceBadge(provenanceOf(schema))}</td></tr>`)
    .join('\n');
  const body = `<h1>Types</h1>
<p>Every named schema of the contract. Each is also a self-contained JSON Schema file under <a href="${relativeHref(path, 'schemas/index.json')}">schemas/</a>.</p>
<table class="list"><thead><tr><th>Name</th><th>Kind</th><th>Description</th><th>Provenance</th></tr></thead><tbody>
${rows}
</tbody></table>`;
  return { path, title: 'Types', body };
}
