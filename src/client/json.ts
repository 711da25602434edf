/** The one JSON parse of a response body, and the object test the body and input checks share. */

/**
 * The text parsed as JSON, or undefined when it is empty or not JSON (JSON itself has no undefined).
 *
 * @example
 *   parseJson('{"code":"NOT_FOUND"}'); // { code: 'NOT_FOUND' }
 *   parseJson('<html>…</html>'); // undefined
 */
export function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/**
 * Is this a JSON object (not null, not an array)?
 *
 * @example
 *   isPlainObject({ runs: [] }); // true
 *   isPlainObject([]); // false
 */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
