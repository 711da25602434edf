/**
 * The request body behind toNodeListener: read as a web stream with back-pressure while the handler wants it,
 * and, once the handler has answered, either ended, or drained within bounds, or left unread on a connection
 * that is closed after the answer. Nothing here reads without a bound: an unread body would stall the next
 * request on a keep-alive connection, and reading all of it would let an endless body run for ever.
 */
import type { NodeRequest } from './node.js';
import { concatBytes } from './read-body.js';

/**
 * How the body will be taken: as a web `stream`, as `bytes` through `read` (the first chunk is taken at once, as
 * a stream's one-chunk buffer would, so a short body has ended by the time the answer is ready), or not at all
 * (`none`: GET, HEAD, a method Fetch refuses; only drained or left).
 */
export type BodyUse = 'stream' | 'bytes' | 'none';

/** What to do with the connection after the answer. */
export type Connection = 'keep-alive' | 'close';

/** How much of an unread body is read and dropped, and how long that may take, to keep a connection. */
export interface DrainBounds {
  maxBytes: number;
  timeoutMs: number;
}

export interface RequestBody {
  /** The body for the Request; undefined when the body is drained only (GET, HEAD, a method Fetch refuses) or read with `read`. */
  readonly stream: ReadableStream<Uint8Array> | undefined;
  /**
   * Reads the body into memory, for a caller that takes bytes rather than a stream (made without a stream):
   * undefined when it is longer than `maxBytes`, by its Content-Length or once that many bytes arrived; the
   * rest is not read, and `settle` decides between draining and closing. Rejects when the request fails
   * before its end.
   */
  read(maxBytes: number): Promise<Uint8Array | undefined>;
  /**
   * Called once the answer is ready: `keep-alive` when the body has ended, or ends after at most
   * `maxBytes` more bytes within `timeoutMs`; `close` otherwise (the rest is not read).
   */
  settle(bounds: DrainBounds): Promise<Connection>;
}

/**
 * Takes over `req`'s body. Its listeners stay for the request's lifetime, so a late `error` (a reset
 * connection) always has a listener.
 *
 * @example
 *   const body = readRequestBody(req, 'stream');
 *   const response = await handler(new Request(url, { method: 'POST', body: body.stream, duplex: 'half' }));
 *   if ((await body.settle({ maxBytes: 262_144, timeoutMs: 5_000 })) === 'close') res.setHeader('connection', 'close');
 */
export function readRequestBody(req: NodeRequest, as: BodyUse): RequestBody {
  const withStream = as === 'stream';
  let received = 0;
  let state: 'reading' | 'ended' | 'failed' = 'reading';
  // Where chunks go: the handler's stream while it reads, then a bounded drain, else nowhere (and reading stops).
  let controller: ReadableStreamDefaultController<Uint8Array> | undefined;
  let drain: { limit: number; done: (connection: Connection) => void } | undefined;
  let readStarted = false;
  // In `bytes` use, what arrived before `read` was called: one chunk, then reading pauses.
  const early: Uint8Array[] = [];
  let collector: { chunks: Uint8Array[]; length: number; limit: number; done: (body: Uint8Array | undefined) => void; fail: (error: Error) => void } | undefined;
  let settled: Promise<Connection> | undefined;

  function failed(error: Error): void {
    if (state !== 'reading') return;
    state = 'failed';
    controller?.error(error);
    controller = undefined;
    collector?.fail(error);
    drain?.done('close');
  }
  req.on('data', (chunk: Uint8Array) => {
    received += chunk.byteLength;
    if (controller !== undefined) {
      controller.enqueue(chunk);
      if ((controller.desiredSize ?? 1) <= 0) req.pause();
    } else if (collector !== undefined) {
      collector.length += chunk.byteLength;
      if (collector.length > collector.limit) collector.done(undefined);
      else collector.chunks.push(chunk);
    } else if (drain !== undefined) {
      if (received > drain.limit) drain.done('close');
    } else {
      if (as === 'bytes' && !readStarted) early.push(chunk);
      req.pause();
    }
  });
  req.on('end', () => {
    state = 'ended';
    controller?.close();
    controller = undefined;
    collector?.done(concatBytes(collector.chunks, collector.length));
    drain?.done('keep-alive');
  });
  req.on('error', (error: Error) => failed(error));
  // 'close' comes after every request, complete or not: an Error (and its stack) only for one cut short.
  req.on('close', () => {
    if (state === 'reading') failed(new Error('The request was aborted before its body was complete.'));
  });

  const stream = withStream
    ? new ReadableStream<Uint8Array>({
        start(streamController) {
          // Called at once, before any event: `data` and `end` are never emitted synchronously.
          controller = streamController;
        },
        pull() {
          req.resume();
        },
        cancel() {
          // The handler wants no more (a 413, say): stop here; settle decides between draining and closing.
          controller = undefined;
          req.pause();
        },
      })
    : undefined;
  if (as === 'none') req.pause();

  return {
    stream,
    read(maxBytes) {
      return new Promise<Uint8Array | undefined>((resolve, reject) => {
        if (stream !== undefined || readStarted) return reject(new Error('read() is for a body made without a stream, and reads it once.'));
        readStarted = true;
        if (state === 'failed') return reject(new Error('The request failed before its body was read.'));
        const declared = contentLength(req.headers['content-length']);
        if ((declared !== undefined && declared > maxBytes) || received > maxBytes) return resolve(undefined);
        if (state === 'ended') return resolve(concatBytes(early, received));
        collector = {
          chunks: early,
          length: received,
          limit: maxBytes,
          done(body) {
            collector = undefined;
            if (body === undefined) req.pause();
            resolve(body);
          },
          fail(error) {
            collector = undefined;
            reject(error);
          },
        };
        req.resume();
      });
    },
    settle(bounds) {
      settled ??= new Promise<Connection>((resolve) => {
        if (state !== 'reading') return resolve(state === 'ended' ? 'keep-alive' : 'close');
        // Answered before the body ended: the handler's stream gets nothing more.
        controller?.error(new Error('The answer was ready before the request body was read to its end.'));
        controller = undefined;
        const declared = contentLength(req.headers['content-length']);
        if (declared !== undefined && declared - received > bounds.maxBytes) {
          req.pause();
          return resolve('close');
        }
        const timer = setTimeout(() => drain?.done('close'), bounds.timeoutMs);
        drain = {
          limit: received + bounds.maxBytes,
          done(connection) {
            drain = undefined;
            clearTimeout(timer);
            if (connection === 'close') req.pause();
            resolve(connection);
          },
        };
        req.resume();
      });
      return settled;
    },
  };
}

function contentLength(header: string | string[] | undefined): number | undefined {
  return typeof header === 'string' && /^\d{1,15}$/.test(header) ? Number(header) : undefined;
}
