/**
 * The AsyncAPI document's event blocks (`x-popp-events`) expanded into plain AsyncAPI 3.0: each block says
 * everything about one event once, and this derives the four places AsyncAPI wants it in — the channel's
 * message map, a `send` operation, a message component and the envelope schema. Runs before file references
 * are resolved, so an event's examples and data schema may still point at files.
 */
import { type Json, type JsonObject, isObject } from './json.js';

/** The kinds of record an event's `data.recordId` can identify. `run` events feed the run tracker. */
export const RECORD_KINDS = ['run', 'contact', 'workflow', 'conversation', 'analysis', 'candidate', 'booking'] as const;
export type RecordKind = (typeof RECORD_KINDS)[number];

const CHANNEL = 'webhookEndpoint';
const REPLY = { $ref: '#/components/replies/Acknowledgement' };
const DELIVERY_TRAIT = { $ref: '#/components/messageTraits/PoppDelivery' };
const HTTP_POST = { http: { method: 'POST', bindingVersion: '0.3.0' } };
// The envelope of an event whose data is only partly published is itself fully documented; its schema says so.
const PARTIAL_ENVELOPE_REASON = 'The envelope is documented; the data fields are documented only as far as the data schema says.';

/** `WORKFLOW_RUN_STARTED` → `WorkflowRunStarted`: the message key; `<key>Event` names the envelope schema. */
export function messageKeyOf(eventType: string): string {
  return eventType
    .toLowerCase()
    .split('_')
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join('');
}

/**
 * Replaces `x-popp-events` with the channel messages, operations, message components and envelope schemas
 * it implies. Throws, naming the event, when a block lacks a fact or names a schema twice.
 *
 * @example
 *   const document = deriveEvents(YAML.parse(readFileSync('spec/asyncapi.yaml', 'utf8')));
 *   Object.keys(document.operations); // ['sendWorkflowRunStarted', …]
 */
export function deriveEvents(document: JsonObject): JsonObject {
  const blocks = document['x-popp-events'];
  if (!isObject(blocks)) throw new Error('asyncapi.yaml: x-popp-events (one block per event type) is missing');
  delete document['x-popp-events'];
  const channel = (document.channels as JsonObject | undefined)?.[CHANNEL];
  if (!isObject(channel)) throw new Error(`asyncapi.yaml: channels.${CHANNEL} is missing`);
  const components = (document.components ??= {}) as JsonObject;
  const schemas = (components.schemas ??= {}) as JsonObject;
  const handWrittenMessages = (components.messages ?? {}) as JsonObject;

  const channelMessages: JsonObject = {};
  const operations: JsonObject = {};
  const messages: JsonObject = {};
  const derivedSchemas: JsonObject = {};
  for (const [type, value] of Object.entries(blocks)) {
    const block = checkBlock(type, value);
    const key = messageKeyOf(type);
    const envelopeName = `${key}Event`;
    const provenance = block.provenance as JsonObject;
    const data = block.data as JsonObject;
    let dataRef: JsonObject = data;
    if (typeof data.$ref !== 'string') {
      // A data schema written in the block becomes a component of its own title.
      const title = data.title as string;
      claimName(derivedSchemas, schemas, title, type);
      derivedSchemas[title] = data;
      dataRef = { $ref: `#/components/schemas/${title}` };
    }
    claimName(derivedSchemas, schemas, envelopeName, type);
    derivedSchemas[envelopeName] = {
      title: envelopeName,
      type: 'object',
      required: ['event', 'eventId', 'eventTimestamp', 'data'],
      properties: {
        event: { const: type, description: 'The event type.' },
        eventId: envelopeProperty(schemas, 'eventId'),
        eventTimestamp: envelopeProperty(schemas, 'eventTimestamp'),
        data: dataRef,
      },
      'x-popp-provenance': provenance.status === 'documented' ? provenance : { ...provenance, reason: PARTIAL_ENVELOPE_REASON },
    };
    channelMessages[type] = { $ref: `#/components/messages/${key}` };
    operations[`send${key}`] = {
      action: 'send',
      channel: { $ref: `#/channels/${CHANNEL}` },
      title: `Deliver ${type}`,
      summary: `Popp POSTs a ${type} event to your endpoint.`,
      messages: [{ $ref: `#/channels/${CHANNEL}/messages/${type}` }],
      bindings: HTTP_POST,
      reply: REPLY,
      'x-popp-provenance': { status: 'documented', source: provenance.source as string },
    };
    messages[key] = {
      name: type,
      title: block.title as string,
      summary: block.summary as string,
      description: block.description as string,
      traits: [DELIVERY_TRAIT],
      payload: { $ref: `#/components/schemas/${envelopeName}` },
      examples: block.examples as Json,
      'x-popp-category': block.category as string,
      'x-popp-record-id': (block.recordId as JsonObject).is as string,
      'x-popp-record-kind': (block.recordId as JsonObject).kind as string,
      ...(block.endsRun === true ? { 'x-popp-ends-run': true } : {}),
      'x-popp-provenance': provenance,
    };
  }
  channel.messages = channelMessages;
  document.operations = operations;
  components.schemas = { ...schemas, ...derivedSchemas };
  components.messages = { ...messages, ...handWrittenMessages };
  return document;
}

const BLOCK_FIELDS = ['title', 'summary', 'description', 'category', 'recordId', 'provenance', 'examples', 'data'] as const;
// `endsRun: true` marks a run-terminal event: it carries the run-level outcome and the run's nodes[].
const OPTIONAL_FIELDS = ['endsRun'] as const;

function checkBlock(type: string, value: Json): JsonObject {
  if (!/^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$/.test(type)) throw new Error(`x-popp-events.${type}: an event type is UPPER_SNAKE_CASE`);
  if (!isObject(value)) throw new Error(`x-popp-events.${type}: must be a mapping`);
  const missing = BLOCK_FIELDS.filter((field) => value[field] === undefined);
  if (missing.length > 0) throw new Error(`x-popp-events.${type}: missing ${missing.join(', ')}`);
  const known: readonly string[] = [...BLOCK_FIELDS, ...OPTIONAL_FIELDS];
  const unknown = Object.keys(value).filter((field) => !known.includes(field));
  if (unknown.length > 0) throw new Error(`x-popp-events.${type}: unknown field ${unknown.join(', ')} (known: ${known.join(', ')})`);
  if (value.endsRun !== undefined && (value.endsRun !== true || (value.recordId as JsonObject).kind !== 'run')) {
    throw new Error(`x-popp-events.${type}.endsRun: true, on an event whose record kind is run, or left out`);
  }
  const recordId = value.recordId;
  if (!isObject(recordId) || typeof recordId.is !== 'string' || !(RECORD_KINDS as readonly Json[]).includes(recordId.kind ?? null)) {
    throw new Error(`x-popp-events.${type}.recordId: needs { is: <what the ID is>, kind: ${RECORD_KINDS.join(' | ')} }`);
  }
  if (!isObject(value.provenance) || typeof value.provenance.source !== 'string') {
    throw new Error(`x-popp-events.${type}.provenance: needs a status and the docs page (source) that describes the event`);
  }
  if (!Array.isArray(value.examples) || value.examples.length === 0) throw new Error(`x-popp-events.${type}.examples: needs at least one example`);
  const data = value.data;
  if (!isObject(data) || (typeof data.$ref !== 'string' && typeof data.title !== 'string')) {
    throw new Error(`x-popp-events.${type}.data: a schema with a title, or a $ref to a shared one`);
  }
  return value;
}

function claimName(derived: JsonObject, schemas: JsonObject, name: string, type: string): void {
  if (name in derived || name in schemas) throw new Error(`x-popp-events.${type}: schema ${name} is defined twice`);
}

// Every envelope shares its eventId and eventTimestamp definitions with PoppWebhookEnvelope.
function envelopeProperty(schemas: JsonObject, name: string): Json {
  const envelope = schemas.PoppWebhookEnvelope;
  const property = isObject(envelope) && isObject(envelope.properties) ? envelope.properties[name] : undefined;
  if (property === undefined) throw new Error(`asyncapi.yaml: PoppWebhookEnvelope.properties.${name} is missing`);
  return structuredClone(property);
}
