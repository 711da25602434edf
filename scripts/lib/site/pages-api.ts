// The API reference: an overview (servers, authentication, operations, error body) and one page per operation.
import { STATUS_CODES } from 'node:http';
import type { Contract, OperationInfo } from '../contract.js';
import type { JsonObject } from '../json.js';
import { curlSnippet } from '../snippets.js';
import { codeBlock, exampleBlock, facts } from './blocks.js';
import { escapeHtml, inlineMarkdown, markdownToHtml, relativeHref, slug } from './html.js';
import { type PageInput, operationPage } from './layout.js';
import { type SchemaContext, fieldTable, isNullable, provenanceBadge, schemaIntro, typeHtml, typeLink } from './schema-view.js';
import { clientSnippet } from './snippets.js';

type SiteContract = Omit<Contract, 'inputs'>;

function method(operation: OperationInfo): string {
  return `<span class="method method-${operation.method.toLowerCase()}">${operation.method}</span>`;
}

function baseUrl(contract: SiteContract): string {
  return String(((contract.openapi.servers ?? []) as JsonObject[])[0]?.url ?? '');
}

function authentication(contract: SiteContract): string {
  const schemes = ((contract.openapi.components as JsonObject).securitySchemes ?? {}) as JsonObject;
  return `<table class="list"><thead><tr><th>Header</th><th>What</th></tr></thead><tbody>${Object.values(schemes)
    .map((scheme) => scheme as JsonObject)
    .map((scheme) => `<tr><td><code>${escapeHtml(String(scheme.name))}</code></td><td>${inlineMarkdown(String(scheme.description ?? ''))}</td></tr>`)
    .join('')}</tbody></table>`;
}

export function apiIndexPage(contract: SiteContract): PageInput {
  const path = 'api/index.html';
  const context: SchemaContext = { schemas: contract.schemas, page: path };
  const info = contract.openapi.info as JsonObject;
  const servers = (contract.openapi.servers ?? []) as JsonObject[];
  const errorSchema = contract.schemas.get('ErrorResponse') as JsonObject;
  const codes = (((errorSchema.properties as JsonObject).code as JsonObject).examples ?? []) as string[];
  const body = `<h1>${escapeHtml(String(info.title))} <span class="version">${escapeHtml(String(info.version))}</span></h1>
<div class="lead">${markdownToHtml(String(info.description ?? ''))}</div>
<h2 id="operations">Operations</h2>
<table class="list"><thead><tr><th>Operation</th><th>Endpoint</th><th>Provenance</th></tr></thead><tbody>${contract.operations
    .map((operation) => `<tr><td><a href="${relativeHref(path, operationPage(operation.operationId))}">${escapeHtml(operation.summary)}</a><div class="muted"><code>${operation.operationId}</code></div></td><td>${method(operation)} <code>${escapeHtml(operation.path)}</code></td><td>${provenanceBadge(operation.provenance)}</td></tr>`)
    .join('\n')}</tbody></table>
<h2 id="servers">Servers</h2>
${facts(servers.map((server) => [String(server.url), inlineMarkdown(String(server.description ?? ''))]))}
<h2 id="authentication">Authentication</h2>
<p>Every request carries both headers.</p>
${authentication(contract)}
<h2 id="errors">Errors</h2>
<p>Every non-2xx answer has this body (${typeLink('ErrorResponse', context)}):</p>
${schemaIntro(errorSchema)}
${fieldTable(errorSchema, context)}
<p>Known values of <code>code</code>: ${codes.map((code) => `<code>${escapeHtml(code)}</code>`).join(' ')}</p>`;
  return { path, title: String(info.title), body };
}

export function operationPageInput(contract: SiteContract, operation: OperationInfo): PageInput {
  const path = operationPage(operation.operationId);
  const context: SchemaContext = { schemas: contract.schemas, page: path };
  const parameters = operation.parameters.length === 0
    ? '<p>None.</p>'
    : `<table class="fields"><thead><tr><th>Name</th><th>In</th><th>Type</th><th></th><th>Description</th></tr></thead><tbody>${operation.parameters
        .map((parameter) => `<tr><td class="field"><code>${escapeHtml(parameter.name)}</code></td><td>${escapeHtml(parameter.in)}</td><td class="type">${typeHtml(parameter.schema, context)}</td><td class="marks">${parameter.required ? '<span class="badge req">required</span>' : '<span class="badge opt">optional</span>'}${isNullable(parameter.schema) ? '<span class="badge nullable">nullable</span>' : ''}</td><td class="desc">${inlineMarkdown(parameter.description)}</td></tr>`)
        .join('\n')}</tbody></table>`;

  const request = operation.requestSchemaName
    ? `<h2 id="request">Request body</h2>
<p>${typeLink(operation.requestSchemaName, context)} · ${operation.requestRequired ? 'required' : 'optional: the body may be left out'} · <code>application/json</code></p>
${schemaIntro(contract.schemas.get(operation.requestSchemaName) as JsonObject)}
${fieldTable(contract.schemas.get(operation.requestSchemaName) as JsonObject, context)}
${operation.requestExamples.map((example) => exampleBlock(example.value, `request:${example.name}`, `Request example: ${example.summary || example.name}`)).join('\n')}`
    : '';

  const success = operation.responses.filter((response) => response.status.startsWith('2'));
  const errors = operation.responses.filter((response) => !response.status.startsWith('2'));
  const responseBody = (response: OperationInfo['responses'][number]) => `<p>${inlineMarkdown(response.description)}</p>
${response.headers.length > 0 ? `<p>Headers: ${response.headers.map((header) => `<code>${escapeHtml(header)}</code>`).join(', ')}</p>` : ''}
${response.schemaName ? `<p>Body: ${typeLink(response.schemaName, context)}</p>` : ''}
${response.status.startsWith('2') && response.schemaName ? fieldTable(contract.schemas.get(response.schemaName) as JsonObject, context) : ''}
${response.examples.map((example) => exampleBlock(example.value, `response:${response.status}:${example.name}`, `${response.status} example: ${example.summary || example.name}`)).join('\n')}`;
  const statusLabel = (status: string) => `<span class="status status-${status[0]}">${escapeHtml(status)}</span> ${escapeHtml(STATUS_CODES[status] ?? (status === '5XX' ? 'Server error' : ''))}`;
  // Successful answers are shown open; each error answer folds away under its status line.
  const successSection = (response: OperationInfo['responses'][number]) =>
    `<section class="response" id="response-${slug(response.status)}"><h3>${statusLabel(response.status)}</h3>${responseBody(response)}</section>`;
  const errorSection = (response: OperationInfo['responses'][number]) =>
    `<details class="response" id="response-${slug(response.status)}"><summary>${statusLabel(response.status)}</summary>${responseBody(response)}</details>`;

  const errorCodes = `<table class="list"><thead><tr><th>Status</th><th>When</th><th>Example <code>code</code></th></tr></thead><tbody>${errors
    .map((response) => {
      const code = response.examples.map((example) => (example.value as JsonObject | null)?.code).filter((value) => typeof value === 'string');
      return `<tr><td><a href="#response-${slug(response.status)}"><span class="status status-${response.status[0]}">${escapeHtml(response.status)}</span></a></td><td>${inlineMarkdown(response.description)}</td><td>${code.map((value) => `<code>${escapeHtml(String(value))}</code>`).join(' ')}</td></tr>`;
    })
    .join('\n')}</tbody></table>`;

  const body = `<p class="crumbs"><a href="${relativeHref(path, 'api/index.html')}">REST API</a> / ${escapeHtml(operation.tags.join(', '))}</p>
<h1>${escapeHtml(operation.summary)}</h1>
<p class="endpoint">${method(operation)} <code>${escapeHtml(operation.path)}</code> <span class="muted">operationId <code>${operation.operationId}</code></span></p>
${provenanceBadge(operation.provenance, { detail: true })}
<div class="summary">${markdownToHtml(operation.description)}</div>
<p class="toc">On this page: ${[['parameters', 'Parameters'], ...(operation.requestSchemaName ? [['request', 'Request body']] : []), ['responses', 'Responses'], ['errors', 'Error codes'], ['samples', 'Code samples']]
    .map(([id, label]) => `<a href="#${id}">${label}</a>`)
    .join(' · ')}</p>
<p>Authentication: the <code>x-api-key</code> and <code>x-organization-id</code> headers (<a href="${relativeHref(path, 'api/index.html#authentication')}">details</a>).</p>
<h2 id="parameters">Parameters</h2>
${parameters}
${request}
<h2 id="responses">Responses</h2>
${success.map(successSection).join('\n')}
<h2 id="errors">Error codes</h2>
${errorCodes}
${errors.map(errorSection).join('\n')}
<h2 id="samples">Code samples</h2>
${codeBlock(curlSnippet(baseUrl(contract), operation), 'curl', 'sh')}
${codeBlock(clientSnippet(operation), 'TypeScript · popp-workflow-contract/client', 'ts')}`;
  return { path, title: operation.summary, body };
}

