/** Orders strings by UTF-16 code units: fast, and the same on every machine and locale. */
export const byCodeUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Groups ids by a number (a component, a community), leaving out those without one. Members keep the
 * order of `ids` (dataset order); groups come largest first, ties in the order of their first member.
 * A group's index in the result is its number from then on.
 */
export function groupInOrder(ids: readonly string[], groupOf: (i: number) => number | undefined): string[][] {
  const groups = new Map<number, string[]>();
  for (let i = 0; i < ids.length; i++) {
    const key = groupOf(i);
    if (key === undefined) continue;
    const group = groups.get(key);
    if (group) group.push(ids[i]);
    else groups.set(key, [ids[i]]);
  }
  // Array.prototype.sort is stable, and the map lists groups in the order of their first member.
  return [...groups.values()].sort((a, b) => b.length - a.length);
}

/** Each member's group number (index in the list). */
export function groupNumbers(groups: readonly string[][]): Map<string, number> {
  const numbers = new Map<string, number>();
  groups.forEach((group, n) => {
    for (const member of group) numbers.set(member, n);
  });
  return numbers;
}
