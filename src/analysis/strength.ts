import { assignNodeAttribute, byId } from './node-values.ts';
import { resolveOptions } from './options.ts';
import { indexRelations, type RelationIndex, type Sign } from './relation-index.ts';
import { type GradualSemantics, SEMANTICS } from './semantics.ts';
import type { AnalyzeOptions, ArgumentGraph, SemanticsReport } from './types.ts';

export type StrengthOptions = Pick<AnalyzeOptions, 'semantics' | 'tolerance' | 'maxIterations'>;

export interface StrengthResult extends SemanticsReport {
  strengths: Record<string, number>;
}

/**
 * Step of the explicit Euler scheme for Potyka's continuous system dσ/dt = f(σ) − σ on cyclic parts.
 * A full step (plain iteration of f) can oscillate for ever on a mutual attack; half a step settles it.
 */
const STEP = 0.5;

/** Gradual strength in [0, 1] of every node (DF-QuAD by default), with how the solver ended. */
export function gradualStrength(graph: ArgumentGraph, options: StrengthOptions = {}): StrengthResult {
  const index = indexRelations(graph);
  const { values, report } = solveStrength(index, options);
  return { ...report, strengths: byId(index, (i) => values[i]) };
}

/** Writes `strength` on every node and the solver's report in the graph attribute `semantics`. */
gradualStrength.assign = (graph: ArgumentGraph, options: StrengthOptions = {}): void => {
  const { strengths, ...report } = gradualStrength(graph, options);
  assignNodeAttribute(graph, 'strength', (node) => strengths[node]);
  graph.setAttribute('semantics', report);
};

/**
 * Nodes whose supporters and attackers are all settled are computed exactly, in topological order
 * (Kahn's algorithm), once each. What is left lies on or downstream of a cycle: it is iterated from the
 * base scores until no strength moves more than `tolerance`, or `maxIterations` sweeps have run.
 */
export function solveStrength(
  index: RelationIndex,
  options: StrengthOptions = {},
): { values: Float64Array; report: SemanticsReport } {
  const { semantics: name, tolerance, maxIterations } = resolveOptions(options);
  const semantics = SEMANTICS[name];
  const order = index.ids.length;
  const values = Float64Array.from(index.baseScores);
  const { start } = index.incoming;
  const out = index.outgoing;

  const unsettled = new Int32Array(order);
  const queue = new Int32Array(order);
  let tail = 0;
  for (let i = 0; i < order; i++) {
    unsettled[i] = start[i + 1] - start[i];
    if (unsettled[i] === 0) queue[tail++] = i;
  }
  for (let head = 0; head < tail; head++) {
    const i = queue[head];
    values[i] = evaluate(semantics, index, values, i);
    for (let k = out.start[i]; k < out.start[i + 1]; k++)
      if (--unsettled[out.node[k]] === 0) queue[tail++] = out.node[k];
  }
  if (tail === order) return { values, report: { name, converged: true, iterations: 1 } };

  const cyclic = new Int32Array(order - tail);
  for (let i = 0, n = 0; i < order; i++) if (unsettled[i] > 0) cyclic[n++] = i;
  const updated = new Float64Array(cyclic.length);
  for (let iteration = 1; ; iteration++) {
    let residual = 0;
    for (let k = 0; k < cyclic.length; k++) {
      updated[k] = evaluate(semantics, index, values, cyclic[k]);
      residual = Math.max(residual, Math.abs(updated[k] - values[cyclic[k]]));
    }
    if (residual <= tolerance || iteration >= maxIterations)
      return { values, report: { name, converged: residual <= tolerance, iterations: iteration } };
    for (let k = 0; k < cyclic.length; k++) values[cyclic[k]] += STEP * (updated[k] - values[cyclic[k]]);
  }
}

/** The semantics' update of node i from the current strengths of its supporters and attackers. */
function evaluate(
  semantics: GradualSemantics,
  index: RelationIndex,
  values: Float64Array,
  i: number,
): number {
  return semantics.combine(
    index.baseScores[i],
    aggregate(semantics, index, values, i, 1),
    aggregate(semantics, index, values, i, -1),
  );
}

/** The aggregate of the strengths of node i's supporters (sign 1) or attackers (sign −1). */
export function aggregate(
  semantics: GradualSemantics,
  index: RelationIndex,
  values: Float64Array,
  i: number,
  wanted: Sign,
): number {
  const { start, node, sign } = index.incoming;
  let result = semantics.empty;
  for (let k = start[i]; k < start[i + 1]; k++)
    if (sign[k] === wanted) result = semantics.fold(result, values[node[k]]);
  return result;
}
