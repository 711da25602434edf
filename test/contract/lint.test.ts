// The spec linters: the real documents pass, and each rule catches what it is there to catch.
import { beforeAll, describe, expect, it } from 'vitest';
import { createContractAjv } from '../../scripts/lib/ajv.js';
import { type Contract, loadContract } from '../../scripts/lib/contract.js';
import { lintAsyncApi, lintContract, lintEnumMeanings, lintExamples, lintFieldDescriptions, lintNames, lintOpenApi, lintProvenance, lintProvenanceRollUp } from '../../scripts/lib/lint.js';
import { deriveEvents } from '../../scripts/lib/derive-events.js';
import { tolerantSchema } from '../../scripts/lib/profiles.js';
import { HANG_BOUND_MS } from '../helpers/bounds.js';

let contract: Contract;
beforeAll(() => {
  contract = loadContract();
});

/** A deep copy of the contract with `edit` applied to its schemas and documents. */
function edited(edit: (copy: Contract) => void): Contract {
  const copy: Contract = { ...structuredClone({ ...contract, schemas: undefined }), schemas: structuredClone(contract.schemas) } as Contract;
  edit(copy);
  return copy;
}

describe('the specs as they are', () => {
  it('pass every contract rule', () => {
    expect(lintContract(contract, createContractAjv(contract.schemas, contract.tolerantSchemas))).toEqual([]);
  });

  it('@asyncapi/parser reports no error or warning', async () => {
    expect(await lintAsyncApi(contract.asyncapi)).toEqual([]);
  }, HANG_BOUND_MS);

  it("Redocly's recommended rules report no error or warning on the OpenAPI document", async () => {
    expect(await lintOpenApi(contract.openapi)).toEqual([]);
  }, HANG_BOUND_MS);
});

describe('each rule can fail', () => {
  it('an inline object schema is anonymous', () => {
    const broken = edited((copy) => {
      const node = copy.schemas.get('NodeOutcome') as any;
      node.properties.extra = { type: 'object', properties: { a: { type: 'string' } } };
    });
    expect(lintNames(broken)).toEqual(['anonymous schema at #/components/schemas/NodeOutcome/properties/extra: give it a title and make it a named component']);
  });

  it('a component whose title is not its name', () => {
    const broken = edited((copy) => {
      (copy.schemas.get('RunOutcome') as any).title = 'Outcome';
    });
    expect(lintNames(broken)[0]).toMatch(/schema RunOutcome: title must be "RunOutcome"/);
  });

  it('missing, malformed and self-contradicting provenance', () => {
    const broken = edited((copy) => {
      delete (copy.schemas.get('TrafficLight') as any)['x-popp-provenance'];
      (copy.schemas.get('QuestionOutcome') as any)['x-popp-provenance'] = { status: 'documented' };
      (copy.schemas.get('AnswerState') as any)['x-popp-provenance'] = { status: 'inferred', reason: 'x', source: 'https://docs.joinpopp.com/' };
      (copy.schemas.get('NodeType') as any)['x-popp-provenance'] = { status: 'guessed' };
    });
    expect(lintProvenance(broken)).toEqual([
      'schema AnswerState: inferred provenance must not name a docs source (it would pose as documented)',
      'schema NodeType: x-popp-provenance.status must be one of documented, partially-documented, inferred',
      'schema QuestionOutcome: documented provenance needs a source under https://docs.joinpopp.com/',
      'schema TrafficLight: missing x-popp-provenance',
    ]);
  });

  it('a malformed shared schema is reported once, not once per document', () => {
    const broken = edited((copy) => {
      (copy.schemas.get('TrafficLight') as any)['x-popp-provenance'] = { status: 'guessed' };
      (copy.openapi as any).components.schemas.TrafficLight['x-popp-provenance'] = { status: 'guessed' };
    });
    expect(lintProvenance(broken)).toEqual(['schema TrafficLight: x-popp-provenance.status must be one of documented, partially-documented, inferred']);
  });

  it('an example that does not validate', () => {
    const broken = edited((copy) => {
      const event = copy.events.find((item) => item.type === 'WORKFLOW_PUBLISHED');
      (event?.examples[0]?.payload as any).data.versionNumber = 'four';
    });
    const problems = lintExamples(broken, createContractAjv(broken.schemas, broken.tolerantSchemas));
    expect(problems).toEqual(['message WorkflowPublished example docs-example: example does not validate against WorkflowPublishedEvent: /data/versionNumber must be integer']);
  });

  it('@asyncapi/parser errors fail generation', async () => {
    const broken = structuredClone(contract.asyncapi) as any;
    broken.operations.sendWorkflowPublished.channel = { $ref: '#/channels/doesNotExist' };
    const problems = await lintAsyncApi(broken);
    expect(problems).toContain("asyncapi operations/sendWorkflowPublished/channel/$ref: invalid-ref '#/channels/doesNotExist' does not exist");
  }, HANG_BOUND_MS);

  it('Redocly errors fail generation', async () => {
    const broken = structuredClone(contract.openapi) as any;
    delete broken.paths['/v1/workflow-runs/{runId}'].get.operationId;
    broken.info.title = 5;
    const problems = (await lintOpenApi(broken)).join('\n');
    expect(problems).toMatch(/operation-operationId/);
    expect(problems).toMatch(/struct Expected type `string`/);
  }, HANG_BOUND_MS);

  it('a documented schema or operation with an inferred part', () => {
    const broken = edited((copy) => {
      (copy.schemas.get('CancelWorkflowRunRequest') as any)['x-popp-provenance'] = { status: 'documented', source: 'https://docs.joinpopp.com/llms.txt' };
      const operation = copy.operations.find((item) => item.operationId === 'cancelWorkflowRun') as any;
      operation.provenance = { status: 'documented', source: 'https://docs.joinpopp.com/llms.txt' };
    });
    expect(lintProvenanceRollUp(broken)).toEqual([
      'schema CancelWorkflowRunRequest: documented, but /properties/reason is not: make it partially-documented, with the reason',
      expect.stringMatching(/^operation cancelWorkflowRun: documented, but parameter runId, response 200, response 400, .* response 200 body WorkflowRun, .* are not: make it partially-documented, with the reason$/),
    ]);
  });

  it('an enum value without a meaning, a meaning without a value, and meanings of unmarked provenance', () => {
    const broken = edited((copy) => {
      const light = copy.schemas.get('TrafficLight') as any;
      delete light['x-popp-enum-descriptions'].RED;
      light['x-popp-enum-descriptions'].BLUE = 'Not a value.';
      (copy.schemas.get('AnswerState') as any)['x-popp-enum-descriptions-provenance'] = { status: 'documented' };
      delete (copy.schemas.get('ExistingRunStatus') as any)['x-popp-enum-descriptions'];
    });
    expect(lintEnumMeanings(broken)).toEqual([
      'enum AnswerState: x-popp-enum-descriptions-provenance is { status: inferred, reason } or left out (the meanings are the docs\')',
      'enum ExistingRunStatus: needs x-popp-enum-descriptions, a meaning for each value (mark them inferred where the docs give none)',
      'enum TrafficLight: no meaning for RED',
      'enum TrafficLight: meanings for values it does not have: BLUE',
    ]);
  });

  it('reasoning in a field description instead of x-popp-notes', () => {
    const broken = edited((copy) => {
      (copy.schemas.get('NodeOutcome') as any).properties.nodeId.description = Array.from({ length: 41 }, () => 'word').join(' ');
      (copy.schemas.get('RunOutcome') as any)['x-popp-notes'] = [];
    });
    expect(lintFieldDescriptions(broken)).toEqual([
      'schema NodeOutcome/properties/nodeId: a 41-word description; say what the field is in at most 40 words and move the reasoning to x-popp-notes',
      'schema RunOutcome: x-popp-notes is a non-empty list of texts',
    ]);
  });

  it('an event block that lacks a fact or breaks a rule of its own', () => {
    const block = () => structuredClone((contract.asyncapi as any)['x-popp-events'] ?? null);
    expect(block()).toBeNull(); // the bundled document keeps none of the shorthand
    const minimal = (events: object) => deriveEvents({ channels: { webhookEndpoint: {} }, components: { schemas: { PoppWebhookEnvelope: { properties: { eventId: {}, eventTimestamp: {} } } } }, 'x-popp-events': events } as any);
    const valid = { title: 't', summary: 's', description: 'd', category: 'workflow', recordId: { is: 'Run ID', kind: 'run' }, provenance: { status: 'documented', source: 'https://docs.joinpopp.com/x' }, examples: [{ name: 'e', payload: {} }], data: { title: 'XData', type: 'object' } };
    expect(Object.keys(minimal({ RUN_PAUSED: valid }).operations as object)).toEqual(['sendRunPaused']);
    expect(() => minimal({ RUN_PAUSED: { ...valid, recordId: { is: 'x', kind: 'meeting' } } })).toThrow(/RUN_PAUSED.recordId: needs \{ is: <what the ID is>, kind: run \| contact/);
    expect(() => minimal({ RUN_PAUSED: { ...valid, examples: [] } })).toThrow(/needs at least one example/);
    expect(() => minimal({ run_paused: valid })).toThrow(/UPPER_SNAKE_CASE/);
    expect(() => minimal({ RUN_PAUSED: { ...valid, colour: 'red' } })).toThrow(/unknown field colour/);
    expect(() => minimal({ RUN_PAUSED: { ...valid, endsRun: true, recordId: { is: 'x', kind: 'contact' } } })).toThrow(/endsRun: true, on an event whose record kind is run/);
    expect(() => minimal({ A_B: valid, C_D: valid })).toThrow(/schema XData is defined twice/);
  });

  it('an x-popp-strict-only rule that does not apply to its schema', () => {
    const schema = (strictOnly: object) => ({ type: 'object', required: ['a'], properties: { a: { type: 'integer', minimum: 1 } }, 'x-popp-strict-only': strictOnly });
    const derive = (strictOnly: object) => tolerantSchema(schema(strictOnly) as any, { incoming: true, dateTimePattern: 'x', schemas: new Map() });
    expect(derive({ required: ['a'], reason: 'r' })).not.toHaveProperty('required');
    expect(() => derive({ required: ['b'], reason: 'r' })).toThrow('x-popp-strict-only at (root): b not in required');
    expect(() => derive({ required: ['a'] })).toThrow('needs a reason');
    expect(() => derive({ keywords: ['maximum'], reason: 'r' })).toThrow('keyword maximum is not in the schema');
    expect(() => derive({ integer: true, reason: 'r' })).toThrow('integer: true on a schema whose type is not integer');
    expect(() => derive({ optional: ['a'], reason: 'r' })).toThrow('unknown field optional');
  });
});
