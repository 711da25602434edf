// createPoppClient refuses wrong options at construction, with a message that says what to change.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createPoppClient, type PoppClientOptions } from '../../src/client/index.js';
import { CLIENT_VERSION } from '../../src/client/options.js';
import { ROOT } from '../helpers/contract.js';

const valid = { apiKey: 'sk_live_0123456789abcdef', organizationId: 'org_123456' };
const construct = (options: unknown) => () => createPoppClient(options as PoppClientOptions);

describe('credentials', () => {
  it.each([
    ['a missing apiKey', { organizationId: 'org_1' }, 'createPoppClient: apiKey is missing (got undefined); pass it as createPoppClient({ apiKey: process.env.POPP_API_KEY, … })'],
    ['a missing organizationId', { apiKey: 'k_1' }, 'createPoppClient: organizationId is missing (got undefined); pass it as createPoppClient({ organizationId: process.env.POPP_ORGANIZATION_ID, … })'],
    ['an empty apiKey', { ...valid, apiKey: '' }, 'createPoppClient: apiKey is an empty string; is POPP_API_KEY set?'],
    ['a numeric organizationId', { ...valid, organizationId: 123 }, 'createPoppClient: organizationId must be a string (got number)'],
    ['a key with a trailing newline', { ...valid, apiKey: 'sk_live_x\n' }, 'apiKey has leading or trailing whitespace'],
    ['a key with an inner space', { ...valid, apiKey: 'sk live' }, 'apiKey contains characters an HTTP header cannot carry'],
  ])('%s', (_name, options, message) => {
    expect(construct(options)).toThrow(TypeError);
    expect(construct(options)).toThrow(message);
  });

  it('no options at all', () => {
    expect(construct(undefined)).toThrow('createPoppClient: pass an options object');
  });
});

describe('other options', () => {
  it.each([
    ['an unknown option (typo)', { ...valid, timeout: 5000 }, 'createPoppClient: unknown option timeout (known: apiKey, organizationId, baseUrl, fetch, timeoutMs, retry, userAgent, allowInsecureHttp, maxResponseBytes, onDrift)'],
    ['a baseUrl with /v1', { ...valid, baseUrl: 'https://api.joinpopp.com/v1' }, 'baseUrl ends with /v1, but the paths already start with /v1; use https://api.joinpopp.com'],
    ['a relative baseUrl', { ...valid, baseUrl: 'api.joinpopp.com' }, 'baseUrl "api.joinpopp.com" is not an absolute URL'],
    ['a baseUrl with a query', { ...valid, baseUrl: 'https://api.joinpopp.com/?x=1' }, 'baseUrl must not have a query string or fragment'],
    ['a baseUrl with user info', { ...valid, baseUrl: 'https://user:pw@api.joinpopp.com' }, 'baseUrl must not contain a user name or password'],
    ['plain http to a remote host', { ...valid, baseUrl: 'http://api.joinpopp.com' }, 'would send the API key unencrypted'],
    ['an ftp baseUrl', { ...valid, baseUrl: 'ftp://api.joinpopp.com' }, 'baseUrl must use https: (got ftp:)'],
    ['a zero timeout', { ...valid, timeoutMs: 0 }, 'createPoppClient: timeoutMs must be a number of milliseconds from 1 to 2147483647 (got 0)'],
    ['an infinite timeout', { ...valid, timeoutMs: Number.POSITIVE_INFINITY }, 'timeoutMs must be a number of milliseconds'],
    ['zero attempts', { ...valid, retry: { maxAttempts: 0 } }, 'retry.maxAttempts must be an integer from 1 to 20 (got 0)'],
    ['a negative delay', { ...valid, retry: { baseDelayMs: -1 } }, 'retry.baseDelayMs must be a finite number of milliseconds >= 0 (got -1)'],
    ['maxDelayMs below baseDelayMs', { ...valid, retry: { baseDelayMs: 500, maxDelayMs: 100 } }, 'retry.maxDelayMs (100) is less than retry.baseDelayMs (500)'],
    ['a clock without sleep', { ...valid, retry: { clock: { now: Date.now } } }, 'retry.clock must have now() and sleep(ms, signal) functions'],
    ['retry: true', { ...valid, retry: true }, 'retry must be an object of retry options or false (got boolean)'],
    ['a fetch that is not a function', { ...valid, fetch: 'fetch' }, 'fetch must be a function'],
    ['a userAgent with a newline', { ...valid, userAgent: 'app\r\nx-evil: 1' }, 'userAgent must be a non-empty string of printable ASCII'],
    ['an onDrift that is not a function', { ...valid, onDrift: 'warn' }, 'createPoppClient: onDrift must be a function that receives drift reports (got string)'],
  ])('%s', (_name, options, message) => {
    expect(construct(options)).toThrow(message);
  });

  it.each([0, -1, 1.5, Number.POSITIVE_INFINITY, Number.NaN, '1000', 256 * 2 ** 20 + 1])('refuses maxResponseBytes %s', (maxResponseBytes) => {
    expect(construct({ ...valid, maxResponseBytes })).toThrow(RangeError);
    expect(construct({ ...valid, maxResponseBytes })).toThrow(
      `createPoppClient: maxResponseBytes must be a whole number of bytes from 1 to 268435456 bytes (256 MiB) (got ${String(maxResponseBytes)})`,
    );
  });

  it('accepts maxResponseBytes from 1 byte to 256 MiB, and shows it', () => {
    for (const maxResponseBytes of [1, 4096, 256 * 2 ** 20]) {
      expect(JSON.parse(JSON.stringify(createPoppClient({ ...valid, maxResponseBytes }))).maxResponseBytes).toBe(maxResponseBytes);
    }
  });

  it('accepts loopback http, and other http with allowInsecureHttp', () => {
    for (const baseUrl of ['http://127.0.0.1:8080', 'http://localhost:3000', 'http://[::1]:3000']) expect(construct({ ...valid, baseUrl })).not.toThrow();
    expect(construct({ ...valid, baseUrl: 'http://popp-proxy.internal', allowInsecureHttp: true })).not.toThrow();
  });

  it('keeps a path prefix of the baseUrl (a gateway) and drops its trailing slash', () => {
    expect(JSON.parse(JSON.stringify(createPoppClient({ ...valid, baseUrl: 'https://gateway.example.com/popp/' }))).baseUrl).toBe('https://gateway.example.com/popp');
  });

  it('defaults: Popp host, 30 s timeout, 3 attempts within 60 s', () => {
    expect(JSON.parse(JSON.stringify(createPoppClient(valid)))).toEqual({
      baseUrl: 'https://api.joinpopp.com',
      timeoutMs: 30000,
      userAgent: `popp-workflow-contract/${CLIENT_VERSION}`,
      apiKey: '[redacted]',
      organizationId: '[redacted]',
      retry: { maxAttempts: 3, baseDelayMs: 500, maxDelayMs: 10000, maxElapsedMs: 60000 },
      maxResponseBytes: 134217728,
    });
  });

  it('CLIENT_VERSION is the package version', () => {
    expect(CLIENT_VERSION).toBe(JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version);
  });

  it('uses a given fetch for every request', async () => {
    const seen: string[] = [];
    const fetch = async (input: string | URL | Request, init?: RequestInit) => {
      const request = new Request(input, init);
      seen.push(`${request.method} ${request.url} ${request.headers.get('x-organization-id')}`);
      return new Response(JSON.stringify({ workflowId: 'wf_1', workflowVersionId: 'wfv_1', versionNumber: 1, publishedAt: '2026-04-28T09:00:00.000Z' }), {
        status: 200,
        headers: { 'content-type': 'application/json' },
      });
    };
    const popp = createPoppClient({ ...valid, fetch });
    await expect(popp.publishWorkflow('wf_1')).resolves.toMatchObject({ versionNumber: 1 });
    await popp.POST('/v1/workflows/{workflowId}/publish', { params: { path: { workflowId: 'wf_1' } } });
    expect(seen).toEqual(['POST https://api.joinpopp.com/v1/workflows/wf_1/publish org_123456', 'POST https://api.joinpopp.com/v1/workflows/wf_1/publish org_123456']);
  });
});
