import type { SemanticsName } from './types.ts';

/**
 * A modular gradual semantics: the strengths of a node's supporters and of its attackers are each folded
 * into an aggregate, and the two aggregates move the base score up or down. Formulas and references are in
 * docs/ANALYSIS.md. Every operation is monotone even under floating-point rounding, so "one more supporter
 * never lowers a strength" holds exactly, not just up to rounding.
 */
export interface GradualSemantics {
  name: SemanticsName;
  /** Names used in explanations. */
  title: string;
  aggregateName: string;
  /** Aggregate of no strengths. */
  empty: number;
  /** Folds one more strength into an aggregate. */
  fold: (aggregate: number, strength: number) => number;
  /** Strength from base score τ and the aggregates of the supporters and of the attackers. */
  combine: (base: number, support: number, attack: number) => number;
}

const clamp = (x: number) => (x < 0 ? 0 : x > 1 ? 1 : x);

/** Rago et al., KR 2016 (docs/ANALYSIS.md). F(v1..vn) = 1 − ∏(1 − vi); c moves τ towards 0 or 1 by |va − vs|. */
export const dfquad: GradualSemantics = {
  name: 'dfquad',
  title: 'DF-QuAD',
  aggregateName: 'aggregate',
  empty: 0,
  fold: (aggregate, strength) => 1 - (1 - aggregate) * (1 - strength),
  combine: (base, support, attack) =>
    clamp(attack >= support ? base - base * (attack - support) : base + (1 - base) * (support - attack)),
};

/** h(x) = x² / (1 + x²), written so that it is monotone in floating point. */
const squash = (x: number) => 1 - 1 / (1 + x * x);

/** Potyka, KR 2018. Energy E = Σ supporters − Σ attackers moves τ towards 1 by (1 − τ)·h(E), or towards 0 by τ·h(−E). */
export const quadraticEnergy: GradualSemantics = {
  name: 'quadratic-energy',
  title: 'Quadratic-energy',
  aggregateName: 'sum',
  empty: 0,
  fold: (aggregate, strength) => aggregate + strength,
  combine: (base, support, attack) => {
    const energy = support - attack;
    return clamp(energy > 0 ? base + (1 - base) * squash(energy) : base - base * squash(-energy));
  },
};

export const SEMANTICS: Readonly<Record<SemanticsName, GradualSemantics>> = {
  dfquad,
  'quadratic-energy': quadraticEnergy,
};
