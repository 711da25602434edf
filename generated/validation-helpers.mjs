// generated — do not edit. Source: spec/; generator: scripts/generate.ts; run `npm run generate`.
// src/validation/standalone-helpers.ts, compiled: what validators.mjs and validators-fast.mjs call.

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
export function ucs2length(value) {
    let length = 0;
    let position = 0;
    while (position < value.length) {
        length++;
        const code = value.charCodeAt(position++);
        if (code >= 0xd800 && code <= 0xdbff && position < value.length) {
            const next = value.charCodeAt(position);
            if ((next & 0xfc00) === 0xdc00)
                position++;
        }
    }
    return length;
}
// The strict profile's date-time is ajv-formats' "date-time" exactly (RFC 3339 with a mandatory offset, as that
// package reads it: `+0100` and `+01` offsets pass, a leap second only where it falls on 23:59 UTC). Events carry
// a dozen timestamps, so the common shape is matched by one allocation-free pattern that encodes every range
// itself; anything else (leap seconds, other separators) takes ajv-formats' own algorithm.
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
export function isRfc3339DateTime(value) {
    if (COMMON.test(value)) {
        const day = twoDigits(value, 8);
        return day <= 28 || day <= daysInMonth(twoDigits(value, 0) * 100 + twoDigits(value, 2), twoDigits(value, 5));
    }
    const parts = value.split(SEPARATOR);
    return parts.length === 2 && isFullDate(parts[0]) && isFullTime(parts[1]);
}
function twoDigits(value, at) {
    return (value.charCodeAt(at) - 48) * 10 + value.charCodeAt(at + 1) - 48;
}
function daysInMonth(year, month) {
    const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
    return month === 2 && leap ? 29 : DAYS_IN_MONTH[month];
}
function isFullDate(value) {
    const match = DATE.exec(value);
    if (match === null)
        return false;
    const month = Number(match[2]);
    const day = Number(match[3]);
    return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(Number(match[1]), month);
}
function isFullTime(value) {
    const match = TIME.exec(value);
    if (match === null || match[4] === undefined)
        return false;
    const [hour, minute, second] = [Number(match[1]), Number(match[2]), Number(match[3])];
    const sign = match[5] === '-' ? -1 : 1;
    const offsetHours = Number(match[6] ?? 0);
    const offsetMinutes = Number(match[7] ?? 0);
    if (offsetHours > 23 || offsetMinutes > 59)
        return false;
    if (hour <= 23 && minute <= 59 && second < 60)
        return true;
    // A leap second: 23:59:60 in UTC, whatever the local offset.
    const utcMinute = minute - offsetMinutes * sign;
    const utcHour = hour - offsetHours * sign - (utcMinute < 0 ? 1 : 0);
    return (utcHour === 23 || utcHour === -1) && (utcMinute === 59 || utcMinute === -1) && second < 61;
}
/**
 * Builds one error object. Ajv's standalone code writes each of its 1,600 error objects out in full; the
 * generator calls this instead (scripts/lib/compact-standalone.ts), and the errors stay the same objects, key
 * for key.
 *
 * @example
 *   ajvError('/data/recordId', '#/properties/recordId/type', 'type', { type: 'string' }, 'must be string');
 */
export function ajvError(instancePath, schemaPath, keyword, params, message) {
    return { instancePath, schemaPath, keyword, params, message };
}
/**
 * The error of a missing required property, as Ajv builds it: its message names the property.
 *
 * @example
 *   requiredError('/data', '#/required', 'recordId'); // { …, keyword: 'required', params: { missingProperty: 'recordId' }, message: "must have required property 'recordId'" }
 */
export function requiredError(instancePath, schemaPath, missingProperty) {
    return ajvError(instancePath, schemaPath, 'required', { missingProperty }, "must have required property '" + missingProperty + "'");
}
/**
 * Appends an error to a validator's list, created on the first error (Ajv's `vErrors` is null until then).
 *
 * @example
 *   vErrors = appendError(vErrors, error); // was: if (vErrors === null) vErrors = [error]; else vErrors.push(error);
 */
export function appendError(errors, error) {
    if (errors === null)
        return [error];
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
export function concatErrors(errors, nested) {
    return errors === null ? nested : errors.concat(nested);
}
