// The events reference: an overview (delivery, envelope, every event, correlation fields) and one page per event.
import type { Contract, EventInfo } from '../contract.js';
import { CORRELATION_FIELDS, type CorrelationCell, correlationCells } from '../emit-docs.js';
import type { JsonObject } from '../json.js';
import { codeBlock, exampleBlock, facts } from './blocks.js';
import { escapeHtml, inlineMarkdown, markdownToHtml, relativeHref } from './html.js';
import { CATEGORY_TITLES, type PageInput, eventPage } from './layout.js';
import { type SchemaContext, fieldTable, provenanceBadge, provenanceOf, schemaIntro, typeLink } from './schema-view.js';

type SiteContract = Omit<Contract, 'inputs'>;

const CELL_HTML: Record<CorrelationCell, string> = { required: '<td class="yes">always</td>', optional: '<td class="maybe">optional</td>', absent: '<td class="no">—</td>' };

export function eventsIndexPage(contract: SiteContract): PageInput {
  const path = 'events/index.html';
  const context: SchemaContext = { schemas: contract.schemas, page: path };
  const headers = contract.schemas.get('PoppWebhookHeaders') as JsonObject;
  const signature = (headers['x-popp-signature'] ?? {}) as JsonObject;
  const info = contract.asyncapi.info as JsonObject;
  const categories = [...new Set(contract.events.map((event) => event.category))];

  const eventTable = (events: EventInfo[]) => `<table class="list">
<thead><tr><th>Event</th><th>recordId is</th><th>What happened</th><th>Provenance</th></tr></thead>
<tbody>${events
    .map((event) => `<tr><td><a href="${relativeHref(path, eventPage(event.type))}"><code>${event.type}</code></a></td><td>${escapeHtml(event.recordIdIs)}</td><td>${inlineMarkdown(event.summary)}</td><td>${provenanceBadge(event.provenance)}</td></tr>`)
    .join('\n')}</tbody></table>`;

  // camelCase names may break before an inner capital, so the matrix fits without scrolling.
  const header = (field: string) => `<th><code>${field.replace(/([a-z])([A-Z])/g, '$1<wbr>$2')}</code></th>`;
  const correlation = `<div class="table-wrap"><table class="matrix">
<thead><tr><th>Event</th>${CORRELATION_FIELDS.map(header).join('')}</tr></thead>
<tbody>${correlationCells(contract)
    .map(({ event, cells }) => `<tr><td><a href="${relativeHref(path, eventPage(event.type))}"><code>${event.type}</code></a></td>${cells.map((cell) => CELL_HTML[cell]).join('')}</tr>`)
    .join('\n')}</tbody></table></div>`;

  const body = `<h1>Webhook events</h1>
<div class="lead">${markdownToHtml(String(info.description ?? ''))}</div>
<h2 id="delivery">Delivery</h2>
<p>Popp sends each event as an HTTP <code>POST</code> to your endpoint, with these headers:</p>
${fieldTable(headers, context)}
<h3 id="signature">Signature</h3>
${facts(Object.entries(signature).map(([key, value]) => [key, escapeHtml(Array.isArray(value) ? value.join(', ') : String(value))]))}
<p>${provenanceBadge(provenanceOf((headers.properties as JsonObject)['x-signature']))} The signature details are this contract's decision; the reason is given with the <code>x-signature</code> header above.</p>
<p>Acknowledge with any <code>2xx</code> status; anything else makes Popp retry the delivery.</p>
<h2 id="envelope">Envelope</h2>
${schemaIntro(contract.schemas.get('PoppWebhookEnvelope') as JsonObject)}
${fieldTable(contract.schemas.get('PoppWebhookEnvelope') as JsonObject, context)}
${categories
  .map((category) => `<h2 id="${category}">${escapeHtml(CATEGORY_TITLES[category] ?? category)}</h2>
${eventTable(contract.events.filter((event) => event.category === category))}`)
  .join('\n')}
<h2 id="correlation">Correlation fields of the Workflow events</h2>
<p>Every Workflow event's <code>data</code> has <code>recordId</code> and <code>organizationId</code>. The other correlation fields are carried or left out per event type; <em>optional</em> means the field may be absent.</p>
${correlation}`;
  return { path, title: 'Webhook events', body };
}

export function eventPageInput(contract: SiteContract, event: EventInfo): PageInput {
  const path = eventPage(event.type);
  const context: SchemaContext = { schemas: contract.schemas, page: path };
  const schema = contract.schemas.get(event.schemaName) as JsonObject;
  const data = contract.schemas.get(event.dataSchemaName) as JsonObject;
  const envelopeFields: JsonObject = { ...schema, properties: Object.fromEntries(Object.entries(schema.properties as JsonObject).filter(([key]) => key !== 'data')) };
  const examples = event.examples
    .map((example, index) => exampleBlock(example.payload, example.name, `Example${event.examples.length > 1 ? ` ${index + 1}` : ''}: ${example.summary || example.name}`))
    .join('\n');
  const snippet = `import { validateEvent } from 'popp-workflow-contract/validators';
import type { ${event.schemaName} } from 'popp-workflow-contract/events';

const result = validateEvent(JSON.parse(rawBody));
if (result.ok && result.event.event === '${event.type}') {
  const event: ${event.schemaName} = result.event;
  console.log(event.data.recordId); // ${event.recordIdIs}
}`;
  const body = `<p class="crumbs"><a href="${relativeHref(path, 'events/index.html')}">Webhook events</a> / <a href="${relativeHref(path, `events/index.html#${event.category}`)}">${escapeHtml(CATEGORY_TITLES[event.category] ?? event.category)}</a></p>
<h1 class="event-title"><code>${event.type}</code></h1>
<p class="subtitle">${escapeHtml(event.title)}</p>
${provenanceBadge(event.provenance, { detail: true })}
<div class="summary">${markdownToHtml(event.description)}</div>
<p class="toc">On this page: <a href="#fields">Fields</a> · <a href="#example">Example payload</a> · <a href="#typescript">In TypeScript</a></p>
${facts([
  ['recordId is', `<strong>${escapeHtml(event.recordIdIs)}</strong>`],
  ['Payload schema', `${typeLink(event.schemaName, context)} · <a href="${relativeHref(path, `schemas/${event.schemaName}.json`)}">JSON Schema</a>`],
  ['data schema', typeLink(event.dataSchemaName, context)],
])}
<h2 id="fields">Fields</h2>
${fieldTable(envelopeFields, context)}
${schemaIntro(data)}
${fieldTable(data, context, 'data.')}
<h2 id="example">Example payload</h2>
${examples}
<h2 id="typescript">In TypeScript</h2>
${codeBlock(snippet, 'Narrow a validated payload to this event', 'ts')}`;
  return { path, title: event.type, body };
}
