import type { Dataset } from '../model/index.ts';
import { buildGraph } from './build-graph.ts';
import { componentsOf } from './components.ts';
import { contestation } from './controversy.ts';
import { addDerivedEdges, deriveEdges } from './derived-edges.ts';
import { explainNode } from './explain.ts';
import { labelGrounded } from './grounded.ts';
import { groupNumbers } from './groups.ts';
import { resolveOptions } from './options.ts';
import { indexRelations, stanceDegree, stancesOn } from './relation-index.ts';
import { SEMANTICS } from './semantics.ts';
import { solveStrength } from './strength.ts';
import type { Analysis, AnalyzeOptions, NodeAnalysis } from './types.ts';

/**
 * Everything but camps and betweenness, in bounded time for any valid dataset, acyclic or not: strengths,
 * grounded status, supporters and disputers, controversy, degree, components and derived agreement edges.
 * Camps are left empty and betweenness null; `addCampsAndBetweenness` fills them in. The element draws from
 * this and loads the rest lazily, so Louvain and Brandes stay off its first paint (and out of its bundle).
 */
export function analyzeCore(dataset: Dataset, options: AnalyzeOptions = {}): Analysis {
  const resolved = resolveOptions(options);
  const graph = buildGraph(dataset);
  const index = indexRelations(graph);
  const { values: strengths, report } = solveStrength(index, resolved);
  const statuses = labelGrounded(index);
  const componentList = componentsOf(index);
  const componentOf = groupNumbers(componentList);
  const derived = deriveEdges(index);
  addDerivedEdges(graph, derived);

  const context = { index, semantics: SEMANTICS[report.name], strengths, statuses };
  const nodes: Record<string, NodeAnalysis> = {};
  for (let i = 0; i < index.ids.length; i++) {
    const id = index.ids[i];
    const stances = stancesOn(index, i);
    const { supporterIds, disputerIds, controversy } = contestation(index, i, stances);
    nodes[id] = {
      kind: index.kinds[i],
      label: index.labels[i],
      baseScore: index.baseScores[i],
      strength: strengths[i],
      status: statuses[i],
      supporters: supporterIds.length,
      disputers: disputerIds.length,
      supporterIds,
      disputerIds,
      controversy,
      degree: stanceDegree(index, i),
      betweenness: null,
      camp: null,
      component: componentOf.get(id) as number,
      explanation: explainNode(context, i, stances),
    };
  }
  graph.updateEachNodeAttributes(
    (id, attributes) => {
      const analysis = nodes[id];
      attributes.strength = analysis.strength;
      attributes.status = analysis.status;
      attributes.camp = analysis.camp;
      attributes.component = analysis.component;
      attributes.controversy = analysis.controversy;
      attributes.degree = analysis.degree;
      attributes.betweenness = analysis.betweenness;
      return attributes;
    },
    { attributes: ['strength', 'status', 'camp', 'component', 'controversy', 'degree', 'betweenness'] },
  );
  graph.setAttribute('semantics', report);

  return {
    result: { semantics: report, nodes, derivedEdges: derived, camps: [], components: componentList },
    graph,
  };
}
