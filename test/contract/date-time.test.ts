// The two profiles' date-time. Strict is ajv-formats' "date-time" exactly: the allocation-free version the
// generated validators embed (src/validation/standalone-helpers.ts) must agree with ajv-formats on a table and on
// generated strings. Tolerant adds ISO 8601 with an offset (spec/profiles.yaml's pattern).
import { fullFormats } from 'ajv-formats/dist/formats.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { examples } from '../../generated/examples.js';
import { validatePoppWebhookEnvelope, validatePoppWebhookEnvelopeTolerant } from '../../generated/validators.mjs';
import { isRfc3339DateTime } from '../../src/validation/standalone-helpers.js';

const envelope = examples.WORKFLOW_RUN_STARTED[0];
const strictAccepts = (timestamp: string) => validatePoppWebhookEnvelope({ ...envelope, eventTimestamp: timestamp });
const tolerantAccepts = (timestamp: string) => validatePoppWebhookEnvelopeTolerant({ ...envelope, eventTimestamp: timestamp });
const ajvFormats = (value: string) => (fullFormats['date-time'] as { validate: (value: string) => boolean }).validate(value);

describe('strict date-time: RFC 3339 as ajv-formats reads it', () => {
  it.each([
    ['2026-04-28T10:30:00.000Z', true],
    ['2026-04-28t10:30:00z', true],
    ['2026-04-28 10:30:00+01:00', true],
    ['2026-04-28\t10:30:00+01:00', true],
    ['2026-04-28T10:30:00+0100', true],
    ['2026-04-28T10:30:00+01', true],
    ['2024-02-29T00:00:00Z', true],
    ['2000-02-29T00:00:00Z', true],
    ['2026-12-31T23:59:60Z', true],
    ['2026-12-31T23:59:60.999Z', true],
    ['2027-01-01T00:59:60+01:00', true],
    ['2026-12-31T18:59:60-05:00', true],
    ['2026-12-31T23:59:60-23:59', false],
    ['2026-04-28T10:30:60Z', false],
    ['1900-02-29T00:00:00Z', false],
    ['2026-02-29T00:00:00Z', false],
    ['2026-04-31T00:00:00Z', false],
    ['2026-13-01T00:00:00Z', false],
    ['2026-00-01T00:00:00Z', false],
    ['2026-04-28T24:00:00Z', false],
    ['2026-04-28T10:60:00Z', false],
    ['2026-04-28T10:30:61Z', false],
    ['2026-04-28T10:30:00+24:00', false],
    ['2026-04-28T10:30:00+01:60', false],
    ['2026-04-28T10:30:00', false],
    ['2026-04-28T10:30:00.Z', false],
    ['2026-04-28', false],
    ['2026-04-28T10:30Z', false],
    ['2026-04-28TT10:30:00Z', false],
    // The UTC shape Popp sends is read character by character before any pattern: its edges.
    ['2026-04-30T23:59:59.123456789Z', true],
    ['2100-02-29T00:00:00Z', false],
    ['2026-04-28T10:30:00.12a4Z', false],
    ['2026-04-28T10:30:00,5Z', false],
    ['2026-04-28X10:30:00Z', false],
    ['2026-4-28T10:30:00.00Z', false],
    ['٢٠٢٦-04-28T10:30:00Z', false],
  ])('%s → %s', (value, valid) => {
    expect(ajvFormats(value), 'ajv-formats').toBe(valid);
    expect(isRfc3339DateTime(value), 'isRfc3339DateTime').toBe(valid);
    expect(strictAccepts(value), 'the generated validator').toBe(valid);
  });

  it('agrees with ajv-formats on generated near-timestamps (leap seconds, offsets with and without colons, odd separators)', () => {
    const pad = (value: number, width: number) => String(value).padStart(width, '0');
    const zone = fc.oneof(
      fc.constantFrom('Z', 'z', '', 'UTC'),
      fc.tuple(fc.constantFrom('+', '-'), fc.integer({ min: 0, max: 25 }), fc.integer({ min: 0, max: 61 }), fc.constantFrom(':', '', 'none')).map(([sign, h, m, colon]) => `${sign}${pad(h, 2)}${colon === 'none' ? '' : `${colon}${pad(m, 2)}`}`),
    );
    const nearTimestamp = fc
      .record({
        year: fc.integer({ min: 0, max: 9999 }),
        month: fc.integer({ min: 0, max: 13 }),
        day: fc.integer({ min: 0, max: 32 }),
        hour: fc.integer({ min: 0, max: 25 }),
        minute: fc.integer({ min: 0, max: 61 }),
        second: fc.integer({ min: 58, max: 61 }),
        fraction: fc.option(fc.integer({ min: 0, max: 999_999 })),
        separator: fc.constantFrom('T', 't', ' ', '\t', '_', 'TT'),
        zone,
      })
      .map((t) => `${pad(t.year, 4)}-${pad(t.month, 2)}-${pad(t.day, 2)}${t.separator}${pad(t.hour, 2)}:${pad(t.minute, 2)}:${pad(t.second, 2)}${t.fraction === null ? '' : `.${t.fraction}`}${t.zone}`);
    fc.assert(fc.property(fc.oneof(nearTimestamp, fc.string()), (value) => isRfc3339DateTime(value) === ajvFormats(value)), { numRuns: 30_000, seed: 20261130 });
  });
});

describe('tolerant date-time: RFC 3339, or ISO 8601 with an offset', () => {
  it.each([
    '2026-04-28T10:30:00.000Z',
    '2026-04-28T10:30+01:00',
    '2026-04-28T10:30+0100',
    '2026-04-28T10:30:00,5Z',
    '20260428T103000Z',
    '20260428T1030+01',
    '2026-04-28T10:30:00.123456789-05:30',
    '2026-12-31T23:59:60-23:59',
  ])('accepts %s', (value) => {
    expect(tolerantAccepts(value)).toBe(true);
  });

  it.each(['2026-04-28T10:30:00', '2026-04-28', '2026-04-28T10Z', 'yesterday', '2026-04-28T25:00:00Z', '2026-13-28T10:30Z', '', '2026-W18-2T10:30Z'])('refuses %s', (value) => {
    expect(tolerantAccepts(value)).toBe(false);
  });

  it('accepts everything strict accepts', () => {
    fc.assert(fc.property(fc.string(), fc.date({ noInvalidDate: true }), (noise, date) => {
      const candidates = [noise, date.toISOString(), date.toISOString().replace('Z', '+00:00')];
      return candidates.every((value) => !strictAccepts(value) || tolerantAccepts(value));
    }), { numRuns: 5_000, seed: 20261130 });
  });
});
