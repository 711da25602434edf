// What the cross-language tests share: the payloads to load, and running Python or the JDK with a job file.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describeDocuments } from '../../scripts/lib/contract.js';
import type { JsonObject } from '../../scripts/lib/json.js';
import { HANG_BOUND_MS } from './bounds.js';
import { GENERATED, type Json, ROOT, loadDocsExamples, readJson } from './contract.js';

/** The `python3` on PATH, with jsonschema and pydantic 2 (checked by test/setup/languages.ts). */
export const PYTHON = 'python3';
export { JACKSON_JARS } from '../setup/system-packages.js';

export interface ModelPayload {
  name: string;
  /** The schema name, which is also the model's class name. */
  model: string;
  payload: Json;
}

/** Every docs example, then every example of the specs (each event, request and response body). */
export function modelPayloads(): ModelPayload[] {
  const contract = describeDocuments(readJson<JsonObject>(join(GENERATED, 'asyncapi.json')), readJson<JsonObject>(join(GENERATED, 'openapi.json')));
  const payloads: ModelPayload[] = loadDocsExamples().map((example) => ({ name: `docs ${example.file}`, model: example.schema, payload: example.payload }));
  for (const event of contract.events) {
    for (const example of event.examples) payloads.push({ name: `spec ${event.type} ${example.name}`, model: event.schemaName, payload: example.payload as Json });
  }
  for (const operation of contract.operations) {
    for (const example of operation.requestExamples) {
      payloads.push({ name: `spec ${operation.operationId} request ${example.name}`, model: operation.requestSchemaName as string, payload: example.value as Json });
    }
    for (const response of operation.responses) {
      for (const example of response.examples) {
        if (response.schemaName) payloads.push({ name: `spec ${operation.operationId} ${response.status} ${example.name}`, model: response.schemaName, payload: example.value as Json });
      }
    }
  }
  return payloads;
}

export interface ProcessResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs a program to completion (bounded by `timeoutMs`, a hang detector); a missing program fails with what to install. */
export function runProgram(command: string, args: string[], install: string, options: { env?: Record<string, string>; timeoutMs?: number } = {}): ProcessResult {
  if (!existsSync(command) && command.startsWith('/')) throw new Error(`${command} is missing: install ${install} (npm test does, as root).`);
  const result = spawnSync(command, args, {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, ...options.env },
    timeout: options.timeoutMs ?? HANG_BOUND_MS,
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.error) throw new Error(`${command} could not run (${result.error.message}): install ${install} (npm test does, as root).`);
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A temp directory for one test file, removed by the returned cleanup. */
export function tempDir(prefix: string): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export function writeJob(dir: string, name: string, job: unknown): string {
  const file = join(dir, name);
  writeFileSync(file, JSON.stringify(job));
  return file;
}

export function readText(path: string): string {
  return readFileSync(path, 'utf8');
}
