import { readFileSync } from 'node:fs';
import { test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import {
  buildGraph,
  type DerivedEdge,
  type DerivedEdgeType,
  derivedEdgeKey,
  derivedEdges,
} from '../../src/analysis/index.ts';
import { type Dataset, type NodeKind, parseDataset } from '../../src/model/index.ts';
import { dataset, datasetArbitrary } from './arbitraries.ts';

const seed = parseDataset(readFileSync('graph-data/nk-russia-military-ties.json', 'utf8'));

describe('derived edges', () => {
  it('Park Won-gon and Cho Han-bum disagree on whether Pyongyang will accept joint drills', () => {
    if (!seed.ok) throw new Error('the seed dataset should be valid');
    expect(derivedEdges(buildGraph(seed.dataset))).toContainEqual({
      from: 'cho-han-bum',
      to: 'park-won-gon',
      type: 'disagrees',
      rule: 'shared-claim',
      weight: 1,
      via: ['nk-accepts-drills'],
    });
  });

  it('counts the claims a pair takes the same or opposite stances on', () => {
    const ds = dataset(
      [
        ['x', 'expert'],
        ['y', 'expert'],
        ['c1', 'claim'],
        ['c2', 'claim'],
        ['c3', 'claim'],
      ],
      ['y + c1', 'x + c1', 'x - c2', 'y - c2', 'x + c3', 'y - c3'],
    );
    expect(derivedEdges(buildGraph(ds))).toEqual([
      { from: 'x', to: 'y', type: 'agrees', rule: 'shared-claim', weight: 2, via: ['c1', 'c2'] },
      { from: 'x', to: 'y', type: 'disagrees', rule: 'shared-claim', weight: 1, via: ['c3'] },
    ]);
  });

  it('follows one hop through evidence by the product of the signs', () => {
    const ds = dataset(
      [
        ['x', 'expert'],
        ['y', 'expert'],
        ['z', 'expert'],
        ['e', 'evidence'],
        ['c', 'claim'],
      ],
      // x backs e, which disputes c: x indirectly disputes c. y disputes c (agree), z supports it (disagree).
      ['x + e', 'e - c', 'y - c', 'z + c'],
    );
    expect(derivedEdges(buildGraph(ds))).toEqual([
      { from: 'x', to: 'y', type: 'agrees', rule: 'via-evidence', weight: 1, via: ['c', 'e'] },
      { from: 'x', to: 'z', type: 'disagrees', rule: 'via-evidence', weight: 1, via: ['c', 'e'] },
      { from: 'y', to: 'z', type: 'disagrees', rule: 'shared-claim', weight: 1, via: ['c'] },
    ]);
  });

  it('does not count a claim twice when the expert also states the stance directly', () => {
    const ds = dataset(
      [
        ['x', 'expert'],
        ['y', 'expert'],
        ['e', 'evidence'],
        ['c', 'claim'],
      ],
      ['x - c', 'x + e', 'e - c', 'y + c'],
    );
    expect(derivedEdges(buildGraph(ds))).toEqual([
      { from: 'x', to: 'y', type: 'disagrees', rule: 'shared-claim', weight: 1, via: ['c'] },
    ]);
  });

  it('orders ends, edges and via by UTF-16 code units, not by dataset order or code points', () => {
    // Code units: 'B' < 'a' < '😀' (0xD83D 0xDE00) < 'ｱ' (0xFF71); by code point the emoji would come last.
    const experts = ['ｱ', 'a', '😀', 'B'];
    const ds = dataset(
      [...experts.map((id): [string, NodeKind] => [id, 'expert']), ['c-ｱ', 'claim'], ['c-😀', 'claim']],
      [...experts.map((id) => `${id} ${id === 'B' ? '-' : '+'} c-ｱ`), 'ｱ + c-😀', '😀 + c-😀'],
    );
    const found = derivedEdges(buildGraph(ds)).map(
      ({ from, to, type, via }) => `${from} ${type} ${to}: ${via}`,
    );
    expect(found).toEqual([
      'B disagrees a: c-ｱ',
      'B disagrees 😀: c-ｱ',
      'B disagrees ｱ: c-ｱ',
      'a agrees 😀: c-ｱ',
      'a agrees ｱ: c-ｱ',
      '😀 agrees ｱ: c-😀,c-ｱ',
    ]);
  });

  it('assign adds them to the graph under their keys, once however often it runs', () => {
    if (!seed.ok) throw new Error('the seed dataset should be valid');
    const graph = buildGraph(seed.dataset);
    const asserted = graph.size;
    derivedEdges.assign(graph);
    derivedEdges.assign(graph);
    const edges = derivedEdges(graph);
    expect(graph.size).toBe(asserted + edges.length);
    const key = derivedEdgeKey({
      from: 'cho-han-bum',
      to: 'park-won-gon',
      type: 'disagrees',
      rule: 'shared-claim',
    });
    expect(graph.getEdgeAttributes(key)).toMatchObject({
      derived: true,
      type: 'disagrees',
      via: ['nk-accepts-drills'],
    });
  });

  test.prop([datasetArbitrary({ maxRelations: 40 })])(
    'are symmetric, one per pair, type and rule, and follow the documented rules',
    (ds) => {
      const edges = derivedEdges(buildGraph(ds));
      for (const edge of edges) expect(edge.from < edge.to).toBe(true);
      expect(new Set(edges.map(derivedEdgeKey)).size).toBe(edges.length);
      expect(edges).toEqual(byTheRules(ds));
      // Listing the nodes and relations the other way round swaps who is met first; nothing else changes.
      const reversed = { ...ds, nodes: [...ds.nodes].reverse(), relations: [...ds.relations].reverse() };
      expect(derivedEdges(buildGraph(reversed))).toEqual(edges);
    },
  );
});

/** The rules of docs/ANALYSIS.md, spelt out over every ordered pair of experts. */
function byTheRules(ds: Dataset): DerivedEdge[] {
  const kindOf = new Map(ds.nodes.map((n) => [n.id, n.kind]));
  const experts = ds.nodes.filter((n) => n.kind === 'expert').map((n) => n.id);
  const sign = (type: string): number => (type === 'supports' ? 1 : -1);
  const stances = (who: string, on: string) =>
    new Set(ds.relations.filter((r) => r.from === who && r.to === on).map((r) => sign(r.type)));
  const found = new Map<string, DerivedEdge & { on: Set<string>; hops: Set<string> }>();
  const add = (
    x: string,
    y: string,
    type: DerivedEdgeType,
    rule: DerivedEdge['rule'],
    on: string,
    hop?: string,
  ) => {
    const [from, to] = x < y ? [x, y] : [y, x];
    const key = derivedEdgeKey({ from, to, type, rule });
    const entry = found.get(key) ?? {
      from,
      to,
      type,
      rule,
      weight: 0,
      via: [],
      on: new Set(),
      hops: new Set(),
    };
    entry.on.add(on);
    if (hop) entry.hops.add(hop);
    found.set(key, entry);
  };
  for (const x of experts)
    for (const y of experts) {
      if (x === y) continue;
      for (const { id: c } of ds.nodes)
        for (const s of stances(x, c))
          for (const t of stances(y, c)) add(x, y, s === t ? 'agrees' : 'disagrees', 'shared-claim', c);
      for (const { id: e } of ds.nodes.filter((n) => kindOf.get(n.id) === 'evidence'))
        for (const s of stances(x, e))
          for (const hop of ds.relations.filter((r) => r.from === e)) {
            const indirect = s * sign(hop.type);
            if (stances(x, hop.to).has(indirect)) continue;
            for (const t of stances(y, hop.to))
              add(x, y, indirect === t ? 'agrees' : 'disagrees', 'via-evidence', hop.to, e);
          }
    }
  return [...found.values()]
    .map(({ on, hops, ...edge }) => ({
      ...edge,
      weight: on.size,
      via: [...new Set([...on, ...hops])].sort(),
    }))
    .sort(compare);
}

function compare(a: DerivedEdge, b: DerivedEdge): number {
  for (const field of ['from', 'to', 'type', 'rule'] as const)
    if (a[field] !== b[field]) return a[field] < b[field] ? -1 : 1;
  return 0;
}
