// Counting work instead of timing it: how many elements the Array, Set and Map built-ins visit while a
// function runs. A fold step that copies, sorts or searches what the run has accumulated visits more
// elements as the run grows; one whose cost does not depend on the run's length visits the same number.
// Also counts spread and for-of (through the iterators). Plain property reads and Set.has/Map.get are O(1)
// and not counted.

const ARRAY_METHODS = [
  'concat', 'copyWithin', 'entries', 'every', 'fill', 'filter', 'find', 'findIndex', 'findLast', 'findLastIndex', 'flat', 'flatMap',
  'forEach', 'includes', 'indexOf', 'join', 'keys', 'lastIndexOf', 'map', 'reduce', 'reduceRight', 'reverse', 'slice', 'some', 'sort',
  'splice', 'toReversed', 'toSorted', 'toSpliced', 'values', 'with', Symbol.iterator,
] as const;
const COLLECTION_METHODS = ['entries', 'forEach', 'keys', 'values', Symbol.iterator] as const;

/** Runs `fn` and returns its result with the number of elements the built-ins visited meanwhile. */
export function countElementsVisited<T>(fn: () => T): { result: T; elements: number } {
  let elements = 0;
  const restore: (() => void)[] = [];
  const patch = (target: object, key: PropertyKey, size: (self: unknown, args: unknown[]) => number) => {
    const descriptor = Object.getOwnPropertyDescriptor(target, key) as PropertyDescriptor;
    const original = descriptor.value as (...args: unknown[]) => unknown;
    Object.defineProperty(target, key, {
      ...descriptor,
      value: function (this: unknown, ...args: unknown[]) {
        elements += size(this, args);
        return original.apply(this, args);
      },
    });
    restore.push(() => Object.defineProperty(target, key, descriptor));
  };
  const lengthOf = (value: unknown) => (value as { length?: number } | null | undefined)?.length ?? 0;
  for (const key of ARRAY_METHODS) patch(Array.prototype, key, (self) => lengthOf(self));
  patch(Array, 'from', (_, [source]) => lengthOf(source) || ((source as { size?: number } | undefined)?.size ?? 0));
  for (const prototype of [Set.prototype, Map.prototype]) for (const key of COLLECTION_METHODS) patch(prototype, key, (self) => (self as Set<unknown>).size);
  try {
    const result = fn();
    return { result, elements };
  } finally {
    for (const undo of restore.reverse()) undo();
  }
}
