// A static file server for the built site, on 127.0.0.1 only: for `npm run docs -- --serve` and the browser test.
import { createReadStream, statSync } from 'node:fs';
import { type IncomingMessage, type Server, type ServerResponse, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
};

/** The REST API that operation pages may send their sample request to, and the credentials the server adds. */
export interface TryItTarget {
  /** Base URL of the API, e.g. a local sandbox's `http://127.0.0.1:4010`. */
  baseUrl: string;
  /** Added to every forwarded request (the page never holds them). */
  headers: Record<string, string>;
}

/** Where the site's script finds whether try-it is on, and the path prefix requests are forwarded from. */
export const TRY_IT_CONFIG = '/try-it.json';
export const TRY_IT_PREFIX = '/try-it';

/**
 * Serves `root` on 127.0.0.1 (port 0 picks a free one). Directories serve their index.html; paths outside
 * `root` and unknown files get 404. With `tryIt`, requests under `/try-it/` are forwarded to that API with its
 * credentials added, and `/try-it.json` tells the pages so; without it, both are 404 and the pages show no
 * try-it button.
 * @example const { url, close } = await serveSite('site'); console.log(url); await close();
 */
export async function serveSite(root: string, port = 0, options: { tryIt?: TryItTarget } = {}): Promise<{ url: string; server: Server; close: () => Promise<void> }> {
  const base = normalize(root) + sep;
  const { tryIt } = options;
  const server = createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://127.0.0.1').pathname);
    if (tryIt && pathname === TRY_IT_CONFIG) {
      response.writeHead(200, { 'content-type': TYPES['.json'] as string });
      return response.end(JSON.stringify({ prefix: TRY_IT_PREFIX }));
    }
    if (tryIt && pathname.startsWith(`${TRY_IT_PREFIX}/`)) return void forward(request, response, tryIt);
    let file = normalize(join(base, pathname));
    if (!file.startsWith(base) && file + sep !== base) return notFound(response);
    try {
      if (statSync(file).isDirectory()) file = join(file, 'index.html');
      const stat = statSync(file);
      response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'content-length': stat.size });
      createReadStream(file).pipe(response);
    } catch {
      notFound(response);
    }
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const { port: actual } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${actual}/`,
    server,
    close: () => new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}

/** Forwards one request to the try-it API: its method, path, query, Content-Type and body, plus the credentials. */
async function forward(request: IncomingMessage, response: ServerResponse, target: TryItTarget): Promise<void> {
  try {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const contentType = request.headers['content-type'];
    const upstream = await fetch(new URL((request.url ?? '/').slice(TRY_IT_PREFIX.length), target.baseUrl), {
      method: request.method ?? 'GET',
      headers: { ...(contentType ? { 'content-type': contentType } : {}), ...target.headers },
      redirect: 'manual',
      ...(chunks.length > 0 ? { body: Buffer.concat(chunks) } : {}),
    });
    const body = Buffer.from(await upstream.arrayBuffer());
    response.writeHead(upstream.status, upstream.statusText, { 'content-type': upstream.headers.get('content-type') ?? 'application/octet-stream' });
    response.end(body);
  } catch (error) {
    response.writeHead(502, { 'content-type': 'text/plain; charset=utf-8' });
    response.end(`The try-it API at ${target.baseUrl} did not answer: ${(error as Error).message}`);
  }
}

function notFound(response: ServerResponse): void {
  response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
  response.end('not found');
}
