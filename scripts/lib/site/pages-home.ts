// The landing page: what the reference covers, what the provenance badges mean, what can be downloaded.
import type { Contract } from '../contract.js';
import type { JsonObject } from '../json.js';
import { escapeHtml, relativeHref } from './html.js';
import { type PageInput, eventPage, operationPage } from './layout.js';
import { provenanceBadge } from './schema-view.js';

type SiteContract = Omit<Contract, 'inputs'>;

export function homePage(contract: SiteContract): PageInput {
  const path = 'index.html';
  const link = (to: string) => relativeHref(path, to);
  const workflow = contract.events.filter((event) => event.category === 'workflow');
  const api = contract.openapi.info as JsonObject;
  const webhooks = contract.asyncapi.info as JsonObject;
  const body = `<h1>Popp Workflow contract reference</h1>
<p class="lead">The webhooks Popp sends and the workflow REST endpoints you call, generated from the specs of
<code>popp-workflow-contract</code> (${escapeHtml(String(webhooks.title))} ${escapeHtml(String(webhooks.version))},
${escapeHtml(String(api.title))} ${escapeHtml(String(api.version))}).</p>
<div class="cards">
<a class="card" href="${link('events/index.html')}"><strong>Webhook events</strong><span>${contract.events.length} event types, ${workflow.length} of them Workflow events: fields, recordId, example payloads.</span></a>
<a class="card" href="${link('api/index.html')}"><strong>REST API</strong><span>${contract.operations.length} operations: parameters, bodies, responses, error codes, curl and typed-client samples.</span></a>
<a class="card" href="${link('types/index.html')}"><strong>Types</strong><span>${contract.schemas.size} named schemas, each also a standalone JSON Schema file.</span></a>
</div>
<h2>Workflow events</h2>
<ul class="columns">${workflow.map((event) => `<li><a href="${link(eventPage(event.type))}"><code>${event.type}</code></a></li>`).join('')}</ul>
<h2>Operations</h2>
<ul>${contract.operations.map((operation) => `<li><a href="${link(operationPage(operation.operationId))}">${escapeHtml(operation.summary)}</a> <span class="muted"><code>${operation.method} ${escapeHtml(operation.path)}</code></span></li>`).join('')}</ul>
<h2>Provenance</h2>
<p>Popp's docs do not state everything a contract needs. Every event, operation, schema and some fields carry a badge:</p>
<table class="list"><tbody>
<tr><td>${provenanceBadge({ status: 'documented', source: 'https://docs.joinpopp.com/' })}</td><td>Stated by Popp's docs; the source page is linked.</td></tr>
<tr><td>${provenanceBadge({ status: 'partially-documented', reason: 'Only part of it is published.' })}</td><td>Only part is published; what is missing is said.</td></tr>
<tr><td>${provenanceBadge({ status: 'inferred', reason: 'The docs are silent; this contract decided.' })}</td><td>The docs are silent and this contract decided; the reason is given.</td></tr>
</tbody></table>
<h2>Downloads</h2>
<ul>
<li><a href="${link('asyncapi.json')}">asyncapi.json</a> — the webhooks (AsyncAPI 3.0)</li>
<li><a href="${link('openapi.json')}">openapi.json</a> — the REST API (OpenAPI 3.1)</li>
<li><a href="${link('schemas/index.json')}">schemas/index.json</a> — one JSON Schema 2020-12 per event and component, for any language</li>
</ul>`;
  return { path, title: 'Overview', body };
}
