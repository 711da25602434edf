import {
  TS_DESCRIPTION_PRESET,
  TypeScriptGenerator,
  typeScriptDefaultModelNameConstraints,
} from '@asyncapi/modelina';
import type { Contract } from './contract.js';
import { type JsonObject, isObject } from './json.js';
import { tsBanner } from './header.js';
import { standaloneSchema } from './schemas.js';

// Settings that give plain JSON-shaped interfaces (see ../shared/reference/toolchain.md): keep wire names
// as they are, no reserved-word renaming, no fake additionalProperties members.
function createGenerator(): TypeScriptGenerator {
  return new TypeScriptGenerator({
    modelType: 'interface',
    enumType: 'union',
    mapType: 'record',
    rawPropertyNames: true,
    useJavascriptReservedKeywords: false,
    constraints: { modelName: typeScriptDefaultModelNameConstraints({ NO_RESERVED_KEYWORDS: (name: string) => name }) },
    processorOptions: { interpreter: { ignoreAdditionalProperties: true } },
    presets: [TS_DESCRIPTION_PRESET],
  });
}

/** Model source code by name, from modelina, with per-file imports removed (everything lands in one file). */
async function generateModels(input: object): Promise<Map<string, string>> {
  const models = await createGenerator().generateCompleteModels(input as never, { exportType: 'named' });
  const byName = new Map<string, string>();
  for (const model of models) {
    const code = model.result
      .split('\n')
      .filter((line) => !line.startsWith('import ') && !/^export \{ \w+ \};$/.test(line))
      .join('\n')
      .replace(/^(interface|type) /gm, 'export $1 ')
      .replace(/( \| null)+/g, ' | null')
      .trim();
    byName.set(model.modelName, code);
  }
  return byName;
}

/** The named enum schemas Popp sends: their types gain `| UnknownValue` (the tolerant profile opens them). */
export function openEnumNames(contract: Contract): string[] {
  return [...contract.schemas].filter(([name, schema]) => Array.isArray(schema.enum) && contract.incoming.has(name)).map(([name]) => name);
}

/** Each oneOf that the tolerant profile opens to unknown kinds: its branch names and its unknown branch's type. */
export function openKindUnions(contract: Contract): { branches: string[]; unknown: { title: string; description: string } }[] {
  return [...contract.schemas.values()]
    .filter((schema) => isObject(schema['x-popp-unknown-kind']))
    .map((schema) => ({
      branches: (schema.oneOf as JsonObject[]).map((branch) => String(branch.$ref).replace('#/components/schemas/', '')),
      unknown: schema['x-popp-unknown-kind'] as unknown as { title: string; description: string },
    }));
}

/**
 * Appends the open branches to modelina's (or openapi-typescript's) output: `| UnknownValue` to every enum type
 * Popp sends, `| Unknown<Kind>` to every open oneOf. `declaration` matches the line that declares a type.
 */
export function openTypes(source: string, enumNames: string[], contract: Contract, declaration: (name: string) => RegExp, unionOf: (branches: string[]) => string): string {
  let out = source;
  for (const name of enumNames) {
    const pattern = declaration(name);
    if (!pattern.test(out)) throw new Error(`emit: no declaration of enum type ${name} to open`);
    out = out.replace(pattern, (line) => line.replace(/;$/, ' | UnknownValue;'));
  }
  for (const { branches, unknown } of openKindUnions(contract)) {
    const union = unionOf(branches);
    if (!out.includes(union)) throw new Error(`emit: no union ${union} to open`);
    out = out.split(union).join(`${union} | ${unknown.title}`);
  }
  return out;
}

/** generated/events.ts: one interface per payload, the event unions, EventMap and the runtime type lists. */
export async function emitEventsTs(contract: Contract): Promise<{ source: string; typeNames: Set<string> }> {
  const models = await generateModels(contract.asyncapi);
  // The envelope is no message payload, so modelina would not reach it from the AsyncAPI document; feed it
  // the envelope's JSON Schema on its own (declared as draft-07, the newest draft modelina's reader accepts).
  const envelope = { ...standaloneSchema('PoppWebhookEnvelope', contract.schemas), $schema: 'http://json-schema.org/draft-07/schema#' };
  for (const [name, code] of await generateModels(envelope)) {
    if (!models.has(name)) models.set(name, code);
  }
  for (const name of models.keys()) {
    if (/^Anonymous/i.test(name)) throw new Error(`modelina produced an anonymous model name: ${name}`);
  }
  const events = contract.events;
  const workflow = events.filter((event) => event.category === 'workflow');
  const sorted = [...models.entries()].sort(([a], [b]) => a.localeCompare(b));
  const list = (items: string[]) => items.map((item) => `  '${item}',`).join('\n');
  const unknownKinds = openKindUnions(contract).map(({ unknown }) => `/**\n * ${unknown.description}\n */\nexport interface ${unknown.title} {\n  'kind': UnknownValue;\n}`);
  const models_ = openTypes(
    sorted.map(([, code]) => code).join('\n\n'),
    openEnumNames(contract).filter((name) => models.has(name)),
    contract,
    (name) => new RegExp(`^export type ${name} = .*;$`, 'm'),
    (branches) => branches.join(' | '),
  );
  const source = `${tsBanner()}
// Payload types of every Popp webhook event, generated by modelina from spec/asyncapi.yaml.
// Runtime validation accepts unknown properties (Popp may add fields); these types stay closed. Enums and
// node outcome kinds are open (the tolerant profile lets new values through): switch over the known values,
// and the rest is UnknownValue / UnknownOutcome.

/**
 * A value this version of the contract does not know: a string, but never one of the known values, so a
 * switch narrows on every known value and what is left is this. Compare it as a string (\`String(value)\`).
 */
export type UnknownValue = \`\${string} (a value this version of popp-workflow-contract does not know)\`;

${unknownKinds.join('\n\n')}

${models_}

/** What a node produced: the \`outcome\` of a NodeOutcome, discriminated by \`kind\`. */
export type NodeOutcomeDetail = NodeOutcome['outcome'];

/** Every event type of the contract, in the order the docs list them. */
export const KNOWN_EVENT_TYPES = [
${list(events.map((event) => event.type))}
] as const;

/** The Workflow event types (fully documented). */
export const WORKFLOW_EVENT_TYPES = [
${list(workflow.map((event) => event.type))}
] as const;

/** The event types whose \`data.recordId\` is a workflow run's ID: the run tracker folds these. */
export const RUN_EVENT_TYPES = [
${list(events.filter((event) => event.recordKind === 'run').map((event) => event.type))}
] as const;

/** The run-terminal event types: each ends its run and carries the run-level outcome and nodes[]. */
export const RUN_TERMINAL_EVENT_TYPES = [
${list(events.filter((event) => event.endsRun).map((event) => event.type))}
] as const;

/** What each event type's \`data.recordId\` identifies. */
export const RECORD_KIND_OF_EVENT = {
${events.map((event) => `  ${event.type}: '${event.recordKind}',`).join('\n')}
} as const;

/** Event type → payload type. */
export interface EventMap {
${events.map((event) => `  ${event.type}: ${event.schemaName};`).join('\n')}
}

export type PoppEventType = keyof EventMap;
export type WorkflowEventType = (typeof WORKFLOW_EVENT_TYPES)[number];
export type RunEventType = (typeof RUN_EVENT_TYPES)[number];
export type RunTerminalEventType = (typeof RUN_TERMINAL_EVENT_TYPES)[number];

/** Any event this contract knows, discriminated by \`event\`. */
export type PoppWebhookEvent = EventMap[PoppEventType];

/** Any of the Workflow events, discriminated by \`event\`. */
export type WorkflowEvent = EventMap[WorkflowEventType];

/** Any event about one run (its \`data.recordId\` is the run's ID). */
export type RunEvent = EventMap[RunEventType];

/** Any run-terminal event. */
export type WorkflowRunTerminalEvent = EventMap[RunTerminalEventType];

/** The data of any run-terminal event (the Workflow Events page's \`WorkflowRunTerminalPayload\`). */
export type WorkflowRunTerminalData = WorkflowRunTerminalEvent['data'];
`;
  return { source, typeNames: new Set([...models.keys(), ...openKindUnions(contract).map(({ unknown }) => unknown.title)]) };
}
