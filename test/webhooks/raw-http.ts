// HTTP/1.1 over a bare node:net socket, for tests that need control of every byte: pipelining, lying
// Content-Length, trickled and endless bodies. It writes what it is given and parses the answers it gets.
import { connect, type Socket } from 'node:net';

export interface RawAnswer {
  status: number;
  /** Lower-case names; a repeated header keeps its last value. */
  headers: Record<string, string>;
  body: string;
}

/** One client connection. Answers are parsed in order, as they arrive. */
export class RawConnection {
  private buffer = Buffer.alloc(0);
  private waiting: (() => void) | undefined;
  private ended = false;
  /** Resolves when the server has closed the connection (or it was reset). */
  readonly closed: Promise<void>;

  private constructor(private readonly socket: Socket) {
    socket.on('data', (chunk: Buffer) => {
      this.buffer = Buffer.concat([this.buffer, chunk]);
      this.wake();
    });
    // A server that closes while the client still writes resets the connection (ECONNRESET, EPIPE): expected
    // here, and `closed` reports the end either way.
    socket.on('error', () => {});
    this.closed = new Promise((resolve) =>
      socket.on('close', () => {
        this.ended = true;
        this.wake();
        resolve();
      }),
    );
  }

  /** Connects to a server's base URL (`http://127.0.0.1:port`). */
  static async open(url: string): Promise<RawConnection> {
    const { hostname, port } = new URL(url);
    const socket = connect(Number(port), hostname);
    await new Promise<void>((resolve, reject) => socket.once('connect', resolve).once('error', reject));
    return new RawConnection(socket);
  }

  /** Writes bytes, waiting while the socket is full. False once the connection is gone. */
  async write(data: string | Uint8Array): Promise<boolean> {
    if (this.socket.destroyed || this.ended) return false;
    if (this.socket.write(data)) return true;
    return new Promise((resolve) => {
      const done = (ok: boolean) => {
        this.socket.off('drain', onDrain).off('close', onClose);
        resolve(ok);
      };
      const onDrain = () => done(true);
      const onClose = () => done(false);
      this.socket.on('drain', onDrain).on('close', onClose);
    });
  }

  /** Writes `chunk` again and again until the connection is gone or `limit` bytes were written; returns the bytes written. */
  async writeUntilClosed(chunk: Uint8Array, limit: number): Promise<number> {
    let written = 0;
    while (written < limit && (await this.write(chunk))) written += chunk.byteLength;
    return written;
  }

  /** The next complete answer; undefined if the connection closes before one is complete. `head`: an answer to HEAD (no body). */
  async next(options: { head?: boolean } = {}): Promise<RawAnswer | undefined> {
    for (;;) {
      const answer = this.parse(options.head ?? false);
      if (answer !== undefined) return answer;
      if (this.ended) return undefined;
      await new Promise<void>((resolve) => (this.waiting = resolve));
    }
  }

  /** Half-closes: the server sees the end of the request stream. */
  end(): void {
    this.socket.end();
  }

  destroy(): void {
    this.socket.destroy();
  }

  private wake(): void {
    const waiting = this.waiting;
    this.waiting = undefined;
    waiting?.();
  }

  private parse(head: boolean): RawAnswer | undefined {
    const headerEnd = this.buffer.indexOf('\r\n\r\n');
    if (headerEnd < 0) return undefined;
    const [statusLine, ...lines] = this.buffer.subarray(0, headerEnd).toString('latin1').split('\r\n');
    const headers: Record<string, string> = {};
    for (const line of lines) {
      const colon = line.indexOf(':');
      headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
    }
    const status = Number(/^HTTP\/1\.[01] (\d{3})/.exec(statusLine ?? '')?.[1]);
    if (status >= 100 && status < 200) {
      this.buffer = this.buffer.subarray(headerEnd + 4);
      return this.parse(head);
    }
    const start = headerEnd + 4;
    // Without a length (node's own 400 for a request it cannot parse), the body runs to the close.
    const length = head ? 0 : headers['content-length'] !== undefined ? Number(headers['content-length']) : this.ended ? this.buffer.length - start : undefined;
    if (length === undefined || this.buffer.length < start + length) return undefined;
    const body = this.buffer.subarray(start, start + length).toString('utf8');
    this.buffer = this.buffer.subarray(start + length);
    return { status, headers, body };
  }
}

/** A request's bytes: the request line, the headers (Host added) and the body, with nothing checked. */
export function rawRequest(method: string, headers: Record<string, string | number>, body: string | Uint8Array = '', path = '/webhooks/popp'): Buffer {
  const head = [`${method} ${path} HTTP/1.1`, 'Host: 127.0.0.1', ...Object.entries(headers).map(([name, value]) => `${name}: ${value}`)].join('\r\n');
  return Buffer.concat([Buffer.from(`${head}\r\n\r\n`, 'latin1'), typeof body === 'string' ? Buffer.from(body, 'utf8') : body]);
}

/** One chunk of a chunked body (`data` empty: the last chunk). */
export function chunk(data: Uint8Array | string): Buffer {
  const bytes = typeof data === 'string' ? Buffer.from(data) : Buffer.from(data);
  return Buffer.concat([Buffer.from(`${bytes.byteLength.toString(16)}\r\n`), bytes, Buffer.from('\r\n')]);
}
