// A seeded random source (mulberry32): the same seed gives the same chaos and the same IDs, so the same log.

/** A seeded source of numbers in [0, 1), and the few draws the sandbox needs. */
export interface Random {
  /** The next number in [0, 1). */
  next(): number;
  /** True with probability `p` (0 to 1). */
  chance(p: number): boolean;
  /** An integer from 0 to `max` inclusive. */
  upTo(max: number): number;
  /** `length` lowercase hex digits. */
  hex(length: number): string;
}

/**
 * A Random from a seed (any integer; strings are hashed).
 *
 * @example
 *   const random = createRandom(42);
 *   random.chance(0.1); // the same answer for seed 42 every time
 */
export function createRandom(seed: number | string): Random {
  let state = typeof seed === 'number' ? seed >>> 0 : hash(seed);
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    chance: (p) => p > 0 && next() < p,
    upTo: (max) => Math.floor(next() * (Math.floor(max) + 1)),
    hex: (length) => Array.from({ length }, () => Math.floor(next() * 16).toString(16)).join(''),
  };
}

function hash(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}
