/**
 * npm run docs                      generated/ → site/ (static, offline; open site/index.html)
 * npm run docs -- --out DIR         build into DIR instead
 * npm run docs -- --serve [--port N] build, then serve it on http://127.0.0.1:N/ until interrupted
 */
import { relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ROOT } from './lib/paths.js';
import { buildSite } from './lib/site/build.js';
import { serveSite } from './lib/site/serve.js';

async function main(): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({ options: { out: { type: 'string' }, serve: { type: 'boolean' }, port: { type: 'string' } }, strict: true }));
  } catch (error) {
    console.error(`${(error as Error).message}\nusage: npm run docs [-- --out DIR] [-- --serve [--port N]]`);
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
  const { url } = await serveSite(outDir, port);
  console.log(`Serving ${where}/ on ${url} (Ctrl-C to stop).`);
  return new Promise<number>(() => {});
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  },
);
