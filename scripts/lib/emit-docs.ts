import type { Contract, EventInfo, OperationInfo, Provenance } from './contract.js';
import { refName } from './contract.js';
import { markdownBanner } from './header.js';
import { type Json, type JsonObject, isObject } from './json.js';
import { curlSnippet } from './snippets.js';

/** Markdown reference pages, one for the events and one per operation, keyed by path under generated/docs/. */
export function emitDocs(contract: Contract): Map<string, string> {
  const pages = new Map<string, string>();
  pages.set('README.md', indexPage(contract));
  pages.set('events.md', eventsPage(contract));
  for (const operation of contract.operations) pages.set(`operations/${operation.operationId}.md`, operationPage(contract, operation));
  return pages;
}

export const CORRELATION_FIELDS = ['workflowId', 'workflowVersionId', 'workflowExternalId', 'candidateProfileId', 'candidateProfileExternalId', 'timestamp'];

/** Whether a Workflow event's `data` always carries a correlation field, may leave it out, or never has it. */
export type CorrelationCell = 'required' | 'optional' | 'absent';

/**
 * The correlation matrix shown by the reference and the site: for each Workflow event, one cell per
 * CORRELATION_FIELDS entry, read from the event's data schema.
 * @example correlationCells(contract)[0] // { event: <workflow.run.started>, cells: ['required', 'required', 'optional', ...] }
 */
export function correlationCells(contract: Pick<Contract, 'events' | 'schemas'>): { event: EventInfo; cells: CorrelationCell[] }[] {
  return contract.events
    .filter((event) => event.category === 'workflow')
    .map((event) => {
      const data = contract.schemas.get(event.dataSchemaName) as JsonObject;
      const properties = data.properties as JsonObject;
      const required = (data.required ?? []) as string[];
      return { event, cells: CORRELATION_FIELDS.map((field) => (field in properties ? (required.includes(field) ? 'required' : 'optional') : 'absent')) };
    });
}

export function provenanceBadge(provenance: Provenance | undefined): string {
  if (!provenance) return '';
  const source = provenance.source ? ` — [source](${provenance.source})` : '';
  const reason = provenance.reason ? ` — ${oneLine(provenance.reason)}` : '';
  const label = { documented: '`documented`', 'partially-documented': '`partially documented`', inferred: '`inferred`' }[provenance.status];
  return `${label}${source}${reason}`;
}

function indexPage(contract: Contract): string {
  const info = contract.openapi.info as JsonObject;
  return `${markdownBanner()}
# popp-workflow-contract reference

Generated from the specs in \`spec/\`. Each schema, event and operation says where it comes from:
\`documented\` (stated by Popp's docs; the source is linked), \`partially documented\` (only part of it is
published) or \`inferred\` (the docs are silent and this contract decided; the reason is given).

- [Webhook events](events.md) — ${contract.events.length} event types, ${contract.events.filter((event) => event.category === 'workflow').length} of them Workflow events.
- ${String(info.title)}:
${contract.operations.map((operation) => `  - [\`${operation.operationId}\`](operations/${operation.operationId}.md) — \`${operation.method} ${operation.path}\` — ${operation.summary}`).join('\n')}
`;
}

function eventsPage(contract: Contract): string {
  const schemas = contract.schemas;
  const headers = schemas.get('PoppWebhookHeaders') as JsonObject;
  const signature = headers['x-popp-signature'] as JsonObject;
  const workflow = contract.events.filter((event) => event.category === 'workflow');
  const others = contract.events.filter((event) => event.category !== 'workflow');
  const out: string[] = [markdownBanner(), '# Webhook events', ''];
  out.push(oneLine(String((contract.asyncapi.info as JsonObject).description)).replace(/\s+Every schema.*$/, ''), '');

  out.push('## Delivery', '');
  out.push('Popp sends each event as an HTTP `POST` with these headers:', '');
  out.push(fieldTable('PoppWebhookHeaders', schemas));
  out.push('', 'Signature scheme:', '');
  for (const [key, value] of Object.entries(signature)) out.push(`- **${key}**: ${Array.isArray(value) ? value.join(', ') : String(value)}`);
  out.push('', 'Acknowledge with any 2xx status; anything else, or no answer, makes Popp retry the delivery.', '');

  out.push('## Envelope', '', fieldTable('PoppWebhookEnvelope', schemas), '', fieldTable('PoppWebhookEnvelopeData', schemas, 'data.'), '');

  out.push('## Workflow events', '', '| Event | recordId is | Description | Provenance |', '|---|---|---|---|');
  for (const event of workflow) out.push(`| [\`${event.type}\`](#${anchor(event.type)}) | ${event.recordIdIs} | ${event.summary} | ${provenanceBadge(event.provenance)} |`);
  out.push('', '### Correlation fields per event', '', 'Every Workflow event\'s `data` has `recordId` and `organizationId`. The other correlation fields are carried or omitted per event type:', '');
  out.push(`| Event | ${CORRELATION_FIELDS.map((field) => `\`${field}\``).join(' | ')} |`, `|---|${CORRELATION_FIELDS.map(() => '---').join('|')}|`);
  const words = { required: 'yes', optional: 'optional', absent: '—' };
  for (const { event, cells } of correlationCells(contract)) out.push(`| \`${event.type}\` | ${cells.map((cell) => words[cell]).join(' | ')} |`);
  out.push('', '`—` means the event never carries the field; `optional` means it may be absent.', '');

  out.push('## Node outcomes', '');
  for (const name of ['NodeOutcome', 'ConversationOutcome', 'ConditionOutcome', 'EmptyOutcome', 'AnswerOutcome']) out.push(schemaSection(name, schemas, 3));

  out.push('## Enums', '');
  for (const [name, schema] of schemas) {
    if (!Array.isArray(schema.enum) || !isUsedByEvents(name, contract)) continue;
    out.push(`### ${name}`, '', oneLine(String(schema.description ?? '')), '', provenanceBadge(schema['x-popp-provenance'] as unknown as Provenance), '');
    const descriptions = (schema['x-popp-enum-descriptions'] ?? {}) as JsonObject;
    out.push('| Value | Meaning |', '|---|---|');
    for (const value of schema.enum) out.push(`| \`${String(value)}\` | ${String(descriptions[String(value)] ?? '')} |`);
    out.push('');
  }

  out.push('## Event reference', '');
  for (const event of [...workflow, ...others]) out.push(eventSection(event, schemas));

  out.push('## Other events', '', 'Partially documented: the envelope is enforced, documented fields are typed, other fields are accepted.', '');
  out.push('| Event | Category | recordId is | Description |', '|---|---|---|---|');
  for (const event of others) out.push(`| [\`${event.type}\`](#${anchor(event.type)}) | ${event.category} | ${event.recordIdIs} | ${event.summary} |`);
  out.push('');
  return out.join('\n');
}

function eventSection(event: EventInfo, schemas: Map<string, JsonObject>): string {
  const out = [`### ${event.type}`, '', `**${event.title}.** ${event.description}`, ''];
  out.push(`- recordId is: ${event.recordIdIs}`, `- Payload schema: \`${event.schemaName}\` (\`generated/schemas/${event.schemaName}.json\`)`, `- Provenance: ${provenanceBadge(event.provenance)}`, '');
  out.push(fieldTable(event.dataSchemaName, schemas, 'data.'), '');
  for (const example of event.examples) {
    out.push(`Example (${example.name}): ${example.summary}`, '', '```json', JSON.stringify(example.payload, null, 2), '```', '');
  }
  return out.join('\n');
}

function schemaSection(name: string, schemas: Map<string, JsonObject>, level: number): string {
  const schema = schemas.get(name) as JsonObject;
  return [`${'#'.repeat(level)} ${name}`, '', oneLine(String(schema.description ?? '')), '', provenanceBadge(schema['x-popp-provenance'] as unknown as Provenance), '', fieldTable(name, schemas), ''].join('\n');
}

/** A Markdown table of an object schema's fields: name, type, required, description (and field-level provenance). */
export function fieldTable(name: string, schemas: Map<string, JsonObject>, prefix = ''): string {
  const schema = schemas.get(name) as JsonObject;
  if (Array.isArray(schema.oneOf)) return `One of: ${schema.oneOf.map((branch) => typeText(branch)).join(', ')}.`;
  const required = (schema.required ?? []) as string[];
  const rows = Object.entries((schema.properties ?? {}) as JsonObject).map(([field, definition]) => {
    const property = definition as JsonObject;
    const referenced = refName(property);
    const description = oneLine(String(property.description ?? (referenced ? schemas.get(referenced)?.description ?? '' : '')));
    const provenance = property['x-popp-provenance'] ? ` (${provenanceBadge(property['x-popp-provenance'] as unknown as Provenance)})` : '';
    return `| \`${prefix}${field}\` | ${typeText(property)} | ${required.includes(field) ? 'yes' : 'no'} | ${escapeCell(description)}${escapeCell(provenance)} |`;
  });
  return ['| Field | Type | Required | Description |', '|---|---|---|---|', ...rows].join('\n');
}

/** A schema's type in words: `string (date-time)`, `string \| null`, `NodeOutcome[]`, `"conversation"`. */
export function typeText(node: Json): string {
  if (!isObject(node)) return 'any';
  const referenced = refName(node);
  if (referenced) return `\`${referenced}\``;
  if ('const' in node) return `\`${JSON.stringify(node.const)}\``;
  if (Array.isArray(node.anyOf)) return node.anyOf.map(typeText).join(' \\| ');
  if (Array.isArray(node.oneOf)) return node.oneOf.map(typeText).join(' \\| ');
  if (Array.isArray(node.enum)) return node.enum.map((value) => `\`${JSON.stringify(value)}\``).join(' \\| ');
  const types = Array.isArray(node.type) ? node.type : node.type === undefined ? ['any'] : [node.type];
  return types
    .map((type) => {
      if (type === 'array') return `${typeText(node.items as Json)}[]`;
      if (type === 'string' && typeof node.format === 'string') return `string (${node.format})`;
      return String(type);
    })
    .join(' \\| ');
}

function operationPage(contract: Contract, operation: OperationInfo): string {
  const schemas = contract.schemas;
  const servers = (contract.openapi.servers ?? []) as JsonObject[];
  const baseUrl = String(servers[0]?.url ?? '');
  const out = [markdownBanner(), `# ${operation.operationId}`, '', `\`${operation.method} ${operation.path}\``, '', `**${operation.summary}**`, ''];
  out.push(operation.description.trim(), '', `Provenance: ${provenanceBadge(operation.provenance)}`, '');
  out.push('Authentication: both `x-api-key` and `x-organization-id` headers, on every request.', '');
  if (operation.parameters.length > 0) {
    out.push('## Parameters', '', '| Name | In | Type | Required | Description |', '|---|---|---|---|---|');
    for (const parameter of operation.parameters) {
      out.push(`| \`${parameter.name}\` | ${parameter.in} | ${typeText(parameter.schema)} | ${parameter.required ? 'yes' : 'no'} | ${escapeCell(oneLine(parameter.description))} |`);
    }
    out.push('');
  }
  if (operation.requestSchemaName) {
    out.push('## Request body', '', `Schema \`${operation.requestSchemaName}\`${operation.requestRequired ? '' : ' (the body is optional)'}:`, '', fieldTable(operation.requestSchemaName, schemas), '');
    for (const example of operation.requestExamples) out.push('```json', JSON.stringify(example.value, null, 2), '```', '');
  }
  out.push('## Responses', '');
  for (const response of operation.responses) {
    out.push(`### ${response.status}`, '', oneLine(response.description), '');
    if (response.headers.length > 0) out.push(`Headers: ${response.headers.map((header) => `\`${header}\``).join(', ')}`, '');
    if (response.schemaName) out.push(`Schema \`${response.schemaName}\`.`, '');
    for (const example of response.examples) out.push('```json', JSON.stringify(example.value, null, 2), '```', '');
  }
  out.push('## curl', '', '```sh', curlSnippet(baseUrl, operation), '```', '');
  return out.join('\n');
}

function isUsedByEvents(name: string, contract: Contract): boolean {
  const asyncapiSchemas = (contract.asyncapi.components as JsonObject).schemas as JsonObject;
  return name in asyncapiSchemas;
}

function anchor(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9_ -]/g, '').replace(/ /g, '-');
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function escapeCell(text: string): string {
  return text.replace(/\|/g, '\\|');
}
