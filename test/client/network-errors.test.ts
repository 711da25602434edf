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
