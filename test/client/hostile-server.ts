// A real HTTP server on 127.0.0.1 that answers however a test tells it to — redirects, endless or lying bodies,
// resets, silence, echoed credentials — and records what reached it: every connection, every request, and how
// many body bytes it managed to hand to the kernel before the client stopped reading.
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface HostileRequest {
  method: string;
  url: string;
  headers: IncomingMessage['headers'];
  body: string;
}

export type HostileHandler = (req: IncomingMessage, res: ServerResponse, request: HostileRequest) => void;

export interface HostileServer {
  url: string;
  /** TCP connections accepted, whether or not a request followed. */
  connections: number;
  requests: HostileRequest[];
  /** Response body bytes written by `stream()` and accepted by the kernel (write callback without error). */
  bodyBytesWritten: number;
  /** How the next requests are answered (default: 404). */
  handle(handler: HostileHandler): void;
  /**
   * Writes `chunk` over and over (after `headers`) until `totalBytes` are written or the client goes away,
   * honouring backpressure, so `bodyBytesWritten` is what the client could have received.
   */
  stream(res: ServerResponse, options: { status?: number; headers?: Record<string, string | number>; chunk?: Buffer; totalBytes: number }): void;
  /** Resolves once every `stream()` has ended: the client went away, or everything was written. */
  streamsEnded(): Promise<void>;
  close(): Promise<void>;
}

export async function startHostileServer(): Promise<HostileServer> {
  let handler: HostileHandler = (_req, res) => {
    res.writeHead(404, { 'content-type': 'text/plain' });
    res.end('no handler');
  };
  const streams: Promise<void>[] = [];
  const state = {
    connections: 0,
    requests: [] as HostileRequest[],
    bodyBytesWritten: 0,
  };
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const request = { method: req.method ?? '', url: req.url ?? '', headers: req.headers, body: Buffer.concat(chunks).toString('utf8') };
      state.requests.push(request);
      handler(req, res, request);
    });
  });
  server.on('connection', () => state.connections++);
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
  const { port } = server.address() as AddressInfo;

  return Object.assign(state, {
    url: `http://127.0.0.1:${port}`,
    handle(next: HostileHandler) {
      handler = next;
    },
    stream(res: ServerResponse, options: { status?: number; headers?: Record<string, string | number>; chunk?: Buffer; totalBytes: number }) {
      const chunk = options.chunk ?? Buffer.alloc(64 * 1024, 'x');
      let queued = 0;
      let gone = false;
      streams.push(new Promise<void>((ended) => res.on('close', ended)));
      res.on('close', () => {
        gone = true;
      });
      res.writeHead(options.status ?? 200, options.headers ?? { 'content-type': 'application/json' });
      const pump = () => {
        while (!gone && queued < options.totalBytes) {
          const piece = chunk.subarray(0, Math.min(chunk.length, options.totalBytes - queued));
          queued += piece.length;
          const more = res.write(piece, (error) => {
            if (!error) state.bodyBytesWritten += piece.length;
          });
          if (!more) return void res.once('drain', pump);
        }
        if (!gone) res.end();
      };
      pump();
    },
    async streamsEnded() {
      await Promise.all(streams);
    },
    async close() {
      server.closeAllConnections();
      await new Promise<void>((done) => server.close(() => done()));
    },
  });
}

/**
 * What the kernel may hold between a server that writes and a client that has stopped reading: the loopback
 * socket's receive and send buffers at their largest (from /proc, when this is Linux), plus 1 MiB for undici's
 * own queue. A server can have written this much more than the client read, without the client reading it.
 */
export function socketBufferMargin(): number {
  const largest = (file: string, fallback: number) => {
    try {
      return Number(readFileSync(file, 'utf8').trim().split(/\s+/).at(-1)) || fallback;
    } catch {
      return fallback;
    }
  };
  return largest('/proc/sys/net/ipv4/tcp_rmem', 32 * 2 ** 20) + largest('/proc/sys/net/ipv4/tcp_wmem', 4 * 2 ** 20) + 2 ** 20;
}
