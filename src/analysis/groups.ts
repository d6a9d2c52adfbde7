/** Orders strings by UTF-16 code units: fast, and the same on every machine and locale. */
export const byCodeUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Groups the indices 0 … count − 1 (nodes in dataset order) by a number (a component, a community), leaving
 * out those without one. Members stay in index order; groups come largest first, ties in the order of their
 * first member. A group's index in the result is its number from then on.
 */
export function groupInOrder(count: number, groupOf: (i: number) => number | undefined): number[][] {
  const groups = new Map<number, number[]>();
  for (let i = 0; i < count; i++) {
    const key = groupOf(i);
    if (key === undefined) continue;
    const group = groups.get(key);
    if (group) group.push(i);
    else groups.set(key, [i]);
  }
  // Array.prototype.sort is stable, and the map lists groups in the order of their first member.
  return [...groups.values()].sort((a, b) => b.length - a.length);
}

/** Each index's group number (its position in `groups`), or −1 when it is in none. */
export function groupNumbers(count: number, groups: readonly number[][]): Int32Array {
  const numbers = new Int32Array(count).fill(-1);
  groups.forEach((group, n) => {
    for (const member of group) numbers[member] = n;
  });
  return numbers;
}

/** The groups with indices replaced by ids. */
export function groupIds(ids: readonly string[], groups: readonly number[][]): string[][] {
  return groups.map((group) => group.map((i) => ids[i]));
}
