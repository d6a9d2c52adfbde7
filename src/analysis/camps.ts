import { UndirectedGraph } from 'graphology';
import louvain from 'graphology-communities-louvain';
import { groupInOrder, groupNumbers } from './groups.ts';
import { assignNodeAttribute } from './node-values.ts';
import { mulberry32 } from './random.ts';
import type { ArgumentGraph, Camp, DerivedEdge } from './types.ts';

/** Fixed so that the same debate always splits into the same camps. */
const LOUVAIN_SEED = 1995;

/**
 * Camps of experts from the graph's derived `agrees` edges (run `derivedEdges.assign` first); see `campsOf`.
 */
export function camps(graph: ArgumentGraph): Camp[] {
  const edges: Array<Pick<DerivedEdge, 'from' | 'to' | 'type' | 'weight'>> = [];
  graph.forEachEdge((_edge, attributes, from, to) => {
    if (attributes.derived) edges.push({ from, to, type: attributes.type, weight: attributes.weight });
  });
  return campsOf(graph.nodes(), edges);
}

/** Writes `camp` on every node: the camp's id for experts in one, null for everyone else. */
camps.assign = (graph: ArgumentGraph): void => {
  const numbers = groupNumbers(camps(graph).map((camp) => camp.experts));
  assignNodeAttribute(graph, 'camp', (node) => numbers.get(node) ?? null);
};

/**
 * Louvain communities (graphology-communities-louvain, seeded) of the agreement graph: its nodes are the
 * experts with at least one `agrees` edge, its edge weights the number of nodes agreed on, summed over
 * rules. Disagreements are not used: modularity needs non-negative weights. Largest camp first; ties and
 * members in the order of `ids` (dataset order).
 */
export function campsOf(
  ids: readonly string[],
  derived: Iterable<Pick<DerivedEdge, 'from' | 'to' | 'type' | 'weight'>>,
): Camp[] {
  const agreement = new UndirectedGraph<Record<string, never>, { weight: number }>();
  for (const { from, to, type, weight } of derived)
    if (type === 'agrees')
      agreement.updateEdge(from, to, (current) => ({ weight: (current.weight ?? 0) + weight }));
  const communities = louvain(agreement, { getEdgeWeight: 'weight', rng: mulberry32(LOUVAIN_SEED) });
  return groupInOrder(ids, (i) => communities[ids[i]]).map((experts, id) => ({ id, experts }));
}
