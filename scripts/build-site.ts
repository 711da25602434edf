/**
 * npm run docs                      generated/ → site/ (static, offline; open site/index.html)
 * npm run docs -- --out DIR         build into DIR instead
 * npm run docs -- --serve [--port N] build, then serve it on http://127.0.0.1:N/ until interrupted
 * npm run docs -- --serve --sandbox  … with a local sandbox behind it: operation pages get a working try-it
 *                                     (deliveries go to an in-process receiver, or to --webhook-url URL)
 */
import { relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ROOT } from './lib/paths.js';
import { buildSite } from './lib/site/build.js';
import { serveSite } from './lib/site/serve.js';
import { startTryItSandbox } from './lib/site/try-it-sandbox.js';

async function main(): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({ options: { out: { type: 'string' }, serve: { type: 'boolean' }, port: { type: 'string' }, sandbox: { type: 'boolean' }, 'webhook-url': { type: 'string' } }, strict: true }));
    if (values.sandbox && !values.serve) throw new Error('--sandbox needs --serve: the try-it requests go through the site server');
    if (values['webhook-url'] !== undefined && !values.sandbox) throw new Error('--webhook-url is where the sandbox delivers: give --sandbox too');
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const outDir = resolve(values.out ?? resolve(ROOT, 'site'));
  const started = performance.now();
  const summary = buildSite({ outDir });
  const where = relative(process.cwd(), outDir) || '.';
  console.log(
    `Built the docs site: ${summary.events} events, ${summary.operations} operations, ${summary.types} types, ${summary.pages} pages ` +
      `→ ${where}/ (${summary.files} files, ${Math.round(performance.now() - started)} ms). Open ${where}/index.html.`,
  );
  if (!values.serve) return 0;
  const port = Number(values.port ?? 0);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`--port must be a port number, got ${values.port}`);
    return 2;
  }
  const tryIt = values.sandbox ? await startTryItSandbox({ webhookUrl: values['webhook-url'], log: console.log }) : undefined;
  const { url } = await serveSite(outDir, port, tryIt === undefined ? {} : { tryIt });
  console.log(`Serving ${where}/ on ${url}${tryIt === undefined ? '' : `, with a sandbox behind the operation pages' try-it (${tryIt.baseUrl})`} (Ctrl-C to stop).`);
  return new Promise<number>(() => {});
}

const USAGE = 'usage: npm run docs [-- --out DIR] [-- --serve [--port N] [--sandbox [--webhook-url URL]]]';

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  },
);
