import type { LayoutOptions, NodeSingular } from 'cytoscape';

/** Layouts offered by the element: hierarchical (dagre, default), force-directed (fcose), concentric by kind. */
export type LayoutName = 'hierarchical' | 'force' | 'concentric';
export const LAYOUT_NAMES: readonly LayoutName[] = ['hierarchical', 'force', 'concentric'];
export const LAYOUT_LABELS: Record<LayoutName, string> = {
  hierarchical: 'Hierarchical',
  force: 'Force-directed',
  concentric: 'Concentric by kind',
};

export function isLayoutName(value: unknown): value is LayoutName {
  return typeof value === 'string' && (LAYOUT_NAMES as readonly string[]).includes(value);
}

const KIND_RING: Record<string, number> = { claim: 3, evidence: 2, expert: 1 };

export interface LayoutContext {
  /** The viewport is taller than wide: the hierarchical layout runs top to bottom instead of left to right. */
  portrait?: boolean;
}

/**
 * Layout options for Cytoscape. Pure: only builds the options object. `animate` is false when the user prefers
 * reduced motion.
 */
export function layoutOptions(
  name: LayoutName,
  animate: boolean,
  context: LayoutContext = {},
): LayoutOptions {
  const common = { animate, animationDuration: 450, fit: true, padding: 24 };
  switch (name) {
    case 'force':
      return {
        name: 'fcose',
        ...common,
        quality: 'proof',
        randomize: true,
        nodeDimensionsIncludeLabels: true,
        idealEdgeLength: () => 110,
        nodeRepulsion: () => 9000,
        nodeSeparation: 90,
        gravity: 0.3,
        numIter: 2500,
      } as unknown as LayoutOptions;
    case 'concentric':
      return {
        name: 'concentric',
        ...common,
        concentric: (node: NodeSingular) => KIND_RING[node.data('kind') as string] ?? 0,
        levelWidth: () => 1,
        minNodeSpacing: 14,
        avoidOverlap: true,
        spacingFactor: 0.9,
      } as LayoutOptions;
    default:
      return {
        name: 'dagre',
        ...common,
        // Experts and evidence feed the claims: left to right, or top to bottom in a portrait viewport.
        rankDir: context.portrait ? 'TB' : 'LR',
        ranker: 'network-simplex',
        nodeSep: 14,
        rankSep: 90,
        edgeSep: 8,
      } as unknown as LayoutOptions;
  }
}
