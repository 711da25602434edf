// Every page of the reference, built once from the contract (as generated/asyncapi.json and openapi.json describe
// it). Both renderers take these pages as they are: the Markdown in generated/docs/ and the HTML site.
import { STATUS_CODES } from 'node:http';
import type { EventInfo, OperationInfo, ResponseInfo } from '../contract.js';
import { type JsonObject, isObject } from '../json.js';
import { CORRELATION_FIELDS, correlationCells } from './correlation.js';
import { type ContractView, enumTable, fieldRows, firstSentence, notesOf, objectRules, provenanceOf, schemaOf, typeMd, unionMapping } from './fields.js';
import { type Block, type PageKey, type Reference, type ReferencePage, type Section, codeRef, fieldAnchor, ref } from './model.js';
import { causingOperations, lifecycleOf, linkProse, namedEvents, operationsNamingEvents, usages } from './relations.js';
import { eventSamples, operationSamples, sampleRequest } from './samples.js';

export const CATEGORY_TITLES: Record<string, string> = {
  workflow: 'Workflow events',
  conversation: 'Conversation events',
  analysis: 'Analysis events',
  scheduling: 'Scheduling events',
  document: 'Document events',
};

const categoryTitle = (category: string) => CATEGORY_TITLES[category] ?? `${category} events`;

/**
 * The whole reference: every page, and the groups the site's navigation shows them in.
 * @example buildReference(describeDocuments(asyncapi, openapi)).pages.length // 121
 */
export function buildReference(contract: ContractView): Reference {
  const named = operationsNamingEvents(contract);
  const used = usages(contract);
  const pages: ReferencePage[] = [
    homePage(contract),
    policyPage(contract),
    eventsIndexPage(contract),
    ...contract.events.map((event) => eventPage(contract, event, named)),
    apiIndexPage(contract),
    ...contract.operations.map((operation) => operationPage(contract, operation)),
    typesIndexPage(contract),
    ...[...contract.schemas.keys()].map((name) => typePage(contract, name, used)),
  ];
  const categories = [...new Set(contract.events.map((event) => event.category))];
  return {
    pages,
    groups: [
      { title: 'Overview', key: 'home', items: [{ key: 'policy', label: 'Validation policy' }] },
      ...categories.map((category) => ({
        title: categoryTitle(category),
        key: 'events',
        items: contract.events.filter((event) => event.category === category).map((event) => ({ key: `event/${event.type}`, label: event.type })),
      })),
      { title: 'REST API', key: 'api', items: contract.operations.map((operation) => ({ key: `operation/${operation.operationId}`, label: operation.summary, tag: operation.method })) },
      { title: 'Types', key: 'types', collapsed: true, items: [...contract.schemas.keys()].map((name) => ({ key: `type/${name}`, label: name })) },
    ],
  };
}

function homePage(contract: ContractView): ReferencePage {
  const workflow = contract.events.filter((event) => event.category === 'workflow');
  const webhooks = contract.asyncapi.info as JsonObject;
  const api = contract.openapi.info as JsonObject;
  return {
    key: 'home',
    kind: 'home',
    title: 'Overview',
    heading: 'Popp Workflow contract reference',
    crumbs: [],
    intro: [
      {
        kind: 'text',
        md: `The webhooks Popp sends and the workflow REST endpoints you call, generated from the specs of \`popp-workflow-contract\` (${String(webhooks.title)} ${String(webhooks.version)}, ${String(api.title)} ${String(api.version)}).`,
      },
      {
        kind: 'list',
        variant: 'cards',
        items: [
          `${ref('Webhook events', 'events')}: ${contract.events.length} event types, ${workflow.length} of them Workflow events: fields, recordId, examples, how to receive each.`,
          `${ref('REST API', 'api')}: ${contract.operations.length} operations: parameters, bodies, responses, error codes, samples in curl, TypeScript, Python and Java.`,
          `${ref('Types', 'types')}: ${contract.schemas.size} named schemas, each also a standalone JSON Schema file.`,
          `${ref('Validation policy', 'policy')}: the strict and tolerant profiles, and which rule belongs to which.`,
        ],
      },
    ],
    sections: [
      { id: 'workflow-events', title: 'Workflow events', level: 2, blocks: [{ kind: 'list', variant: 'columns', items: workflow.map((event) => `${codeRef(event.type, `event/${event.type}`)}: ${event.summary}`) }] },
      {
        id: 'operations',
        title: 'Operations',
        level: 2,
        blocks: [{ kind: 'list', items: contract.operations.map((operation) => `${ref(operation.summary, `operation/${operation.operationId}`)} \`${operation.method} ${operation.path}\``) }],
      },
      {
        id: 'provenance',
        title: 'Provenance',
        level: 2,
        blocks: [
          { kind: 'text', md: "Popp's docs do not state everything a contract needs. Every event, operation, schema, response and some fields and enum values say where they come from:" },
          {
            kind: 'table',
            head: ['Badge', 'Meaning'],
            rows: [
              [{ provenance: { status: 'documented' } }, "Stated by Popp's docs; the source page is linked."],
              [{ provenance: { status: 'partially-documented' } }, 'Only part of it is published; what is missing is said.'],
              [{ provenance: { status: 'inferred' } }, 'The docs are silent and this contract decided; the reason is given.'],
            ],
          },
        ],
      },
      {
        id: 'downloads',
        title: 'Downloads',
        level: 2,
        blocks: [
          {
            kind: 'list',
            items: [
              `${ref('asyncapi.json', 'file/asyncapi.json')}: the webhooks (AsyncAPI 3.0)`,
              `${ref('openapi.json', 'file/openapi.json')}: the REST API (OpenAPI 3.1)`,
              `${ref('schemas/index.json', 'file/schemas/index.json')}: one JSON Schema 2020-12 per event and component under the strict profile (\`file\`), and its tolerant variant under \`schemas/tolerant/\` (\`tolerantFile\`), for any language`,
            ],
          },
        ],
      },
    ],
  };
}

function policyPage(contract: ContractView): ReferencePage {
  const { strict, tolerant, bothProfiles } = contract.profiles;
  // One row per schema and rule: the fields it covers, linked to their rows.
  const strictOnly = new Map<string, { schema: string; rule: string; reason: string; fields: string[] }>();
  const optionalRows: string[][] = [];
  for (const [name, schema] of contract.schemas) {
    if (!isObject(schema.properties)) continue;
    for (const row of fieldRows(contract, schema, { incoming: contract.incoming.has(name), where: name })) {
      const field = ref(`\`${row.path}\``, `type/${name}`, row.anchor);
      for (const rule of row.strictOnly) {
        const key = JSON.stringify([name, rule.rule, rule.reason]);
        const entry = strictOnly.get(key) ?? { schema: name, rule: rule.rule, reason: rule.reason, fields: [] };
        entry.fields.push(field);
        strictOnly.set(key, entry);
      }
      if (row.optionalReading) optionalRows.push([codeRef(name, `type/${name}`), field, row.optionalReading]);
    }
  }
  const strictOnlyRows = [...strictOnly.values()].map((entry) => [codeRef(entry.schema, `type/${entry.schema}`), entry.fields.join(', '), entry.rule, entry.reason]);
  return {
    key: 'policy',
    kind: 'policy',
    title: 'Validation policy',
    heading: 'Validation policy',
    subtitle: 'Strict about the contract, tolerant about traffic',
    crumbs: [{ label: 'Overview', key: 'home' }],
    intro: [
      {
        kind: 'text',
        md: 'One spec, two profiles. Every schema has a strict validator (`validate<Name>`) and a tolerant one (`validate<Name>Tolerant`), both generated from the same schema: the tolerant one is derived by the rules below, never kept by hand. This page is `spec/profiles.yaml`, as the bundled documents carry it (`info.x-popp-validation-profiles`).',
      },
    ],
    sections: [
      {
        id: 'profiles',
        title: 'The two profiles',
        level: 2,
        blocks: [
          {
            kind: 'table',
            head: ['Profile', 'What it is', 'Used by', 'Applies to'],
            rowIds: ['profile-strict', 'profile-tolerant'],
            rows: [
              ['**strict**', strict.summary, strict.usedBy.join('; '), 'Every schema.'],
              ['**tolerant**', tolerant.summary, tolerant.usedBy.join('; '), tolerant.appliesTo],
            ],
          },
        ],
      },
      {
        id: 'tolerant-rules',
        title: 'What the tolerant profile accepts',
        level: 2,
        blocks: [
          {
            kind: 'table',
            head: ['Rule', 'What it accepts', 'Reported as', 'Why'],
            rowIds: tolerant.rules.map((rule) => `rule-${rule.id}`),
            rows: tolerant.rules.map((rule) => [`\`${rule.id}\``, rule.rule, rule.deviation.includes(' ') ? rule.deviation : `\`${rule.deviation}\``, rule.why]),
          },
          { kind: 'text', md: 'Each tolerated difference is reported as a deviation `{ path, kind, value? }`: by `onDrift` on the webhook handler, by `validateEvent(payload, { profile })`, and by the REST client. Nothing is silently accepted.' },
        ],
      },
      { id: 'always-enforced', title: 'Always enforced', level: 2, blocks: [{ kind: 'text', md: tolerant.alwaysEnforced }] },
      { id: 'both-profiles', title: 'What both profiles share', level: 2, blocks: [{ kind: 'list', items: bothProfiles }] },
      {
        id: 'strict-only',
        title: 'Rules only the strict profile enforces',
        level: 2,
        blocks: [
          { kind: 'text', md: 'Our inference, marked `x-popp-strict-only` in the spec with its reason: the tolerant profile drops each of these rules.' },
          { kind: 'table', head: ['Schema', 'Fields', 'Rule', 'Why it is strict-only'], rows: strictOnlyRows },
        ],
      },
      {
        id: 'optional-reading',
        title: 'Fields read as optional',
        level: 2,
        blocks: [
          { kind: 'text', md: 'Fields the docs list without a presence rule that this contract reads as optional in both profiles (`x-popp-optional-reading`):' },
          { kind: 'table', head: ['Schema', 'Field', 'Why'], rows: optionalRows },
        ],
      },
      {
        id: 'schema-files',
        title: 'Schema files for other languages',
        level: 2,
        blocks: [
          {
            kind: 'text',
            md: `Every schema is published twice, each a self-contained JSON Schema 2020-12 file: \`schemas/<Name>.json\` (strict) and \`schemas/tolerant/<Name>.json\` (tolerant). ${ref('schemas/index.json', 'file/schemas/index.json')} lists both for every event and schema (\`file\`, \`tolerantFile\`).`,
          },
        ],
      },
    ],
  };
}

function eventsIndexPage(contract: ContractView): ReferencePage {
  const headers = schemaOf(contract, 'PoppWebhookHeaders');
  const envelope = schemaOf(contract, 'PoppWebhookEnvelope');
  const signature = (headers['x-popp-signature'] ?? {}) as JsonObject;
  const categories = [...new Set(contract.events.map((event) => event.category))];
  const eventTable = (events: EventInfo[]): Block => ({
    kind: 'table',
    head: ['Event', 'recordId is', 'What happened', 'Provenance'],
    rows: events.map((event) => [codeRef(event.type, `event/${event.type}`), event.recordIdIs, event.summary, { provenance: event.provenance }]),
  });
  const words = { required: 'always', optional: 'optional', absent: '—' } as const;
  return {
    key: 'events',
    kind: 'events',
    title: 'Webhook events',
    heading: 'Webhook events',
    crumbs: [{ label: 'Overview', key: 'home' }],
    intro: [{ kind: 'text', md: linkProse(contract, String((contract.asyncapi.info as JsonObject).description ?? '')) }],
    sections: [
      {
        id: 'delivery',
        title: 'Delivery',
        level: 2,
        blocks: [
          { kind: 'text', md: 'Popp sends each event as an HTTP `POST` to your endpoint, with these headers:' },
          { kind: 'provenance', provenance: provenanceOf(headers) as never, scope: codeRef('PoppWebhookHeaders', 'type/PoppWebhookHeaders') },
          { kind: 'fields', rows: fieldRows(contract, headers, { incoming: true, where: 'PoppWebhookHeaders' }), rules: [] },
          { kind: 'notes', notes: notesOf(headers) },
          { kind: 'text', md: 'Acknowledge with any `2xx` status; anything else makes Popp retry the delivery.' },
        ],
      },
      {
        id: 'signature',
        title: 'Signature',
        level: 3,
        blocks: [{ kind: 'facts', rows: Object.entries(signature).map(([term, value]) => ({ term, md: Array.isArray(value) ? value.map(String).join(', ') : String(value) })) }],
      },
      {
        id: 'envelope',
        title: 'Envelope',
        level: 2,
        blocks: [
          { kind: 'text', md: linkProse(contract, String(envelope.description ?? ''), 'type/PoppWebhookEnvelope') },
          { kind: 'fields', rows: fieldRows(contract, envelope, { incoming: true, where: 'PoppWebhookEnvelope' }), rules: [] },
        ],
      },
      ...categories.map((category): Section => ({ id: category, title: categoryTitle(category), level: 2, blocks: [eventTable(contract.events.filter((event) => event.category === category))] })),
      {
        id: 'correlation',
        title: 'Correlation fields of the Workflow events',
        level: 2,
        blocks: [
          { kind: 'text', md: "Every Workflow event's `data` has `recordId` and `organizationId`. The other correlation fields are carried or left out per event type; *optional* means the field may be absent, — that the event never has it." },
          {
            kind: 'table',
            variant: 'matrix',
            head: ['Event', ...CORRELATION_FIELDS.map((field) => `\`${field}\``)],
            rows: correlationCells(contract).map(({ event, cells }) => [codeRef(event.type, `event/${event.type}`), ...cells.map((cell) => words[cell])]),
          },
        ],
      },
    ],
  };
}

function schemaFiles(name: string): string {
  return `${ref(`schemas/${name}.json`, `file/schemas/${name}.json`)} (strict) · ${ref(`schemas/tolerant/${name}.json`, `file/schemas/tolerant/${name}.json`)} (tolerant)`;
}

function eventPage(contract: ContractView, event: EventInfo, named: ReturnType<typeof operationsNamingEvents>): ReferencePage {
  const key = `event/${event.type}`;
  const schema = schemaOf(contract, event.schemaName);
  const data = schemaOf(contract, event.dataSchemaName);
  const envelopeOnly: JsonObject = { ...schema, properties: Object.fromEntries(Object.entries(schema.properties as JsonObject).filter(([field]) => field !== 'data')) };
  const rows = [
    ...fieldRows(contract, envelopeOnly, { incoming: true, where: event.schemaName }),
    ...fieldRows(contract, { ...schema, properties: { data: (schema.properties as JsonObject).data } } as JsonObject, { incoming: true, where: event.schemaName }),
    ...fieldRows(contract, data, { prefix: 'data.', incoming: true, where: event.dataSchemaName }).map((row) => ({ ...row, depth: row.depth + 1 })),
  ];
  const { direct, viaLifecycle } = causingOperations(contract, event, named);
  const siblings = lifecycleOf(contract, event);
  const related: string[] = [
    ...direct.map((operation) => `Announces the outcome of ${ref(operation.summary, `operation/${operation.operationId}`)} (\`${operation.method} ${operation.path}\`), whose description names this event.`),
    ...viaLifecycle.map((operation) => `Part of the lifecycle that ${ref(operation.summary, `operation/${operation.operationId}`)} (\`${operation.method} ${operation.path}\`) starts.`),
  ];
  return {
    key,
    kind: 'event',
    title: event.type,
    heading: `\`${event.type}\``,
    subtitle: event.title,
    crumbs: [
      { label: 'Webhook events', key: 'events' },
      { label: categoryTitle(event.category), key: 'events', anchor: event.category },
    ],
    intro: [
      { kind: 'provenance', provenance: event.provenance },
      { kind: 'text', md: linkProse(contract, event.description, key) },
      {
        kind: 'facts',
        rows: [
          { term: 'recordId is', md: `**${event.recordIdIs}**` },
          { term: 'Payload schema', md: `${codeRef(event.schemaName, `type/${event.schemaName}`)}, \`data\`: ${codeRef(event.dataSchemaName, `type/${event.dataSchemaName}`)}` },
          { term: 'JSON Schema', md: schemaFiles(event.schemaName) },
          ...(event.endsRun ? [{ term: 'Ends the run', md: 'yes: it carries the run-level `outcome` and the whole traversal in `nodes[]`' }] : []),
        ],
      },
    ],
    sections: [
      {
        id: 'fields',
        title: 'Fields',
        level: 2,
        blocks: [
          ...(provenanceOf(data) ? [{ kind: 'provenance', provenance: provenanceOf(data), scope: codeRef(event.dataSchemaName, `type/${event.dataSchemaName}`) } as Block] : []),
          { kind: 'text', md: linkProse(contract, String(data.description ?? ''), key) },
          { kind: 'fields', rows, rules: objectRules(data) },
          { kind: 'notes', notes: notesOf(data).map((note) => linkProse(contract, note, key)) },
        ],
        aside: [
          ...event.examples.map((example, index): Block => ({
            kind: 'example',
            id: `example-${example.name}`,
            caption: `Example${event.examples.length > 1 ? ` ${index + 1}` : ''}: ${example.summary || example.name}`,
            value: example.payload,
          })),
          { kind: 'samples', id: 'receive', samples: eventSamples(event, data) },
        ],
      },
      {
        id: 'lifecycle',
        title: 'Lifecycle and related operations',
        level: 2,
        blocks: [
          ...(related.length > 0 ? [{ kind: 'list', items: related } as Block] : [{ kind: 'text', md: 'No operation of the REST API causes this event: Popp sends it on its own.' } as Block]),
          { kind: 'text', md: `The ${event.category} events about the same kind of record (\`${event.recordKind}\`)${direct.length > 0 ? ' or announced by the same operation' : ''}, in the order the contract lists them:` },
          {
            kind: 'list',
            items: siblings.map((sibling) => `${sibling.type === event.type ? `\`${sibling.type}\` (this event)` : codeRef(sibling.type, `event/${sibling.type}`)}: ${sibling.summary}`),
          },
        ],
      },
    ],
  };
}

function apiIndexPage(contract: ContractView): ReferencePage {
  const info = contract.openapi.info as JsonObject;
  const servers = (contract.openapi.servers ?? []) as JsonObject[];
  const schemes = ((contract.openapi.components as JsonObject).securitySchemes ?? {}) as JsonObject;
  const errorSchema = schemaOf(contract, 'ErrorResponse');
  return {
    key: 'api',
    kind: 'api',
    title: String(info.title),
    heading: `${String(info.title)} ${String(info.version)}`,
    crumbs: [{ label: 'Overview', key: 'home' }],
    intro: [{ kind: 'text', md: linkProse(contract, String(info.description ?? '')) }],
    sections: [
      {
        id: 'operations',
        title: 'Operations',
        level: 2,
        blocks: [
          {
            kind: 'table',
            head: ['Operation', 'Endpoint', 'Provenance'],
            rows: contract.operations.map((operation) => [`${ref(operation.summary, `operation/${operation.operationId}`)} (\`${operation.operationId}\`)`, `\`${operation.method} ${operation.path}\``, { provenance: operation.provenance }]),
          },
        ],
      },
      { id: 'servers', title: 'Servers', level: 2, blocks: [{ kind: 'facts', rows: servers.map((server) => ({ term: String(server.url), md: String(server.description ?? '') })) }] },
      {
        id: 'authentication',
        title: 'Authentication',
        level: 2,
        blocks: [
          { kind: 'text', md: 'Every request carries both headers.' },
          { kind: 'table', head: ['Header', 'What'], rows: Object.values(schemes).map((scheme) => [`\`${String((scheme as JsonObject).name)}\``, String((scheme as JsonObject).description ?? '')]) },
        ],
      },
      {
        id: 'errors',
        title: 'Errors',
        level: 2,
        blocks: [
          { kind: 'text', md: `Every non-2xx answer has this body (${codeRef('ErrorResponse', 'type/ErrorResponse')}):` },
          { kind: 'provenance', provenance: provenanceOf(errorSchema) as never, scope: codeRef('ErrorResponse', 'type/ErrorResponse') },
          { kind: 'fields', rows: fieldRows(contract, errorSchema, { incoming: true, where: 'ErrorResponse' }), rules: [] },
        ],
      },
    ],
  };
}

const statusText = (status: string) => STATUS_CODES[status] ?? (status === '5XX' ? 'Server error' : '');

function responseBlocks(contract: ContractView, operation: OperationInfo, response: ResponseInfo, withFields: boolean): Block[] {
  const body = response.schemaName ? schemaOf(contract, response.schemaName) : undefined;
  const blocks: Block[] = [];
  if (response.provenanceDetail) blocks.push({ kind: 'provenance', provenance: response.provenanceDetail, scope: `Response ${response.status}` });
  if (body && response.schemaName && provenanceOf(body)) blocks.push({ kind: 'provenance', provenance: provenanceOf(body) as never, scope: `Body ${codeRef(response.schemaName, `type/${response.schemaName}`)}` });
  blocks.push({ kind: 'text', md: linkProse(contract, response.description, `operation/${operation.operationId}`) });
  if (response.headers.length > 0) blocks.push({ kind: 'text', md: `Headers: ${response.headers.map((header) => `\`${header}\``).join(', ')}` });
  if (body && response.schemaName) {
    blocks.push({ kind: 'text', md: `Body: ${codeRef(response.schemaName, `type/${response.schemaName}`)}` });
    if (withFields) {
      blocks.push({ kind: 'fields', rows: fieldRows(contract, body, { incoming: true, where: response.schemaName }).map((row) => ({ ...row, anchor: fieldAnchor(`${response.status}.${row.path}`) })), rules: objectRules(body) });
      blocks.push({ kind: 'notes', notes: notesOf(body).map((note) => linkProse(contract, note)) });
    }
  }
  return blocks;
}

function operationPage(contract: ContractView, operation: OperationInfo): ReferencePage {
  const key = `operation/${operation.operationId}`;
  const baseUrl = String(((contract.openapi.servers ?? []) as JsonObject[])[0]?.url ?? '');
  const request = operation.requestSchemaName ? schemaOf(contract, operation.requestSchemaName) : undefined;
  const success = operation.responses.filter((response) => response.status.startsWith('2'));
  const errors = operation.responses.filter((response) => !response.status.startsWith('2'));
  const events = namedEvents(contract, operation.description);
  const sections: Section[] = [
    {
      id: 'parameters',
      title: 'Parameters',
      level: 2,
      blocks:
        operation.parameters.length === 0
          ? [{ kind: 'text', md: 'None.' }]
          : [
              {
                kind: 'fields',
                rules: [],
                rows: operation.parameters.map((parameter) => ({
                  path: parameter.name,
                  anchor: `param-${parameter.name}`,
                  depth: 0,
                  type: `${typeMd(parameter.schema)} · in ${parameter.in}`,
                  required: parameter.required,
                  nullable: false,
                  description: parameter.description,
                  constraints: [],
                  strictOnly: [],
                  ...(isObject(parameter.schema) && Array.isArray(parameter.schema.enum) ? { values: enumTable(contract, parameter.schema, { incoming: false, where: `${operation.operationId} ${parameter.name}` }) } : {}),
                })),
              },
            ],
    },
  ];
  if (request && operation.requestSchemaName) {
    sections.push({
      id: 'request',
      title: 'Request body',
      level: 2,
      blocks: [
        ...(provenanceOf(request) ? [{ kind: 'provenance', provenance: provenanceOf(request), scope: `Body ${codeRef(operation.requestSchemaName, `type/${operation.requestSchemaName}`)}` } as Block] : []),
        { kind: 'text', md: `${codeRef(operation.requestSchemaName, `type/${operation.requestSchemaName}`)}, \`application/json\`, ${operation.requestRequired ? 'required' : 'optional: the body may be left out'}.` },
        { kind: 'text', md: linkProse(contract, String(request.description ?? ''), key) },
        { kind: 'fields', rows: fieldRows(contract, request, { incoming: false, where: operation.requestSchemaName }).map((row) => ({ ...row, anchor: fieldAnchor(`request.${row.path}`) })), rules: objectRules(request) },
        { kind: 'notes', notes: notesOf(request).map((note) => linkProse(contract, note, key)) },
      ],
      aside: operation.requestExamples.map((example) => ({ kind: 'example', id: `request-${example.name}`, caption: `Request example: ${example.summary || example.name}`, value: example.value })),
    });
  }
  sections.push({ id: 'responses', title: 'Responses', level: 2, blocks: [] });
  for (const response of success) {
    sections.push({
      id: `response-${response.status.toLowerCase()}`,
      title: `${response.status} ${statusText(response.status)}`,
      level: 3,
      blocks: responseBlocks(contract, operation, response, true),
      aside: response.examples.map((example) => ({ kind: 'example', id: `response-${response.status.toLowerCase()}-${example.name}`, caption: `${response.status} example: ${example.summary || example.name}`, value: example.value })),
    });
  }
  sections.push({
    id: 'errors',
    title: 'Error responses',
    level: 2,
    blocks: [
      {
        kind: 'table',
        head: ['Status', 'When', 'Example `code`'],
        rows: errors.map((response) => [
          ref(`\`${response.status}\``, key, `response-${response.status.toLowerCase()}`),
          response.description,
          response.examples
            .map((example) => (example.value as JsonObject | null)?.code)
            .filter((code) => typeof code === 'string')
            .map((code) => `\`${String(code)}\``)
            .join(' '),
        ]),
      },
    ],
  });
  for (const response of errors) {
    sections.push({
      id: `response-${response.status.toLowerCase()}`,
      title: `${response.status} ${statusText(response.status)}`,
      level: 3,
      folded: true,
      blocks: responseBlocks(contract, operation, response, false),
      aside: response.examples.map((example) => ({ kind: 'example', id: `response-${response.status.toLowerCase()}-${example.name}`, caption: `${response.status} example: ${example.summary || example.name}`, value: example.value })),
    });
  }
  if (events.length > 0) {
    sections.push({
      id: 'webhooks',
      title: 'Webhooks it causes',
      level: 2,
      blocks: [{ kind: 'list', items: events.map((type) => `${codeRef(type, `event/${type}`)}: ${contract.events.find((event) => event.type === type)?.summary ?? ''}`) }],
    });
  }
  return {
    key,
    kind: 'operation',
    title: operation.summary,
    heading: operation.summary,
    endpoint: { method: operation.method, path: operation.path, operationId: operation.operationId },
    crumbs: [{ label: 'REST API', key: 'api' }],
    intro: [
      { kind: 'provenance', provenance: operation.provenance },
      { kind: 'text', md: linkProse(contract, operation.description, key) },
      { kind: 'text', md: `Authentication: the \`x-api-key\` and \`x-organization-id\` headers (${ref('details', 'api', 'authentication')}).` },
    ],
    introAside: [{ kind: 'samples', id: 'samples', samples: operationSamples(baseUrl, operation) }, { kind: 'try-it', request: sampleRequest(operation) }],
    sections,
  };
}

function kindOf(schema: JsonObject): string {
  if (Array.isArray(schema.enum)) return 'enum';
  if (Array.isArray(schema.oneOf)) return 'union';
  if (isObject(schema.properties)) return 'object';
  return String(schema.type ?? 'any');
}

function typesIndexPage(contract: ContractView): ReferencePage {
  return {
    key: 'types',
    kind: 'types',
    title: 'Types',
    heading: 'Types',
    crumbs: [{ label: 'Overview', key: 'home' }],
    intro: [
      {
        kind: 'text',
        md: `Every named schema of the contract. Each is also a self-contained JSON Schema file, under the strict profile (\`schemas/<Name>.json\`) and the tolerant one (\`schemas/tolerant/<Name>.json\`), listed in ${ref('schemas/index.json', 'file/schemas/index.json')}.`,
      },
    ],
    sections: [
      {
        id: 'all',
        title: 'All types',
        level: 2,
        blocks: [
          {
            kind: 'table',
            head: ['Name', 'Kind', 'Description', 'Provenance'],
            rows: [...contract.schemas].map(([name, schema]) => [codeRef(name, `type/${name}`), kindOf(schema), firstSentence(String(schema.description ?? '')), provenanceOf(schema) ? { provenance: provenanceOf(schema) as never } : '']),
          },
        ],
      },
    ],
  };
}

function typePage(contract: ContractView, name: string, used: ReturnType<typeof usages>): ReferencePage {
  const key: PageKey = `type/${name}`;
  const schema = schemaOf(contract, name);
  const kind = kindOf(schema);
  const incoming = contract.incoming.has(name);
  const detail: Block[] =
    kind === 'enum'
      ? [{ kind: 'enum', table: enumTable(contract, schema, { name, incoming, where: name }) }]
      : kind === 'union'
        ? [{ kind: 'union', union: unionMapping(contract, name) }]
        : kind === 'object'
          ? [{ kind: 'fields', rows: fieldRows(contract, schema, { incoming, where: name }), rules: objectRules(schema) }]
          : [{ kind: 'text', md: `Type: ${typeMd(schema)}` }];
  const known = schema['x-popp-known-values'];
  const usage = used.get(name) as NonNullable<ReturnType<typeof used.get>>;
  const usedBy = [
    ...usage.events.map((use) => `${codeRef(use.type, `event/${use.type}`)} (${use.as})`),
    ...usage.operations.map((use) => `${ref(use.summary, `operation/${use.operationId}`)} (${use.where.join(', ')})`),
    ...usage.schemas.map((other) => codeRef(other, `type/${other}`)),
  ];
  const sections: Section[] = [{ id: 'definition', title: kind === 'enum' ? 'Values' : kind === 'union' ? 'Variants' : kind === 'object' ? 'Fields' : 'Definition', level: 2, blocks: detail }];
  if (isObject(known)) {
    sections.push({ id: 'known-values', title: 'Known values', level: 2, blocks: [{ kind: 'table', head: ['Value', 'Meaning'], rows: Object.entries(known).map(([value, meaning]) => [`\`${value}\``, String(meaning)]) }] });
  }
  if (usedBy.length > 0) sections.push({ id: 'used-by', title: 'Used by', level: 2, blocks: [{ kind: 'list', variant: 'columns', items: usedBy }] });
  return {
    key,
    kind: 'type',
    title: name,
    heading: `\`${name}\``,
    subtitle: kind,
    crumbs: [{ label: 'Types', key: 'types' }],
    intro: [
      ...(provenanceOf(schema) ? [{ kind: 'provenance', provenance: provenanceOf(schema) } as Block] : []),
      { kind: 'text', md: linkProse(contract, String(schema.description ?? ''), key) },
      {
        kind: 'facts',
        rows: [
          { term: 'JSON Schema', md: schemaFiles(name) },
          {
            term: 'Tolerant profile',
            md: incoming
              ? `Popp sends it: enums and outcome kinds are open, date-times are ISO 8601, and its strict-only rules are dropped (${ref('validation policy', 'policy')}).`
              : `You send it: only its strict-only rules are dropped (${ref('validation policy', 'policy')}).`,
          },
        ],
      },
      { kind: 'notes', notes: notesOf(schema).map((note) => linkProse(contract, note, key)) },
    ],
    sections,
  };
}
