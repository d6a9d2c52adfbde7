import type { AnalysisResult } from '../analysis/types.ts';
import type { ArgumentNode, Dataset, NodeKind, Relation, Source } from '../model/index.ts';

/** Display names of the node kinds. */
export const KIND_LABELS: Record<NodeKind, string> = {
  claim: 'Claim',
  expert: 'Expert',
  evidence: 'Evidence',
};
export const KIND_PLURALS: Record<NodeKind, string> = {
  claim: 'claims',
  expert: 'experts',
  evidence: 'evidence',
};

/** Lookups the inspector, outline and announcements share. */
export interface DebateIndex {
  nodes: Map<string, ArgumentNode>;
  sources: Map<string, Source>;
  incoming: Map<string, Relation[]>;
  outgoing: Map<string, Relation[]>;
}

export function indexDataset(dataset: Dataset): DebateIndex {
  const nodes = new Map(dataset.nodes.map((n) => [n.id, n]));
  const sources = new Map(dataset.sources.map((s) => [s.id, s]));
  const incoming = new Map<string, Relation[]>();
  const outgoing = new Map<string, Relation[]>();
  for (const relation of dataset.relations) {
    (incoming.get(relation.to) ?? incoming.set(relation.to, []).get(relation.to))?.push(relation);
    (outgoing.get(relation.from) ?? outgoing.set(relation.from, []).get(relation.from))?.push(relation);
  }
  return { nodes, sources, incoming, outgoing };
}

const count = (relations: Relation[] | undefined, type: Relation['type']) =>
  relations?.filter((r) => r.type === type).length ?? 0;

/**
 * What the live region says when a node gets keyboard focus, e.g.
 * "Claim: X. Supported by 3, disputed by 2. Accepted, strength 64%."
 */
export function announcement(id: string, index: DebateIndex, result: AnalysisResult | undefined): string {
  const node = index.nodes.get(id);
  if (!node) return '';
  const incoming = index.incoming.get(id);
  const outgoing = index.outgoing.get(id);
  const parts = [`${KIND_LABELS[node.kind]}: ${node.label}${expertRole(node)}.`];
  const inS = count(incoming, 'supports');
  const inD = count(incoming, 'disputes');
  if (node.kind === 'claim' || inS + inD > 0) parts.push(`Supported by ${inS}, disputed by ${inD}.`);
  const outS = count(outgoing, 'supports');
  const outD = count(outgoing, 'disputes');
  if (outS + outD > 0) parts.push(`Supports ${outS}, disputes ${outD}.`);
  const analysis = result?.nodes[id];
  if (analysis) parts.push(`${capitalise(analysis.status)}, strength ${percent(analysis.strength)}.`);
  return parts.join(' ');
}

function expertRole(node: ArgumentNode): string {
  if (node.kind !== 'expert') return '';
  const bits = [node.role, node.affiliation].filter(Boolean);
  return bits.length > 0 ? `, ${bits.join(', ')}` : '';
}

/** Summary for `aria-describedby`: "20 claims, 11 experts, 20 evidence; 50 supports, 19 disputes." */
export function summary(dataset: Dataset): string {
  const kinds = (['claim', 'expert', 'evidence'] as const).map(
    (k) => `${dataset.nodes.filter((n) => n.kind === k).length} ${KIND_PLURALS[k]}`,
  );
  const supports = dataset.relations.filter((r) => r.type === 'supports').length;
  return `${kinds.join(', ')}; ${supports} supports, ${dataset.relations.length - supports} disputes.`;
}

export function percent(value: number): string {
  return `${Math.round(value * 100)}%`;
}

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Ids of nodes whose label, text, role or affiliation contains every word of `query` (case-insensitive). */
export function searchNodes(dataset: Dataset, query: string): string[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return [];
  return dataset.nodes
    .filter((node) => {
      const hay = [
        node.label,
        node.text,
        node.kind === 'expert' ? `${node.role ?? ''} ${node.affiliation ?? ''}` : '',
      ]
        .join(' ')
        .toLowerCase();
      return words.every((w) => hay.includes(w));
    })
    .map((n) => n.id);
}

/**
 * The neighbour of `from` that lies best in an arrow direction: ahead of the current node, closest, and as
 * aligned with the direction as possible. Positions are model coordinates (y grows downwards).
 */
export function pickNeighbour(
  from: { x: number; y: number },
  neighbours: { id: string; x: number; y: number }[],
  direction: 'left' | 'right' | 'up' | 'down',
): string | undefined {
  const v = { left: [-1, 0], right: [1, 0], up: [0, -1], down: [0, 1] }[direction] as [number, number];
  let best: { id: string; score: number } | undefined;
  for (const n of neighbours) {
    const dx = n.x - from.x;
    const dy = n.y - from.y;
    const ahead = dx * v[0] + dy * v[1];
    if (ahead <= 0.5) continue;
    const aside = Math.abs(dx * v[1] - dy * v[0]);
    const score = ahead + 2 * aside;
    if (!best || score < best.score) best = { id: n.id, score };
  }
  return best?.id;
}
