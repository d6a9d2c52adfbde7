import { readFileSync } from 'node:fs';
import type { AnalysisResult, NodeAnalysis } from '../../src/analysis/types.ts';
import { type Dataset, parseDataset } from '../../src/model/index.ts';

/** Loads a dataset from graph-data/ and fails loudly if it is invalid. */
export function loadDataset(name: string): Dataset {
  const parsed = parseDataset(readFileSync(new URL(`../../graph-data/${name}`, import.meta.url), 'utf8'));
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return parsed.dataset;
}

/** A hand-made analysis result: counts from the relations, strength from a simple rule, no semantics. */
export function fakeResult(dataset: Dataset): AnalysisResult {
  const nodes: Record<string, NodeAnalysis> = {};
  for (const node of dataset.nodes) {
    const incoming = dataset.relations.filter((r) => r.to === node.id);
    const supporterIds = incoming.filter((r) => r.type === 'supports').map((r) => r.from);
    const disputerIds = incoming.filter((r) => r.type === 'disputes').map((r) => r.from);
    const strength = Math.min(1, Math.max(0, 0.5 + 0.1 * (supporterIds.length - disputerIds.length)));
    nodes[node.id] = {
      kind: node.kind,
      label: node.label,
      baseScore: node.weight ?? 0.5,
      strength,
      status: disputerIds.length === 0 ? 'accepted' : strength < 0.5 ? 'rejected' : 'undecided',
      supporters: supporterIds.length,
      disputers: disputerIds.length,
      supporterIds,
      disputerIds,
      controversy: 0,
      degree: incoming.length,
      betweenness: null,
      camp: null,
      component: 0,
      explanation: 'Hand-made for tests.',
    };
  }
  const experts = dataset.nodes.filter((n) => n.kind === 'expert').map((n) => n.id);
  return {
    semantics: { name: 'dfquad', converged: true, iterations: 1 },
    nodes,
    derivedEdges:
      experts.length >= 3
        ? [
            {
              from: experts[0] as string,
              to: experts[1] as string,
              type: 'agrees',
              weight: 1,
              via: [],
              rule: 'shared-claim',
            },
            {
              from: experts[1] as string,
              to: experts[2] as string,
              type: 'disagrees',
              weight: 2,
              via: [],
              rule: 'shared-claim',
            },
          ]
        : [],
    camps: [],
    components: [dataset.nodes.map((n) => n.id)],
  };
}
