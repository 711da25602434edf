// constructEvent and parseEvent: every spec example round-trips; every kind of bad delivery gets its own
// error class, code, status and a message that names the likely mistake.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { examples } from '../../generated/examples.js';
import { KNOWN_EVENT_TYPES } from '../../src/events.js';
import {
  constructEvent,
  constructEventSync,
  parseEvent,
  signPayload,
  type RawBody,
  WebhookError,
  WebhookPayloadError,
  WebhookSignatureError,
  WebhookUnknownEventError,
} from '../../src/webhooks/index.js';
import { completedBody, SECRET } from '../helpers/webhooks.js';

async function signed(body: string | Uint8Array, secret = SECRET) {
  return { body, signature: await signPayload(body, secret) };
}

/** The error constructEvent rejects with (the test fails if it resolves). */
async function rejection(...args: Parameters<typeof constructEvent>): Promise<WebhookError> {
  const error = await constructEvent(...args).then(
    () => undefined,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(WebhookError);
  return error as WebhookError;
}

describe('constructEvent', () => {
  it('returns every spec example of every event type, typed and unchanged', async () => {
    for (const type of KNOWN_EVENT_TYPES) {
      for (const example of examples[type]) {
        const { body, signature } = await signed(JSON.stringify(example));
        const event = await constructEvent(body, signature, SECRET);
        expect(event.event).toBe(type);
        expect(event).toEqual(example);
      }
    }
  });

  it('takes the body as a string, Uint8Array, Buffer or ArrayBuffer', async () => {
    const { signature } = await signed(completedBody);
    const encoded = new TextEncoder().encode(completedBody);
    for (const body of [completedBody, encoded, Buffer.from(completedBody), encoded.buffer]) {
      expect((await constructEvent(body, signature, SECRET)).eventId).toBe('evt_abc123');
    }
  });

  it('accepts any of several secrets (rotation)', async () => {
    const { body, signature } = await signed(completedBody, 'old-secret');
    expect((await constructEvent(body, signature, ['new-secret', 'old-secret'])).event).toBe('WORKFLOW_RUN_COMPLETED');
  });

  it('accepts properties the contract does not know (Popp may add fields)', async () => {
    const example = examples.WORKFLOW_RUN_COMPLETED[0];
    const extended = { ...example, deliveryAttempt: 2, data: { ...example.data, newField: { nested: true } } };
    const { body, signature } = await signed(JSON.stringify(extended));
    expect(await constructEvent(body, signature, SECRET)).toEqual(extended);
  });

  describe('signature errors (401)', () => {
    it('missing header', async () => {
      const error = await rejection(completedBody, undefined, SECRET);
      expect(error).toBeInstanceOf(WebhookSignatureError);
      expect([error.code, error.status]).toEqual(['signature-missing', 401]);
      expect((await rejection(completedBody, null, SECRET)).code).toBe('signature-missing');
    });

    it('malformed header, told apart from a mismatch', async () => {
      const error = await rejection(completedBody, 'sha1=abcdef', SECRET);
      expect(error).toBeInstanceOf(WebhookSignatureError);
      expect(error.code).toBe('signature-malformed');
      expect(error.message).toMatch(/64 hex characters or 44 base64 characters/);
    });

    it('mismatch, checked before the body is parsed', async () => {
      const { signature } = await signed(completedBody, 'another-secret');
      const error = await rejection('{not json', signature, SECRET);
      expect([error.constructor, error.code, error.status]).toEqual([WebhookSignatureError, 'signature-mismatch', 401]);
    });

    it('says a re-serialised body no longer matches, and points to the raw-body recipes', async () => {
      const { signature } = await signed(completedBody);
      const reserialised = JSON.stringify(JSON.parse(completedBody), null, 2);
      const error = await rejection(reserialised, signature, SECRET);
      expect(error.code).toBe('signature-mismatch');
      expect(error.message).toMatch(/parsed and serialised again/);
      expect(error.message).toMatch(/Raw body recipes/);
    });

    it('diagnoses a secret with surrounding whitespace, and says when trimming would fix it', async () => {
      const { body, signature } = await signed(completedBody);
      const fixable = await rejection(body, signature, `${SECRET}\n`);
      expect(fixable.message).toMatch(/matches once it is trimmed/);
      const other = await rejection(body, signature, ` not-the-secret `);
      expect(other.message).toMatch(/leading or trailing whitespace/);
      expect(other.message).not.toMatch(/matches once/);
    });

    it('says when the body is empty (a stream read twice)', async () => {
      const { signature } = await signed(completedBody);
      const error = await rejection('', signature, SECRET);
      expect(error.code).toBe('signature-mismatch');
      expect(error.message).toMatch(/body is empty/);
    });

    it('never puts the secret or the expected signature in a message', async () => {
      const expected = await signPayload(completedBody, SECRET);
      const { signature: wrong } = await signed(completedBody, 'wrong');
      for (const error of [await rejection(completedBody, wrong, SECRET), await rejection(completedBody, wrong, `${SECRET} `), await rejection(completedBody, 'x'.repeat(200), SECRET)]) {
        expect(error.message).not.toContain(SECRET);
        expect(error.message).not.toContain(expected);
        expect(error.message).not.toContain('x'.repeat(20));
      }
    });
  });

  describe('payload errors', () => {
    it('a parsed object instead of the raw body: says so and points to the recipes (500, a receiver bug)', async () => {
      const { signature } = await signed(completedBody);
      const error = await rejection(JSON.parse(completedBody), signature, SECRET);
      expect(error).toBeInstanceOf(WebhookPayloadError);
      expect([error.code, error.status]).toEqual(['body-not-raw', 500]);
      expect(error.message).toMatch(/got a parsed object/);
      expect(error.message).toMatch(/express\.json\(\)/);
      expect(error.message).toMatch(/Raw body recipes/);
      expect((await rejection(undefined as unknown as string, signature, SECRET)).message).toMatch(/got undefined.*express\.raw/);
      expect((await rejection([1] as unknown as string, signature, SECRET)).message).toMatch(/parsed array/);
    });

    it('an empty body with a valid signature (400)', async () => {
      const { body, signature } = await signed('');
      const error = await rejection(body, signature, SECRET);
      expect([error.constructor, error.code, error.status]).toEqual([WebhookPayloadError, 'body-empty', 400]);
    });

    it('not JSON, with the parser message and the start of the body (400)', async () => {
      const { body, signature } = await signed('OK thanks');
      const error = await rejection(body, signature, SECRET);
      expect([error.code, error.status]).toEqual(['body-not-json', 400]);
      expect(error.message).toMatch(/not valid JSON: .*It starts with "OK thanks"/);
    });

    it('not UTF-8 (400)', async () => {
      const { body, signature } = await signed(Uint8Array.from([0x7b, 0xff, 0xfe, 0x7d]));
      const error = await rejection(body, signature, SECRET);
      expect(error.code).toBe('body-not-json');
      expect(error.message).toMatch(/UTF-8/);
    });

    it('JSON that is not an envelope, with the missing fields (400)', async () => {
      for (const json of ['{"hello":"world"}', '[1,2]', '"WORKFLOW_RUN_COMPLETED"', 'null', '{"event":"WORKFLOW_RUN_COMPLETED","eventId":"e","eventTimestamp":"2026-01-01T00:00:00Z","data":{}}']) {
        const { body, signature } = await signed(json);
        const error = (await rejection(body, signature, SECRET)) as WebhookPayloadError;
        expect([error.constructor, error.code, error.status], json).toEqual([WebhookPayloadError, 'not-an-envelope', 400]);
        expect(error.issues.length, json).toBeGreaterThan(0);
      }
      const { body, signature } = await signed('{"event":"WORKFLOW_RUN_COMPLETED"}');
      const error = (await rejection(body, signature, SECRET)) as WebhookPayloadError;
      expect(error.issues.map((issue) => issue.path)).toEqual(expect.arrayContaining(['/eventId', '/eventTimestamp', '/data']));
      expect(error.eventType).toBe('WORKFLOW_RUN_COMPLETED');
    });

    it('a schema violation lists every problem with its JSON pointer (422)', async () => {
      const example = examples.WORKFLOW_RUN_COMPLETED[0];
      const { outcome: _dropped, ...data } = example.data;
      const broken = { ...example, data: { ...data, truncated: 'no', nodes: [{ ...example.data.nodes[0], nodeType: 7 }] } };
      const { body, signature } = await signed(JSON.stringify(broken));
      const error = (await rejection(body, signature, SECRET)) as WebhookPayloadError;
      expect([error.constructor, error.code, error.status]).toEqual([WebhookPayloadError, 'schema-violation', 422]);
      expect(error.eventType).toBe('WORKFLOW_RUN_COMPLETED');
      expect(error.issues.map((issue) => issue.path).sort()).toEqual(['/data/nodes/0/nodeType', '/data/outcome', '/data/truncated']);
      for (const path of ['/data/outcome: is required', '/data/truncated: must be boolean', '/data/nodes/0/nodeType: must be string']) expect(error.message).toContain(path);
    });

    it('an enum value outside the contract is drift under the default (tolerant) profile and a violation under strict', async () => {
      const example = examples.WORKFLOW_RUN_FAILED[0];
      const { body, signature } = await signed(JSON.stringify({ ...example, data: { ...example.data, errorCode: 'QUOTA_EXCEEDED' } }));
      const reports: unknown[] = [];
      const event = await constructEvent(body, signature, SECRET, { onDrift: (report) => reports.push(report) });
      expect(event.event === 'WORKFLOW_RUN_FAILED' && event.data.errorCode).toBe('QUOTA_EXCEEDED');
      expect(reports).toEqual([{ event: 'WORKFLOW_RUN_FAILED', eventId: example.eventId, deviations: [{ path: '/data/errorCode', kind: 'unknown-enum-value', value: 'QUOTA_EXCEEDED' }] }]);
      const error = (await constructEvent(body, signature, SECRET, { profile: 'strict' }).catch((caught: unknown) => caught)) as WebhookPayloadError;
      expect(error.issues).toEqual([expect.objectContaining({ path: '/data/errorCode' })]);
    });
  });

  it('an unknown event type: WebhookUnknownEventError carrying the parsed envelope', async () => {
    const envelope = { event: 'WORKFLOW_RUN_PAUSED', eventId: 'evt_new', eventTimestamp: '2026-05-01T00:00:00Z', data: { recordId: 'run_1', organizationId: 'org_1', pausedBy: 'u_1' } };
    const { body, signature } = await signed(JSON.stringify(envelope));
    const error = await rejection(body, signature, SECRET);
    expect(error).toBeInstanceOf(WebhookUnknownEventError);
    expect(error.code).toBe('unknown-event-type');
    expect((error as WebhookUnknownEventError).envelope).toEqual(envelope);
    expect(error.message).toContain('WORKFLOW_RUN_PAUSED');
  });

  it('throws a TypeError for a missing secret (configuration, not a delivery problem)', async () => {
    await expect(constructEvent(completedBody, 'x', '')).rejects.toThrow(TypeError);
  });

  it('throws a TypeError for a blank secret, and never lets a secret shape turn a mismatch into anything but a 401', async () => {
    const { signature } = await signed(completedBody, 'someone-else');
    for (const secret of ['\n', ' ', '\t\r\n', '\u00a0', [SECRET, '  ']]) await expect(constructEvent(completedBody, signature, secret)).rejects.toThrow(/only whitespace/);
    // Any secret that is accepted gives a WebhookSignatureError for a wrong signature: never a DOMException from
    // Web Crypto (a zero-length key), whatever whitespace surrounds it or the diagnosis trims off.
    const padding = fc.constantFrom(' ', '\n', '\r', '\t', '\u00a0', '\ufeff', '\u2028', '\u3000');
    const secrets = fc.tuple(fc.array(padding), fc.string({ unit: 'grapheme', maxLength: 3 }), fc.array(padding)).map(([before, core, after]) => before.join('') + core + after.join(''));
    await fc.assert(
      fc.asyncProperty(fc.array(secrets, { minLength: 1, maxLength: 3 }), async (list) => {
        const outcome = await constructEvent(completedBody, signature, list).then(
          () => 'accepted',
          (error: unknown) => error,
        );
        if (list.some((secret) => secret.trim() === '')) expect(outcome).toBeInstanceOf(TypeError);
        else expect([outcome instanceof WebhookSignatureError, (outcome as WebhookError).code]).toEqual([true, 'signature-mismatch']);
      }),
      { numRuns: 200 },
    );
  });
});

describe('parseEvent', () => {
  it('takes JSON text, bytes or an already parsed value', () => {
    for (const input of [completedBody, new TextEncoder().encode(completedBody), JSON.parse(completedBody)]) {
      const result = parseEvent(input);
      expect(result.ok && result.event).toEqual(examples.WORKFLOW_RUN_COMPLETED[0]);
    }
  });

  it('returns the same errors as constructEvent, without throwing', () => {
    const cases: [unknown, string][] = [
      ['', 'body-empty'],
      ['{', 'body-not-json'],
      [{ hello: 1 }, 'not-an-envelope'],
      [{ ...examples.WORKFLOW_RUN_STARTED[0], data: { recordId: 'r', organizationId: 'o' } }, 'schema-violation'],
      [{ event: 'NEW_THING', eventId: 'e', eventTimestamp: '2026-01-01T00:00:00Z', data: { recordId: 'r', organizationId: 'o' } }, 'unknown-event-type'],
    ];
    for (const [input, code] of cases) {
      const result = parseEvent(input);
      expect(result.ok ? 'ok' : result.error.code).toBe(code);
    }
  });

  it('ignores one leading byte order mark, alike in text and in bytes (RFC 8259 §8.1 lets a parser ignore it)', async () => {
    const withBom = `\uFEFF${completedBody}`;
    const bytes = new TextEncoder().encode(withBom);
    expect(bytes.subarray(0, 3)).toEqual(Uint8Array.from([0xef, 0xbb, 0xbf]));
    for (const input of [withBom, bytes]) {
      const result = parseEvent(input);
      expect(result.ok && result.event).toEqual(examples.WORKFLOW_RUN_COMPLETED[0]);
      expect((await constructEvent(input, await signPayload(input, SECRET), SECRET)).eventId).toBe('evt_abc123');
    }
    // Only one: a second U+FEFF is not JSON whitespace, in text and in bytes alike.
    for (const input of [`\uFEFF${withBom}`, new TextEncoder().encode(`\uFEFF${withBom}`)]) {
      const result = parseEvent(input);
      expect(result.ok ? 'ok' : result.error.code).toBe('body-not-json');
    }
  });

  it('returns { ok: false } for a value that throws while it is read (a getter, a Proxy trap), never throwing itself', () => {
    const throwing = new Proxy({}, {
      get() {
        throw new Error('trap');
      },
    });
    const hostileError = new Proxy(new Error('x'), {
      get() {
        throw new Error('again');
      },
    });
    const cases: unknown[] = [
      Object.defineProperty({}, 'event', { enumerable: true, get: () => { throw new Error('getter says no'); } }),
      { ...examples.WORKFLOW_RUN_COMPLETED[0], data: Object.defineProperty({ ...examples.WORKFLOW_RUN_COMPLETED[0].data }, 'outcome', { enumerable: true, get: () => { throw new RangeError('deep getter'); } }) },
      throwing,
      new Proxy({}, { getPrototypeOf: () => { throw new Error('prototype trap'); } }),
      Object.defineProperty({}, 'event', { enumerable: true, get: () => { throw hostileError; } }),
      Object.defineProperty({}, 'event', { enumerable: true, get: () => { throw 'a string'; } }),
    ];
    for (const value of cases) {
      const result = parseEvent(value);
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect([result.error.code, result.error.status]).toEqual(['body-not-json', 400]);
        expect(result.error.message).toMatch(/not plain JSON data: reading it threw/);
      }
    }
    const described = parseEvent(cases[0]);
    expect(!described.ok && described.error.message).toContain('Error: getter says no');
  });

  it('never throws, whatever it is given', () => {
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), fc.string(), fc.uint8Array()), (input) => {
        const result = parseEvent(input);
        if (!result.ok) expect(result.error).toBeInstanceOf(WebhookError);
      }),
      { numRuns: 500 },
    );
  });
});

describe('constructEventSync (node:crypto, where the runtime has it)', () => {
  it('gives what constructEvent gives, for a valid delivery and for each kind of refusal', async () => {
    const { body, signature } = await signed(completedBody);
    expect(constructEventSync(body, signature, SECRET)).toEqual(await constructEvent(body, signature, SECRET));
    expect(constructEventSync(new TextEncoder().encode(completedBody), signature.toUpperCase(), ['other', SECRET])).toEqual(JSON.parse(completedBody));
    const refusals: [RawBody, string | null][] = [[body, null], [body, 'not-a-signature'], [`${body} `, signature], ['{"event":1}', await signPayload('{"event":1}', SECRET)]];
    for (const [payload, header] of refusals) {
      const asyncError = (await constructEvent(payload, header, SECRET).then(
        () => new Error('accepted'),
        (error: unknown) => error as Error,
      ));
      expect(() => constructEventSync(payload, header, SECRET), String(header)).toThrow(asyncError.message);
    }
  });

  it('diagnoses a secret with surrounding whitespace as the asynchronous path does', async () => {
    const { body, signature } = await signed(completedBody);
    const asyncError = (await constructEvent(body, signature, `${SECRET}\n`).catch((error: unknown) => error)) as Error;
    expect(asyncError.message).toContain('matches once it is trimmed');
    expect(() => constructEventSync(body, signature, `${SECRET}\n`)).toThrow(asyncError.message);
  });
});
