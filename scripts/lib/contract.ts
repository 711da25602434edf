import { resolve } from 'node:path';
import { bundleDocument } from './bundle.js';
import { deriveEvents } from './derive-events.js';
import { type Json, type JsonObject, isObject } from './json.js';
import { SPEC_DIR } from './paths.js';
import { type Profiles, incomingSchemas, loadProfiles, tolerantDateTimePattern, tolerantSchema } from './profiles.js';

export interface Provenance {
  status: 'documented' | 'partially-documented' | 'inferred';
  source?: string;
  reason?: string;
}

export interface EventExample {
  name: string;
  summary: string;
  payload: Json;
}

/** One webhook event type, as the AsyncAPI document describes it. */
export interface EventInfo {
  type: string;
  messageKey: string;
  schemaName: string;
  dataSchemaName: string;
  category: string;
  title: string;
  summary: string;
  description: string;
  recordIdIs: string;
  /** Which kind of record recordId identifies; `run` events are folded by the run tracker. */
  recordKind: string;
  /** A run-terminal event: it ends its run and carries the run-level outcome and nodes[]. */
  endsRun: boolean;
  provenance: Provenance;
  examples: EventExample[];
}

export interface MediaExample {
  name: string;
  summary: string;
  value: Json;
}

export interface ResponseInfo {
  status: string;
  description: string;
  schemaName: string | undefined;
  examples: MediaExample[];
  headers: string[];
  /** The response's own provenance, when it has one. */
  provenance?: string;
  provenanceDetail?: Provenance;
}

export interface ParameterInfo {
  name: string;
  in: string;
  required: boolean;
  description: string;
  schema: JsonObject;
  /** The parameter's own provenance status, when it has one. */
  provenance?: string;
}

/** One REST operation, as the OpenAPI document describes it. */
export interface OperationInfo {
  operationId: string;
  method: string;
  path: string;
  summary: string;
  description: string;
  tags: string[];
  provenance: Provenance;
  parameters: ParameterInfo[];
  requestSchemaName: string | undefined;
  requestRequired: boolean;
  requestExamples: MediaExample[];
  responses: ResponseInfo[];
}

export interface Contract {
  asyncapi: JsonObject;
  openapi: JsonObject;
  /** Every named schema of both documents, as written: the strict profile. The shared ones appear once. */
  schemas: Map<string, JsonObject>;
  /** The tolerant variant of every schema, under the same names (their references carry TOLERANT_SUFFIX). */
  tolerantSchemas: Map<string, JsonObject>;
  /** The schemas Popp sends (event payloads, REST responses), which the forward-compatibility rules open. */
  incoming: Set<string>;
  profiles: Profiles;
  events: EventInfo[];
  operations: OperationInfo[];
  /** Every spec file the contract was built from, absolute paths, sorted. */
  inputs: string[];
}

const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options'];

export function loadContract(): Contract {
  const asyncapi = bundleDocument(resolve(SPEC_DIR, 'asyncapi.yaml'), deriveEvents);
  const openapi = bundleDocument(resolve(SPEC_DIR, 'openapi.yaml'));
  // Both bundled documents carry the validation policy, so whoever reads generated/ (the docs site) has it.
  const profiles = loadProfiles();
  for (const document of [asyncapi.document, openapi.document]) (document.info as JsonObject)[PROFILES_KEY] = profiles as unknown as Json;
  return {
    ...describeDocuments(asyncapi.document, openapi.document),
    inputs: [...new Set([...asyncapi.inputs, ...openapi.inputs, resolve(SPEC_DIR, 'profiles.yaml')])].sort(),
  };
}

const PROFILES_KEY = 'x-popp-validation-profiles';

/**
 * The contract as two bundled documents describe it: the spec's, or generated/asyncapi.json and
 * generated/openapi.json (which is how the docs site reads it).
 * @example describeDocuments(readJson('generated/asyncapi.json'), readJson('generated/openapi.json')).events.map((event) => event.type) // ['WORKFLOW_RUN_STARTED', …]
 */
export function describeDocuments(asyncapi: JsonObject, openapi: JsonObject): Omit<Contract, 'inputs'> {
  const profiles = (asyncapi.info as JsonObject)[PROFILES_KEY] as unknown as Profiles;
  if (!isObject(profiles)) throw new Error(`the AsyncAPI document has no info.${PROFILES_KEY}`);
  const schemas = mergeSchemas(asyncapi, openapi);
  const operations = readOperations(openapi);
  const responseSchemas = operations.flatMap((operation) => operation.responses.map((response) => response.schemaName)).filter((name) => name !== undefined);
  const asyncapiSchemas = Object.keys(((asyncapi.components as JsonObject).schemas ?? {}) as JsonObject);
  const incoming = incomingSchemas([...asyncapiSchemas, ...responseSchemas], schemas);
  const dateTimePattern = tolerantDateTimePattern(profiles);
  const tolerantSchemas = new Map([...schemas].map(([name, schema]) => [name, tolerantSchema(schema, { incoming: incoming.has(name), dateTimePattern, schemas })]));
  return { asyncapi, openapi, schemas, tolerantSchemas, incoming, profiles, events: readEvents(asyncapi), operations };
}

/** The component name a `#/components/<kind>/<Name>` reference points at. */
export function refName(node: Json | undefined, kind = 'schemas'): string | undefined {
  if (!isObject(node) || typeof node.$ref !== 'string') return undefined;
  const prefix = `#/components/${kind}/`;
  return node.$ref.startsWith(prefix) ? node.$ref.slice(prefix.length) : undefined;
}

function mergeSchemas(...documents: JsonObject[]): Map<string, JsonObject> {
  const merged = new Map<string, JsonObject>();
  for (const document of documents) {
    const schemas = (document.components as JsonObject | undefined)?.schemas as JsonObject | undefined;
    for (const [name, schema] of Object.entries(schemas ?? {})) {
      const known = merged.get(name);
      if (known && JSON.stringify(known) !== JSON.stringify(schema)) {
        throw new Error(`schema ${name} differs between the AsyncAPI and OpenAPI documents; define it once in spec/schemas/`);
      }
      merged.set(name, schema as JsonObject);
    }
  }
  return new Map([...merged.entries()].sort(([a], [b]) => a.localeCompare(b)));
}

function readEvents(asyncapi: JsonObject): EventInfo[] {
  const components = asyncapi.components as JsonObject;
  const messages = components.messages as JsonObject;
  const schemas = components.schemas as JsonObject;
  const channel = (asyncapi.channels as JsonObject).webhookEndpoint as JsonObject;
  return Object.entries(channel.messages as JsonObject).map(([type, ref]) => {
    const messageKey = required(refName(ref, 'messages'), `channel message ${type} is not a component reference`);
    const message = messages[messageKey] as JsonObject;
    const schemaName = required(refName(message.payload), `message ${messageKey} has no named payload schema`);
    const payload = schemas[schemaName] as JsonObject;
    const properties = payload.properties as JsonObject;
    const eventConst = (properties.event as JsonObject).const;
    if (eventConst !== type || message.name !== type) {
      throw new Error(`message ${messageKey}: channel key ${type}, name ${String(message.name)} and event const ${String(eventConst)} must agree`);
    }
    return {
      type,
      messageKey,
      schemaName,
      dataSchemaName: required(refName(properties.data), `${schemaName}.data is not a named schema`),
      category: String(message['x-popp-category']),
      title: String(message.title),
      summary: String(message.summary),
      description: String(message.description),
      recordIdIs: String(message['x-popp-record-id']),
      recordKind: String(message['x-popp-record-kind']),
      endsRun: message['x-popp-ends-run'] === true,
      provenance: message['x-popp-provenance'] as unknown as Provenance,
      examples: ((message.examples ?? []) as JsonObject[]).map((example) => ({
        name: String(example.name),
        summary: String(example.summary),
        payload: example.payload as Json,
      })),
    };
  });
}

function readOperations(openapi: JsonObject): OperationInfo[] {
  const components = (openapi.components ?? {}) as JsonObject;
  const operations: OperationInfo[] = [];
  for (const [path, item] of Object.entries(openapi.paths as JsonObject)) {
    const pathItem = item as JsonObject;
    for (const method of HTTP_METHODS) {
      const operation = pathItem[method] as JsonObject | undefined;
      if (!operation) continue;
      const parameters = [...((pathItem.parameters ?? []) as Json[]), ...((operation.parameters ?? []) as Json[])]
        .map((parameter) => deref(parameter, components, 'parameters'))
        .map((parameter) => ({
          name: String(parameter.name),
          in: String(parameter.in),
          required: parameter.required === true,
          description: String(parameter.description ?? ''),
          schema: (parameter.schema ?? {}) as JsonObject,
          ...(isObject(parameter['x-popp-provenance']) ? { provenance: String(parameter['x-popp-provenance'].status) } : {}),
        }));
      const requestBody = operation.requestBody ? deref(operation.requestBody, components, 'requestBodies') : undefined;
      const requestMedia = (requestBody?.content as JsonObject | undefined)?.['application/json'] as JsonObject | undefined;
      operations.push({
        operationId: String(operation.operationId),
        method: method.toUpperCase(),
        path,
        summary: String(operation.summary ?? ''),
        description: String(operation.description ?? ''),
        tags: (operation.tags ?? []) as string[],
        provenance: operation['x-popp-provenance'] as unknown as Provenance,
        parameters,
        requestSchemaName: refName(requestMedia?.schema),
        requestRequired: requestBody?.required === true,
        requestExamples: mediaExamples(requestMedia),
        responses: Object.entries((operation.responses ?? {}) as JsonObject).map(([status, response]) => {
          const resolved = deref(response, components, 'responses');
          const media = (resolved.content as JsonObject | undefined)?.['application/json'] as JsonObject | undefined;
          return {
            status,
            description: String(resolved.description ?? ''),
            schemaName: refName(media?.schema),
            examples: mediaExamples(media),
            headers: Object.keys((resolved.headers ?? {}) as JsonObject),
            ...(isObject(resolved['x-popp-provenance'])
              ? { provenance: String(resolved['x-popp-provenance'].status), provenanceDetail: resolved['x-popp-provenance'] as unknown as Provenance }
              : {}),
          };
        }),
      });
    }
  }
  return operations;
}

function mediaExamples(media: JsonObject | undefined): MediaExample[] {
  if (!media) return [];
  const examples = Object.entries((media.examples ?? {}) as JsonObject).map(([name, example]) => ({
    name,
    summary: String((example as JsonObject).summary ?? ''),
    value: (example as JsonObject).value as Json,
  }));
  if (media.example !== undefined) examples.push({ name: 'example', summary: '', value: media.example });
  return examples;
}

/** Follows one `#/components/<kind>/<Name>` reference, if the node is one. */
export function deref(node: Json, components: JsonObject, kind: string): JsonObject {
  const name = refName(node, kind);
  if (name === undefined) return node as JsonObject;
  const target = (components[kind] as JsonObject | undefined)?.[name];
  if (!isObject(target)) throw new Error(`unresolved reference #/components/${kind}/${name}`);
  return target;
}

function required<T>(value: T | undefined, message: string): T {
  if (value === undefined) throw new Error(message);
  return value;
}
