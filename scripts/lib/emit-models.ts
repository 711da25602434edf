import {
  ConstrainedEnumModel,
  ConstrainedObjectModel,
  ConstrainedReferenceModel,
  ConstrainedUnionModel,
  JAVA_DESCRIPTION_PRESET,
  JAVA_JACKSON_PRESET,
  JavaGenerator,
  type OutputModel,
  type ConstrainedMetaModel,
  type ConstrainedObjectPropertyModel,
  IndentationTypes,
  type JavaPreset,
  PythonGenerator,
  type PythonPreset,
} from '@asyncapi/modelina';
import type { Contract } from './contract.js';
import { BANNER } from './header.js';
import type { JsonObject } from './json.js';
import { rewriteRefs } from './schemas.js';

/** Where the models land under generated/, and the names users import. */
export const PYTHON_PACKAGE = 'popp_workflow_contract';
export const JAVA_PACKAGE = 'popp.workflow.contract';

// The wrapper modelina needs to reach every schema at once; it is never emitted.
const ROOT_MODEL = 'PoppContractModelsRoot';

/**
 * Python (pydantic 2) and Java (Jackson) models of every schema of the contract, keyed by path under
 * generated/. Modelina does the modelling; the presets and type mappings below fix what its defaults get
 * wrong for this contract (consts, nullable required fields, nullable enums, the `kind` union). Modelina's
 * own pydantic v2 preset is not used: for this contract it writes const defaults quoted twice
 * (`default=''ANALYSIS_CREATED''`, a SyntaxError), so every field is rendered here.
 * @example (await emitModels(loadContract())).get('models/python/popp_workflow_contract/__init__.py') // the pydantic module
 */
export async function emitModels(contract: Contract): Promise<Map<string, string>> {
  const input = modelInput(contract.schemas);
  const files = new Map<string, string>();
  files.set(`models/python/${PYTHON_PACKAGE}/__init__.py`, await pythonModule(input));
  files.set(`models/python/${PYTHON_PACKAGE}/py.typed`, `# ${BANNER}\n`);
  for (const [name, source] of await javaClasses(input)) files.set(`models/java/${JAVA_PACKAGE.replaceAll('.', '/')}/${name}.java`, source);
  return files;
}

/**
 * One draft-07 document holding every component schema under `definitions` (draft-07 is the newest draft
 * modelina's JSON Schema reader accepts; the keywords used here mean the same in both drafts). Tagged
 * unions are not marked here: modelina ignores `discriminator` in JSON Schema input, so they are
 * recognised on the modelled types instead (see constDiscriminator).
 */
export function modelInput(schemas: Map<string, JsonObject>): JsonObject {
  const definitions: JsonObject = {};
  for (const [name, schema] of schemas) definitions[name] = rewriteRefs(schema, (target) => `#/definitions/${target}`);
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: ROOT_MODEL,
    type: 'object',
    properties: Object.fromEntries([...schemas.keys()].map((name) => [name, { $ref: `#/definitions/${name}` }])),
    definitions,
  };
}

function checkNames(names: string[]): void {
  for (const name of names) {
    if (!/^[A-Z]\w*$/.test(name) || /^Anonymous/i.test(name)) throw new Error(`modelina produced an anonymous or empty model name: '${name}'`);
  }
}

/**
 * The property that tells a union's object members apart, when each member pins it with a `const`.
 * Modelina reads `discriminator` only from AsyncAPI/OpenAPI schemas, not from JSON Schema input, so the
 * union is recognised here, on the modelled types.
 */
export function constDiscriminator(union: ConstrainedUnionModel): string | undefined {
  const members = union.union.map((member) => (member instanceof ConstrainedReferenceModel ? member.ref : member));
  if (members.length < 2 || !members.every((member) => member instanceof ConstrainedObjectModel)) return undefined;
  const [first, ...rest] = members as ConstrainedObjectModel[];
  const pinned = (model: ConstrainedObjectModel, name: string) =>
    Object.values(model.properties).some((property) => property.unconstrainedPropertyName === name && property.required && property.property.options.const);
  return Object.values(first?.properties ?? {})
    .map((property) => property.unconstrainedPropertyName)
    .find((name) => pinned(first as ConstrainedObjectModel, name) && rest.every((member) => pinned(member as ConstrainedObjectModel, name)));
}

/** `X | null` unions (from `anyOf: [X, {type: null}]`) hold one real member: the model is that member. */
function soleMember(union: ConstrainedUnionModel): ConstrainedMetaModel | undefined {
  return union.union.length === 1 ? union.union[0] : undefined;
}

// ---------------------------------------------------------------- Python (pydantic 2)

const PYTHON_HEADER = `# ${BANNER}
"""Pydantic models of every Popp webhook payload and REST body in popp-workflow-contract.

Load a payload with \`Model.model_validate(payload)\` (field names are snake_case, JSON names are aliases);
dump it back with \`model.model_dump_json(by_alias=True, exclude_unset=True)\`. Unknown fields are kept, not
dropped.
Runtime validation belongs to the JSON Schemas in generated/schemas/; these models are for typed access.
"""
from __future__ import annotations

from enum import Enum
from typing import Any, Dict, List, Literal, Optional, Union

from pydantic import BaseModel, ConfigDict, Field
`;

// Unknown fields are kept (Popp may add fields); fields can be given by their snake_case names too.
const PYTHON_CONFIG = 'model_config = ConfigDict(extra="allow", populate_by_name=True)';

const FOUR_SPACES = { type: IndentationTypes.SPACES, size: 4 };

function pyString(text: string): string {
  return JSON.stringify(text);
}

/** Pydantic 2 fields: `Literal` consts, required-but-nullable fields, aliases, descriptions. */
const PYDANTIC_PRESET: PythonPreset = {
  class: {
    self: async ({ renderer, model }) => (await renderer.defaultSelf()).replace(`class ${model.name}:`, `class ${model.name}(BaseModel):`),
    property: ({ property }) => pythonField(property),
    ctor: () => '',
    getter: () => '',
    setter: () => '',
    additionalContent: () => PYTHON_CONFIG,
  },
  enum: {
    // A str-valued Enum compares equal to its wire value and serialises as it.
    self: ({ model }) => [`class ${model.name}(str, Enum):`, ...model.values.map((item) => `    ${item.key} = ${String(item.value)}`)].join('\n'),
  },
};

function pythonField(property: ConstrainedObjectPropertyModel): string {
  const model = property.property;
  const constant = model.options.const;
  const nullable = model.options.isNullable === true;
  let type = constant ? `Literal[${pyString(String(constant.originalInput))}]` : model.type;
  if (nullable || !property.required) type = `Optional[${type}]`;
  // A required const stays required (no default): a payload without its `event` or `kind` is refused.
  const args: string[] = [property.required ? '...' : 'None'];
  const union = model instanceof ConstrainedReferenceModel ? model.ref : model;
  const discriminator = union instanceof ConstrainedUnionModel ? constDiscriminator(union) : undefined;
  // pydantic picks the member by this field instead of trying each in turn.
  if (discriminator) args.push(`discriminator=${pyString(discriminator)}`);
  if (property.propertyName !== property.unconstrainedPropertyName) args.push(`alias=${pyString(property.unconstrainedPropertyName)}`);
  const description = (model.originalInput as JsonObject | undefined)?.description;
  if (typeof description === 'string') args.push(`description=${pyString(description.replace(/\s+/g, ' ').trim())}`);
  return `${property.propertyName}: ${type} = Field(${args.join(', ')})`;
}

function createPythonGenerator(): PythonGenerator {
  return new PythonGenerator({
    presets: [PYDANTIC_PRESET],
    indentation: FOUR_SPACES,
    processorOptions: { interpreter: { ignoreAdditionalProperties: true } },
    typeMapping: {
      Union: ({ constrainedModel }) => {
        const sole = soleMember(constrainedModel);
        return sole ? sole.type : `Union[${[...new Set(constrainedModel.union.map((member) => member.type))].join(', ')}]`;
      },
      Dictionary: ({ constrainedModel }) => `Dict[${constrainedModel.key.type}, ${constrainedModel.value.type}]`,
    },
  });
}

async function pythonModule(input: JsonObject): Promise<string> {
  const models = (await createPythonGenerator().generate(input as never)).filter((model) => model.modelName !== ROOT_MODEL);
  checkNames(models.map((model) => model.modelName));
  // Enums first, then classes, each by name; forward references are resolved once everything exists.
  const isEnum = (model: OutputModel) => model.model instanceof ConstrainedEnumModel;
  const sorted = [...models].sort((a, b) => Number(isEnum(b)) - Number(isEnum(a)) || a.modelName.localeCompare(b.modelName));
  const classes = sorted.filter((model) => !isEnum(model)).map((model) => model.modelName);
  const body = sorted.map((model) => model.result.replace(/[ \t]+$/gm, '').trim()).join('\n\n\n');
  return `${PYTHON_HEADER}

${body}


for _model in (${classes.join(', ')}):
    _model.model_rebuild()
del _model

__all__ = [
${sorted.map((model) => `    ${pyString(model.modelName)},`).join('\n')}
]
`;
}

// ---------------------------------------------------------------- Java (Jackson)

/**
 * Marks a const-tagged union as discriminated before the Jackson preset renders it, so Jackson picks the
 * member by its `kind` (JsonTypeInfo.Id.NAME) instead of guessing from the fields present (DEDUCTION, which
 * cannot tell `{kind: "empty"}` from the other members).
 */
const JAVA_TAGGED_UNION_PRESET: JavaPreset = {
  union: {
    self: ({ model, content }) => {
      const discriminator = constDiscriminator(model);
      if (discriminator) model.options.discriminator = { discriminator };
      return content;
    },
  },
};

function createJavaGenerator(): JavaGenerator {
  return new JavaGenerator({
    collectionType: 'List',
    presets: [JAVA_TAGGED_UNION_PRESET, JAVA_JACKSON_PRESET, JAVA_DESCRIPTION_PRESET],
    typeMapping: {
      // Java references are nullable already: `X | null` is just X (modelina's default would say Object).
      Union: ({ constrainedModel }) => javaUnionType(constrainedModel),
      Reference: ({ constrainedModel }) =>
        constrainedModel.ref instanceof ConstrainedUnionModel ? javaUnionType(constrainedModel.ref) : constrainedModel.name,
    },
  });
}

/** A union of object models is an interface its members implement; any other union can only be Object in Java. */
function javaUnionType(union: ConstrainedUnionModel): string {
  const sole = soleMember(union);
  if (sole) return sole.type;
  const objects = union.union.every((member) => member instanceof ConstrainedObjectModel || (member instanceof ConstrainedReferenceModel && member.ref instanceof ConstrainedObjectModel));
  return objects ? union.name : 'Object';
}

async function javaClasses(input: JsonObject): Promise<Map<string, string>> {
  // Nullable wrappers (`X | null`) are modelled as X itself, so the unions modelina splits out for them are dropped.
  const models = (await createJavaGenerator().generateCompleteModels(input as never, { packageName: JAVA_PACKAGE })).filter(
    (model) => model.modelName !== ROOT_MODEL && !(model.model instanceof ConstrainedUnionModel && soleMember(model.model)),
  );
  checkNames(models.map((model) => model.modelName));
  const sources = new Map<string, string>();
  for (const model of [...models].sort((a, b) => a.modelName.localeCompare(b.modelName))) {
    sources.set(model.modelName, `// ${BANNER}\n${model.result.replace(/[ \t]+$/gm, '').trim()}\n`);
  }
  return sources;
}
