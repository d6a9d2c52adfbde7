import { UndirectedGraph } from 'graphology';
import louvain from 'graphology-communities-louvain';
import { groupIds, groupInOrder, groupNumbers } from './groups.ts';
import { assignNodeAttribute } from './node-values.ts';
import { mulberry32 } from './random.ts';
import type { ArgumentGraph, Camp, DerivedEdge } from './types.ts';

/** Fixed so that the same debate always splits into the same camps. */
const LOUVAIN_SEED = 1995;

type Agreement = Pick<DerivedEdge, 'from' | 'to' | 'type' | 'weight'>;

/** The camps, and each node's camp number by its position in the ids they were computed for (−1: none). */
export interface CampAssignment {
  camps: Camp[];
  campOf: Int32Array;
}

/**
 * Camps of experts from the graph's derived `agrees` edges (run `derivedEdges.assign` first); see `campsOf`.
 */
export function camps(graph: ArgumentGraph): Camp[] {
  return campsOf(graph.nodes(), derivedAgreements(graph)).camps;
}

/** Writes `camp` on every node: the camp's id for experts in one, null for everyone else. */
camps.assign = (graph: ArgumentGraph): void => {
  const { campOf } = campsOf(graph.nodes(), derivedAgreements(graph));
  assignNodeAttribute(graph, 'camp', (_node, i) => campNumber(campOf, i));
};

/** The graph's derived edges, as `campsOf` reads them. */
function derivedAgreements(graph: ArgumentGraph): Agreement[] {
  const edges: Agreement[] = [];
  graph.forEachEdge((_edge, attributes, from, to) => {
    if (attributes.derived) edges.push({ from, to, type: attributes.type, weight: attributes.weight });
  });
  return edges;
}

/**
 * Louvain communities (graphology-communities-louvain, seeded) of the agreement graph: its nodes are the
 * experts with at least one `agrees` edge, its edge weights the number of nodes agreed on, summed over
 * rules. Disagreements are not used: modularity needs non-negative weights. Largest camp first; ties and
 * members in the order of `ids` (dataset order).
 */
export function campsOf(ids: readonly string[], derived: Iterable<Agreement>): CampAssignment {
  // The agreement graph's nodes are keyed "0", "1", … in order of appearance, not by id: integer keys take V8's
  // fast path in graphology's adjacency objects (an id key makes a new hidden class each time), and Louvain
  // reads only the order of nodes and edges and the weights, so the camps are the same.
  const keys = new Map<string, string>();
  const keyOf = (id: string) => {
    let key = keys.get(id);
    if (key === undefined) {
      key = String(keys.size);
      keys.set(id, key);
    }
    return key;
  };
  const agreement = new UndirectedGraph<Record<string, never>, { weight: number }>();
  for (const { from, to, type, weight } of derived)
    if (type === 'agrees')
      agreement.updateEdge(keyOf(from), keyOf(to), (current) => ({ weight: (current.weight ?? 0) + weight }));
  const communities = louvain(agreement, { getEdgeWeight: 'weight', rng: mulberry32(LOUVAIN_SEED) });
  const groups = groupInOrder(ids.length, (i) => {
    const key = keys.get(ids[i]);
    return key === undefined ? undefined : communities[key];
  });
  return {
    camps: groupIds(ids, groups).map((experts, id) => ({ id, experts })),
    campOf: groupNumbers(ids.length, groups),
  };
}

/** The camp number at position i as the result states it: null for none. */
export const campNumber = (campOf: Int32Array, i: number): number | null =>
  campOf[i] < 0 ? null : campOf[i];
