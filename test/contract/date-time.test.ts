// The generated validators' inlined date-time check: RFC 3339 with a mandatory offset. The allocation-free
// version in generated/validators.mjs must accept exactly what the plain reading below accepts.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { examples } from '../../generated/examples.js';
import { validatePoppWebhookEnvelope } from '../../generated/validators.mjs';

const envelope = examples.WORKFLOW_RUN_STARTED[0];
const accepts = (timestamp: string) => validatePoppWebhookEnvelope({ ...envelope, eventTimestamp: timestamp });

// Reference: match the fields, then check their ranges (the check the generator inlined before it was optimised).
function reference(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2}):(\d{2})(?:\.\d+)?(?:[Zz]|[+-](\d{2}):(\d{2}))$/.exec(value);
  if (match === null) return false;
  const [year, month, day, hour, minute, second] = match.slice(1, 7).map(Number) as [number, number, number, number, number, number];
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const lastDay = [0, 31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month] ?? 0;
  if (month < 1 || month > 12 || day < 1 || day > lastDay) return false;
  if (match[7] !== undefined && (Number(match[7]) > 23 || Number(match[8]) > 59)) return false;
  return hour <= 23 && minute <= 59 && second <= 60;
}

describe('date-time format in the generated validators', () => {
  it.each([
    ['2026-04-28T10:30:00.000Z', true],
    ['2026-04-28t10:30:00z', true],
    ['2026-04-28 10:30:00+01:00', true],
    ['2024-02-29T00:00:00Z', true],
    ['2000-02-29T00:00:00Z', true],
    ['2026-12-31T23:59:60-23:59', true],
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
    ['2026-04-28T10:30:00+0100', false],
  ])('%s → %s', (value, valid) => {
    expect(accepts(value)).toBe(valid);
    expect(reference(value)).toBe(valid);
  });

  it('agrees with the reference on random near-timestamps', () => {
    const pad = (value: number, width: number) => String(value).padStart(width, '0');
    const nearTimestamp = fc
      .record({
        year: fc.integer({ min: 0, max: 9999 }),
        month: fc.integer({ min: 0, max: 13 }),
        day: fc.integer({ min: 0, max: 32 }),
        hour: fc.integer({ min: 0, max: 25 }),
        minute: fc.integer({ min: 0, max: 61 }),
        second: fc.integer({ min: 0, max: 61 }),
        fraction: fc.option(fc.integer({ min: 0, max: 999_999 })),
        separator: fc.constantFrom('T', 't', ' ', '_'),
        zone: fc.oneof(fc.constantFrom('Z', 'z', '', 'UTC'), fc.tuple(fc.constantFrom('+', '-'), fc.integer({ min: 0, max: 25 }), fc.integer({ min: 0, max: 61 })).map(([sign, h, m]) => `${sign}${pad(h, 2)}:${pad(m, 2)}`)),
      })
      .map((t) => `${pad(t.year, 4)}-${pad(t.month, 2)}-${pad(t.day, 2)}${t.separator}${pad(t.hour, 2)}:${pad(t.minute, 2)}:${pad(t.second, 2)}${t.fraction === null ? '' : `.${t.fraction}`}${t.zone}`);
    fc.assert(fc.property(fc.oneof(nearTimestamp, fc.string()), (value) => accepts(value) === reference(value)), { numRuns: 20_000 });
  });
});
