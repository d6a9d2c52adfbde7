import { campsOf } from './camps.ts';
import { exactBetweenness } from './centrality.ts';
import { groupNumbers } from './groups.ts';
import type { Analysis, AnalyzeOptions } from './types.ts';

/**
 * Completes what `analyzeCore` leaves out: camps of experts (Louvain over the agreement edges) and exact
 * betweenness (up to `betweennessLimit` nodes), written into the result and onto the graph's nodes.
 * Returns the same analysis, so `analyze` is `addCampsAndBetweenness(analyzeCore(dataset))`.
 */
export function addCampsAndBetweenness(analysis: Analysis, options: AnalyzeOptions = {}): Analysis {
  const { result, graph } = analysis;
  const camps = campsOf(graph.nodes(), result.derivedEdges);
  const campOf = groupNumbers(camps.map((camp) => camp.experts));
  const betweenness = exactBetweenness(graph, options);
  result.camps = camps;
  for (const [id, node] of Object.entries(result.nodes)) {
    node.camp = campOf.get(id) ?? null;
    node.betweenness = betweenness ? betweenness[id] : null;
  }
  graph.updateEachNodeAttributes(
    (id, attributes) => {
      attributes.camp = result.nodes[id].camp;
      attributes.betweenness = result.nodes[id].betweenness;
      return attributes;
    },
    { attributes: ['camp', 'betweenness'] },
  );
  return analysis;
}
