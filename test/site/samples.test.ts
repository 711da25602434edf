// Every code sample of the docs is exercised, in its own language, against the real thing: the event pages'
// TypeScript receivers type-check against the package; their curl and CLI `send` lines sign the example and a real
// createWebhookHandler on 127.0.0.1 accepts it; their Python and Java receivers verify a real signature (and
// refuse a wrong one) and read the example into the generated models. The operation pages' curl, Python and Java
// samples call the contract server (test/client/contract-server.ts), which checks every request against
// generated/openapi.json. (The typed-client samples are type-checked by test/client/docs-snippets.test.ts.)
import { spawn } from 'node:child_process';
import { createHmac } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { afterAll, describe, expect, it } from 'vitest';
import { describeDocuments } from '../../scripts/lib/contract.js';
import type { JsonObject } from '../../scripts/lib/json.js';
import { eventSamples, operationSamples, receiverClassName } from '../../scripts/lib/reference/samples.js';
import { createWebhookHandler, toNodeListener } from '../../src/webhooks/index.js';
import { TEST_CREDENTIALS, startContractServer } from '../client/contract-server.js';
import { GENERATED, ROOT, readJson } from '../helpers/contract.js';
import { JACKSON_JARS, PYTHON, tempDir } from '../helpers/other-languages.js';

const contract = describeDocuments(readJson<JsonObject>(join(GENERATED, 'asyncapi.json')), readJson<JsonObject>(join(GENERATED, 'openapi.json')));
const BASE_URL = String(((contract.openapi.servers ?? []) as JsonObject[])[0]?.url);
const SECRET = 'whsec_docs_samples_test';
const sampleOf = (samples: ReturnType<typeof eventSamples>, label: string) => samples.find((sample) => sample.label === label)?.code as string;
const events = contract.events.map((event) => ({ event, samples: eventSamples(event, contract.schemas.get(event.dataSchemaName) as JsonObject), body: JSON.stringify(event.examples[0]?.payload) }));
const sign = (body: string) => createHmac('sha256', SECRET).update(body).digest('hex');
const temp = tempDir('popp-samples-');
afterAll(() => temp.cleanup());

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs a program without blocking the event loop (the servers the samples call live in this process). */
function run(command: string, args: string[], env: Record<string, string> = {}, timeoutMs = 120_000): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: ROOT, env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', LANG: 'C.UTF-8', PYTHONDONTWRITEBYTECODE: '1', ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('error', reject);
    child.on('close', (status) => {
      clearTimeout(timer);
      resolve({ status, stdout, stderr });
    });
  });
}

/**
 * A createWebhookHandler on 127.0.0.1 whose handlers record every event. `fresh()` swaps in a new handler: the
 * docs' examples share an eventId, which one handler would take as a redelivery.
 */
async function recordingReceiver(log?: { warn: (message: string) => void; error: (message: string) => void }) {
  const received: unknown[] = [];
  const on = Object.fromEntries(contract.events.map((event) => [event.type, async (delivered: unknown) => void received.push(delivered)]));
  const make = () => toNodeListener(createWebhookHandler({ secret: SECRET, on: on as never, ...(log === undefined ? {} : { log }) }));
  let listener = make();
  const server = createServer((request, response) => void listener(request, response));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/webhooks`,
    received,
    fresh: () => {
      listener = make();
    },
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

describe('event page samples', () => {
  it('TypeScript: each receiver type-checks against popp-workflow-contract/webhooks, narrowed to its event', () => {
    const files = new Map(
      events.map(({ event, samples }) => [
        join(ROOT, 'test/site', `docs-receiver-${event.type}.ts`),
        sampleOf(samples, 'TypeScript').replace("from 'popp-workflow-contract/webhooks'", "from '../../src/webhooks/index.js'"),
      ]),
    );
    // Proof that the check can fail: a field the event does not have is reported.
    const wrong = join(ROOT, 'test/site', 'docs-receiver-wrong.ts');
    files.set(wrong, (files.values().next().value as string).replace('event.data.recordId', 'event.data.noSuchField'));
    const config = ts.parseJsonConfigFileContent(ts.readConfigFile(join(ROOT, 'tsconfig.json'), ts.sys.readFile).config, ts.sys, ROOT);
    const host = ts.createCompilerHost(config.options);
    const { getSourceFile, fileExists, readFile } = host;
    host.fileExists = (file) => files.has(file) || fileExists(file);
    host.readFile = (file) => files.get(file) ?? readFile(file);
    host.getSourceFile = (file, language, ...rest) => (files.has(file) ? ts.createSourceFile(file, files.get(file) as string, language) : getSourceFile(file, language, ...rest));
    const program = ts.createProgram([...files.keys()], { ...config.options, noEmit: true }, host);
    const problems = ts.getPreEmitDiagnostics(program).map((diagnostic) => `${diagnostic.file?.fileName.replace(`${ROOT}/`, '')}: ${ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n')}`);
    expect(problems.filter((problem) => !problem.startsWith('test/site/docs-receiver-wrong.ts'))).toEqual([]);
    expect(problems.some((problem) => problem.startsWith('test/site/docs-receiver-wrong.ts') && problem.includes('noSuchField'))).toBe(true);
  }, 120_000);

  it('curl: sends the page example, signed, and a real createWebhookHandler processes it', async () => {
    // The refused delivery below is logged by the handler; kept here so the test's output stays clean.
    const logged: string[] = [];
    const receiver = await recordingReceiver({ warn: (message) => void logged.push(message), error: (message) => void logged.push(message) });
    try {
      for (const { event, samples } of events) {
        receiver.fresh();
        const result = await run('bash', ['--noprofile', '--norc', '-c', sampleOf(samples, 'curl')], { WEBHOOK_URL: receiver.url, POPP_WEBHOOK_SECRET: SECRET }, 30_000);
        expect(result.stderr, event.type).toBe('');
        expect(JSON.parse(result.stdout), event.type).toMatchObject({ outcome: 'processed', event: event.type });
        expect(receiver.received.at(-1), event.type).toEqual(event.examples[0]?.payload);
      }
      // With another secret the same line is refused: the signature it computes is what the handler checks.
      const refused = await run('bash', ['--noprofile', '--norc', '-c', sampleOf(events[0]?.samples ?? [], 'curl')], { WEBHOOK_URL: receiver.url, POPP_WEBHOOK_SECRET: 'not-the-secret' }, 30_000);
      expect(JSON.parse(refused.stdout).outcome).not.toBe('processed');
      expect(logged.join('\n')).toContain('signature-mismatch');
      expect(receiver.received).toHaveLength(events.length);
    } finally {
      await receiver.close();
    }
  }, 120_000);

  it('CLI: the send line delivers the page example, signed, and a real createWebhookHandler processes it', async () => {
    const receiver = await recordingReceiver();
    try {
      // The page says `npx popp-workflow-contract`, as users type it; here the bin runs from the source
      // (test/package/ runs the installed one through npx).
      const bin = `${JSON.stringify(process.execPath)} --import tsx src/cli/bin.ts`;
      for (const { event, samples } of events) {
        receiver.fresh();
        const line = sampleOf(samples, 'CLI');
        expect(line, event.type).toContain('npx popp-workflow-contract send ');
        // 60 s is a hang detector: one send (tsx start-up included) takes about 1 s here at a load of 2.
        const result = await run('bash', ['--noprofile', '--norc', '-c', line.replace('npx popp-workflow-contract', bin)], { WEBHOOK_URL: receiver.url, POPP_WEBHOOK_SECRET: SECRET }, 60_000);
        expect(result.status, `${event.type}: ${result.stdout}${result.stderr}`).toBe(0);
        expect((receiver.received.at(-1) as { event?: string } | undefined)?.event, event.type).toBe(event.type);
      }
      expect(receiver.received).toHaveLength(events.length);
    } finally {
      await receiver.close();
    }
  }, 600_000);

  it('Python: each receiver accepts the signed example into its generated model, and refuses a wrong signature', async () => {
    const dir = join(temp.dir, 'python');
    mkdirSync(dir, { recursive: true });
    const jobs = events.map(({ event, samples, body }) => {
      writeFileSync(join(dir, `sample_${event.type.toLowerCase()}.py`), `${sampleOf(samples, 'Python')}\n`);
      return { module: `sample_${event.type.toLowerCase()}`, function: `on_${event.type.toLowerCase()}`, body, signature: sign(body), model: event.schemaName };
    });
    writeFileSync(join(dir, 'job.json'), JSON.stringify(jobs));
    writeFileSync(
      join(dir, 'driver.py'),
      `import importlib, io, json, sys, contextlib
sys.path.insert(0, sys.argv[1])
sys.path.insert(0, sys.argv[2])
results = []
for job in json.load(open(sys.argv[3])):
    module = importlib.import_module(job["module"])
    receive = getattr(module, job["function"])
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        event = receive(job["body"].encode(), job["signature"])
    try:
        receive(job["body"].encode(), "0" * 64)
        refused = False
    except PermissionError:
        refused = True
    results.append({"model": type(event).__name__, "printed": out.getvalue().strip(), "refused": refused})
print(json.dumps(results))
`,
    );
    const result = await run(PYTHON, [join(dir, 'driver.py'), join(GENERATED, 'models/python'), dir, join(dir, 'job.json')], { POPP_WEBHOOK_SECRET: SECRET });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const results = JSON.parse(result.stdout) as { model: string; printed: string; refused: boolean }[];
    expect(results).toEqual(
      events.map(({ event }) => {
        const payload = event.examples[0]?.payload as { eventId: string; data: { recordId: string } };
        return { model: event.schemaName, printed: `${payload.eventId} ${payload.data.recordId}`, refused: true };
      }),
    );
  }, 120_000);
});

describe('Java samples', () => {
  const classes = join(temp.dir, 'java');
  const sources = join(temp.dir, 'java-src');

  it('compile (lint warnings are errors) with the generated models; the receivers read the signed example and refuse a wrong signature', async () => {
    mkdirSync(sources, { recursive: true });
    mkdirSync(classes, { recursive: true });
    for (const { event, samples } of events) writeFileSync(join(sources, `${receiverClassName(event.type)}.java`), `${sampleOf(samples, 'Java')}\n`);
    for (const operation of contract.operations) {
      const sample = operationSamples(BASE_URL, operation).find((candidate) => candidate.label === 'Java')?.code as string;
      writeFileSync(join(sources, `${operation.operationId[0]?.toUpperCase()}${operation.operationId.slice(1)}.java`), `${sample.replaceAll(BASE_URL, 'BASE_URL_PLACEHOLDER')}\n`);
    }
    const driver = `import java.nio.file.Files;
import java.nio.file.Path;

public class SamplesDriver {
  public static void main(String[] args) throws Exception {
    for (int i = 0; i < args.length; i += 3) {
      byte[] body = Files.readAllBytes(Path.of(args[i + 1]));
      Class<?> receiver = Class.forName(args[i]);
      Object event = receiver.getMethod("receive", byte[].class, String.class, String.class).invoke(null, body, args[i + 2], System.getenv("POPP_WEBHOOK_SECRET"));
      boolean refused = false;
      try {
        receiver.getMethod("receive", byte[].class, String.class, String.class).invoke(null, body, "0".repeat(64), System.getenv("POPP_WEBHOOK_SECRET"));
      } catch (java.lang.reflect.InvocationTargetException error) {
        refused = error.getCause() instanceof SecurityException;
      }
      System.out.println("=" + event.getClass().getSimpleName() + " refused=" + refused);
    }
  }
}
`;
    writeFileSync(join(sources, 'SamplesDriver.java'), driver);
    const models = join(GENERATED, 'models/java/popp/workflow/contract');
    const modelSources = readdirSync(models).filter((file) => file.endsWith('.java')).map((file) => join(models, file));
    const stub = join(ROOT, 'test/java/com/fasterxml/jackson/datatype/jsr310/JavaTimeModule.java');
    const own = readdirSync(sources).map((file) => join(sources, file));
    // [cast] is off for the models only (modelina writes enum constants as X((String)"X")): compiled apart.
    const javacModels = await run('javac', ['-encoding', 'UTF-8', '-Xlint:all,-cast', '-Werror', '-cp', JACKSON_JARS.join(':'), '-d', classes, ...modelSources, stub]);
    expect(javacModels.stderr).toBe('');
    const javac = await run('javac', ['-encoding', 'UTF-8', '-Xlint:all', '-Werror', '-cp', [classes, ...JACKSON_JARS].join(':'), '-d', classes, ...own]);
    expect(javac.stderr).toBe('');
    expect(javac.status).toBe(0);
    const args = events.flatMap(({ event, body }) => {
      const file = join(temp.dir, `${event.type}.json`);
      writeFileSync(file, body);
      return [receiverClassName(event.type), file, sign(body)];
    });
    const result = await run('java', ['-cp', [classes, ...JACKSON_JARS].join(':'), 'SamplesDriver', ...args], { POPP_WEBHOOK_SECRET: SECRET });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const lines = result.stdout.trim().split('\n');
    const printed = lines.filter((line) => line.startsWith('='));
    expect(printed).toEqual(events.map(({ event }) => `=${event.schemaName} refused=true`));
    for (const { event } of events) {
      const payload = event.examples[0]?.payload as { eventId: string; data: { recordId: string } };
      expect(lines, event.type).toContain(`${payload.eventId} ${payload.data.recordId}`);
    }
  }, 240_000);
});

describe('operation page samples against the contract server', () => {
  // The run the samples name (run_xyz789) is made RUNNING again before each cancel; the others use the server's
  // example runs. The Java samples run from source against the models compiled by the Java test above.
  for (const operation of contract.operations) {
    it(`${operation.operationId}: curl, Python and Java send a request the contract accepts, and read the answer`, async () => {
      const server = await startContractServer();
      try {
        const fresh = () => operation.operationId === 'cancelWorkflowRun' && server.addRuns(1, { runId: 'run_xyz789' });
        const samples = operationSamples(server.url, operation);
        fresh();
        const env = { POPP_API_KEY: TEST_CREDENTIALS.apiKey, POPP_ORGANIZATION_ID: TEST_CREDENTIALS.organizationId };
        const curl = await run('bash', ['--noprofile', '--norc', '-c', `${sampleOf(samples, 'curl')} --fail-with-body --silent --show-error`], env);
        expect(curl.stderr, 'curl').toBe('');
        expect(curl.status, `curl: ${curl.stdout}`).toBe(0);
        fresh();
        const pythonFile = join(temp.dir, `${operation.operationId}.py`);
        writeFileSync(pythonFile, sampleOf(samples, 'Python'));
        const python = await run(PYTHON, [pythonFile], { ...env, PYTHONPATH: join(GENERATED, 'models/python') });
        expect(python.stderr, 'python').toBe('');
        expect(python.stdout, 'python printed an error status').not.toMatch(/^\d{3} /);
        fresh();
        const className = `${operation.operationId[0]?.toUpperCase()}${operation.operationId.slice(1)}`;
        expect(existsSync(join(temp.dir, 'java', 'popp')), 'the models are compiled by the Java test above').toBe(true);
        const javaSource = join(temp.dir, `${className}.java`);
        writeFileSync(javaSource, sampleOf(samples, 'Java'));
        const java = await run('java', ['-cp', [join(temp.dir, 'java'), ...JACKSON_JARS].join(':'), javaSource], env);
        expect(java.stderr, 'java').toBe('');
        expect(java.status).toBe(0);
        expect(server.violations).toEqual([]);
        expect(server.requests.filter((request) => request.operationId === operation.operationId)).toHaveLength(3);
      } finally {
        await server.close();
      }
    }, 120_000);
  }
});
