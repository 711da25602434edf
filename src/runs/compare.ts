/**
 * Orders strings by UTF-16 code unit, as `<` does: the same order on every machine, unlike localeCompare.
 *
 * @example
 *   ['evt_b', 'evt_a'].sort(compare); // ['evt_a', 'evt_b']
 */
export function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
