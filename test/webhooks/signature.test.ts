// x-signature: HMAC-SHA256 over the raw bytes. Checked against RFC 4231, node:crypto and openssl, and for
// every way a header, body or secret can be wrong.
import { spawnSync } from 'node:child_process';
import { createHmac } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkSignature, decodeSignature } from '../../src/webhooks/signature.js';
import { signPayload, verifySignature, WebhookPayloadError } from '../../src/webhooks/index.js';
import { GENERATED, readJson } from '../helpers/contract.js';
import { completedBody, SECRET } from '../helpers/webhooks.js';

const bytes = (...values: number[]) => Uint8Array.from(values);
const repeat = (value: number, count: number) => new Uint8Array(count).fill(value);
const text = (value: Uint8Array) => String.fromCharCode(...value);
const hexToBase64 = (hex: string) => Buffer.from(hex, 'hex').toString('base64');

describe('signPayload', () => {
  // RFC 4231 §4. Cases 3, 6 and 7 use key bytes ≥ 0x80 (0xaa), which a string secret (UTF-8 encoded, as
  // Popp's secrets are text) cannot express; node:crypto and openssl below cover arbitrary text secrets.
  it.each([
    ['case 1', text(repeat(0x0b, 20)), new TextEncoder().encode('Hi There'), 'b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7'],
    ['case 2', 'Jefe', new TextEncoder().encode('what do ya want for nothing?'), '5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843'],
    ['case 4', text(bytes(...Array.from({ length: 25 }, (_, i) => i + 1))), repeat(0xcd, 50), '82558a389a443c0ea4cc819899f2083a85f0faa3e578f8077a2e3ff46729665b'],
  ])('matches RFC 4231 %s', async (_name, key, data, expected) => {
    expect(await signPayload(data, key)).toBe(expected);
  });

  it('matches RFC 4231 case 5 (truncated to 128 bits)', async () => {
    const signature = await signPayload(new TextEncoder().encode('Test With Truncation'), text(repeat(0x0c, 20)));
    expect(signature.slice(0, 32)).toBe('a3b6167473100ee06e0c796c2955552b');
  });

  it('agrees with node:crypto for any text body and secret', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'grapheme', maxLength: 300 }), fc.string({ unit: 'grapheme', minLength: 1, maxLength: 80 }), async (body, secret) => {
        expect(await signPayload(body, secret)).toBe(createHmac('sha256', secret).update(body, 'utf8').digest('hex'));
      }),
      { numRuns: 200 },
    );
  });

  it('agrees with `openssl dgst -sha256 -hmac`', async () => {
    for (const [body, secret] of [[completedBody, SECRET], ['{}', 'ünïcødé sécret ✓'], ['', 'k']] as const) {
      const run = spawnSync('openssl', ['dgst', '-sha256', '-hmac', secret], { input: body, encoding: 'utf8' });
      expect(run.status, run.stderr).toBe(0);
      expect(await signPayload(body, secret)).toBe(run.stdout.trim().split(/\s+/).pop());
    }
  });

  it('signs strings, Uint8Arrays and Buffers of the same bytes alike', async () => {
    const expected = await signPayload(completedBody, SECRET);
    expect(await signPayload(new TextEncoder().encode(completedBody), SECRET)).toBe(expected);
    expect(await signPayload(Buffer.from(completedBody), SECRET)).toBe(expected);
    expect(expected).toMatch(/^[0-9a-f]{64}$/);
  });

  it('refuses a parsed object and a missing secret', async () => {
    await expect(signPayload(JSON.parse(completedBody), SECRET)).rejects.toThrow(WebhookPayloadError);
    await expect(signPayload(completedBody, '')).rejects.toThrow(/empty string/);
  });
});

describe('verifySignature', () => {
  it('accepts lowercase, uppercase and mixed-case hex, base64, each with or without sha256=', async () => {
    const hex = await signPayload(completedBody, SECRET);
    const mixed = [...hex].map((char, i) => (i % 2 === 0 ? char.toUpperCase() : char)).join('');
    for (const form of [hex, hex.toUpperCase(), mixed, hexToBase64(hex)]) {
      expect(await verifySignature(completedBody, form, SECRET), form).toBe(true);
      expect(await verifySignature(completedBody, `sha256=${form}`, SECRET), `sha256=${form}`).toBe(true);
    }
  });

  it('accepts the body as a string, Uint8Array or Buffer', async () => {
    const hex = await signPayload(completedBody, SECRET);
    expect(await verifySignature(new TextEncoder().encode(completedBody), hex, SECRET)).toBe(true);
    expect(await verifySignature(Buffer.from(completedBody), hex, SECRET)).toBe(true);
  });

  it('rejects a tampered body, header or secret', async () => {
    const hex = await signPayload(completedBody, SECRET);
    expect(await verifySignature(completedBody.replace('"completed"', '"failed"'), hex, SECRET)).toBe(false);
    expect(await verifySignature(completedBody + ' ', hex, SECRET)).toBe(false);
    expect(await verifySignature(completedBody, (hex[0] === '0' ? '1' : '0') + hex.slice(1), SECRET)).toBe(false);
    expect(await verifySignature(completedBody, hex, SECRET.slice(0, -1))).toBe(false);
    expect(await verifySignature(completedBody, hex, `${SECRET}\n`)).toBe(false);
  });

  it('flips to false when any single bit of body or signature changes', async () => {
    const body = new TextEncoder().encode(completedBody);
    const signature = Buffer.from(await signPayload(body, SECRET), 'hex');
    await fc.assert(
      fc.asyncProperty(fc.boolean(), fc.nat(), fc.integer({ min: 0, max: 7 }), async (inBody, index, bit) => {
        const target = inBody ? Uint8Array.from(body) : Uint8Array.from(signature);
        target[index % target.length]! ^= 1 << bit;
        const ok = inBody ? await verifySignature(target, signature.toString('hex'), SECRET) : await verifySignature(body, Buffer.from(target).toString('hex'), SECRET);
        expect(ok).toBe(false);
      }),
      { numRuns: 100 },
    );
  });

  it('accepts any of several secrets during a rotation, and none of the wrong ones', async () => {
    const oldSignature = await signPayload(completedBody, 'old-secret');
    const newSignature = await signPayload(completedBody, 'new-secret');
    expect(await verifySignature(completedBody, oldSignature, ['new-secret', 'old-secret'])).toBe(true);
    expect(await verifySignature(completedBody, newSignature, ['new-secret', 'old-secret'])).toBe(true);
    expect(await verifySignature(completedBody, oldSignature, ['new-secret', 'other-secret'])).toBe(false);
  });

  it('is false for a missing header and for every malformed one', async () => {
    const hex = await signPayload(completedBody, SECRET);
    const base64 = hexToBase64(hex);
    const body = new TextEncoder().encode(completedBody);
    for (const missing of [null, undefined, '']) {
      expect(await verifySignature(completedBody, missing, SECRET)).toBe(false);
      expect(await checkSignature(body, missing, [SECRET])).toBe('missing');
    }
    const malformed = [
      'sha256=',
      hex.slice(1),
      `${hex}0`,
      ` ${hex}`,
      `${hex} `,
      `SHA256=${hex}`,
      `sha1=${hex}`,
      `sha256:${hex}`,
      `v1,${base64}`,
      `${hex},${hex}`,
      `t=1,v1=${hex}`,
      base64.slice(0, -1), // unpadded
      base64.replace(/\+/g, '-').replace(/\//g, '_').replace(/=$/, ''), // base64url
      `${base64.slice(0, 42)}B=`, // non-canonical: the unused low bits set
      `${hex.slice(0, 63)}g`,
      'undefined',
      'null',
    ];
    for (const header of malformed) {
      expect(await checkSignature(body, header, [SECRET]), header).toBe('malformed');
      expect(await verifySignature(completedBody, header, SECRET), header).toBe(false);
    }
  });

  it('treats as well formed exactly the values the spec pattern for x-signature admits', () => {
    const schema = readJson<{ properties: { 'x-signature': { pattern: string } } }>(`${GENERATED}/schemas/PoppWebhookHeaders.json`);
    const pattern = new RegExp(schema.properties['x-signature'].pattern);
    const alphabet = 'abcdefABCDEF0123456789+/=GgZz-_ :,'.split('');
    const nearSignature = fc.tuple(
      fc.constantFrom('', 'sha256=', 'SHA256=', 'sha256'),
      fc.array(fc.constantFrom(...alphabet), { minLength: 40, maxLength: 66 }).map((chars) => chars.join('')),
    ).map(([prefix, value]) => prefix + value);
    fc.assert(fc.property(fc.oneof(nearSignature, fc.string()), (header) => (decodeSignature(header) !== undefined) === pattern.test(header)), { numRuns: 20_000 });
    for (let i = 0; i < 64; i++) {
      const canonical = Buffer.alloc(32, i * 4).toString('base64');
      expect(pattern.test(canonical) && decodeSignature(canonical) !== undefined, canonical).toBe(true);
    }
  });

  it('throws on a configuration error instead of answering false', async () => {
    const hex = await signPayload(completedBody, SECRET);
    await expect(verifySignature(completedBody, hex, '')).rejects.toThrow(TypeError);
    await expect(verifySignature(completedBody, hex, [])).rejects.toThrow(/No signing secret/);
    await expect(verifySignature(completedBody, hex, [SECRET, undefined as unknown as string])).rejects.toThrow(/#2 is not a string/);
  });

  it('rejects a parsed body with a diagnosis instead of comparing', async () => {
    const hex = await signPayload(completedBody, SECRET);
    await expect(verifySignature(JSON.parse(completedBody), hex, SECRET)).rejects.toThrow(/parsed object/);
  });
});
