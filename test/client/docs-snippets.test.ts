// The docs site shows a typed-client sample for every operation (scripts/lib/reference/samples.ts). Each sample is
// type-checked here against the real client, so the docs cannot show a call the client does not accept.
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { describeDocuments } from '../../scripts/lib/contract.js';
import { clientSnippet } from '../../scripts/lib/reference/samples.js';
import { GENERATED, ROOT, readJson } from '../helpers/contract.js';

describe('the docs site client samples', () => {
  it('type-check against popp-workflow-contract/client for every operation', () => {
    const { operations } = describeDocuments(readJson(join(GENERATED, 'asyncapi.json')) as never, readJson(join(GENERATED, 'openapi.json')) as never);
    expect(operations.map((operation) => operation.operationId).sort()).toEqual(['cancelWorkflowRun', 'getWorkflowRun', 'listWorkflowRuns', 'publishWorkflow', 'startWorkflowRuns']);
    // Virtual files beside this test; the package import is pointed at the source of the entry point.
    const samples = new Map(
      operations.map((operation) => [
        join(ROOT, 'test/client', `docs-sample-${operation.operationId}.ts`),
        clientSnippet(operation).replace("from 'popp-workflow-contract/client'", "from '../../src/client/index.js'"),
      ]),
    );
    const config = ts.parseJsonConfigFileContent(ts.readConfigFile(join(ROOT, 'tsconfig.json'), ts.sys.readFile).config, ts.sys, ROOT);
    const host = ts.createCompilerHost(config.options);
    const { getSourceFile, fileExists, readFile } = host;
    host.fileExists = (file) => samples.has(file) || fileExists(file);
    host.readFile = (file) => samples.get(file) ?? readFile(file);
    host.getSourceFile = (file, language, ...rest) =>
      samples.has(file) ? ts.createSourceFile(file, samples.get(file) as string, language) : getSourceFile(file, language, ...rest);
    const program = ts.createProgram([...samples.keys()], { ...config.options, noEmit: true }, host);
    const problems = ts
      .getPreEmitDiagnostics(program)
      .map((diagnostic) => `${diagnostic.file?.fileName.replace(ROOT, '')}: ${ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n')}`);
    expect(problems).toEqual([]);
  }, 60_000);
});
