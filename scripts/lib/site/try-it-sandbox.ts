// The sandbox behind `npm run docs -- --serve --sandbox`: what the operation pages' try-it sends its sample
// requests to (through the site server, which adds the credentials; see serve.ts).
import { createSandbox } from '../../../src/sandbox/index.js';
import { restExamples } from '../../../src/testing/index.js';
import { createWebhookHandler } from '../../../src/webhooks/index.js';
import type { TryItTarget } from './serve.js';

/**
 * A sandbox on a free port of 127.0.0.1, holding the spec's example runs (so the samples' `run_xyz789` exists),
 * with runs played at 60× real time. Deliveries go to `webhookUrl`, or else to a receiver in this process that
 * acknowledges them, so a run a page starts plays out and `getRun` shows it.
 *
 * @example
 *   const tryIt = await startTryItSandbox({ log: console.log });
 *   await serveSite('site', 0, { tryIt });
 */
export async function startTryItSandbox(options: { webhookUrl?: string | undefined; log?: (line: string) => void } = {}): Promise<TryItTarget & { close(): Promise<void> }> {
  const secret = `whsec_docs_${crypto.randomUUID()}`;
  const { context } = restExamples.getWorkflowRun.responses['200'];
  const sandbox = createSandbox({
    secret,
    ...(options.webhookUrl === undefined ? { deliver: createWebhookHandler({ secret, on: {}, log: { warn: () => undefined, error: console.error } }) } : { webhookUrl: options.webhookUrl }),
    initialRuns: restExamples.listWorkflowRuns.responses['200'].runs.map((run) => ({ ...structuredClone(run), context })),
    onLog: (entry) => {
      if (entry.type === 'request') options.log?.(`sandbox: ${entry.method} ${entry.path} → ${entry.status}${entry.code === null ? '' : ` ${entry.code}`}`);
    },
  });
  const { url } = await sandbox.listen(0, { speed: 60 });
  return { baseUrl: url, headers: { 'x-api-key': 'sk_docs_try_it', 'x-organization-id': sandbox.organizationId }, close: () => sandbox.close() };
}
