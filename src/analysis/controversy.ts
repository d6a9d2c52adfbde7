import { assignNodeAttribute, byId } from './node-values.ts';
import { indexRelations, type RelationIndex, stancesOn } from './relation-index.ts';
import type { ArgumentGraph } from './types.ts';

/** Who directly supports and disputes a node (asserted incoming relations), and how balanced that is. */
export interface Contestation {
  supporterIds: string[];
  disputerIds: string[];
  controversy: number;
}

/** 2·min(s, d) / (s + d): 0 when unopposed or one-sided, 1 when supporters and disputers are as many. */
export function controversyScore(supporters: number, disputers: number): number {
  const total = supporters + disputers;
  return total === 0 ? 0 : (2 * Math.min(supporters, disputers)) / total;
}

/** Supporters, disputers and controversy of every node. */
export function controversy(graph: ArgumentGraph): Record<string, Contestation> {
  const index = indexRelations(graph);
  return byId(index, (i) => contestation(index, i));
}

/** Writes `controversy` on every node. */
controversy.assign = (graph: ArgumentGraph): void => {
  const measured = controversy(graph);
  assignNodeAttribute(graph, 'controversy', (node) => measured[node].controversy);
};

export function contestation(index: RelationIndex, i: number, stances = stancesOn(index, i)): Contestation {
  const { supporters, disputers } = stances;
  return {
    supporterIds: supporters.map((n) => index.ids[n]),
    disputerIds: disputers.map((n) => index.ids[n]),
    controversy: controversyScore(supporters.length, disputers.length),
  };
}
