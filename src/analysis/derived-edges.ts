import { PairTally } from './pair-tally.ts';
import { type Adjacency, indexRelations, type RelationIndex, type Sign } from './relation-index.ts';
import type { ArgumentGraph, DerivedEdge } from './types.ts';

/**
 * Expert–expert agreement and disagreement, from their stances (docs/ANALYSIS.md, "Derived edges"):
 * - shared-claim: X and Y both support or dispute node C: the same stance agrees, opposite ones disagree.
 * - via-evidence: X supports (or disputes) evidence E, E supports or disputes C, and Y supports or disputes C
 *   directly. X's indirect stance on C is the product of the two signs; it is compared with Y's as above.
 *   It is left out where X takes that same stance on C directly, which the shared-claim rule already counts.
 * One edge per unordered pair, type and rule, with `from` < `to`; weight = how many nodes C; via = their ids
 * (and the evidence ids for via-evidence), sorted.
 */
export function derivedEdges(graph: ArgumentGraph): DerivedEdge[] {
  return deriveEdges(indexRelations(graph));
}

/** Replaces the graph's derived edges with freshly derived ones. */
derivedEdges.assign = (graph: ArgumentGraph): void => {
  const edges = derivedEdges(graph);
  for (const edge of graph.filterEdges((_edge, attributes) => attributes.derived)) graph.dropEdge(edge);
  addDerivedEdges(graph, edges);
};

/** Adds derived edges to the graph, keyed by `derivedEdgeKey`. */
export function addDerivedEdges(graph: ArgumentGraph, edges: readonly DerivedEdge[]): void {
  for (const { from, to, type, rule, weight, via } of edges)
    graph.addEdgeWithKey(derivedEdgeKey({ from, to, type, rule }), from, to, {
      derived: true,
      type,
      rule,
      weight,
      via,
    });
}

/** The key of a derived edge in the graph, e.g. `agrees:shared-claim:["cho-han-bum","park-won-gon"]`. */
export function derivedEdgeKey(edge: Pick<DerivedEdge, 'from' | 'to' | 'type' | 'rule'>): string {
  // The leading control character cannot occur in a relation key (ids exclude control characters and
  // JSON escapes them), so a derived edge never collides with an asserted one.
  return `\u001f${edge.type}:${edge.rule}:${JSON.stringify([edge.from, edge.to])}`;
}

export function deriveEdges(index: RelationIndex): DerivedEdge[] {
  const tally = new PairTally(index);
  tallySharedClaims(index, tally);
  tallyViaEvidence(index, tally);
  return tally.edges();
}

/** shared-claim: every two stances of distinct experts on the same node. */
function tallySharedClaims({ kinds, incoming }: RelationIndex, tally: PairTally): void {
  const { start, node, sign } = incoming;
  for (let t = 0; t < kinds.length; t++)
    for (let a = start[t]; a < start[t + 1]; a++) {
      if (kinds[node[a]] !== 'expert') continue;
      for (let b = a + 1; b < start[t + 1]; b++)
        if (kinds[node[b]] === 'expert' && node[a] !== node[b])
          tally.add(node[a], node[b], sign[a] === sign[b], 'shared-claim', t);
    }
}

/**
 * via-evidence: an expert's stance on evidence E, times E's stance on node C, against another expert's
 * direct stance on C; left out where the first expert takes that same stance on C directly.
 */
function tallyViaEvidence({ kinds, incoming, outgoing }: RelationIndex, tally: PairTally): void {
  const { start, node, sign } = incoming;
  const order = kinds.length;
  // statedOn[sign][expert] === c when the expert takes that stance on c directly (stamped per node c).
  const statedOn = { 1: new Int32Array(order).fill(-1), '-1': new Int32Array(order).fill(-1) };
  for (let e = 0; e < order; e++) {
    if (kinds[e] !== 'evidence' || !hasExpertStance(kinds, incoming, e)) continue;
    for (let h = outgoing.start[e]; h < outgoing.start[e + 1]; h++) {
      const c = outgoing.node[h];
      for (let k = start[c]; k < start[c + 1]; k++)
        if (kinds[node[k]] === 'expert') statedOn[sign[k] as Sign][node[k]] = c;
      for (let k = start[c]; k < start[c + 1]; k++) {
        const other = node[k];
        if (kinds[other] !== 'expert') continue;
        for (let b = start[e]; b < start[e + 1]; b++) {
          const backer = node[b];
          const indirect = (sign[b] * outgoing.sign[h]) as Sign;
          if (kinds[backer] !== 'expert' || backer === other || statedOn[indirect][backer] === c) continue;
          tally.add(backer, other, indirect === sign[k], 'via-evidence', c, e);
        }
      }
    }
  }
}

/** Whether some expert supports or disputes node i. */
function hasExpertStance(kinds: RelationIndex['kinds'], { start, node }: Adjacency, i: number): boolean {
  for (let k = start[i]; k < start[i + 1]; k++) if (kinds[node[k]] === 'expert') return true;
  return false;
}
