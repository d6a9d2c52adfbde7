import { assignNodeAttribute, byId } from './node-values.ts';
import { indexRelations, type RelationIndex, stanceCounts } from './relation-index.ts';
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

/** Supporters and disputers of node i in relation order, and its controversy. */
export function contestation(index: RelationIndex, i: number): Contestation {
  const { start, node, sign } = index.incoming;
  const { supporters, disputers } = stanceCounts(index, i);
  // Sized up front: these arrays outlive the analysis, and arrays grown by push keep room for 17 items.
  const supporterIds = new Array<string>(supporters);
  const disputerIds = new Array<string>(disputers);
  for (let k = start[i], s = 0, d = 0; k < start[i + 1]; k++)
    if (sign[k] > 0) supporterIds[s++] = index.ids[node[k]];
    else disputerIds[d++] = index.ids[node[k]];
  return { supporterIds, disputerIds, controversy: controversyScore(supporters, disputers) };
}
