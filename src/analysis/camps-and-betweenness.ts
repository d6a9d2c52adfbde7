import { campNumber, campsOf } from './camps.ts';
import { exactBetweenness } from './centrality.ts';
import type { Analysis, AnalyzeOptions } from './types.ts';

/**
 * Completes what `analyzeCore` leaves out: camps of experts (Louvain over the agreement edges) and exact
 * betweenness (up to `betweennessLimit` nodes), written into the result and onto the graph's nodes.
 * Returns the same analysis, so `analyze` is `addCampsAndBetweenness(analyzeCore(dataset))`.
 */
export function addCampsAndBetweenness(analysis: Analysis, options: AnalyzeOptions = {}): Analysis {
  const { result, graph } = analysis;
  const ids = graph.nodes();
  const { camps, campOf } = campsOf(ids, result.derivedEdges);
  const betweenness = exactBetweenness(graph, options);
  result.camps = camps;
  let i = 0;
  graph.updateEachNodeAttributes(
    (id, attributes) => {
      const node = result.nodes[id];
      node.camp = campNumber(campOf, i++);
      node.betweenness = betweenness ? betweenness[id] : null;
      attributes.camp = node.camp;
      attributes.betweenness = node.betweenness;
      return attributes;
    },
    { attributes: ['camp', 'betweenness'] },
  );
  return analysis;
}
