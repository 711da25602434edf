/**
 * The functions the precompiled validators call. Ajv's standalone output would `require()` them from ajv and
 * ajv-formats; instead the generator compiles this file into generated/validation-helpers.mjs, which both tiers
 * import, so the validators need no runtime package and run unchanged in Node, Bun, Deno, Workers and browsers.
 * It must stay self-contained: no imports.
 */

/**
 * A string's length in Unicode code points, as JSON Schema counts `minLength`/`maxLength` (the same algorithm
 * as ajv/dist/runtime/ucs2length).
 *
 * @example
 *   ucs2length('😀a'); // 2 (the emoji is two UTF-16 code units, one code point)
 */
export function ucs2length(value: string): number {
  let length = 0;
  let position = 0;
  while (position < value.length) {
    length++;
    const code = value.charCodeAt(position++);
    if (code >= 0xd800 && code <= 0xdbff && position < value.length) {
      const next = value.charCodeAt(position);
      if ((next & 0xfc00) === 0xdc00) position++;
    }
  }
  return length;
}

// The strict profile's date-time is ajv-formats' "date-time" exactly (RFC 3339 with a mandatory offset, as that
// package reads it: `+0100` and `+01` offsets pass, a leap second only where it falls on 23:59 UTC). Events carry
// a dozen timestamps, so the shape Popp sends (UTC, `Z`) is read character by character first, which measured a
// little cheaper than any pattern; other common shapes are matched by one allocation-free pattern that encodes
// every range itself; anything else (leap seconds, other separators) takes ajv-formats' own algorithm.
const COMMON = /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])[Tt ](?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d(?:\.\d+)?(?:[Zz]|[+-](?:[01]\d|2[0-3])(?::?[0-5]\d)?)$/;
const DATE = /^(\d\d\d\d)-(\d\d)-(\d\d)$/;
const TIME = /^(\d\d):(\d\d):(\d\d(?:\.\d+)?)(z|([+-])(\d\d)(?::?(\d\d))?)?$/i;
const SEPARATOR = /t|\s/i;
const DAYS_IN_MONTH = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * Whether `value` is a date-time under the strict profile: RFC 3339 with an offset, exactly as ajv-formats'
 * `date-time` format accepts it (the tests compare the two on a table of cases and on generated strings).
 *
 * @example
 *   isRfc3339DateTime('2026-04-28T10:30:00.000Z'); // true
 *   isRfc3339DateTime('2026-04-28T10:30+01:00');   // false: no seconds (the tolerant profile accepts it)
 */
export function isRfc3339DateTime(value: string): boolean {
  if (isUtcDateTime(value)) return true;
  if (COMMON.test(value)) {
    const day = twoDigits(value, 8);
    return day <= 28 || day <= daysInMonth(twoDigits(value, 0) * 100 + twoDigits(value, 2), twoDigits(value, 5));
  }
  const parts = value.split(SEPARATOR);
  return parts.length === 2 && isFullDate(parts[0] as string) && isFullTime(parts[1] as string);
}

/**
 * `YYYY-MM-DDTHH:MM:SS[.fraction]Z` with every field in range: a subset of what COMMON and the day check accept,
 * so false only means "not this shape", never "invalid".
 */
function isUtcDateTime(value: string): boolean {
  const length = value.length;
  if (length < 20 || value.charCodeAt(length - 1) !== 90 /* Z */) return false;
  if (value.charCodeAt(4) !== 45 || value.charCodeAt(7) !== 45 || value.charCodeAt(10) !== 84 || value.charCodeAt(13) !== 58 || value.charCodeAt(16) !== 58) return false;
  // One declaration per digit: an array here would be allocated on every call.
  const y0 = digitAt(value, 0), y1 = digitAt(value, 1), y2 = digitAt(value, 2), y3 = digitAt(value, 3);
  const m0 = digitAt(value, 5), m1 = digitAt(value, 6), d0 = digitAt(value, 8), d1 = digitAt(value, 9);
  const h0 = digitAt(value, 11), h1 = digitAt(value, 12), i0 = digitAt(value, 14), i1 = digitAt(value, 15), s0 = digitAt(value, 17), s1 = digitAt(value, 18);
  if (y0 > 9 || y1 > 9 || y2 > 9 || y3 > 9 || m0 > 1 || m1 > 9 || d0 > 3 || d1 > 9 || h0 > 2 || h1 > 9 || i0 > 5 || i1 > 9 || s0 > 5 || s1 > 9) return false;
  const month = m0 * 10 + m1;
  const day = d0 * 10 + d1;
  if (month === 0 || month > 12 || day === 0 || h0 * 10 + h1 > 23) return false;
  if (length > 20) {
    // A fraction: a dot and at least one digit before the Z.
    if (length === 21 || value.charCodeAt(19) !== 46) return false;
    for (let at = 20; at < length - 1; at++) if (digitAt(value, at) > 9) return false;
  }
  return day <= 28 || day <= daysInMonth(y0 * 1000 + y1 * 100 + y2 * 10 + y3, month);
}

/** The ASCII digit at `at` as a number, or a number above 9 for any other character. */
function digitAt(value: string, at: number): number {
  return (value.charCodeAt(at) - 48) >>> 0;
}

function twoDigits(value: string, at: number): number {
  return (value.charCodeAt(at) - 48) * 10 + value.charCodeAt(at + 1) - 48;
}

function daysInMonth(year: number, month: number): number {
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return month === 2 && leap ? 29 : (DAYS_IN_MONTH[month] as number);
}

function isFullDate(value: string): boolean {
  const match = DATE.exec(value);
  if (match === null) return false;
  const month = Number(match[2]);
  const day = Number(match[3]);
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(Number(match[1]), month);
}

function isFullTime(value: string): boolean {
  const match = TIME.exec(value);
  if (match === null || match[4] === undefined) return false;
  const [hour, minute, second] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const sign = match[5] === '-' ? -1 : 1;
  const offsetHours = Number(match[6] ?? 0);
  const offsetMinutes = Number(match[7] ?? 0);
  if (offsetHours > 23 || offsetMinutes > 59) return false;
  if (hour <= 23 && minute <= 59 && second < 60) return true;
  // A leap second: 23:59:60 in UTC, whatever the local offset.
  const utcMinute = minute - offsetMinutes * sign;
  const utcHour = hour - offsetHours * sign - (utcMinute < 0 ? 1 : 0);
  return (utcHour === 23 || utcHour === -1) && (utcMinute === 59 || utcMinute === -1) && second < 61;
}

/** An Ajv error object, as Ajv's standalone code builds it inline (the same keys, in the same order). */
interface AjvError {
  instancePath: string;
  schemaPath: string;
  keyword: string;
  params: Record<string, unknown>;
  message: string;
}

/**
 * Builds one error object. Ajv's standalone code writes each of its 1,600 error objects out in full; the
 * generator calls this instead (scripts/lib/compact-standalone.ts), and the errors stay the same objects, key
 * for key.
 *
 * @example
 *   ajvError('/data/recordId', '#/properties/recordId/type', 'type', { type: 'string' }, 'must be string');
 */
export function ajvError(instancePath: string, schemaPath: string, keyword: string, params: Record<string, unknown>, message: string): AjvError {
  return { instancePath, schemaPath, keyword, params, message };
}

/**
 * The error of a missing required property, as Ajv builds it: its message names the property.
 *
 * @example
 *   requiredError('/data', '#/required', 'recordId'); // { …, keyword: 'required', params: { missingProperty: 'recordId' }, message: "must have required property 'recordId'" }
 */
export function requiredError(instancePath: string, schemaPath: string, missingProperty: string): AjvError {
  return ajvError(instancePath, schemaPath, 'required', { missingProperty }, "must have required property '" + missingProperty + "'");
}

/**
 * Appends an error to a validator's list, created on the first error (Ajv's `vErrors` is null until then).
 *
 * @example
 *   vErrors = appendError(vErrors, error); // was: if (vErrors === null) vErrors = [error]; else vErrors.push(error);
 */
export function appendError(errors: AjvError[] | null, error: AjvError): AjvError[] {
  if (errors === null) return [error];
  errors.push(error);
  return errors;
}

/**
 * A nested validator's errors added to the caller's list: the nested list itself when the caller has none yet
 * (as Ajv does: the caller goes on appending to that same array), otherwise a new array of both.
 *
 * @example
 *   vErrors = concatErrors(vErrors, validate28.errors); // was: vErrors = vErrors === null ? validate28.errors : vErrors.concat(validate28.errors);
 */
export function concatErrors(errors: AjvError[] | null, nested: AjvError[]): AjvError[] {
  return errors === null ? nested : errors.concat(nested);
}
