/** A JSON value as the specs hold it. */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function clone<T>(value: T): T {
  return structuredClone(value);
}

/** Visits every object in a JSON tree, depth first, with its JSON pointer. */
export function walkObjects(
  value: Json,
  visit: (node: JsonObject, pointer: string) => void,
  pointer = '',
): void {
  if (Array.isArray(value)) {
    value.forEach((item, index) => walkObjects(item, visit, `${pointer}/${index}`));
  } else if (isObject(value)) {
    visit(value, pointer);
    for (const [key, child] of Object.entries(value)) {
      walkObjects(child, visit, `${pointer}/${escapePointer(key)}`);
    }
  }
}

export function escapePointer(segment: string): string {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}

/** Stable, readable JSON: two-space indent and a final newline. */
export function toJsonText(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
