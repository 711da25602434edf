/**
 * Times as the run reducer orders them: one total order on every string, so that picking "the latest" or
 * "the earliest" never depends on the order events arrive in. `Date.parse` cannot give that: it returns NaN
 * for some valid ISO 8601 forms (second 60, basic format, `+01` offsets), reads a time without offset in
 * the machine's own zone, and keeps only milliseconds.
 *
 * A string names an instant when it is an ISO 8601 calendar date-time with an offset, read as widely as
 * the validators read one (any string either profile accepts names its instant here):
 * - date `YYYY-MM-DD` or `YYYYMMDD`; then `T`, `t` or a whitespace character (RFC 3339 allows a space);
 * - time `hh`, `hh:mm` or `hh:mm:ss`; seconds may carry a fraction of any length after `.` or `,`; second 60
 *   (a leap second) is accepted at any time of day; `24:00` (with zero seconds) is the end of the day, the
 *   same instant as the next day's `00:00`;
 * - offset `Z`, `z`, `±hh`, `±hh:mm` or `±hhmm` (hours 00-23, minutes 00-59);
 * - every `-` of the date and `:` of the time and offset may be left out (the basic format).
 * Anything else (no offset, ordinal or week dates, expanded years, a field out of range) is unparseable.
 *
 * The order: instants by time, second 60 after second 59 and before the next minute, fractions compared
 * exactly, digit by digit (not rounded to milliseconds); equal instants written differently by their text
 * (code units); every unparseable string before every instant, unparseable strings by their text.
 */
import { compare } from './compare.js';

/** An instant, comparable field by field: the UTC second, whether it is a leap second, then the fraction. */
interface Instant {
  /** Seconds since 1970-01-01T00:00:00Z; a leap second carries the number of the second before it. */
  readonly second: number;
  readonly leap: boolean;
  /** The fraction of the second, as its decimal digits without trailing zeros ('' for none). */
  readonly fraction: string;
}

/** A time as the reducer keeps it: its text, and the instant it names (undefined when unparseable). */
export interface TimeKey {
  readonly text: string;
  readonly instant: Instant | undefined;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * The instant a string names, or undefined when it names none (see the module comment for the forms).
 * A scanner rather than a regular expression: the reducer parses several times per event.
 *
 * @example
 *   parseInstant('2026-04-28T11:30:00+01:00'); // the same instant as parseInstant('20260428T103000Z')
 *   parseInstant('2026-04-28T10:30:00');       // undefined: no offset, so no instant
 */
export function parseInstant(text: string): Instant | undefined {
  const scan: Scan = { text, at: 0 };
  const year = digits(scan, 4);
  take(scan, '-');
  const month = digits(scan, 2);
  take(scan, '-');
  const day = digits(scan, 2);
  if (!(take(scan, 'T') || take(scan, 't') || takeWhitespace(scan))) return undefined;
  const hour = digits(scan, 2);
  let [minute, second, fraction] = [0, 0, ''];
  if (take(scan, ':') || isDigit(scan)) {
    minute = digits(scan, 2);
    if (take(scan, ':') || isDigit(scan)) {
      second = digits(scan, 2);
      if (take(scan, '.') || take(scan, ',')) {
        const start = scan.at;
        while (isDigit(scan)) scan.at++;
        if (scan.at === start) return undefined;
        fraction = text.slice(start, scan.at).replace(TRAILING_ZEROS, '');
      }
    }
  }
  let offset = 0;
  if (!(take(scan, 'Z') || take(scan, 'z'))) {
    const sign = take(scan, '+') ? 1 : take(scan, '-') ? -1 : 0;
    const offsetHour = digits(scan, 2);
    const offsetMinute = take(scan, ':') || isDigit(scan) ? digits(scan, 2) : 0;
    if (sign === 0 || !(offsetHour <= 23 && offsetMinute <= 59)) return undefined;
    offset = sign * (offsetHour * 3600 + offsetMinute * 60);
  }
  // A NaN field (a non-digit where digits belong) fails every range check below.
  const endOfDay = hour === 24 && minute === 0 && second === 0 && fraction === '';
  if (scan.at !== text.length || !(year >= 0 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month) && (hour <= 23 || endOfDay) && minute <= 59 && second <= 60)) return undefined;
  const leap = second === 60;
  return { second: daysFromCivil(year, month, day) * 86_400 + hour * 3600 + minute * 60 + (leap ? 59 : second) - offset, leap, fraction };
}

const TRAILING_ZEROS = /0+$/;

interface Scan {
  readonly text: string;
  at: number;
}

/** The next `count` characters as a number; NaN unless all are ASCII digits. */
function digits(scan: Scan, count: number): number {
  let value = 0;
  for (let end = scan.at + count; scan.at < end; scan.at++) {
    if (!isDigit(scan)) return Number.NaN;
    value = value * 10 + scan.text.charCodeAt(scan.at) - 48;
  }
  return value;
}

function isDigit(scan: Scan): boolean {
  const code = scan.text.charCodeAt(scan.at);
  return code >= 48 && code <= 57;
}

function takeWhitespace(scan: Scan): boolean {
  if (!WHITESPACE.test(scan.text[scan.at] ?? '')) return false;
  scan.at++;
  return true;
}

const WHITESPACE = /^\s$/;

function take(scan: Scan, character: string): boolean {
  if (scan.text[scan.at] !== character) return false;
  scan.at++;
  return true;
}

/**
 * A time's key for repeated comparisons: parse once, compare many times.
 *
 * @example
 *   const key = timeKey(event.data.completedAt);
 */
export function timeKey(text: string): TimeKey {
  // The types say string; anything else (a stored state edited by hand, say) orders as unparseable text.
  return typeof text === 'string' ? { text, instant: parseInstant(text) } : { text: String(text), instant: undefined };
}

/**
 * The total order on times described in the module comment: negative when `a` comes first, 0 only for
 * identical keys.
 *
 * @example
 *   compareTimeKeys(timeKey('2026-04-28T23:59:60Z'), timeKey('2026-04-29T00:00:00Z')); // < 0
 */
export function compareTimeKeys(a: TimeKey, b: TimeKey): number {
  if (a.instant === undefined || b.instant === undefined) {
    if (a.instant !== b.instant) return a.instant === undefined ? -1 : 1;
  } else {
    const order = compareByTime(a.instant, b.instant);
    if (order !== 0) return order;
  }
  return compare(a.text, b.text);
}

function compareByTime(a: Instant, b: Instant): number {
  return a.second - b.second || Number(a.leap) - Number(b.leap) || compare(a.fraction, b.fraction);
}

/**
 * compareTimeKeys on two strings.
 *
 * @example
 *   ['2026-04-28T11:00:00+01:00', '2026-04-28T09:00:00Z'].sort(compareInstants); // 09:00Z first: 11:00+01:00 is 10:00Z
 */
export function compareInstants(a: string, b: string): number {
  return compareTimeKeys(timeKey(a), timeKey(b));
}

/**
 * The later of two times in that order, so an unparseable time never wins over an instant.
 *
 * @example
 *   latestTime('2026-04-28T10:00:00Z', 'not a time'); // '2026-04-28T10:00:00Z'
 */
export function latestTime(a: string, b: string): string {
  return compareInstants(a, b) >= 0 ? a : b;
}

/**
 * The earlier of two times, where an unparseable time never wins over an instant either: instants first
 * (by the order above), then unparseable strings by their text. A total order too, so the pick does not
 * depend on which time came first.
 *
 * @example
 *   earliestTime('not a time', '2026-04-28T10:00:00Z'); // '2026-04-28T10:00:00Z'
 */
export function earliestTime(a: string, b: string): string {
  const [keyA, keyB] = [timeKey(a), timeKey(b)];
  if ((keyA.instant === undefined) !== (keyB.instant === undefined)) return keyA.instant === undefined ? b : a;
  return compareTimeKeys(keyA, keyB) <= 0 ? a : b;
}

/**
 * Whole milliseconds from `start` to `end` (the exact difference, rounded down), or null when either names
 * no instant or `end` comes before `start`: times that contradict each other give no duration rather than a
 * negative or made-up one. On this count a leap second lasts no time: second 60 and any fraction of it are
 * the first instant of the next minute, as on the UTC timeline of `Date` (which has no leap seconds), so a
 * duration is never negative when `end` does not come before `start`.
 *
 * @example
 *   durationMs('2026-04-28T10:30:00Z', '2026-04-28T11:45:00.0009+01:00'); // 900000
 *   durationMs('2026-04-28T10:45:00Z', '2026-04-28T10:30:00Z');           // null
 */
export function durationMs(start: string, end: string): number | null {
  const [from, to] = [parseInstant(start), parseInstant(end)];
  // By instant alone: two spellings of one instant are 0 ms apart, whichever text sorts first.
  if (from === undefined || to === undefined || compareByTime(to, from) < 0) return null;
  const [a, b] = [onTimeline(from), onTimeline(to)];
  return b.ms - a.ms - (compare(b.rest, a.rest) < 0 ? 1 : 0);
}

/** An instant as whole milliseconds since the epoch and the digits of the fraction beyond them. */
function onTimeline(instant: Instant): { ms: number; rest: string } {
  if (instant.leap) return { ms: (instant.second + 1) * 1000, rest: '' };
  const fraction = instant.fraction.padEnd(3, '0');
  return { ms: instant.second * 1000 + Number(fraction.slice(0, 3)), rest: fraction.slice(3) };
}

function daysInMonth(year: number, month: number): number {
  const leapYear = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return month === 2 && leapYear ? 29 : (DAYS_IN_MONTH[month - 1] as number);
}

/** Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's days_from_civil): no Date, no two-digit-year quirks. */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}
