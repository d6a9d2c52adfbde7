import type { NodeKind } from '../model/index.ts';
import type { ArgumentGraph } from './types.ts';

/** +1 for "supports", −1 for "disputes". */
export type Sign = 1 | -1;

/** One side (incoming or outgoing) of the relations, in compressed sparse row form. */
export interface Adjacency {
  /** The relations of node i are at positions start[i] to start[i + 1] − 1. */
  start: Int32Array;
  /** The node at the other end. */
  node: Int32Array;
  sign: Int8Array;
}

/**
 * The asserted relations of a graph in integer-indexed arrays, so that the per-node algorithms
 * (strength, labelling, derived edges) run without map look-ups and stay fast on 100k-node graphs.
 * Derived edges are left out. Several relations with the same ends and type (distinct ids, e.g. two quotes
 * for one stance) are one stance: they appear once.
 */
export interface RelationIndex {
  /** Node keys in graph order; a node's position here is its index. */
  ids: string[];
  indexOf: Map<string, number>;
  kinds: NodeKind[];
  labels: string[];
  baseScores: Float64Array;
  incoming: Adjacency;
  outgoing: Adjacency;
}

export function indexRelations(graph: ArgumentGraph): RelationIndex {
  const order = graph.order;
  const ids: string[] = new Array(order);
  const kinds: NodeKind[] = new Array(order);
  const labels: string[] = new Array(order);
  const baseScores = new Float64Array(order);
  const indexOf = new Map<string, number>();
  let next = 0;
  graph.forEachNode((id, attributes) => {
    ids[next] = id;
    kinds[next] = attributes.kind;
    labels[next] = attributes.label;
    baseScores[next] = attributes.baseScore;
    indexOf.set(id, next++);
  });

  const from = new Int32Array(graph.size);
  const to = new Int32Array(graph.size);
  const signs = new Int8Array(graph.size);
  let size = 0;
  graph.forEachEdge((_edge, attributes, source, target) => {
    if (attributes.derived) return;
    from[size] = indexOf.get(source) as number;
    to[size] = indexOf.get(target) as number;
    signs[size++] = attributes.type === 'supports' ? 1 : -1;
  });
  return {
    ids,
    indexOf,
    kinds,
    labels,
    baseScores,
    incoming: adjacency(order, to.subarray(0, size), from.subarray(0, size), signs.subarray(0, size)),
    outgoing: adjacency(order, from.subarray(0, size), to.subarray(0, size), signs.subarray(0, size)),
  };
}

/** Groups the pairs (owner[k], other[k]) by owner, keeping their order and dropping repeats within each group. */
function adjacency(order: number, owner: Int32Array, other: Int32Array, signs: Int8Array): Adjacency {
  const start = new Int32Array(order + 1);
  for (const o of owner) start[o + 1]++;
  for (let i = 0; i < order; i++) start[i + 1] += start[i];
  const fill = start.slice(0, order);
  const node = new Int32Array(owner.length);
  const sign = new Int8Array(owner.length);
  for (let k = 0; k < owner.length; k++) {
    const at = fill[owner[k]]++;
    node[at] = other[k];
    sign[at] = signs[k];
  }
  return withoutRepeats({ start, node, sign });
}

/** Drops repeated (other end, sign) entries within each node's group; `seen[sign][other]` holds the last group that had it. */
function withoutRepeats({ start, node, sign }: Adjacency): Adjacency {
  const order = start.length - 1;
  const seen = [new Int32Array(order).fill(-1), new Int32Array(order).fill(-1)];
  const kept = new Int32Array(order + 1);
  let length = 0;
  for (let i = 0; i < order; i++) {
    for (let k = start[i]; k < start[i + 1]; k++) {
      const last = seen[sign[k] > 0 ? 1 : 0];
      if (last[node[k]] === i) continue;
      last[node[k]] = i;
      node[length] = node[k];
      sign[length++] = sign[k];
    }
    kept[i + 1] = length;
  }
  return { start: kept, node: node.subarray(0, length), sign: sign.subarray(0, length) };
}

/** How many nodes directly support and dispute node i. */
export function stanceCounts(index: RelationIndex, i: number): { supporters: number; disputers: number } {
  const { start, sign } = index.incoming;
  let supporters = 0;
  for (let k = start[i]; k < start[i + 1]; k++) if (sign[k] > 0) supporters++;
  return { supporters, disputers: start[i + 1] - start[i] - supporters };
}

/** Distinct stances in and out of node i. */
export function stanceDegree(index: RelationIndex, i: number): number {
  const { incoming, outgoing } = index;
  return incoming.start[i + 1] - incoming.start[i] + outgoing.start[i + 1] - outgoing.start[i];
}
