// The spec linters: the real documents pass, and each rule catches what it is there to catch.
import { beforeAll, describe, expect, it } from 'vitest';
import { createContractAjv } from '../../scripts/lib/ajv.js';
import { type Contract, loadContract } from '../../scripts/lib/contract.js';
import { lintAsyncApi, lintContract, lintExamples, lintNames, lintOpenApi, lintProvenance } from '../../scripts/lib/lint.js';
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
    expect(lintContract(contract, createContractAjv(contract.schemas))).toEqual([]);
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
    const problems = lintExamples(broken, createContractAjv(broken.schemas));
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
});
