// The "provably not sent" rule, applied to errors produced by Node's real fetch against real sockets.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { describeTransportFailure, isTransportFailure } from '../../src/client/network-errors.js';
import { reservePort } from './contract-server.js';

async function failureOf(url: string, init?: RequestInit): Promise<unknown> {
  try {
    await (await fetch(url, init)).text();
  } catch (error) {
    return error;
  }
  throw new Error('expected fetch to fail');
}

/** A server that reads the request and then destroys the socket: the request provably arrived. */
async function withResettingServer<T>(when: 'after-request' | 'mid-body', use: (url: string) => Promise<T>): Promise<T> {
  const server = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      if (when === 'after-request') return req.socket.destroy();
      res.writeHead(200, { 'content-length': '100' });
      res.write('{"runs":');
      setTimeout(() => req.socket.destroy(), 10);
    });
  });
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
  try {
    return await use(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
  } finally {
    server.closeAllConnections();
    server.close();
  }
}

describe('describeTransportFailure with real fetch errors', () => {
  it('connection refused: not sent', async () => {
    const error = await failureOf(`http://127.0.0.1:${await reservePort()}/`);
    expect(isTransportFailure(error, new WeakSet())).toBe(true);
    expect(describeTransportFailure(error)).toMatchObject({ code: 'ECONNREFUSED', requestNotSent: true, description: expect.stringMatching(/^connection refused \(connect ECONNREFUSED/) });
  });

  it('socket destroyed after the request was read: may have been sent', async () => {
    const error = await withResettingServer('after-request', (url) => failureOf(url, { method: 'POST', body: '{}' }));
    expect(describeTransportFailure(error)).toEqual({ code: 'UND_ERR_SOCKET', requestNotSent: false, description: 'connection closed unexpectedly (other side closed)' });
  });

  it('socket destroyed in the middle of the response body: may have been sent', async () => {
    const error = await withResettingServer('mid-body', (url) => failureOf(url));
    expect(isTransportFailure(error, new WeakSet())).toBe(true);
    expect(describeTransportFailure(error)).toMatchObject({ code: 'UND_ERR_SOCKET', requestNotSent: false });
  });
});

describe('describeTransportFailure with the shapes undici produces elsewhere', () => {
  const coded = (code: string, syscall?: string) => Object.assign(new Error(`${syscall ?? ''} ${code}`.trim()), { code, ...(syscall ? { syscall } : {}) });

  it('Happy Eyeballs: an AggregateError is "not sent" only if every address failed to connect', () => {
    const allRefused = new TypeError('fetch failed', { cause: Object.assign(new AggregateError([coded('ECONNREFUSED', 'connect'), coded('ENETUNREACH', 'connect')]), { code: 'ECONNREFUSED' }) });
    expect(describeTransportFailure(allRefused).requestNotSent).toBe(true);
    const mixed = new TypeError('fetch failed', { cause: new AggregateError([coded('ECONNREFUSED', 'connect'), coded('ECONNRESET', 'read')]) });
    expect(describeTransportFailure(mixed).requestNotSent).toBe(false);
  });

  it('a DNS lookup failure (getaddrinfo): not sent', () => {
    // Built rather than provoked: a real lookup would query a resolver outside 127.0.0.1.
    expect(describeTransportFailure(new TypeError('fetch failed', { cause: coded('ENOTFOUND', 'getaddrinfo') }))).toMatchObject({ code: 'ENOTFOUND', requestNotSent: true });
  });

  it("undici's connect timeout: not sent; a reset while reading: may have been sent", () => {
    expect(describeTransportFailure(new TypeError('fetch failed', { cause: coded('UND_ERR_CONNECT_TIMEOUT') }))).toMatchObject({ requestNotSent: true, description: 'connecting timed out (UND_ERR_CONNECT_TIMEOUT)' });
    expect(describeTransportFailure(new TypeError('fetch failed', { cause: coded('ECONNRESET', 'read') })).requestNotSent).toBe(false);
  });

  it('an uncoded error is neither a transport failure nor "not sent"', () => {
    const bug = new TypeError("Cannot read properties of undefined (reading 'x')");
    expect(isTransportFailure(bug, new WeakSet())).toBe(false);
    expect(isTransportFailure(bug, new WeakSet([bug]))).toBe(true);
    expect(describeTransportFailure(bug)).toEqual({ code: null, requestNotSent: false, description: "network error (Cannot read properties of undefined (reading 'x'))" });
  });
});

// The errors other runtimes throw, copied from what Bun 1.4.5, Deno 2.9.6 and workerd 2026-11-17 threw on
// 127.0.0.1 (test/runtimes/ provokes the refused and reset ones for real, in each runtime, through the client).
describe('describeTransportFailure with the errors of Bun, Deno and workerd', () => {
  const bunError = (code: string, message: string, extra: object = {}) => Object.assign(new TypeError(message), { code, path: 'http://127.0.0.1:40123/', errno: 0, ...extra });
  const denoError = (message: string) => new TypeError('fetch failed', { cause: new Error(message) });

  it('Bun: a refused connection (ECONNREFUSED without a syscall) or an unresolved name was not sent; a reset may have been', () => {
    const refused = bunError('ECONNREFUSED', 'ECONNREFUSED: Unable to connect. Is the computer able to access the url?');
    expect(isTransportFailure(refused, new WeakSet())).toBe(true);
    expect(describeTransportFailure(refused)).toEqual({ code: 'ECONNREFUSED', requestNotSent: true, description: 'connection refused (ECONNREFUSED: Unable to connect. Is the computer able to access the url?)' });
    expect(describeTransportFailure(bunError('ENOTFOUND', 'getaddrinfo ENOTFOUND api.example.invalid', { syscall: 'getaddrinfo' }))).toMatchObject({ code: 'ENOTFOUND', requestNotSent: true });
    const reset = bunError('ECONNRESET', 'ECONNRESET: The socket connection was closed unexpectedly. For more information, pass `verbose: true` in the second argument to fetch()');
    expect(describeTransportFailure(reset)).toMatchObject({ code: 'ECONNRESET', requestNotSent: false, description: expect.stringMatching(/^connection reset by the server or a proxy \(ECONNRESET: /) });
  });

  it('codes that can also end an established connection count only with syscall connect', () => {
    expect(describeTransportFailure(bunError('ETIMEDOUT', 'ETIMEDOUT')).requestNotSent).toBe(false);
    expect(describeTransportFailure(bunError('EHOSTUNREACH', 'EHOSTUNREACH')).requestNotSent).toBe(false);
    expect(describeTransportFailure(bunError('ETIMEDOUT', 'connect ETIMEDOUT', { syscall: 'connect' })).requestNotSent).toBe(true);
  });

  it("Deno: the client's Connect stage (refused, DNS) was not sent; a connection closed while sending may have been", () => {
    const refused = denoError('error sending request for url (http://127.0.0.1:40123/): client error (Connect): tcp connect error: Connection refused (os error 111)');
    expect(describeTransportFailure(refused)).toEqual({
      code: 'ECONNREFUSED',
      requestNotSent: true,
      description: 'connection refused (error sending request for url (http://127.0.0.1:40123/): client error (Connect): tcp connect error: Connection refused (os error 111))',
    });
    const dns = denoError('error sending request for url (http://api.example.invalid/): client error (Connect): dns error: failed to lookup address information: Name or service not known');
    expect(describeTransportFailure(dns)).toMatchObject({ code: 'ENOTFOUND', requestNotSent: true });
    const closed = denoError('error sending request from 127.0.0.1:35994 for http://127.0.0.1:40123/ (127.0.0.1:40123): client error (SendRequest): connection closed before message completed');
    expect(describeTransportFailure(closed)).toMatchObject({ code: null, requestNotSent: false, description: expect.stringMatching(/^network error \(error sending request from .*connection closed before message completed\)$/) });
  });

  it('workerd: "Network connection lost." is the same for a refused and a reset connection, so it may have been sent', () => {
    const lost = Object.assign(new Error('Network connection lost.'), { retryable: true });
    expect(isTransportFailure(lost, new WeakSet())).toBe(false); // only the client's transport marks it as one
    expect(isTransportFailure(lost, new WeakSet([lost]))).toBe(true);
    expect(describeTransportFailure(lost)).toEqual({ code: null, requestNotSent: false, description: 'network error (Network connection lost.)' });
  });
});
