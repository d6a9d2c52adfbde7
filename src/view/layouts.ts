import type { LayoutOptions, NodeSingular } from 'cytoscape';
import type { Dataset } from '../model/index.ts';

/**
 * Layouts offered by the element: hierarchical (dagre, default), force-directed (fcose), concentric by kind, and
 * preset: the positions saved in the dataset (`nodes[].position`, e.g. from an OVA map), when every node has one.
 */
export type LayoutName = 'hierarchical' | 'force' | 'concentric' | 'preset';
export const LAYOUT_NAMES: readonly LayoutName[] = ['hierarchical', 'force', 'concentric', 'preset'];
export const LAYOUT_LABELS: Record<LayoutName, string> = {
  hierarchical: 'Hierarchical',
  force: 'Force-directed',
  concentric: 'Concentric by kind',
  preset: 'Saved positions',
};

export function isLayoutName(value: unknown): value is LayoutName {
  return typeof value === 'string' && (LAYOUT_NAMES as readonly string[]).includes(value);
}

const KIND_RING: Record<string, number> = { claim: 3, evidence: 2, expert: 1 };

export interface LayoutContext {
  /** The viewport is taller than wide: the hierarchical layout runs top to bottom instead of left to right. */
  portrait?: boolean;
  /** Nodes to lay out; large graphs get the force layout's faster settings. */
  nodeCount?: number;
}

/**
 * Above this many nodes the hierarchical layout gives way to the force layout: dagre's crossing reduction
 * grows much faster than linearly and takes about a minute at 1 000 nodes here, blocking the page
 * (docs/PERFORMANCE: dagre stops scaling near 1k). fcose lays out 1 000 nodes in about a second.
 */
export const HIERARCHICAL_MAX_NODES = 400;
/** fcose's quality by size: "proof" polishes small maps; above a few hundred nodes it costs seconds. */
function forceQuality(nodeCount: number): 'proof' | 'default' | 'draft' {
  if (nodeCount <= HIERARCHICAL_MAX_NODES) return 'proof';
  return nodeCount <= 1500 ? 'default' : 'draft';
}

/**
 * The layout actually drawn for a request: saved positions only when every node has one (`positioned`), else
 * the hierarchical layout; the hierarchical one only while it stays fast.
 */
export function effectiveLayout(requested: LayoutName, nodeCount: number, positioned = false): LayoutName {
  const wanted = requested === 'preset' && !positioned ? 'hierarchical' : requested;
  return wanted === 'hierarchical' && nodeCount > HIERARCHICAL_MAX_NODES ? 'force' : wanted;
}

/** Whether every node has a saved `position`, so the preset layout can draw the dataset. */
export function hasSavedPositions(dataset: Pick<Dataset, 'nodes'>): boolean {
  return dataset.nodes.every((node) => node.position !== undefined);
}

/** Why a map was drawn with another layout than the one asked for, in one sentence; null when it was not. */
export function layoutFallbackNote(requested: LayoutName, drawn: LayoutName): string | null {
  if (requested === drawn) return null;
  const name = (layout: LayoutName) => LAYOUT_LABELS[layout].toLowerCase();
  return requested === 'preset'
    ? `Not every node has a saved position: drawn ${name(drawn)}`
    : `Large map: drawn ${name(drawn)} (${name(requested)} stops at ${HIERARCHICAL_MAX_NODES} nodes)`;
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
        quality: forceQuality(context.nodeCount ?? 0),
        randomize: true,
        nodeDimensionsIncludeLabels: true,
        idealEdgeLength: () => 110,
        nodeRepulsion: () => 9000,
        nodeSeparation: 90,
        gravity: 0.3,
        numIter: 2500,
      } as unknown as LayoutOptions;
    case 'preset':
      return {
        name: 'preset',
        ...common,
        positions: (node: NodeSingular) => node.data('saved') as { x: number; y: number },
      } as LayoutOptions;
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
