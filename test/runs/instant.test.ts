// The order the run reducer puts times in: total on every string, by instant where a string names one.
import { fullFormats } from 'ajv-formats/dist/formats.js';
import fc from 'fast-check';
import { TOLERANT_DATE_TIME_PATTERN } from '../../generated/validators.mjs';
import { describe, expect, it } from 'vitest';
import { compareInstants, durationMs, earliestTime, latestTime, parseInstant } from '../../src/runs/instant.js';
import { timeString, UNPARSEABLE_TIMES } from './times.js';

const sign = (n: number) => Math.sign(n);

// The grammar of the module comment as one regular expression, with the ranges checked after: a second,
// independent reading of the rules that the scanner in instant.ts must agree with.
const GRAMMAR = /^(\d{4})-?(\d{2})-?(\d{2})[Tt\s](\d{2})(?::?(\d{2})(?::?(\d{2})(?:[.,](\d+))?)?)?(?:([Zz])|([+-])(\d{2})(?::?(\d{2}))?)$/;

function referenceInstant(text: string): { second: number; leap: boolean; fraction: string } | undefined {
  const match = GRAMMAR.exec(text);
  if (match === null) return undefined;
  const [, year, month, day, hour, minute = '00', second = '00', fraction = '', zulu, offsetSign, offsetHour = '00', offsetMinute = '00'] = match;
  const [y, mo, d, h, mi, s] = [year, month, day, hour, minute, second].map(Number) as [number, number, number, number, number, number];
  const digits = fraction.replace(/0+$/, '');
  const leapYear = y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
  const days = [31, leapYear ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][mo - 1] ?? 0;
  const endOfDay = h === 24 && mi === 0 && s === 0 && digits === '';
  if (mo < 1 || mo > 12 || d < 1 || d > days || (h > 23 && !endOfDay) || mi > 59 || s > 60 || Number(offsetHour) > 23 || Number(offsetMinute) > 59) return undefined;
  const offset = zulu !== undefined ? 0 : (offsetSign === '-' ? -1 : 1) * (Number(offsetHour) * 3600 + Number(offsetMinute) * 60);
  // setUTCFullYear, not Date.UTC, which reads years 0-99 as 1900-1999.
  const epochSecond = new Date(0).setUTCFullYear(y, mo - 1, d) / 1000 + h * 3600 + mi * 60 + Math.min(s, 59) - offset;
  return { second: epochSecond, leap: s === 60, fraction: digits };
}

/** A time string with one character changed, removed or added: near misses of the grammar. */
const nearTime = fc.tuple(timeString, fc.nat(), fc.constantFrom('change', 'remove', 'add'), fc.constantFrom(...'0123456789:-+.,TtZz 5x\t\u00a0')).map(([text, at, edit, character]) => {
  const i = at % (text.length + 1);
  if (edit === 'remove') return text.slice(0, i) + text.slice(i + 1);
  return text.slice(0, i) + character + text.slice(edit === 'change' ? i + 1 : i);
});

describe('parseInstant', () => {
  it('agrees with the grammar written as a regular expression, on times and near misses (property)', () => {
    fc.assert(
      fc.property(fc.oneof(timeString, nearTime, fc.string({ maxLength: 30 })), (text) => {
        expect(parseInstant(text), text).toEqual(referenceInstant(text));
      }),
      { numRuns: 5000 },
    );
  });

  it('reads every ISO 8601 spelling of one instant as that instant', () => {
    const instant = parseInstant('2026-04-28T10:30:00Z');
    const spellings = [
      '2026-04-28t10:30:00z',
      '2026-04-28 10:30:00Z',
      '2026-04-28T10:30Z',
      '2026-04-28T10:30:00.000Z',
      '2026-04-28T10:30:00,0000000Z',
      '2026-04-28T11:30:00+01:00',
      '2026-04-28T11:30:00+0100',
      '2026-04-28T11:30:00+01',
      '2026-04-28T05:00:00-05:30',
      '2026-04-28T10:30:00-00:00',
      '20260428T103000Z',
      '20260428T1030Z',
      '20260428T113000+0100',
      '2026-04-29T00:30:00+14:00',
    ];
    for (const spelling of spellings) expect(parseInstant(spelling), spelling).toEqual(instant);
    expect(parseInstant('2026-04-28T10Z')).toEqual(parseInstant('2026-04-28T10:00:00Z'));
  });

  it('names an instant for every date-time either validation profile accepts (property)', () => {
    // The strict profile's date-time is ajv-formats' own; the tolerant profile adds its ISO 8601 pattern
    // (spec/profiles.yaml, rule iso-date-times).
    const strict = (fullFormats['date-time'] as { validate: (value: string) => boolean }).validate;
    const tolerant = new RegExp(TOLERANT_DATE_TIME_PATTERN, 'u');
    let accepted = 0;
    fc.assert(
      fc.property(fc.oneof(timeString, nearTime), (text) => {
        if (!strict(text) && !(tolerant.test(text) && referenceInstant(text) !== undefined)) return;
        accepted++;
        expect(parseInstant(text), text).toBeDefined();
      }),
      { numRuns: 5000 },
    );
    expect(accepted).toBeGreaterThan(2500);
  });

  it('takes 24:00 as the end of a day, the next day\'s 00:00', () => {
    expect(parseInstant('2026-04-28T24:00Z')).toEqual(parseInstant('2026-04-29T00:00:00Z'));
    expect(parseInstant('2026-12-31T24:00:00.000+00:00')).toEqual(parseInstant('2027-01-01T00:00Z'));
    expect(parseInstant('2026-04-28T24:00:01Z')).toBeUndefined();
  });

  it('names no instant for a time without offset or a field out of range', () => {
    for (const text of [...UNPARSEABLE_TIMES, '2026-02-29T00:00:00Z', '2026-04-31T00:00:00Z', '2026-04-28T25:00:00Z', '2026-04-28T10:60:00Z', '2026-04-28T10:30:00+24:00', '2026-04-28T10:30:00+01:60', '+002026-04-28T10:30:00Z', '2026-W18-2T10:30:00Z', '2026-118T10:30:00Z']) {
      expect(parseInstant(text), text).toBeUndefined();
    }
    expect(parseInstant('2024-02-29T00:00:00Z')).toBeDefined();
  });
});

describe('compareInstants', () => {
  it('orders instants by time, whatever their offsets and formats, where Date.parse gives NaN', () => {
    const ordered = ['2026-04-28T10:40:00+01', '20260428T100000Z', '2026-04-28T10:00:00.0000001Z', '2026-04-28T10:30:00,5Z', '2026-04-28T11:30:00.6+0100'];
    expect([...ordered].reverse().sort(compareInstants)).toEqual(ordered);
  });

  it('compares fractions beyond milliseconds exactly', () => {
    expect(compareInstants('2026-04-28T10:30:00.0001Z', '2026-04-28T10:30:00.00009Z')).toBeGreaterThan(0);
    expect(compareInstants('2026-04-28T09:30:00.0002-01:00', '2026-04-28T10:30:00.0001Z')).toBeGreaterThan(0);
    expect(compareInstants('2026-04-28T10:30:00.123456789012345678Z', '2026-04-28T10:30:00.123456789012345679Z')).toBeLessThan(0);
  });

  it('puts second 60, at any time of day, after second 59 and before the next minute', () => {
    const ordered = ['2026-06-30T23:59:59.999999Z', '2026-06-30T23:59:60Z', '2026-07-01T00:59:60.5+01:00', '2026-07-01T00:00:00Z', '2026-04-28T10:30:59.9Z'].sort(compareInstants);
    expect(ordered).toEqual(['2026-04-28T10:30:59.9Z', '2026-06-30T23:59:59.999999Z', '2026-06-30T23:59:60Z', '2026-07-01T00:59:60.5+01:00', '2026-07-01T00:00:00Z']);
    expect(compareInstants('2026-04-28T10:30:60Z', '2026-04-28T10:30:59.999Z')).toBeGreaterThan(0);
    expect(compareInstants('2026-04-28T10:30:60Z', '2026-04-28T10:31:00Z')).toBeLessThan(0);
  });

  it('orders equal instants written differently by their text, and every unparseable string first', () => {
    expect(compareInstants('2026-04-28T11:30:00+01:00', '2026-04-28T10:30:00Z')).toBeGreaterThan(0);
    expect(compareInstants('2026-04-28T10:30:00.000Z', '2026-04-28T10:30:00Z')).toBeLessThan(0);
    expect(compareInstants('zzz', '0001-01-01T00:00:00Z')).toBeLessThan(0);
    expect(compareInstants('2026-04-28T10:30:00', '2026-04-28T10:30:00Z')).toBeLessThan(0);
  });

  it('is a total order on every string: antisymmetric, 0 only for one string, transitive (property)', () => {
    const text = fc.oneof(timeString, fc.string({ maxLength: 30 }), fc.constantFrom(...UNPARSEABLE_TIMES));
    fc.assert(
      fc.property(text, text, text, (a, b, c) => {
        expect(sign(compareInstants(a, b)) + sign(compareInstants(b, a))).toBe(0);
        expect(compareInstants(a, b) === 0).toBe(a === b);
        for (const [x, y, z] of [[a, b, c], [a, c, b], [b, a, c], [b, c, a], [c, a, b], [c, b, a]] as const) {
          if (compareInstants(x, y) <= 0 && compareInstants(y, z) <= 0) expect(compareInstants(x, z)).toBeLessThanOrEqual(0);
        }
      }),
      { numRuns: 2000 },
    );
  });
});

describe('latestTime and earliestTime', () => {
  it('never pick an unparseable time over an instant, and do not depend on argument order', () => {
    expect(latestTime('not a time', '2026-04-28T10:00:00Z')).toBe('2026-04-28T10:00:00Z');
    expect(earliestTime('not a time', '2026-04-28T10:00:00Z')).toBe('2026-04-28T10:00:00Z');
    expect(earliestTime('2026-04-28T10:00:00Z', 'not a time')).toBe('2026-04-28T10:00:00Z');
    fc.assert(
      fc.property(fc.oneof(timeString, fc.constantFrom(...UNPARSEABLE_TIMES)), fc.oneof(timeString, fc.constantFrom(...UNPARSEABLE_TIMES)), (a, b) => {
        expect(latestTime(a, b)).toBe(latestTime(b, a));
        expect(earliestTime(a, b)).toBe(earliestTime(b, a));
      }),
      { numRuns: 1000 },
    );
  });
});

describe('durationMs', () => {
  it('is the exact difference in whole milliseconds, across offsets and fractions', () => {
    expect(durationMs('2026-04-28T10:30:00Z', '2026-04-28T11:45:00.0009+01:00')).toBe(15 * 60_000);
    expect(durationMs('2026-04-28T10:30:00.0004Z', '2026-04-28T10:30:00.0016Z')).toBe(1);
    expect(durationMs('2026-04-28T10:30:00.0006Z', '2026-04-28T10:30:00.0014Z')).toBe(0);
    expect(durationMs('20260428T1030Z', '2026-04-28T10:30:00Z')).toBe(0);
  });

  it('is null, never negative, when the end comes before the start or either names no instant', () => {
    expect(durationMs('2026-04-28T10:45:00Z', '2026-04-28T10:30:00Z')).toBeNull();
    expect(durationMs('2026-04-28T10:30:00.0002Z', '2026-04-28T10:30:00.0001Z')).toBeNull();
    expect(durationMs('2026-04-28T10:30:00', '2026-04-28T10:45:00Z')).toBeNull();
    expect(durationMs('2026-04-28T10:30:00Z', 'soon')).toBeNull();
  });

  it('counts a leap second as lasting no time, so a duration in order is never negative (property)', () => {
    expect(durationMs('2026-06-30T23:59:59Z', '2026-06-30T23:59:60.5Z')).toBe(1000);
    expect(durationMs('2026-06-30T23:59:60.999Z', '2026-07-01T00:00:00Z')).toBe(0);
    fc.assert(
      fc.property(timeString, timeString, (a, b) => {
        const [start, end] = [a, b].sort(compareInstants) as [string, string];
        const duration = durationMs(start, end);
        if (parseInstant(start) !== undefined && parseInstant(end) !== undefined) expect(duration).toBeGreaterThanOrEqual(0);
        expect(durationMs(end, start) === null || duration === 0).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});
