import { loadContract } from './contract.js';
import { createContractAjv } from './ajv.js';
import { emitApiTs } from './emit-api.js';
import { emitConstantsTs } from './emit-constants.js';
import { emitDocs } from './emit-docs.js';
import { emitEventsTs } from './emit-events.js';
import { emitExamplesTs } from './emit-examples.js';
import { emitModels } from './emit-models.js';
import { HELPERS_MODULE, emitFastValidators, emitValidationHelpers, emitValidators } from './emit-validators.js';
import { type JsonObject, toJsonText } from './json.js';
import { ContractLintError, lintAsyncApi, lintContract, lintOpenApi } from './lint.js';
import { buildManifest } from './manifest.js';
import { BANNER } from './header.js';
import { resolve } from 'node:path';
import { ROOT } from './paths.js';
import { TOLERANT_SUFFIX } from './profiles.js';
import { rewriteRefs, standaloneSchema } from './schemas.js';

export interface GenerationSummary {
  events: number;
  workflowEvents: number;
  schemas: number;
  validators: number;
  operations: number;
  docPages: number;
  files: number;
}

/**
 * The whole pipeline, in memory: load and bundle the specs, lint them (any problem throws
 * ContractLintError), then emit every file of generated/. Keys are paths relative to generated/.
 */
export async function buildOutputs(): Promise<{ files: Map<string, string>; summary: GenerationSummary }> {
  const contract = loadContract();
  const ajv = createContractAjv(contract.schemas, contract.tolerantSchemas);
  const problems = [
    ...lintContract(contract, ajv),
    ...(await lintAsyncApi(contract.asyncapi)),
    ...(await lintOpenApi(contract.openapi)),
  ];
  if (problems.length > 0) throw new ContractLintError(problems);

  const files = new Map<string, string>();
  files.set('asyncapi.json', toJsonText(withNote(contract.asyncapi)));
  files.set('openapi.json', toJsonText(withNote(contract.openapi)));
  for (const name of contract.schemas.keys()) files.set(`schemas/${name}.json`, toJsonText(standaloneSchema(name, contract.schemas)));
  const tolerant = publishedTolerantSchemas(contract);
  for (const name of tolerant.keys()) files.set(`schemas/tolerant/${name}.json`, toJsonText(standaloneSchema(name, tolerant)));
  files.set('schemas/index.json', toJsonText(schemaIndex(contract)));

  const events = await emitEventsTs(contract);
  files.set('events.ts', events.source);
  files.set('api.ts', await emitApiTs(contract));
  files.set('examples.ts', emitExamplesTs(contract));
  files.set('constants.ts', emitConstantsTs(contract));
  const validators = emitValidators(contract, ajv, events.typeNames);
  files.set(HELPERS_MODULE, emitValidationHelpers());
  files.set('validators.mjs', validators.module);
  files.set('validators.d.mts', validators.declarations);
  const fast = emitFastValidators(contract, events.typeNames);
  files.set('validators-fast.mjs', fast.module);
  files.set('validators-fast.d.mts', fast.declarations);
  const docs = emitDocs(contract);
  for (const [path, text] of docs) files.set(`docs/${path}`, text);
  for (const [path, text] of await emitModels(contract)) files.set(path, text);
  // What goes in besides the specs: the helpers the validators embed, and the version the constants carry.
  const otherInputs = [resolve(ROOT, 'src/validation/standalone-helpers.ts'), resolve(ROOT, 'package.json')];
  files.set('manifest.json', toJsonText(buildManifest([...contract.inputs, ...otherInputs].sort(), files)));

  const sorted = new Map([...files.entries()].sort(([a], [b]) => a.localeCompare(b)));
  return {
    files: sorted,
    summary: {
      events: contract.events.length,
      workflowEvents: contract.events.filter((event) => event.category === 'workflow').length,
      schemas: contract.schemas.size,
      validators: contract.schemas.size,
      operations: contract.operations.length,
      docPages: docs.size,
      files: sorted.size,
    },
  };
}

/** The tolerant variants under their plain names, for other languages' validators (generated/schemas/tolerant/). */
function publishedTolerantSchemas(contract: ReturnType<typeof loadContract>): Map<string, JsonObject> {
  const plain = (name: string) => `#/components/schemas/${name.endsWith(TOLERANT_SUFFIX) ? name.slice(0, -TOLERANT_SUFFIX.length) : name}`;
  return new Map([...contract.tolerantSchemas].map(([name, schema]) => [name, rewriteRefs(schema, plain)]));
}

function withNote(document: JsonObject): JsonObject {
  return { 'x-generated': BANNER, ...document };
}

function schemaIndex(contract: ReturnType<typeof loadContract>): object {
  const asyncapiSchemas = (contract.asyncapi.components as JsonObject).schemas as JsonObject;
  const openapiSchemas = ((contract.openapi.components as JsonObject).schemas ?? {}) as JsonObject;
  return {
    $comment: `${BANNER} One self-contained JSON Schema 2020-12 per event payload and per component, under the strict profile (file) and the tolerant one (tolerantFile); see spec/profiles.yaml.`,
    events: contract.events.map((event) => ({
      event: event.type,
      category: event.category,
      schema: event.schemaName,
      file: `${event.schemaName}.json`,
      tolerantFile: `tolerant/${event.schemaName}.json`,
      recordKind: event.recordKind,
      provenance: event.provenance.status,
    })),
    schemas: [...contract.schemas.entries()].map(([name, schema]) => ({
      name,
      file: `${name}.json`,
      tolerantFile: `tolerant/${name}.json`,
      usedBy: [name in asyncapiSchemas ? 'asyncapi' : undefined, name in openapiSchemas ? 'openapi' : undefined].filter(Boolean),
      provenance: (schema['x-popp-provenance'] as JsonObject | undefined)?.status,
    })),
  };
}
