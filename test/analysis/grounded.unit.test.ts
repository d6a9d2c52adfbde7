import { test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { buildGraph, groundedLabelling } from '../../src/analysis/index.ts';
import type { Dataset } from '../../src/model/index.ts';
import { dataset, datasetArbitrary } from './arbitraries.ts';

const disputes = (ds: Dataset) => ds.relations.filter((r) => r.type === 'disputes');

describe('grounded labelling (Dung 1995)', () => {
  it('accepts the unattacked, rejects what they attack, and reinstates what those attacked', () => {
    const chain = dataset(
      [
        ['a', 'claim'],
        ['b', 'claim'],
        ['c', 'claim'],
      ],
      ['a - b', 'b - c'],
    );
    expect(groundedLabelling(buildGraph(chain))).toEqual({ a: 'accepted', b: 'rejected', c: 'accepted' });
  });

  it('leaves even and odd cycles of disputes undecided', () => {
    const cycles = dataset(
      [
        ['a', 'claim'],
        ['b', 'claim'],
        ['x', 'claim'],
        ['y', 'claim'],
        ['z', 'claim'],
      ],
      ['a - b', 'b - a', 'x - y', 'y - z', 'z - x'],
    );
    expect(Object.values(groundedLabelling(buildGraph(cycles)))).toEqual(Array(5).fill('undecided'));
  });

  it('ignores supports', () => {
    const supported = dataset(
      [
        ['a', 'claim'],
        ['b', 'claim'],
      ],
      ['a + b', 'b + a'],
    );
    expect(groundedLabelling(buildGraph(supported))).toEqual({ a: 'accepted', b: 'accepted' });
  });

  test.prop([datasetArbitrary()])('the accepted set is conflict-free and defends itself', (ds) => {
    const status = groundedLabelling(buildGraph(ds));
    const attackers = (id: string) =>
      disputes(ds)
        .filter((r) => r.to === id)
        .map((r) => r.from);
    for (const { from, to } of disputes(ds))
      expect(status[from] === 'accepted' && status[to] === 'accepted').toBe(false);
    for (const [id, label] of Object.entries(status)) {
      if (label !== 'accepted') continue;
      for (const attacker of attackers(id))
        expect(attackers(attacker).some((defender) => status[defender] === 'accepted')).toBe(true);
    }
  });

  test.prop([datasetArbitrary()])('is the least fixed point of the characteristic function', (ds) => {
    // Dung's definition: iterate F(S) = {a | every attacker of a is attacked by S} from the empty set.
    const ids = ds.nodes.map((n) => n.id);
    const attackers = (id: string) =>
      disputes(ds)
        .filter((r) => r.to === id)
        .map((r) => r.from);
    let grounded = new Set<string>();
    for (;;) {
      const current = grounded;
      const next = new Set(
        ids.filter((a) => attackers(a).every((b) => attackers(b).some((c) => current.has(c)))),
      );
      if (next.size === grounded.size) break;
      grounded = next;
    }
    const defeated = new Set(ids.filter((a) => attackers(a).some((b) => grounded.has(b))));
    const expected = Object.fromEntries(
      ids.map((id) => [id, grounded.has(id) ? 'accepted' : defeated.has(id) ? 'rejected' : 'undecided']),
    );
    expect(groundedLabelling(buildGraph(ds))).toEqual(expected);
  });

  it('writes status on every node with assign', () => {
    const graph = buildGraph(
      dataset(
        [
          ['a', 'claim'],
          ['b', 'claim'],
        ],
        ['a - b'],
      ),
    );
    groundedLabelling.assign(graph);
    expect(graph.mapNodes((_id, attributes) => attributes.status)).toEqual(['accepted', 'rejected']);
  });
});
