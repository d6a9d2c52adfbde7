import { mulberry32 } from '../src/analysis/random.ts';
import type { ArgumentNode, Dataset, NodeKind, Relation } from '../src/model/index.ts';

/** Nodes per topic; most relations stay inside one, as in real debates. */
const TOPIC_SIZE = 50;
const INSIDE_TOPIC = 0.85;
const KINDS: Array<[NodeKind, number]> = [
  ['claim', 0.5],
  ['expert', 0.2],
  ['evidence', 0.3],
];
/** Which kinds a relation joins, and how often: experts take stances, evidence and claims back claims. */
const RELATION_MIX: Array<[NodeKind, NodeKind, number]> = [
  ['expert', 'claim', 0.4],
  ['evidence', 'claim', 0.3],
  ['claim', 'claim', 0.2],
  ['expert', 'evidence', 0.1],
];
const DISPUTE_SHARE = 0.4;

/**
 * A seeded synthetic debate with `size` nodes (50 % claims, 20 % experts, 30 % evidence) and about
 * 1.5 relations per node (average degree 3), in topics of 50 nodes. Claim-to-claim relations make cycles.
 */
export function syntheticDataset(size: number, seed = 42): Dataset {
  const random = mulberry32(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)];
  const weighted = <T extends readonly unknown[]>(choices: T[]) => {
    let r = random();
    for (const choice of choices) {
      r -= choice.at(-1) as number;
      if (r < 0) return choice;
    }
    return choices[choices.length - 1];
  };

  const topics = Math.max(1, Math.round(size / TOPIC_SIZE));
  // byTopic[topic][kind] lists node ids; everything[kind] lists them all.
  const byTopic = Array.from({ length: topics }, () => new Map<NodeKind, string[]>());
  const everything = new Map<NodeKind, string[]>(KINDS.map(([kind]) => [kind, []]));
  const nodes: ArgumentNode[] = [];
  for (let i = 0; i < size; i++) {
    const [kind] = weighted(KINDS);
    const id = `${kind}-${i}`;
    const topic = i % topics;
    nodes.push({ id, kind, label: `${kind} ${i}`, ...(random() < 0.2 ? { weight: random() } : {}) });
    const list = byTopic[topic].get(kind) ?? [];
    list.push(id);
    byTopic[topic].set(kind, list);
    everything.get(kind)?.push(id);
  }

  const relations: Relation[] = [];
  const seen = new Set<string>();
  const wanted = Math.round(size * 1.5);
  for (let attempts = 0; relations.length < wanted && attempts < wanted * 4; attempts++) {
    const [fromKind, toKind] = weighted(RELATION_MIX);
    const topic = byTopic[Math.floor(random() * topics)];
    const pool = (kind: NodeKind) => (random() < INSIDE_TOPIC ? topic.get(kind) : everything.get(kind)) ?? [];
    const fromPool = pool(fromKind);
    const toPool = pool(toKind);
    if (fromPool.length === 0 || toPool.length === 0) continue;
    const from = pick(fromPool);
    const to = pick(toPool);
    const type = random() < DISPUTE_SHARE ? 'disputes' : 'supports';
    const key = `${from} ${to}`;
    if (from === to || seen.has(key)) continue;
    seen.add(key);
    relations.push({ from, to, type });
  }
  return {
    format: 'argument-graph',
    version: 1,
    title: `Synthetic debate, ${size} nodes`,
    sources: [],
    nodes,
    relations,
  };
}
