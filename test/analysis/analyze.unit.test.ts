import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  analyze,
  camps,
  centrality,
  components,
  controversyScore,
  derivedEdges,
} from '../../src/analysis/index.ts';
import { parseDataset } from '../../src/model/index.ts';
import { dataset } from './arbitraries.ts';

const parsed = parseDataset(readFileSync('graph-data/nk-russia-military-ties.json', 'utf8'));
if (!parsed.ok) throw new Error('the seed dataset should be valid');
const seed = parsed.dataset;

describe('analyze on the seed debate', () => {
  const { result, graph } = analyze(seed);

  it('reports every node, acyclic in one exact pass', () => {
    expect(Object.keys(result.nodes)).toEqual(seed.nodes.map((n) => n.id));
    expect(result.semantics).toEqual({ name: 'dfquad', converged: true, iterations: 1 });
  });

  it('lists who supports and disputes a claim, and how controversial it is', () => {
    const drills = result.nodes['nk-accepts-drills'];
    expect(drills.supporterIds).toEqual(['cho-han-bum', 'nk-aligning-with-russia']);
    expect(drills.disputerIds).toEqual([
      'park-won-gon',
      'no-joint-drills-since-korean-war',
      'drills-undermine-self-reliance',
      'nk-forces-ground-focused',
    ]);
    expect(drills.controversy).toBeCloseTo(controversyScore(2, 4), 12);
    // Park Won-gon disputes it and nobody disputes him.
    expect(drills.status).toBe('rejected');
    expect(drills.explanation).toMatch(
      /^DF-QuAD strength 0\.44 from base 0\.50, 2 supporters .* Rejected: .*Park Won-gon/,
    );
  });

  it('finds that Park Won-gon and Cho Han-bum disagree, and puts them in no common camp', () => {
    expect(result.derivedEdges).toContainEqual(
      expect.objectContaining({ from: 'cho-han-bum', to: 'park-won-gon', type: 'disagrees' }),
    );
    const campOf = (id: string) => result.nodes[id].camp;
    expect(campOf('park-won-gon') === null || campOf('park-won-gon') !== campOf('cho-han-bum')).toBe(true);
  });

  it('is plain JSON, and the graph carries the same numbers', () => {
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
    const drills = result.nodes['nk-accepts-drills'];
    expect(graph.getNodeAttributes('nk-accepts-drills')).toMatchObject({
      strength: drills.strength,
      status: drills.status,
      camp: drills.camp,
      component: drills.component,
      degree: drills.degree,
    });
    expect(graph.getAttribute('semantics')).toEqual(result.semantics);
  });

  it('agrees with the single-purpose functions run on the graph it returns', () => {
    expect(derivedEdges(graph)).toEqual(result.derivedEdges);
    expect(camps(graph)).toEqual(result.camps);
    expect(components(graph)).toEqual(result.components);
    const measured = centrality(graph);
    for (const [id, node] of Object.entries(result.nodes))
      expect(measured[id]).toEqual({ degree: node.degree, betweenness: node.betweenness });
  });
});

describe('analyze', () => {
  it('numbers components largest first, and skips betweenness above the limit', () => {
    const ds = dataset(
      [
        ['lone', 'claim'],
        ['a', 'claim'],
        ['b', 'claim'],
      ],
      ['a + b'],
    );
    const { result } = analyze(ds, { betweennessLimit: 2 });
    expect(result.components).toEqual([['a', 'b'], ['lone']]);
    expect(result.nodes.lone).toMatchObject({ component: 1, degree: 0, betweenness: null, camp: null });
  });

  it('groups experts who agree into camps', () => {
    const ds = dataset(
      [
        ['x', 'expert'],
        ['y', 'expert'],
        ['z', 'expert'],
        ['c', 'claim'],
        ['d', 'claim'],
      ],
      ['x + c', 'y + c', 'z - c', 'z + d'],
    );
    const { result } = analyze(ds);
    expect(result.camps).toEqual([{ id: 0, experts: ['x', 'y'] }]);
    expect([result.nodes.x.camp, result.nodes.z.camp, result.nodes.c.camp]).toEqual([0, null, null]);
  });

  it('explains each number with the rule that produced it', () => {
    const ds = dataset(
      [
        ['a', 'claim'],
        ['b', 'claim'],
        ['c', 'claim', 0.8],
      ],
      ['a - b', 'b - a', 'c + a'],
    );
    const { nodes } = analyze(ds, { semantics: 'quadratic-energy' }).result;
    expect(nodes.c.explanation).toBe(
      'Quadratic-energy strength 0.80 = base 0.80: no supporters or disputers. Accepted: undisputed.',
    );
    expect(nodes.a.explanation).toMatch(
      /^Quadratic-energy strength 0\.\d\d from base 0\.50, 1 supporter \(sum 0\.80\) and 1 disputer \(sum 0\.\d\d\)\. Undecided: /,
    );
  });

  it('scores controversy 0 when one-sided and 1 when balanced', () => {
    expect([controversyScore(0, 0), controversyScore(3, 0), controversyScore(0, 2)]).toEqual([0, 0, 0]);
    expect(controversyScore(2, 2)).toBe(1);
    expect(controversyScore(3, 1)).toBeCloseTo(0.5, 12);
  });
});
