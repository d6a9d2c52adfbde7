import { exactBetweenness } from './centrality.ts';
import type { Analysis, AnalyzeOptions } from './types.ts';

/** Fills in each node's exact `betweenness` (null above `betweennessLimit` nodes). */
export function addBetweenness(analysis: Analysis, options: AnalyzeOptions = {}): Analysis {
  const { result, graph } = analysis;
  const betweenness = exactBetweenness(graph, options);
  graph.updateEachNodeAttributes(
    (id, attributes) => {
      const value = betweenness ? betweenness[id] : null;
      result.nodes[id].betweenness = value;
      attributes.betweenness = value;
      return attributes;
    },
    { attributes: ['betweenness'] },
  );
  return analysis;
}
