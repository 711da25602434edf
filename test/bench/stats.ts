// What every bench reports its rounds with.

/** The median of the values (the mean of the middle two for an even count). */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

/** Milliseconds as microseconds, for a table. */
export function us(ms: number): string {
  return `${(ms * 1000).toFixed(1)} µs`;
}
