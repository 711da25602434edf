// createSandbox: a local Popp. The REST API as a Fetch handler (and over HTTP with listen), runs played on a
// virtual or real clock, and their events delivered, signed, at least once, to your receiver.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { examples } from '../../generated/examples.js';
import { validateWorkflowRun } from '../../generated/validators.mjs';
import { listIssues } from '../validation/issue-list.js';
import { toValidationIssues } from '../validation/issues.js';
import type { PoppWebhookEvent } from '../events.js';
import { toNodeListener } from '../webhooks/node.js';
import { handleAdmin, ADMIN_PREFIX } from './admin.js';
import { createScheduler, type SandboxClock } from './clock.js';
import { createDeliveries, DEFAULT_CHAOS, HANDLER_DELIVERY_URL, type ChaosOptions, type Delivery, type DeliveryLogEntry, type DeliveryRetryOptions } from './delivery.js';
import { createRandom } from './random.js';
import { handleRest } from './rest.js';
import { checkScenario, SCENARIOS, type Scenario } from './scenario.js';
import { createSimulation } from './simulation.js';
import { createState, type WorkflowRun } from './state.js';

/** One REST or admin request, as given to onLog. */
export interface RequestLogEntry {
  type: 'request';
  /** When it was answered, on the sandbox clock. */
  at: string;
  requestId: string;
  method: string;
  /** Path and query string. */
  path: string;
  /** The operation of the spec, or null (an admin route, an unknown path). */
  operationId: string | null;
  status: number;
  /** The error code of an error answer. */
  code: string | null;
  /** The error message of an error answer. */
  message: string | null;
}

/** One structured log entry: a request, or a delivery attempt. */
export type SandboxLogEntry = RequestLogEntry | DeliveryLogEntry;

export interface SandboxOptions {
  /** The signing secret the sandbox signs deliveries with (your receiver's `secret`). */
  secret: string;
  /** Where to POST deliveries. Give this or `deliver`. */
  webhookUrl?: string;
  /** A Fetch handler to deliver to without a port (e.g. createWebhookHandler's). Give this or `webhookUrl`. */
  deliver?: (request: Request) => Promise<Response> | Response;
  /** The seed of IDs and chaos: the same seed gives the same log. Default: a random one (see `sandbox.seed`). */
  seed?: number | string;
  /** Default: virtual time, switched to real time by `listen` (unless a clock is given). */
  clock?: SandboxClock;
  /** A scenario, or the name of a shipped one (`default`, `outcomes`). Default: `default`, where any workflow ID exists. */
  scenario?: Scenario | keyof typeof SCENARIOS;
  /** Seeded misbehaviour of deliveries; `true` for DEFAULT_CHAOS. Default: none. */
  chaos?: boolean | ChaosOptions;
  /** The retry schedule of deliveries. Default: DEFAULT_RETRY (ours; Popp publishes none). */
  retry?: DeliveryRetryOptions;
  /** Called with one entry per request and per delivery attempt. */
  onLog?: (entry: SandboxLogEntry) => void;
  /** The organization the sandbox serves (requests for another get 403). Default: the docs' `org_123456`. */
  organizationId?: string;
  /** The API key requests must carry. Default: any non-empty key. */
  apiKey?: string;
  /** The page size of listRuns when the request gives no `limit`. Default: 50. */
  pageSize?: number;
  /** Runs that exist from the start (as getRun returns them, newest first as listRuns lists them), e.g. the spec's examples. */
  initialRuns?: readonly WorkflowRun[];
}

export interface Sandbox {
  /** The REST API (and the admin routes under /_sandbox/) as a Fetch handler: `createPoppClient({ fetch: sandbox.fetch })`. */
  fetch(input: RequestInfo | URL, init?: RequestInit): Promise<Response>;
  /** Serves `fetch` over HTTP on 127.0.0.1 (port 0: a free one), and switches a default clock to real time. */
  listen(port?: number, options?: { host?: string; speed?: number }): Promise<{ url: string; close(): Promise<void> }>;
  /** Every delivery so far, in the order created, each with its attempts. */
  readonly deliveries: readonly Delivery[];
  /** The deliveries whose last attempt failed. */
  readonly deadLetters: readonly Delivery[];
  /** Delivers again now (a dead letter, say); if that fails, retries follow the schedule again. */
  replay(deliveryId: string): Promise<Delivery>;
  /** Virtual clock: runs everything due within `ms`, in order. */
  advance(ms: number): Promise<void>;
  /** Resolves when nothing is due or running (virtual time jumps ahead to each next thing due). */
  idle(): Promise<void>;
  /** The sandbox clock's instant. */
  now(): Date;
  readonly seed: number | string;
  readonly organizationId: string;
  /** Drops everything scheduled and closes the servers `listen` opened. */
  close(): Promise<void>;
}

/**
 * A local Popp: the five REST operations with state, runs played from a scenario, and their events delivered
 * signed, with retries, a dead-letter list, replay and seeded chaos.
 *
 * @example
 *   const sandbox = createSandbox({ secret: 'whsec_test', deliver: createWebhookHandler({ secret: 'whsec_test', on: tracker.on }) });
 *   const popp = createPoppClient({ apiKey: 'sk_test', organizationId: sandbox.organizationId, fetch: sandbox.fetch });
 *   await popp.startRuns('wf_abc123', { candidateProfileIds: ['cp_1'] });
 *   await sandbox.idle(); // the run played out and every event was delivered
 */
export function createSandbox(options: SandboxOptions): Sandbox {
  if (typeof options !== 'object' || options === null) throw new TypeError('createSandbox: pass an options object with `secret` and `webhookUrl` or `deliver`.');
  if (typeof options.secret !== 'string' || options.secret === '') throw new TypeError('createSandbox: `secret` must be a non-empty string (the signing secret your receiver verifies with).');
  if ((options.webhookUrl === undefined) === (options.deliver === undefined)) throw new TypeError('createSandbox: give exactly one of `webhookUrl` (where to POST deliveries) and `deliver` (a Fetch handler).');
  let url = HANDLER_DELIVERY_URL;
  if (options.webhookUrl !== undefined) {
    if (!URL.canParse(options.webhookUrl) || !/^https?:$/.test(new URL(options.webhookUrl).protocol)) throw new TypeError(`createSandbox: webhookUrl ${JSON.stringify(options.webhookUrl)} is not an http(s) URL.`);
    url = options.webhookUrl;
  }
  const pageSize = options.pageSize ?? 50;
  if (!(Number.isSafeInteger(pageSize) && pageSize >= 1)) throw new RangeError(`createSandbox: pageSize must be a positive integer, not ${String(pageSize)}.`);
  const scenario = typeof options.scenario === 'string' ? scenarioNamed(options.scenario) : checkScenario(options.scenario ?? SCENARIOS.default());
  const seed = options.seed ?? Math.floor(Math.random() * 2 ** 32);
  const random = createRandom(seed);
  const scheduler = createScheduler(options.clock ?? { mode: 'virtual' }, options.clock !== undefined);
  const organizationId = options.organizationId ?? examples.WORKFLOW_RUN_STARTED[0].data.organizationId;
  const onLog = options.onLog ?? (() => undefined);
  const chaos = options.chaos === true ? DEFAULT_CHAOS : options.chaos === false || options.chaos === undefined ? {} : options.chaos;
  const deliver = options.deliver;
  const deliveries = createDeliveries({
    secret: options.secret,
    url,
    deliver: deliver === undefined ? (request) => fetch(request) : async (request) => deliver(request),
    handler: deliver !== undefined,
    scheduler,
    random,
    retry: options.retry ?? {},
    chaos,
    log: onLog,
  });
  const state = createState(scenario, random, checkInitialRuns(options.initialRuns ?? []));
  const simulation = createSimulation({
    state,
    scheduler,
    organizationId,
    emit: (event: PoppWebhookEvent) => {
      state.apply(event);
      deliveries.enqueue(event);
    },
  });
  let requests = 0;
  const requestId = () => `req_${String(++requests).padStart(6, '0')}`;
  const servers = new Set<ReturnType<typeof createServer>>();

  const sandbox: Sandbox = {
    async fetch(input, init) {
      const request = input instanceof Request && init === undefined ? input : new Request(input, init);
      const { pathname, search } = new URL(request.url);
      const outcome = pathname.startsWith(ADMIN_PREFIX)
        ? await handleAdmin(request, { deliveries, scheduler, requestId })
        : await handleRest(request, { state, simulation, organizationId, apiKey: options.apiKey, pageSize, requestId });
      onLog({
        type: 'request',
        at: new Date(scheduler.now()).toISOString(),
        requestId: outcome.response.headers.get('x-request-id') ?? '',
        method: request.method,
        path: pathname + search,
        operationId: outcome.operationId,
        status: outcome.status,
        code: outcome.code,
        message: outcome.message,
      });
      return outcome.response;
    },
    async listen(port = 0, listenOptions = {}) {
      scheduler.goReal(listenOptions.speed);
      const server = createServer(toNodeListener((request) => sandbox.fetch(request)));
      servers.add(server);
      const host = listenOptions.host ?? '127.0.0.1';
      await new Promise<void>((ready, fail) => {
        server.once('error', fail);
        server.listen(port, host, () => ready());
      });
      const address = server.address() as AddressInfo;
      return {
        url: `http://${address.family === 'IPv6' ? `[${address.address}]` : address.address}:${address.port}`,
        close: () => closeServer(server, servers),
      };
    },
    get deliveries() {
      return deliveries.list();
    },
    get deadLetters() {
      return deliveries.deadLetters();
    },
    replay: (deliveryId) => deliveries.replay(deliveryId),
    advance: (ms) => scheduler.advance(ms),
    idle: () => scheduler.idle(),
    now: () => new Date(scheduler.now()),
    seed,
    organizationId,
    async close() {
      scheduler.close();
      await Promise.all([...servers].map((server) => closeServer(server, servers)));
    },
  };
  return sandbox;
}

function checkInitialRuns(runs: readonly WorkflowRun[]): readonly WorkflowRun[] {
  if (!Array.isArray(runs)) throw new TypeError('createSandbox: initialRuns must be a list of runs (WorkflowRun, as getRun returns them).');
  runs.forEach((run, index) => {
    if (!validateWorkflowRun(run)) throw new TypeError(listIssues(`createSandbox: initialRuns[${index}] is not a WorkflowRun under the strict profile`, toValidationIssues(validateWorkflowRun.errors), { whole: 'run' }));
  });
  return runs;
}

function scenarioNamed(name: string): Scenario {
  const make = Object.hasOwn(SCENARIOS, name) ? SCENARIOS[name as keyof typeof SCENARIOS] : undefined;
  if (make === undefined) throw new TypeError(`createSandbox: no scenario named ${JSON.stringify(name)}; the shipped ones are ${Object.keys(SCENARIOS).join(', ')} (or pass a scenario object).`);
  return make();
}

async function closeServer(server: ReturnType<typeof createServer>, servers: Set<ReturnType<typeof createServer>>): Promise<void> {
  if (!servers.delete(server)) return;
  server.closeAllConnections();
  await new Promise<void>((done) => server.close(() => done()));
}
