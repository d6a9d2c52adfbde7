import type { Dataset } from '../model/index.ts';
import { buildGraph } from './build-graph.ts';
import { componentsOf } from './components.ts';
import { contestation } from './controversy.ts';
import { addDerivedEdges, deriveEdges } from './derived-edges.ts';
import { type ExplanationContext, explainNode } from './explain.ts';
import { labelGrounded } from './grounded.ts';
import { groupIds, groupNumbers } from './groups.ts';
import { resolveOptions } from './options.ts';
import { indexRelations, stanceDegree } from './relation-index.ts';
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
  const componentGroups = componentsOf(index);
  const componentOf = groupNumbers(index.ids.length, componentGroups);
  const derived = deriveEdges(index);
  addDerivedEdges(graph, derived);

  const context = { index, semantics: SEMANTICS[report.name], strengths, statuses };
  const nodes: Record<string, NodeAnalysis> = {};
  // One pass in graph order, which is index order: each node's analysis goes into the result and onto the graph.
  let i = 0;
  graph.updateEachNodeAttributes(
    (id, attributes) => {
      const analysis = nodeAnalysis(context, componentOf, i++);
      nodes[id] = analysis;
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
    result: {
      semantics: report,
      nodes,
      derivedEdges: derived,
      camps: [],
      components: groupIds(index.ids, componentGroups),
    },
    graph,
  };
}

/** Node i's entry in the result, camp and betweenness still null. */
function nodeAnalysis(context: ExplanationContext, componentOf: Int32Array, i: number): NodeAnalysis {
  const { index, strengths, statuses } = context;
  const { supporterIds, disputerIds, controversy } = contestation(index, i);
  return {
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
    component: componentOf[i],
    explanation: explainNode(context, i),
  };
}
