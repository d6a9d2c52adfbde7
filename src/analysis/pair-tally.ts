import { byCodeUnits } from './groups.ts';
import type { RelationIndex } from './relation-index.ts';
import type { DerivedEdge, DerivedEdgeRule } from './types.ts';

/**
 * Collects "experts x and y agree (or disagree) on node C under a rule, possibly through evidence E" records
 * and groups them into derived edges, already in result order. Records live in flat arrays rather than in an
 * object per pair: the 100k-node benchmark debate has 64k of them, and per-pair maps and arrays cost more than
 * the counting itself.
 */
export class PairTally {
  readonly #ids: readonly string[];
  /** The experts in code-unit order of their ids, and each node's position in that list (−1 if no expert). */
  readonly #experts: number[];
  readonly #rank: Int32Array;
  /**
   * Per record: the rank of the lower expert; the rank of the higher one × 4, + 2 for 'disagrees' and + 1 for
   * 'via-evidence' (so that they sort after 'agrees' and 'shared-claim'); node C; the evidence hop (−1: none).
   */
  readonly #lowRanks: number[] = [];
  readonly #highTypeRule: number[] = [];
  readonly #targets: number[] = [];
  readonly #hops: number[] = [];

  constructor({ ids, kinds }: RelationIndex) {
    this.#ids = ids;
    this.#experts = [];
    for (let i = 0; i < ids.length; i++) if (kinds[i] === 'expert') this.#experts.push(i);
    this.#experts.sort((a, b) => byCodeUnits(ids[a], ids[b]));
    this.#rank = new Int32Array(ids.length).fill(-1);
    this.#experts.forEach((expert, rank) => {
      this.#rank[expert] = rank;
    });
  }

  add(x: number, y: number, agree: boolean, rule: DerivedEdgeRule, target: number, hop = -1): void {
    const a = this.#rank[x];
    const b = this.#rank[y];
    this.#lowRanks.push(Math.min(a, b));
    this.#highTypeRule.push(Math.max(a, b) * 4 + (agree ? 0 : 2) + (rule === 'shared-claim' ? 0 : 1));
    this.#targets.push(target);
    this.#hops.push(hop);
  }

  /**
   * One edge per pair, type and rule: weight = the number of distinct nodes C, via = those ids and the hops' ids,
   * distinct and sorted. Ordered by `from`, `to`, type and rule: the records are sorted by lower rank, then
   * higher rank, type and rule with two stable counting sorts, linear where a comparison sort took a third of
   * the derivation.
   */
  edges(): DerivedEdge[] {
    const low = this.#lowRanks;
    const highTypeRule = this.#highTypeRule;
    const experts = this.#experts.length;
    const records = Int32Array.from(low.keys());
    const order = countingSort(countingSort(records, highTypeRule, 4 * experts), low, experts);
    const edges: DerivedEdge[] = [];
    for (let first = 0, end = 0; first < order.length; first = end) {
      const r = order[first];
      while (end < order.length && low[order[end]] === low[r] && highTypeRule[order[end]] === highTypeRule[r])
        end++;
      edges.push(this.#edge(order, first, end));
    }
    return edges;
  }

  /** The edge of the records order[first..end), which share their experts, type and rule. */
  #edge(order: Int32Array, first: number, end: number): DerivedEdge {
    const ids = this.#ids;
    // Sized up front: `via` outlives the analysis, and arrays grown by push keep room for 17 items.
    const on = new Array<string>(end - first);
    const hops: string[] = [];
    for (let k = first; k < end; k++) {
      on[k - first] = ids[this.#targets[order[k]]];
      if (this.#hops[order[k]] >= 0) hops.push(ids[this.#hops[order[k]]]);
    }
    distinctSorted(on);
    const highTypeRule = this.#highTypeRule[order[first]];
    return {
      from: ids[this.#experts[this.#lowRanks[order[first]]]],
      to: ids[this.#experts[highTypeRule >> 2]],
      type: highTypeRule & 2 ? 'disagrees' : 'agrees',
      rule: highTypeRule & 1 ? 'via-evidence' : 'shared-claim',
      weight: on.length,
      via: hops.length === 0 ? on : distinctSorted(on.concat(hops)),
    };
  }
}

/** The records stably sorted by key[record], each key in 0 … range − 1. */
function countingSort(records: Int32Array, key: readonly number[], range: number): Int32Array {
  const next = new Int32Array(range + 1);
  for (const r of records) next[key[r] + 1]++;
  for (let k = 0; k < range; k++) next[k + 1] += next[k];
  const sorted = new Int32Array(records.length);
  for (const r of records) sorted[next[key[r]]++] = r;
  return sorted;
}

/** The list's distinct strings in code-unit order (sorted in place). */
function distinctSorted(list: string[]): string[] {
  list.sort(byCodeUnits);
  let length = 0;
  for (const item of list) if (length === 0 || list[length - 1] !== item) list[length++] = item;
  list.length = length;
  return list;
}
