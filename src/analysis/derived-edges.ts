import { byCodeUnits } from './groups.ts';
import { indexRelations, type RelationIndex, type Sign } from './relation-index.ts';
import type { ArgumentGraph, DerivedEdge, DerivedEdgeRule, DerivedEdgeType } from './types.ts';

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

interface Pending {
  low: number;
  high: number;
  type: DerivedEdgeType;
  rule: DerivedEdgeRule;
  /** The nodes C the pair agrees or disagrees on, and the evidence hops; via-evidence ones may repeat. */
  targets: number[];
  evidence: number[];
}

export function deriveEdges(index: RelationIndex): DerivedEdge[] {
  const order = index.ids.length;
  const { ids, kinds, incoming, outgoing } = index;

  /** Calls back for every expert that supports (sign 1) or disputes (sign −1) node t. */
  const forEachExpertStance = (t: number, callback: (expert: number, sign: Sign) => void) => {
    for (let k = incoming.start[t]; k < incoming.start[t + 1]; k++)
      if (kinds[incoming.node[k]] === 'expert') callback(incoming.node[k], incoming.sign[k] as Sign);
  };

  // Pending edges by their lower expert, keyed by higher expert and type and rule: small integer keys.
  const pendingOf: Array<Map<number, Pending> | undefined> = new Array(order);
  const found: Pending[] = [];
  const record = (
    x: number,
    y: number,
    agree: boolean,
    rule: DerivedEdgeRule,
    target: number,
    evidence = -1,
  ) => {
    const low = ids[x] < ids[y] ? x : y;
    const high = low === x ? y : x;
    const key = (high * 2 + (agree ? 1 : 0)) * 2 + (rule === 'shared-claim' ? 1 : 0);
    let byKey = pendingOf[low];
    if (!byKey) byKey = pendingOf[low] = new Map();
    let entry = byKey.get(key);
    if (!entry) {
      entry = { low, high, type: agree ? 'agrees' : 'disagrees', rule, targets: [], evidence: [] };
      byKey.set(key, entry);
      found.push(entry);
    }
    if (entry.targets.at(-1) !== target) entry.targets.push(target);
    if (evidence >= 0) entry.evidence.push(evidence);
  };

  const experts: number[] = [];
  const signs: Sign[] = [];
  for (let t = 0; t < order; t++) {
    experts.length = 0;
    signs.length = 0;
    forEachExpertStance(t, (expert, sign) => {
      experts.push(expert);
      signs.push(sign);
    });
    for (let a = 0; a < experts.length; a++)
      for (let b = a + 1; b < experts.length; b++)
        if (experts[a] !== experts[b])
          record(experts[a], experts[b], signs[a] === signs[b], 'shared-claim', t);
  }

  // statedOn[sign][expert] === t when the expert takes that stance on t directly (stamped per target).
  const statedOn = { 1: new Int32Array(order).fill(-1), '-1': new Int32Array(order).fill(-1) };
  const backers: number[] = [];
  const backerSigns: Sign[] = [];
  for (let e = 0; e < order; e++) {
    if (kinds[e] !== 'evidence') continue;
    backers.length = 0;
    backerSigns.length = 0;
    forEachExpertStance(e, (expert, sign) => {
      backers.push(expert);
      backerSigns.push(sign);
    });
    if (backers.length === 0) continue;
    for (let k = outgoing.start[e]; k < outgoing.start[e + 1]; k++) {
      const target = outgoing.node[k];
      const evidenceSign = outgoing.sign[k] as Sign;
      forEachExpertStance(target, (expert, sign) => {
        statedOn[sign][expert] = target;
      });
      forEachExpertStance(target, (other, otherSign) => {
        for (let b = 0; b < backers.length; b++) {
          const indirect = (backerSigns[b] * evidenceSign) as Sign;
          if (backers[b] === other || statedOn[indirect][backers[b]] === target) continue;
          record(backers[b], other, indirect === otherSign, 'via-evidence', target, e);
        }
      });
    }
  }

  // Shared-claim targets arrive in order, so repeats were adjacent and are gone; via-evidence ones may repeat,
  // and a node can be both a target and a hop.
  const sortedIds = (nodes: number[]) => nodes.map((i) => ids[i]).sort(byCodeUnits);
  return found
    .map(({ low, high, type, rule, targets, evidence }) => ({
      from: ids[low],
      to: ids[high],
      type,
      rule,
      weight: rule === 'shared-claim' ? targets.length : new Set(targets).size,
      via: sortedIds(rule === 'shared-claim' ? targets : [...new Set([...targets, ...evidence])]),
    }))
    .sort(
      (a, b) =>
        byCodeUnits(a.from, b.from) ||
        byCodeUnits(a.to, b.to) ||
        byCodeUnits(a.type, b.type) ||
        byCodeUnits(a.rule, b.rule),
    );
}
