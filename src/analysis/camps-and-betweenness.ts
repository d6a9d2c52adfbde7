import { addBetweenness } from './add-betweenness.ts';
import { addCamps } from './add-camps.ts';
import type { Analysis, AnalyzeOptions } from './types.ts';

/**
 * Completes what `analyzeCore` leaves out: camps of experts (Louvain over the agreement edges) and exact
 * betweenness (up to `betweennessLimit` nodes), written into the result and onto the graph's nodes.
 * Returns the same analysis, so `analyze` is `addCampsAndBetweenness(analyzeCore(dataset))`. The element loads
 * the two halves as separate chunks: the overview shows camps, while betweenness only feeds exports.
 */
export function addCampsAndBetweenness(analysis: Analysis, options: AnalyzeOptions = {}): Analysis {
  return addBetweenness(addCamps(analysis), options);
}
