import type { Dataset } from '../model/index.ts';

/** A node's position in model coordinates. */
export interface Point {
  x: number;
  y: number;
}

/**
 * The dataset with each node's `position` set to where it is drawn (rounded to 0.1), so `layout="preset"` draws
 * the map as it is now. Nodes without a drawn position keep what they had. Everything else is untouched.
 */
export function withPositions(dataset: Dataset, drawn: ReadonlyMap<string, Point>): Dataset {
  const round = (value: number) => Math.round(value * 10) / 10;
  return {
    ...dataset,
    nodes: dataset.nodes.map((node) => {
      const at = drawn.get(node.id);
      return at ? { ...node, position: { x: round(at.x), y: round(at.y) } } : node;
    }),
  };
}
