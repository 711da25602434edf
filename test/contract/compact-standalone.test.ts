// The rewrite of Ajv's standalone code (scripts/lib/compact-standalone.ts) keeps every error Ajv reports, on the
// synthetic schemas of test/helpers/synthetic-schemas.ts (the contract's own are held to it by
// differential.test.ts), and each of its rewrites refuses a shape it does not know instead of passing it over.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBareContractAjv } from '../../scripts/lib/ajv.js';
import { compactErrorAppends, concatNestedErrors, inlineSchemaReads, plainInstancePaths } from '../../scripts/lib/compact-standalone.js';
import { HELPERS_MODULE, standaloneModule } from '../../scripts/lib/emit-validators.js';
import { ROOT } from '../../scripts/lib/paths.js';
import { SCHEMAS, value } from '../helpers/synthetic-schemas.js';

type Detailed = ((value: unknown) => boolean) & { errors?: unknown };

const ajv = createBareContractAjv();
for (const [name, schema] of Object.entries(SCHEMAS)) ajv.addSchema(schema, name);
const code = standaloneModule(ajv, Object.fromEntries(Object.keys(SCHEMAS).map((name) => [`validate${name}`, name])));

let dir: string;
let compacted: Record<string, Detailed>;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'popp-compact-'));
  const file = join(dir, 'validators.mjs');
  writeFileSync(file, code.replace(`'./${HELPERS_MODULE}'`, `'${pathToFileURL(join(ROOT, 'generated', HELPERS_MODULE)).href}'`));
  compacted = (await import(pathToFileURL(file).href)) as Record<string, Detailed>;
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("the compacted standalone code reports Ajv's errors exactly", () => {
  it('uses every rewrite on these schemas (else the comparison below would not test them)', () => {
    for (const helper of ['schemaValue0', 'requiredError(', 'ajvError(', 'appendError(', 'concatErrors(', '(data, instancePath="")']) expect(code).toContain(helper);
  });

  it.each(Object.keys(SCHEMAS))('%s, on 3,000 values (seeded): the verdict, and the errors as JSON text', (name) => {
    const reference = ajv.getSchema(name)!;
    const generated = compacted[`validate${name}`]!;
    let errorsCompared = 0;
    fc.assert(
      fc.property(value, (candidate) => {
        const verdict = reference(candidate);
        expect(generated(candidate), JSON.stringify(candidate)).toBe(verdict);
        expect(JSON.stringify(generated.errors ?? null), JSON.stringify(candidate)).toBe(JSON.stringify(reference.errors ?? null));
        errorsCompared += reference.errors?.length ?? 0;
      }),
      { numRuns: 3_000, seed: 20261130 },
    );
    expect(errorsCompared, name).toBeGreaterThan(0);
  });
});

describe('each rewrite does what its example says', () => {
  it('inlineSchemaReads: one constant per distinct value read, and no schema left', () => {
    expect(inlineSchemaReads('const schema1 = {"enum":["A","B"]};f({allowedValues: schema1.enum});')).toBe('const schemaValue0 = ["A","B"];\nf({allowedValues: schemaValue0});');
    expect(inlineSchemaReads('const schema1 = {"properties":{"a-b":{"type":["string","null"]},"c":{"type":["string","null"]}}};f(schema1.properties["a-b"].type, schema1.properties.c.type);')).toBe(
      'const schemaValue0 = ["string","null"];\nf(schemaValue0, schemaValue0);',
    );
  });

  it('compactErrorAppends: each append one call, a missing property by requiredError', () => {
    expect(compactErrorAppends('const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;')).toBe(
      'vErrors = appendError(vErrors, ajvError(instancePath, "#/type", "type", {type: "string"}, "must be string"));errors++;',
    );
    expect(compactErrorAppends(`const err1 = {instancePath:instancePath+"/a",schemaPath:"#/required",keyword:"required",params:{missingProperty: "b"},message:"must have required property '"+"b"+"'"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;`)).toBe(
      'vErrors = appendError(vErrors, requiredError(instancePath+"/a", "#/required", "b"));errors++;',
    );
    expect(compactErrorAppends('const err2 = {};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;')).toBe('vErrors = appendError(vErrors, {});errors++;');
  });

  it('plainInstancePaths: the path alone, in both forms of the data context', () => {
    expect(plainInstancePaths('function validate1(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){validate2(data.a, {instancePath:instancePath+"/a",parentData:data,parentDataProperty:"a",rootData});validate3(data, {instancePath,parentData,parentDataProperty,rootData});}')).toBe(
      'function validate1(data, instancePath=""){validate2(data.a, instancePath+"/a");validate3(data, instancePath);}',
    );
  });

  it('concatNestedErrors: one call', () => {
    expect(concatNestedErrors('vErrors = vErrors === null ? validate2.errors : vErrors.concat(validate2.errors);')).toBe('vErrors = concatErrors(vErrors, validate2.errors);');
  });
});

describe('each rewrite refuses a shape it does not know, and says where', () => {
  it.each([
    ['a schema used whole', () => inlineSchemaReads('const schema1 = {"enum":["A"]};f(schema1);'), 'uses a schema other than by reading a value from it: f(schema1);'],
    ['a read of a value the schema lacks', () => inlineSchemaReads('const schema1 = {"enum":["A"]};f(schema1.const);'), 'reads schema1.const, which its schema does not have'],
    ['a read of a schema never defined', () => inlineSchemaReads('f(schema2.enum);'), 'reads schema2.enum, but defines no schema2'],
    ['an error object pushed another way', () => compactErrorAppends('const err0 = {instancePath,schemaPath:"#",keyword:"x",params:{},message:"m"};vErrors.push(err0);'), 'not appended as compactErrorAppends knows: const err0 = {instancePath,schemaPath:"#",keyword:"x",params:{},message:"m"};vErrors.push(err0);'],
    ['an error object with other keys', () => compactErrorAppends('const err0 = {instancePath,keyword:"x"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;'), 'an Ajv error object of an unexpected shape: {instancePath,keyword:"x"}'],
    ['a push left over', () => compactErrorAppends('vErrors.push(e);'), 'an error append compactErrorAppends does not know: vErrors.push(e);'],
    ['a data context with more in it', () => plainInstancePaths('validate2(x, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors});'), "a nested validator's data context of an unexpected shape: {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}"],
    ['rootData read elsewhere', () => plainInstancePaths('if(rootData.a){}'), 'still uses rootData: if(rootData.a){}'],
    ['another concatenation', () => concatNestedErrors('vErrors = vErrors.concat(other);'), 'concatenates errors in a way concatNestedErrors does not know: vErrors = vErrors.concat(other);'],
  ] as [string, () => string, string][])('%s', (_what, rewrite, message) => {
    expect(rewrite).toThrow(message);
  });
});
