import type { ArgumentGraph } from './types.ts';

/**
 * The graph itself when it holds only asserted relations, else a copy without the derived edges:
 * graphology's algorithms (degree, betweenness, components) see every edge, and derived agreement
 * edges must not count as paths or links of the debate.
 */
export function assertedGraph(graph: ArgumentGraph): ArgumentGraph {
  if (!graph.someEdge((_edge, attributes) => attributes.derived)) return graph;
  const copy = graph.emptyCopy();
  graph.forEachEdge((edge, attributes, source, target) => {
    if (!attributes.derived) copy.addEdgeWithKey(edge, source, target, attributes);
  });
  return copy;
}
