import type { RelationIndex } from './relation-index.ts';
import type { ArgumentGraph, NodeAttributes } from './types.ts';

/** A per-node result as graphology's functions return them: an object keyed by node id. */
export function byId<T>(index: RelationIndex, valueAt: (i: number) => T): Record<string, T> {
  const record: Record<string, T> = {};
  for (let i = 0; i < index.ids.length; i++) record[index.ids[i]] = valueAt(i);
  return record;
}

/**
 * Writes one attribute on every node in a single pass (graphology's bulk update). `valueFor` also gets the
 * node's position in graph order, which is its index in `indexRelations(graph)`.
 */
export function assignNodeAttribute<K extends keyof NodeAttributes>(
  graph: ArgumentGraph,
  name: K,
  valueFor: (node: string, i: number) => NodeAttributes[K],
): void {
  let i = 0;
  graph.updateEachNodeAttributes(
    (node, attributes) => {
      attributes[name] = valueFor(node, i++);
      return attributes;
    },
    { attributes: [name] },
  );
}
