import { assignNodeAttribute, byId } from './node-values.ts';
import { indexRelations, type RelationIndex } from './relation-index.ts';
import type { ArgumentGraph, GroundedStatus } from './types.ts';

/**
 * Grounded labelling (Dung 1995) over the disputes relation: a node is accepted when every disputer is
 * rejected, rejected when some disputer is accepted, and undecided otherwise (the least fixed point).
 */
export function groundedLabelling(graph: ArgumentGraph): Record<string, GroundedStatus> {
  const index = indexRelations(graph);
  const statuses = labelGrounded(index);
  return byId(index, (i) => statuses[i]);
}

/** Writes `status` on every node. */
groundedLabelling.assign = (graph: ArgumentGraph): void => {
  const statuses = groundedLabelling(graph);
  assignNodeAttribute(graph, 'status', (node) => statuses[node]);
};

/**
 * Queue-based, linear in nodes + relations: start from the undisputed nodes; each accepted node rejects
 * what it disputes, and each rejection may leave a node with no live disputer, which is then accepted.
 */
export function labelGrounded(index: RelationIndex): GroundedStatus[] {
  const order = index.ids.length;
  const { incoming, outgoing } = index;
  const statuses: GroundedStatus[] = new Array(order).fill('undecided');
  const liveDisputers = new Int32Array(order);
  for (let i = 0; i < order; i++)
    for (let k = incoming.start[i]; k < incoming.start[i + 1]; k++)
      if (incoming.sign[k] < 0) liveDisputers[i]++;

  const forEachDisputed = (i: number, callback: (target: number) => void) => {
    for (let k = outgoing.start[i]; k < outgoing.start[i + 1]; k++)
      if (outgoing.sign[k] < 0) callback(outgoing.node[k]);
  };
  const queue: number[] = [];
  const accept = (i: number) => {
    statuses[i] = 'accepted';
    queue.push(i);
  };
  for (let i = 0; i < order; i++) if (liveDisputers[i] === 0) accept(i);
  for (let head = 0; head < queue.length; head++) {
    forEachDisputed(queue[head], (target) => {
      if (statuses[target] !== 'undecided') return;
      statuses[target] = 'rejected';
      forEachDisputed(target, (next) => {
        if (--liveDisputers[next] === 0 && statuses[next] === 'undecided') accept(next);
      });
    });
  }
  return statuses;
}
