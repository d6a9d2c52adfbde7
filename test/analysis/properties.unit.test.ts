import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { analyze, buildGraph, gradualStrength, type SemanticsName } from '../../src/analysis/index.ts';
import type { Dataset, RelationType } from '../../src/model/index.ts';
import { datasetArbitrary } from './arbitraries.ts';

const semantics = fc.constantFrom<SemanticsName>('dfquad', 'quadratic-energy');

/** An acyclic dataset, a node in it, and a new relation into that node from a fresh or an earlier-listed node. */
const withNewRelation = (type: RelationType) =>
  datasetArbitrary({ acyclic: true }).chain((ds) =>
    fc
      .record({
        target: fc.nat({ max: ds.nodes.length - 1 }),
        from: fc.option(fc.nat({ max: ds.nodes.length - 1 }), { nil: undefined }),
        weight: fc.double({ min: 0, max: 1, noNaN: true }),
      })
      .map(({ target, from, weight }) => {
        // Acyclic datasets only relate later nodes to earlier ones: a later source keeps it so.
        const source = from !== undefined && from > target ? ds.nodes[from].id : 'newcomer';
        const to = ds.nodes[target].id;
        const extended: Dataset = {
          ...ds,
          nodes:
            source === 'newcomer'
              ? [...ds.nodes, { id: source, kind: 'evidence', label: source, weight }]
              : ds.nodes,
          relations: [...ds.relations, { id: 'added', from: source, to, type }],
        };
        return { before: ds, after: extended, target: to };
      }),
  );

describe('gradual strength', () => {
  test.prop([datasetArbitrary(), semantics])('stays in [0, 1] on any graph, cyclic or not', (ds, name) => {
    for (const value of Object.values(gradualStrength(buildGraph(ds), { semantics: name }).strengths)) {
      expect(value).toBeGreaterThanOrEqual(0);
      expect(value).toBeLessThanOrEqual(1);
    }
  });

  test.prop([withNewRelation('supports'), semantics])(
    'on acyclic graphs, one more supporter never lowers the strength of what it supports',
    ({ before, after, target }, name) => {
      const old = gradualStrength(buildGraph(before), { semantics: name }).strengths[target];
      expect(
        gradualStrength(buildGraph(after), { semantics: name }).strengths[target],
      ).toBeGreaterThanOrEqual(old);
    },
  );

  test.prop([withNewRelation('disputes'), semantics])(
    'on acyclic graphs, one more attacker never raises the strength of what it attacks',
    ({ before, after, target }, name) => {
      const old = gradualStrength(buildGraph(before), { semantics: name }).strengths[target];
      expect(gradualStrength(buildGraph(after), { semantics: name }).strengths[target]).toBeLessThanOrEqual(
        old,
      );
    },
  );

  test.prop([
    datasetArbitrary({ maxNodes: 20, maxRelations: 60 }),
    semantics,
    fc.integer({ min: 1, max: 50 }),
  ])(
    'terminates on cyclic graphs within the cap and reports whether it converged',
    (ds, name, maxIterations) => {
      const { converged, iterations } = gradualStrength(buildGraph(ds), { semantics: name, maxIterations });
      expect(typeof converged).toBe('boolean');
      expect(iterations).toBeGreaterThanOrEqual(1);
      expect(iterations).toBeLessThanOrEqual(maxIterations);
    },
  );
});

describe('analyze', () => {
  test.prop([datasetArbitrary(), semantics])('is deterministic and serialisable', (ds, name) => {
    const first = analyze(ds, { semantics: name }).result;
    const second = analyze(structuredClone(ds), { semantics: name }).result;
    expect(JSON.stringify(second)).toBe(JSON.stringify(first));
    expect(JSON.parse(JSON.stringify(first))).toEqual(first);
  });
});
