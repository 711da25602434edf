// Input that breaks the contract is refused before anything is sent, with an error naming each field.
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isValidStartWorkflowRunsRequest } from '../../generated/validators-fast.mjs';
import { PoppRequestValidationError } from '../../src/client/index.js';
import { CANCEL } from '../../src/client/paths.js';
import { idIssues, LIST_LIMIT, MAX_TOTAL_ENTRIES, startRunsBodyIssues } from '../../src/client/request-validation.js';
import { requestPath } from '../../src/client/url.js';
import { GENERATED } from '../helpers/contract.js';
import { openapi, requestExample } from './contract-server.js';
import { clientFor, rejectionOf } from './fixtures.js';
import { useSandboxServer } from './sandbox-fixture.js';

const ctx = useSandboxServer();

async function refused(call: (popp: ReturnType<typeof clientFor>) => Promise<unknown>): Promise<PoppRequestValidationError> {
  const error = await rejectionOf(call(clientFor(ctx.server) as never));
  expect(error).toBeInstanceOf(PoppRequestValidationError);
  expect(ctx.server.requests, 'no request may reach the server').toHaveLength(0);
  return error;
}

const ids = (count: number, prefix = 'cp_') => Array.from({ length: count }, (_, index) => `${prefix}${index}`);

describe('startRuns body', () => {
  it('no entries at all', async () => {
    for (const body of [{}, { contacts: [] }, { candidateProfileIds: [], candidateProfileExternalIds: [] }]) {
      const error = await refused((popp) => popp.startRuns('wf_abc123', body as never));
      expect(error.issues).toEqual([{ path: '', keyword: 'anyOf', message: 'needs at least one of candidateProfileIds, candidateProfileExternalIds, contacts (non-empty)' }]);
      expect(error.message).toBe(
        'startRuns: nothing was sent, the input breaks the contract (1 problem):\n  - (the whole input): needs at least one of candidateProfileIds, candidateProfileExternalIds, contacts (non-empty)',
      );
      expect(error).toMatchObject({ operation: 'startRuns', method: 'POST', path: '/v1/workflows/{workflowId}/runs', attempts: 0 });
    }
  });

  it(`more than ${MAX_TOTAL_ENTRIES} entries over all lists together`, async () => {
    const body = { candidateProfileIds: ids(3000), contacts: ids(2001).map((id) => ({ externalId: id, email: `${id}@example.com` })) };
    const error = await refused((popp) => popp.startRuns('wf_abc123', body));
    expect(error.issues).toEqual([
      {
        path: '',
        keyword: 'x-popp-max-total-entries',
        message: 'has 5001 entries in total (candidateProfileIds 3000 + contacts 2001); at most 5000 are allowed per request, so split it into several calls',
      },
    ]);
  });

  it('exactly 5000 entries are accepted and sent', async () => {
    const body = { candidateProfileIds: ids(2500), candidateProfileExternalIds: ids(2500, 'ext_') };
    const result = await clientFor(ctx.server).startRuns('wf_abc123', body);
    expect(result.summary.requested).toBe(5000);
  });

  it('more than 5000 in one list: the schema limit and the total both report', async () => {
    const error = await refused((popp) => popp.startRuns('wf_abc123', { candidateProfileIds: ids(5001) }));
    expect(error.issues.map((issue) => [issue.path, issue.keyword])).toEqual([
      ['', 'x-popp-max-total-entries'],
      ['/candidateProfileIds', 'maxItems'],
    ]);
  });

  it('a contact with neither email nor phone number', async () => {
    const body = { contacts: [{ email: 'a@example.com' }, { firstName: 'Jane', lastName: 'Doe' }, { email: '' }] };
    const error = await refused((popp) => popp.startRuns('wf_abc123', body as never));
    expect(error.issues).toEqual([
      { path: '/contacts/1', keyword: 'anyOf', message: 'needs at least one of email, phoneNumber (non-empty)' },
      { path: '/contacts/2', keyword: 'anyOf', message: 'needs at least one of email, phoneNumber (non-empty)' },
    ]);
  });

  it('a malformed E.164 phone number, without repeating the number', async () => {
    const error = await refused((popp) => popp.startRuns('wf_abc123', { contacts: [{ phoneNumber: '07700 900123' }] }));
    expect(error.issues).toEqual([
      { path: '/contacts/0/phoneNumber', keyword: 'pattern', message: 'must be a phone number in E.164 form: "+", country code and number, digits only (e.g. +447700900000)' },
    ]);
    expect(error.message).not.toContain('07700');
  });

  it('fields the contract does not know, and wrong types', async () => {
    const body = { candidateProfileIds: 'cp_1', contact: [], contacts: [{ email: 'a@example.com', phone: '+447700900000' }], triggerSource: 'UI' };
    const error = await refused((popp) => popp.startRuns('wf_abc123', body as never));
    expect(error.issues.map((issue) => `${issue.path} ${issue.message}`)).toEqual([
      '/contact is not a field of the contract (known: candidateProfileIds, candidateProfileExternalIds, contacts, triggerSource)',
      '/contacts/0/phone is not a field of the contract (known: externalId, email, phoneNumber, firstName, lastName)',
      '/candidateProfileIds must be array',
      '/triggerSource must be one of "API"',
    ]);
  });

  it('an unknown field in a body the schema accepts is still refused (JSON Schema here allows unknown properties)', async () => {
    const example = requestExample('startWorkflowRuns') as { contacts: Record<string, unknown>[] };
    for (const [body, pointer] of [
      [{ ...example, contacts: [{ ...example.contacts[0], phone: '+447700900000' }] }, '/contacts/0/phone'],
      [{ ...example, dryRun: true }, '/dryRun'],
    ] as const) {
      const error = await refused((popp) => popp.startRuns('wf_abc123', body as never));
      expect(error.issues.map((issue) => issue.path)).toEqual([pointer]);
    }
  });

  it('what only the strict contract refuses is left for Popp to decide: an external ID outside the inferred pattern and length', () => {
    // The first tier (strict) refuses this body; the tolerant check behind it must still let it through.
    const body = { candidateProfileExternalIds: ['ats 42', 'x'.repeat(300)] };
    expect(isValidStartWorkflowRunsRequest(body)).toBe(false);
    expect(startRunsBodyIssues(body)).toEqual([]);
    expect(startRunsBodyIssues(requestExample('startWorkflowRuns'))).toEqual([]);
  });

  it('a body that is not an object', async () => {
    const error = await refused((popp) => popp.startRuns('wf_abc123', ['cp_1'] as never));
    expect(error.issues[0]?.message).toBe('the body must be an object with candidateProfileIds, candidateProfileExternalIds and/or contacts (got an array)');
  });

  it('lists the first ten problems and counts the rest', async () => {
    const error = await refused((popp) => popp.startRuns('wf_abc123', { contacts: ids(25).map(() => ({ phoneNumber: 'x' })) }));
    expect(error.issues).toHaveLength(25);
    expect(error.message.split('\n')).toHaveLength(12);
    expect(error.message).toContain('…and 15 more (see .issues)');
  });

  it('the spec example passes', async () => {
    await expect(clientFor(ctx.server).startRuns('wf_abc123', requestExample('startWorkflowRuns'))).resolves.toBeDefined();
  });
});

describe('other inputs', () => {
  it('missing or empty IDs', async () => {
    expect((await refused((popp) => popp.getRun(undefined as never))).issues).toEqual([{ path: '/runId', keyword: 'minLength', message: 'is required: a non-empty string (got undefined)' }]);
    expect((await refused((popp) => popp.cancelRun(''))).issues[0]?.message).toBe('is required: a non-empty string (got an empty string)');
    expect((await refused((popp) => popp.publishWorkflow(42 as never))).issues[0]?.message).toBe('is required: a non-empty string (got number)');
  });

  // Each of these would reach another endpoint (cancelRun('..') → POST /v1/cancel), another path, or throw
  // URIError while the URL is built.
  const DOT = 'is a dot segment ("." or "..", or the same written with %2e): URL normalisation would remove it from the path and send the request to another endpoint';
  it.each([
    ['.', DOT],
    ['..', DOT],
    ['%2e', DOT],
    ['%2E%2e', DOT],
    ['.%2e', DOT],
    [' ', 'is only whitespace; an ID has none'],
    ['\t\n', 'is only whitespace; an ID has none'],
    [' run_1', 'has leading or trailing whitespace (often a newline copied with it); remove it'],
    ['run_1\n', 'has leading or trailing whitespace (often a newline copied with it); remove it'],
    ['run_\uD800', 'is not well-formed Unicode (it has a lone surrogate), so it cannot be put in a URL'],
  ])('an ID of %j is refused by every operation before sending', async (id, message) => {
    const calls: [string, string, (popp: ReturnType<typeof clientFor>) => Promise<unknown>][] = [
      ['getRun', '/runId', (popp) => popp.getRun(id)],
      ['cancelRun', '/runId', (popp) => popp.cancelRun(id)],
      ['startRuns', '/workflowId', (popp) => popp.startRuns(id, { candidateProfileIds: ['cp_1'] })],
      ['publishWorkflow', '/workflowId', (popp) => popp.publishWorkflow(id)],
      ['listRuns', '/workflowId', (popp) => popp.listRuns(id)],
      // iterateRuns reports the listRuns call it makes for the first page.
      ['listRuns', '/workflowId', async (popp) => {
        for await (const _run of popp.iterateRuns(id)) break;
      }],
    ];
    for (const [operation, path, call] of calls) {
      const error = await refused(call);
      expect(error, operation).toMatchObject({ operation, issues: [{ path, message, keyword: 'pattern' }] });
    }
  });

  it('the raw methods refuse the same path parameters, and a dot segment in the template', async () => {
    const cancel = await refused((popp) => popp.POST('/v1/workflow-runs/{runId}/cancel', { params: { path: { runId: '..' } } }));
    expect(cancel).toMatchObject({ operation: 'POST /v1/workflow-runs/{runId}/cancel', method: 'POST', attempts: 0, issues: [{ path: '/params/path/runId', message: DOT }] });
    expect(cancel.message).toBe(`POST /v1/workflow-runs/{runId}/cancel: nothing was sent, the input breaks the contract (1 problem):\n  - /params/path/runId: ${DOT}`);
    const surrogate = await refused((popp) => popp.GET('/v1/workflow-runs/{runId}', { params: { path: { runId: '\uDC00' } } }));
    expect(surrogate.issues[0]?.path).toBe('/params/path/runId');
    const template = await refused((popp) => popp.GET('/v1/workflow-runs/../workflows/{workflowId}/runs' as never, { params: { path: { workflowId: 'wf_abc123' } } } as never));
    expect(template.issues).toEqual([{ path: '', keyword: 'pattern', message: 'the URL path has a dot segment ("." or ".."), which URL normalisation would resolve, sending the request to another endpoint' }]);
  });

  it('any ID the operations accept stays one segment of its own path after URL normalisation', () => {
    const base = 'https://api.joinpopp.com';
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary' }), fc.constantFrom('.', '..', '%2e', '.%2E', ' ', 'a/b', 'a\\b', '?x', '#x')), (id) => {
        const built = requestPath(CANCEL, { path: { runId: id } }, base);
        if (idIssues('runId', id).length > 0) return;
        const url = new URL(built);
        expect(url.href).toBe(built);
        expect(url.pathname.split('/')).toEqual(['', 'v1', 'workflow-runs', encodeURIComponent(id), 'cancel']);
      }),
      { numRuns: 2000 },
    );
  });

  it('cancel options: a typo is refused instead of silently ignored; a reason over 500 characters is not (that limit is inferred)', async () => {
    const error = await refused((popp) => popp.cancelRun('run_existing_xyz', { closeActiveConversation: true, reason: 'r'.repeat(501) } as never));
    expect(error.issues.map((issue) => `${issue.path} ${issue.message}`)).toEqual([
      '/closeActiveConversation is not a field of the contract (known: reason, closeActiveConversations)',
    ]);
  });

  it('listRuns query values', async () => {
    const error = await refused((popp) => popp.listRuns('wf_abc123', { status: 'DONE', limit: 0, nextToken: '', cursor: 'x' } as never));
    expect(error.issues.map((issue) => `${issue.path} ${issue.message}`)).toEqual([
      '/cursor is not a field of the contract (known: status, candidateProfileId, nextToken, limit)',
      '/status must be one of "RUNNING", "COMPLETED", "FAILED", "CANCELLED"',
      '/nextToken must be a non-empty string',
      '/limit must be an integer from 1 to 100',
    ]);
    expect((await refused((popp) => popp.listRuns('wf_abc123', { limit: 2.5 })))).toBeDefined();
  });

  it('call options: unknown keys are refused', async () => {
    const error = await rejectionOf(clientFor(ctx.server).getRun('run_xyz789', { signal: undefined, timeout: 5 } as never));
    expect(error).toBeInstanceOf(TypeError);
    expect(error.message).toBe('getRun: unknown option timeout (known: signal, timeoutMs)');
  });
});

describe('the generated limits are the contract\'s', () => {
  it(`MAX_TOTAL_ENTRIES is StartWorkflowRunsRequest's x-popp-max-total-entries`, () => {
    const schema = JSON.parse(readFileSync(join(GENERATED, 'schemas/StartWorkflowRunsRequest.json'), 'utf8'));
    expect(MAX_TOTAL_ENTRIES).toBe(schema['x-popp-max-total-entries']);
  });

  it("LIST_LIMIT is listWorkflowRuns' limit range", () => {
    const limit = openapi.paths['/v1/workflows/{workflowId}/runs'].get.parameters.find((parameter: { name: string }) => parameter.name === 'limit');
    expect(LIST_LIMIT).toEqual({ minimum: limit.schema.minimum, maximum: limit.schema.maximum });
  });
});
