import { type RelationIndex, type Sign, stancesOn } from './relation-index.ts';
import type { GradualSemantics } from './semantics.ts';
import { aggregate } from './strength.ts';
import type { GroundedStatus } from './types.ts';

/** What the sentences are made from: the solved strengths and labels over one relation index. */
export interface ExplanationContext {
  index: RelationIndex;
  semantics: GradualSemantics;
  strengths: Float64Array;
  statuses: readonly GroundedStatus[];
}

const format = (x: number) => x.toFixed(2);
const count = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;

/**
 * One sentence on where node i's strength comes from and one on its status, e.g. "DF-QuAD strength 0.72
 * from base 0.50, 3 supporters (aggregate 0.88) and 1 disputer (aggregate 0.40). Accepted: every disputer is rejected."
 */
export function explainNode(
  context: ExplanationContext,
  i: number,
  stances = stancesOn(context.index, i),
): string {
  const { supporters, disputers } = stances;
  return `${explainStrength(context, i, supporters.length, disputers.length)} ${explainStatus(context, i, disputers)}`;
}

function explainStrength(
  { index, semantics, strengths }: ExplanationContext,
  i: number,
  supporters: number,
  disputers: number,
): string {
  const head = `${semantics.title} strength ${format(strengths[i])}`;
  const base = format(index.baseScores[i]);
  if (supporters === 0 && disputers === 0) return `${head} = base ${base}: no supporters or disputers.`;
  const side = (n: number, noun: string, sign: Sign) =>
    `${count(n, noun)} (${semantics.aggregateName} ${format(aggregate(semantics, index, strengths, i, sign))})`;
  const sides =
    supporters === 0
      ? side(disputers, 'disputer', -1)
      : disputers === 0
        ? side(supporters, 'supporter', 1)
        : `${side(supporters, 'supporter', 1)} and ${side(disputers, 'disputer', -1)}`;
  return `${head} from base ${base}, ${sides}.`;
}

function explainStatus({ index, statuses }: ExplanationContext, i: number, disputers: number[]): string {
  switch (statuses[i]) {
    case 'accepted':
      return disputers.length === 0 ? 'Accepted: undisputed.' : 'Accepted: every disputer is rejected.';
    case 'rejected': {
      const winner = disputers.find((d) => statuses[d] === 'accepted') as number;
      return `Rejected: disputed by "${index.labels[winner]}", which is accepted.`;
    }
    case 'undecided':
      return 'Undecided: no disputer is accepted, but some are undecided (a cycle of disputes).';
  }
}
