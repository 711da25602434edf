/**
 * Copying and serialising JSON values of any depth, without recursion: an event may carry an unknown field
 * nested ten thousand levels deep (valid, and a fair test of a receiver), which overflows the call stack of
 * structuredClone and JSON.stringify.
 */

/**
 * A deep copy of plain objects and arrays (shared and circular references kept as such, as
 * structuredClone keeps them); any other object is copied by structuredClone, primitives are returned.
 *
 * @example
 *   const copy = copyJson(JSON.parse(body)); // however deeply nested
 */
export function copyJson<T>(value: T): T {
  if (!isContainer(value)) return typeof value === 'object' && value !== null ? structuredClone(value) : value;
  const copies = new Map<object, unknown>();
  const pending: [source: Container, target: Container][] = [];
  const copyOf = (item: unknown): unknown => {
    if (!isContainer(item)) return typeof item === 'object' && item !== null ? structuredClone(item) : item;
    const known = copies.get(item);
    if (known !== undefined) return known;
    const target: Container = Array.isArray(item) ? new Array(item.length) : {};
    copies.set(item, target);
    pending.push([item, target]);
    return target;
  };
  const root = copyOf(value);
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    const [source, target] = next;
    for (const key of Object.keys(source)) setOwn(target, key, copyOf((source as Record<string, unknown>)[key]));
  }
  return root as T;
}

/**
 * JSON.stringify(value) (no replacer, no indentation), at any depth: JSON.stringify itself, and where it runs
 * out of stack, the same serialisation done with an explicit stack.
 *
 * @example
 *   const body = stringifyJson(event); // a 10,000-level nested field serialises too
 */
export function stringifyJson(value: unknown): string | undefined {
  try {
    return JSON.stringify(value);
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    return stringifyWithoutRecursion(value);
  }
}

interface Frame {
  readonly container: object;
  readonly keys: readonly string[] | undefined;
  index: number;
  wrote: boolean;
}

/**
 * JSON.stringify's algorithm (SerializeJSONProperty) with an explicit stack: toJSON, boxed primitives,
 * omitted values, cycles. Slower than JSON.stringify; stringifyJson uses it only where that runs out of stack.
 *
 * @example
 *   stringifyWithoutRecursion({ a: [1, undefined], b: undefined, c: new Date(0) }); // '{"a":[1,null],"c":"1970-01-01T00:00:00.000Z"}'
 */
export function stringifyWithoutRecursion(value: unknown): string | undefined {
  const out: string[] = [];
  const stack: Frame[] = [];
  const open = new Set<object>();
  const write = (item: unknown): void => {
    if (typeof item !== 'object' || item === null) {
      out.push(JSON.stringify(item) as string);
      return;
    }
    if (open.has(item)) throw new TypeError('Converting circular structure to JSON');
    open.add(item);
    // Any other object serialises as its own enumerable keys, as JSON.stringify does (a Map as {}).
    const keys = Array.isArray(item) ? undefined : Object.keys(item);
    out.push(keys === undefined ? '[' : '{');
    stack.push({ container: item, keys, index: 0, wrote: false });
  };
  const root = prepare(value, '');
  if (!serialisable(root)) return undefined;
  write(root);
  for (let frame = stack.at(-1); frame !== undefined; frame = stack.at(-1)) {
    const { container, keys } = frame;
    const length = keys === undefined ? (container as unknown[]).length : keys.length;
    if (frame.index >= length) {
      out.push(keys === undefined ? ']' : '}');
      open.delete(container);
      stack.pop();
      continue;
    }
    const key = keys === undefined ? String(frame.index) : (keys[frame.index] as string);
    frame.index++;
    const item = prepare((container as Record<string, unknown>)[key], key);
    if (keys === undefined) {
      if (frame.wrote) out.push(',');
      frame.wrote = true;
      if (serialisable(item)) write(item);
      else out.push('null');
    } else if (serialisable(item)) {
      if (frame.wrote) out.push(',');
      frame.wrote = true;
      out.push(JSON.stringify(key), ':');
      write(item);
    }
  }
  return out.join('');
}

type Container = Record<string, unknown> | unknown[];

/** Plain data containers: arrays and objects that are not Dates, Maps, class instances with toJSON… */
function isContainer(value: unknown): value is Container {
  if (Array.isArray(value)) return true;
  if (typeof value !== 'object' || value === null) return false;
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

// What JSON.stringify does to a value before serialising it: toJSON, then unboxing.
function prepare(value: unknown, key: string): unknown {
  let result = value;
  if ((typeof result === 'object' && result !== null) || typeof result === 'bigint') {
    const toJSON = (result as { toJSON?: unknown }).toJSON;
    if (typeof toJSON === 'function') result = toJSON.call(result, key);
  }
  if (result instanceof Number || result instanceof String || result instanceof Boolean || result instanceof BigInt) return result.valueOf();
  return result;
}

function serialisable(value: unknown): boolean {
  return value !== undefined && typeof value !== 'function' && typeof value !== 'symbol';
}

/** Sets an own data property, even `__proto__` (plain assignment would set the prototype instead). */
function setOwn(target: Container, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, writable: true, enumerable: true, configurable: true });
}
