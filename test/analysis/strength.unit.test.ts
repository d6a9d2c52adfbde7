import { describe, expect, it } from 'vitest';
import { buildGraph, gradualStrength } from '../../src/analysis/index.ts';
import { dataset } from './arbitraries.ts';

// A decision a with supporters b and c and an attacker d, itself attacked by e (base scores in brackets).
const debate = dataset(
  [
    ['a', 'claim', 0.5],
    ['b', 'evidence', 0.8],
    ['c', 'expert'],
    ['d', 'claim', 0.6],
    ['e', 'evidence', 0.4],
  ],
  ['b + a', 'c + a', 'd - a', 'e - d'],
);

describe('DF-QuAD (Rago et al., KR 2016)', () => {
  it('computes the worked example exactly, in one pass', () => {
    const { strengths, converged, iterations } = gradualStrength(buildGraph(debate));
    // Leaves keep their base score; c has none, so 0.5.
    expect(strengths.b).toBe(0.8);
    expect(strengths.c).toBe(0.5);
    expect(strengths.e).toBe(0.4);
    // d: attack F(0.4) = 0.4 ≥ support 0, so σ = τ − τ·(va − vs) = 0.6 − 0.6·0.4 = 0.36.
    expect(strengths.d).toBeCloseTo(0.36, 12);
    // a: vs = 1 − (1 − 0.8)(1 − 0.5) = 0.9 > va = 0.36, so σ = τ + (1 − τ)(vs − va) = 0.5 + 0.5·0.54 = 0.77.
    expect(strengths.a).toBeCloseTo(0.77, 12);
    expect({ converged, iterations }).toEqual({ converged: true, iterations: 1 });
  });

  it('leaves the base score when support and attack balance', () => {
    const balanced = dataset(
      [
        ['a', 'claim', 0.3],
        ['s', 'claim'],
        ['t', 'claim'],
      ],
      ['s + a', 't - a'],
    );
    // va = vs = 0.5, so σ = τ − τ·0 = 0.3.
    expect(gradualStrength(buildGraph(balanced)).strengths.a).toBeCloseTo(0.3, 12);
  });

  it('aggregates several attackers as a probabilistic sum', () => {
    const twoAttackers = dataset(
      [
        ['a', 'claim', 0.8],
        ['x', 'claim'],
        ['y', 'claim'],
      ],
      ['x - a', 'y - a'],
    );
    // va = 1 − (1 − 0.5)(1 − 0.5) = 0.75, so σ = 0.8 − 0.8·0.75 = 0.2.
    expect(gradualStrength(buildGraph(twoAttackers)).strengths.a).toBeCloseTo(0.2, 12);
  });
});

describe('quadratic energy (Potyka, KR 2018)', () => {
  it('computes the worked example exactly, in one pass', () => {
    const { strengths, converged, iterations } = gradualStrength(buildGraph(debate), {
      semantics: 'quadratic-energy',
    });
    // h(x) = x² / (1 + x²).
    // d: E = −0.4, so σ = τ − τ·h(0.4) = 0.6 − 0.6·(0.16 / 1.16) = 0.517241379…
    expect(strengths.d).toBeCloseTo(0.5172413793, 9);
    // a: E = 0.8 + 0.5 − 0.517241379 = 0.782758621 > 0, so σ = τ + (1 − τ)·h(E) = 0.5 + 0.5·0.379926… = 0.689963…
    expect(strengths.a).toBeCloseTo(0.689963061, 9);
    expect({ converged, iterations }).toEqual({ converged: true, iterations: 1 });
  });
});

describe('cyclic graphs', () => {
  const mutualAttack = dataset(
    [
      ['a', 'claim'],
      ['b', 'claim'],
    ],
    ['a - b', 'b - a'],
  );

  it('iterates DF-QuAD to its fixed point and says so', () => {
    const { strengths, converged, iterations } = gradualStrength(buildGraph(mutualAttack));
    // σ = 0.5 − 0.5·σ for both, so σ = 1/3.
    expect(strengths.a).toBeCloseTo(1 / 3, 5);
    expect(strengths.b).toBeCloseTo(1 / 3, 5);
    expect(converged).toBe(true);
    expect(iterations).toBeGreaterThan(1);
  });

  it('iterates quadratic energy to its fixed point', () => {
    const { strengths, converged } = gradualStrength(buildGraph(mutualAttack), {
      semantics: 'quadratic-energy',
    });
    // σ = 0.5 − 0.5·σ² / (1 + σ²): the root in [0, 1] is 0.4238538…
    expect(strengths.a).toBeCloseTo(0.4238538, 5);
    expect(converged).toBe(true);
  });

  it('stops at the iteration cap and reports that it did not converge', () => {
    const { strengths, converged, iterations } = gradualStrength(buildGraph(mutualAttack), {
      maxIterations: 3,
      tolerance: 1e-12,
    });
    expect({ converged, iterations }).toEqual({ converged: false, iterations: 3 });
    for (const value of Object.values(strengths)) expect(value).toBeGreaterThanOrEqual(0);
  });

  it('computes what lies upstream of a cycle exactly', () => {
    const upstream = dataset(
      [
        ['a', 'claim'],
        ['b', 'claim'],
        ['leaf', 'evidence', 0.9],
      ],
      ['a - b', 'b - a', 'leaf + a'],
    );
    expect(gradualStrength(buildGraph(upstream), { maxIterations: 1 }).strengths.leaf).toBe(0.9);
  });
});

describe('gradualStrength.assign', () => {
  it('writes strength on every node and the report on the graph', () => {
    const graph = buildGraph(debate);
    gradualStrength.assign(graph, { semantics: 'quadratic-energy' });
    expect(graph.getNodeAttribute('d', 'strength')).toBeCloseTo(0.5172413793, 9);
    expect(graph.getAttribute('semantics')).toEqual({
      name: 'quadratic-energy',
      converged: true,
      iterations: 1,
    });
  });

  it('rejects options that make no sense', () => {
    const graph = buildGraph(debate);
    expect(() => gradualStrength(graph, { semantics: 'h-categoriser' as 'dfquad' })).toThrow(
      /unknown semantics/,
    );
    expect(() => gradualStrength(graph, { maxIterations: 0 })).toThrow(/maxIterations/);
    expect(() => gradualStrength(graph, { tolerance: -1 })).toThrow(/tolerance/);
  });
});
