import type { Dataset } from '../model/index.ts';
import { analyzeCore } from './analyze-core.ts';
import { addCampsAndBetweenness } from './camps-and-betweenness.ts';
import type { Analysis, AnalyzeOptions } from './types.ts';

/**
 * Everything at once, in bounded time for any valid dataset, acyclic or not: strengths, grounded status,
 * supporters and disputers, controversy, centrality, components, derived agreement edges and camps.
 * Returns the plain result and the graph with every attribute assigned and the derived edges added.
 */
export function analyze(dataset: Dataset, options: AnalyzeOptions = {}): Analysis {
  return addCampsAndBetweenness(analyzeCore(dataset, options), options);
}
