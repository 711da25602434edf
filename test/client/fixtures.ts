// Shared set-up of the client tests: a fresh contract server per test, checked for contract violations at
// the end, and a client pointed at it whose retry waits run on a virtual clock.
import { afterEach, beforeEach, expect } from 'vitest';
import { createPoppClient, type PoppClient, type PoppClientOptions } from '../../src/client/index.js';
import { type ContractServer, type ContractServerOptions, startContractServer, TEST_CREDENTIALS } from './contract-server.js';
import { virtualClock } from './test-clock.js';

export function useContractServer(options?: ContractServerOptions): { server: ContractServer } {
  const state = {} as { server: ContractServer };
  beforeEach(async () => {
    state.server = await startContractServer(options);
  });
  afterEach(async () => {
    try {
      expect(state.server.violations, 'requests that broke the OpenAPI contract').toEqual([]);
      expect(state.server.responseViolations, 'responses of the test server that broke the contract').toEqual([]);
    } finally {
      await state.server.close();
    }
  });
  return state;
}

/** A client for the server; retries wait on a fresh virtual clock unless `retry` is given. */
export function clientFor(server: Pick<ContractServer, 'url'>, overrides: Partial<PoppClientOptions> = {}): PoppClient {
  return createPoppClient({ ...TEST_CREDENTIALS, baseUrl: server.url, retry: { clock: virtualClock() }, ...overrides });
}

/** The rejection of a promise, failing the test if it resolves. */
export async function rejectionOf(promise: Promise<unknown>): Promise<any> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the call to fail, but it succeeded');
}
