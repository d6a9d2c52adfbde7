import { MultiDirectedGraph } from 'graphology';
import { type Dataset, DEFAULT_WEIGHT, relationKey } from '../model/index.ts';
import type { ArgumentGraph } from './types.ts';

/**
 * The debate as a graphology multi-directed graph: one node per dataset node (keyed by its id),
 * one edge per asserted relation (keyed by `relationKey`). Expects a dataset that `parseDataset` accepted.
 */
export function buildGraph(dataset: Dataset): ArgumentGraph {
  const graph: ArgumentGraph = new MultiDirectedGraph();
  if (dataset.title !== undefined) graph.setAttribute('title', dataset.title);
  for (const node of dataset.nodes)
    graph.addNode(node.id, {
      node,
      kind: node.kind,
      label: node.label,
      baseScore: node.weight ?? DEFAULT_WEIGHT,
    });
  for (const relation of dataset.relations)
    graph.addEdgeWithKey(relationKey(relation), relation.from, relation.to, {
      derived: false,
      type: relation.type,
      relation,
    });
  return graph;
}
