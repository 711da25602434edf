/**
 * `sandbox`: a local Popp over HTTP (popp-workflow-contract/sandbox's engine on real time): the five REST
 * operations with state, runs played from a scenario, their events delivered signed to --webhook-url with
 * retries, and the admin routes for the delivery log, dead letters and replay. It prints one line per request
 * and per delivery attempt (NDJSON with --json).
 */
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname } from 'node:path';
import { ADMIN_PREFIX, type ChaosOptions, createSandbox, DEFAULT_CHAOS, DEFAULT_RETRY, SCENARIOS, type SandboxLogEntry, type Scenario } from '../../sandbox/index.js';
import { toNodeListener } from '../../webhooks/node.js';
import { stringOption, urlOption } from '../args.js';
import { type CliIo, type Command, EXIT, type ParsedArgs, UsageError } from '../command.js';
import { SECRET_OPTION, secretsFrom } from '../secret.js';
import { addressOf, addressOptions, serveUntilAborted } from '../serve.js';
import { type Style, styleFor } from '../style.js';

/** Where deliveries go when --webhook-url is not given: `listen`'s default address, so the two pair up. */
const DEFAULT_WEBHOOK_URL = 'http://127.0.0.1:4000/';
const DEFAULT_PORT = 4010;
const CHAOS_KEYS = Object.keys(DEFAULT_CHAOS) as (keyof ChaosOptions)[];

export const sandbox: Command = {
  name: 'sandbox',
  summary: 'Run a local Popp: the REST API with state, and each run\'s webhooks delivered signed, with retries.',
  usage: 'sandbox [--port N] [--host H] [--webhook-url URL] [--secret S] [--seed X] [--scenario FILE|NAME] [--chaos SPEC] [--speed X] [--json]',
  description: [
    `Serves Popp's five workflow REST operations on http://127.0.0.1:${DEFAULT_PORT}/ with state: a run started`,
    'there plays out as a scenario says (by default the docs\' example run, for any workflow ID), and each of',
    'its events is signed with the secret and POSTed to --webhook-url, retried on a non-2xx answer, a timeout',
    `or a connection error (our schedule: ${DEFAULT_RETRY.delaysMs.map(formatWait).join(', ')}; Popp publishes none), then`,
    `dead-lettered. Admin routes under ${ADMIN_PREFIX}: GET deliveries, GET dead-letters, POST`,
    'deliveries/{id}/replay. Requests need an x-api-key (any) and x-organization-id (--organization-id).',
    'One line is printed per request and per delivery attempt; --json prints NDJSON. --seed makes IDs and',
    'chaos repeatable; --speed 60 plays a run sixty times faster. Ctrl-C stops it.',
  ].join('\n'),
  options: {
    ...addressOptions('The port of the REST API', DEFAULT_PORT),
    'webhook-url': { type: 'string', value: 'URL', description: `Where deliveries are POSTed (default ${DEFAULT_WEBHOOK_URL}, where \`listen\` listens).` },
    secret: { ...SECRET_OPTION, description: `The signing secret deliveries are signed with (default: $POPP_WEBHOOK_SECRET).` },
    seed: { type: 'string', value: 'X', description: 'The seed of IDs and chaos: the same seed gives the same log (default: random, printed).' },
    scenario: { type: 'string', value: 'FILE|NAME', description: `A scenario file (JSON, or YAML with the yaml package installed), or a shipped one: ${Object.keys(SCENARIOS).join(', ')}.` },
    chaos: { type: 'string', value: 'SPEC', description: `Seeded misbehaviour: "default" (${CHAOS_KEYS.map((key) => `${key}=${DEFAULT_CHAOS[key]}`).join(',')}) or such a list.` },
    speed: { type: 'string', value: 'X', description: 'How much faster than real time runs play (default 1).' },
    'organization-id': { type: 'string', value: 'ID', description: 'The organization requests must name (default org_123456, as in the docs).' },
    json: { type: 'boolean', description: 'Print the log as NDJSON: one object per request and per delivery attempt.' },
  },
  positionals: { min: 0, max: 0 },
  examples: [
    'sandbox --webhook-url http://127.0.0.1:3000/webhooks/popp --secret whsec_test',
    '# A receiver for it, in another terminal (listen\'s default port is where the sandbox delivers by default):',
    'popp-workflow-contract listen --secret whsec_test',
    '# Start a run:',
    `curl -X POST http://127.0.0.1:${DEFAULT_PORT}/v1/workflows/wf_abc123/runs -H 'x-api-key: sk_test' -H 'x-organization-id: org_123456' -H 'content-type: application/json' -d '{"candidateProfileIds":["cp_1"]}'`,
    'sandbox --scenario outcomes --chaos default --seed 7 --speed 60 --json',
  ],
  async run(args, io) {
    const address = addressOf(args, DEFAULT_PORT);
    const webhookUrl = urlOption(args, 'webhook-url', false)?.href ?? DEFAULT_WEBHOOK_URL;
    const [secret] = secretsFrom(args, io.env);
    const speed = speedOption(args);
    const scenario = await scenarioOption(args);
    const chaos = chaosOption(args);
    const seed = stringOption(args, 'seed');
    const organizationId = stringOption(args, 'organization-id');
    const print = args.values.json === true ? (entry: SandboxLogEntry) => io.stdout.write(`${JSON.stringify(entry)}\n`) : printLine(io, styleFor(io.stdout, io.env));
    let engine;
    try {
      engine = createSandbox({
        secret,
        webhookUrl,
        clock: { mode: 'real', speed },
        onLog: print,
        ...(scenario === undefined ? {} : { scenario }),
        ...(chaos === undefined ? {} : { chaos }),
        ...(seed === undefined ? {} : { seed: /^\d+$/.test(seed) ? Number(seed) : seed }),
        ...(organizationId === undefined ? {} : { organizationId }),
      });
    } catch (error) {
      // createSandbox says what is wrong with an option or a scenario (each problem with its path).
      if (error instanceof TypeError || error instanceof RangeError) throw new UsageError(error.message.replace(/^createSandbox: /, ''));
      throw error;
    }
    const server = createServer(toNodeListener((request) => engine.fetch(request)));
    try {
      await serveUntilAborted(server, address, io, (url) =>
        `Listening on ${url}: a Popp sandbox (organization ${engine.organizationId}, seed ${engine.seed}${speed === 1 ? '' : `, ${speed}× real time`}); delivering to ${webhookUrl}. Ctrl-C stops.`,
      );
    } finally {
      await engine.close();
    }
    return EXIT.ok;
  },
};

function speedOption(args: ParsedArgs): number {
  const value = stringOption(args, 'speed');
  if (value === undefined) return 1;
  const speed = Number(value);
  if (value.trim() === '' || !Number.isFinite(speed) || speed <= 0 || speed > 100_000) throw new UsageError(`--speed must be a number above 0 and at most 100000, got ${JSON.stringify(value)}.`);
  return speed;
}

async function scenarioOption(args: ParsedArgs): Promise<Scenario | keyof typeof SCENARIOS | undefined> {
  const value = stringOption(args, 'scenario');
  if (value === undefined) return undefined;
  if (Object.hasOwn(SCENARIOS, value)) return value as keyof typeof SCENARIOS;
  let text: string;
  try {
    text = await readFile(value, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(`cannot read the scenario ${JSON.stringify(value)} (${code ?? 'error'}); give a file, or one of: ${Object.keys(SCENARIOS).join(', ')}.`);
  }
  const yaml = ['.yaml', '.yml'].includes(extname(value).toLowerCase());
  try {
    return (yaml ? await parseYaml(text, value) : JSON.parse(text)) as Scenario;
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(`the scenario ${value} is not ${yaml ? 'YAML' : 'JSON'}: ${(error as Error).message}`);
  }
}

async function parseYaml(text: string, file: string): Promise<unknown> {
  // yaml is not a dependency of the package: a YAML scenario needs it installed beside it.
  const name = 'yaml';
  let parse: (text: string) => unknown;
  try {
    ({ parse } = (await import(name)) as { parse: (text: string) => unknown });
  } catch {
    throw new UsageError(`${file} is YAML, which needs the yaml package: npm install yaml, or write the scenario as JSON.`);
  }
  return parse(text);
}

function chaosOption(args: ParsedArgs): ChaosOptions | true | undefined {
  const value = stringOption(args, 'chaos');
  if (value === undefined) return undefined;
  if (value === 'default') return true;
  const chaos: ChaosOptions = {};
  for (const part of value.split(',')) {
    const [key, number, extra] = part.split('=');
    if (!CHAOS_KEYS.includes(key as keyof ChaosOptions) || number === undefined || extra !== undefined) {
      throw new UsageError(`--chaos takes "default" or a list such as duplicate=0.1,reorder=0.1; each key one of ${CHAOS_KEYS.join(', ')}, got ${JSON.stringify(part)}.`);
    }
    const parsed = Number(number);
    if (number.trim() === '' || !Number.isFinite(parsed)) throw new UsageError(`--chaos ${key} must be a number, got ${JSON.stringify(number)}.`);
    chaos[key as keyof ChaosOptions] = parsed;
  }
  return chaos;
}

function formatWait(ms: number): string {
  if (ms % 3_600_000 === 0) return `${ms / 3_600_000} h`;
  if (ms % 60_000 === 0) return `${ms / 60_000} min`;
  return `${ms / 1000} s`;
}

/** One readable line per log entry: the time on the sandbox clock, what happened, and the answer. */
function printLine(io: CliIo, style: Style): (entry: SandboxLogEntry) => void {
  return (entry) => {
    const time = style.dim(entry.at.slice(11, 19));
    if (entry.type === 'request') {
      const status = entry.status < 400 ? style.ok(String(entry.status)) : style.bad(`${entry.status}${entry.code === null ? '' : ` ${entry.code}`}`);
      const message = entry.message === null ? '' : ` ${style.dim(entry.message)}`;
      io.stdout.write(`${time} ${entry.method} ${entry.path}${entry.operationId === null ? '' : ` (${entry.operationId})`} → ${status}${message}\n`);
      return;
    }
    const what = `${entry.eventType} ${entry.eventId}${entry.runId === null ? '' : ` run ${entry.runId}`}`;
    const flags = [entry.replay ? 'replay' : '', entry.duplicateOf === null ? '' : `duplicate of ${entry.duplicateOf}`].filter(Boolean).join(', ');
    const result =
      entry.result === 'delivered'
        ? style.ok(`${entry.status} delivered`)
        : entry.result === 'lost-ack'
          ? style.warn(`${entry.status} acknowledgement lost (chaos)`)
          : style.bad(`${entry.status ?? entry.error ?? 'failed'}${entry.status !== null && entry.error !== null ? ` ${entry.error}` : ''}`);
    const next = entry.deadLettered ? style.bad(', dead-lettered') : entry.nextAttemptAt === null ? '' : style.dim(`, next attempt at ${entry.nextAttemptAt.slice(11, 19)}`);
    io.stdout.write(`${time} deliver ${what}${flags === '' ? '' : ` (${flags})`} attempt ${entry.attempt}/${entry.maxAttempts} → ${result}${next}\n`);
  };
}
