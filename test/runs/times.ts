// Times as they reach the run reducer: one instant spelled every way ISO 8601 allows (offsets that cross
// midnight, basic format, lower case, fractions of any length, second 60), and strings that name no instant.
import fc from 'fast-check';

/** Strings that name no instant: no offset, out of range, not a time at all. */
export const UNPARSEABLE_TIMES = ['', 'not a time', '2026-06-30T23:59:00', '2026-06-30T23:59:61Z', '2026-13-30T10:30:00Z', '2026-06-30T23:59:00+2', '2026-06-30T23:59:00.Z'];

const SPELLINGS = ['Z', 'lower-case', 'space', '+01:00', '-05:30', '+0100', '+01', 'basic', 'comma', 'no-seconds'] as const;
type Spelling = (typeof SPELLINGS)[number];

const OFFSET_MINUTES: Record<Spelling, number> = { Z: 0, 'lower-case': 0, space: 0, '+01:00': 60, '-05:30': -330, '+0100': 60, '+01': 60, basic: 0, comma: 0, 'no-seconds': 0 };

// 23:57 to 23:59 UTC on 2026-06-30, the day of a (would-be) leap second: offsets move the date.
const BASE_MS = Date.UTC(2026, 5, 30, 23, 57);

/** One instant: minute 0-2 after 23:57, second 0, 30, 59 or 60 (at any minute, as validators accept), a fraction. */
export interface InstantFields {
  minute: number;
  second: number;
  fraction: string;
}

export const instantFields: fc.Arbitrary<InstantFields> = fc.record({
  minute: fc.integer({ min: 0, max: 2 }),
  second: fc.constantFrom(0, 30, 59, 60),
  fraction: fc.constantFrom('', '5', '50', '0001', '000', '123456789'),
});

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** The instant written one way. */
export function spell(fields: InstantFields, spelling: Spelling): string {
  const offset = OFFSET_MINUTES[spelling];
  const local = new Date(BASE_MS + (fields.minute + offset) * 60_000);
  const basic = spelling === 'basic';
  const date = [local.getUTCFullYear(), pad(local.getUTCMonth() + 1), pad(local.getUTCDate())].join(basic ? '' : '-');
  const clock = [pad(local.getUTCHours()), pad(local.getUTCMinutes())];
  const withSeconds = spelling !== 'no-seconds' || fields.second !== 0 || /[1-9]/.test(fields.fraction);
  if (withSeconds) clock.push(pad(fields.second));
  const fraction = withSeconds && fields.fraction !== '' ? `${spelling === 'comma' ? ',' : '.'}${fields.fraction}` : '';
  const zone = { '+01:00': '+01:00', '-05:30': '-05:30', '+0100': '+0100', '+01': '+01' }[spelling as string] ?? (spelling === 'lower-case' ? 'z' : 'Z');
  const separator = spelling === 'lower-case' ? 't' : spelling === 'space' ? ' ' : 'T';
  return `${date}${separator}${clock.join(basic ? '' : ':')}${fraction}${zone}`;
}

/** A time string naming an instant, spelled any way. */
export const timeString: fc.Arbitrary<string> = fc.tuple(instantFields, fc.constantFrom(...SPELLINGS)).map(([fields, spelling]) => spell(fields, spelling));

/** What a run's events may carry as a time: mostly instants (many equal), sometimes a string naming none. */
export const runTime: fc.Arbitrary<string> = fc.oneof({ weight: 9, arbitrary: timeString }, { weight: 1, arbitrary: fc.constantFrom(...UNPARSEABLE_TIMES) });
