import type { ElementDefinition } from 'cytoscape';
import type { AnalysisResult, GroundedStatus } from '../analysis/types.ts';
import { type Dataset, type NodeKind, type RelationType, relationKey } from '../model/index.ts';
import { LINE_CHARS, type MeasureText, nodeBox, wrapLabel } from './labels.ts';

/** What the view needs: the dataset and its analysis result. */
export interface ViewInput {
  dataset: Dataset;
  result: AnalysisResult;
}

export interface ToElementsOptions {
  /** Label font size used to size nodes; default 13. */
  fontSize?: number;
  /** Include derived agree/disagree edges (class `derived`); default true. */
  derived?: boolean;
  /** Measures a label line in px (a canvas `measureText` in browsers); default: an estimate. */
  measure?: MeasureText;
}

/** Data carried by a Cytoscape node. */
export interface NodeData {
  id: string;
  kind: NodeKind;
  /** Wrapped label with `\n` line breaks, at most three lines. */
  label: string;
  fullLabel: string;
  width: number;
  height: number;
  strength: number;
  status: GroundedStatus;
  supporters: number;
  disputers: number;
  source?: string;
  /** The dataset's saved position (`nodes[].position`), for the preset layout. */
  saved?: { x: number; y: number };
}

/** Data carried by a Cytoscape edge. */
export interface EdgeData {
  id: string;
  source: string;
  target: string;
  type: RelationType | 'agrees' | 'disagrees';
  derived: boolean;
  /** `relationKey` of the asserted relation. */
  key?: string;
  /** The relation's source article. */
  article?: string;
  weight?: number;
}

/** Prefixes keep edge ids apart from node ids (Cytoscape wants one id space). */
export const relationEdgeId = (key: string) => `rel:${key}`;
export const derivedEdgeId = (from: string, type: string, to: string) => `der:${from}|${type}|${to}`;

/**
 * Pure conversion from dataset + analysis to Cytoscape element definitions. Nodes carry a pre-wrapped label and
 * their size; classes carry kind, relation type and grounded status so the stylesheet can style them.
 */
export function toElements(input: ViewInput, options: ToElementsOptions = {}): ElementDefinition[] {
  const { dataset, result } = input;
  const fontSize = options.fontSize ?? 13;
  const elements: ElementDefinition[] = [];
  const ids = new Set<string>();
  for (const node of dataset.nodes) {
    const analysis = result.nodes[node.id];
    const lines = wrapLabel(node.label, node.kind === 'expert' ? LINE_CHARS - 6 : LINE_CHARS);
    const box = nodeBox(lines, fontSize, node.kind, options.measure);
    const status: GroundedStatus = analysis?.status ?? 'undecided';
    const data: NodeData = {
      id: node.id,
      kind: node.kind,
      label: lines.join('\n'),
      fullLabel: node.label,
      width: box.width,
      height: box.height,
      strength: analysis?.strength ?? node.weight ?? 0.5,
      status,
      supporters: analysis?.supporters ?? 0,
      disputers: analysis?.disputers ?? 0,
      ...(node.source ? { source: node.source } : {}),
      ...(node.position ? { saved: { x: node.position.x, y: node.position.y } } : {}),
    };
    ids.add(node.id);
    elements.push({ group: 'nodes', data, classes: `${node.kind} ${status}` });
  }
  for (const relation of dataset.relations) {
    if (!ids.has(relation.from) || !ids.has(relation.to)) continue;
    const key = relationKey(relation);
    const data: EdgeData = {
      id: relationEdgeId(key),
      source: relation.from,
      target: relation.to,
      type: relation.type,
      derived: false,
      key,
      ...(relation.source ? { article: relation.source } : {}),
    };
    elements.push({ group: 'edges', data, classes: `asserted ${relation.type}` });
  }
  if (options.derived !== false) {
    const seen = new Set<string>();
    for (const edge of result.derivedEdges) {
      if (!ids.has(edge.from) || !ids.has(edge.to) || edge.from === edge.to) continue;
      const id = derivedEdgeId(edge.from, edge.type, edge.to);
      if (seen.has(id)) continue;
      seen.add(id);
      const data: EdgeData = {
        id,
        source: edge.from,
        target: edge.to,
        type: edge.type,
        derived: true,
        weight: edge.weight,
      };
      elements.push({ group: 'edges', data, classes: `derived ${edge.type}` });
    }
  }
  return elements;
}
