import { campNumber, campsOf } from './camps.ts';
import type { Analysis } from './types.ts';

/** Fills in the camps of experts (Louvain over the agreement edges): `result.camps` and each node's `camp`. */
export function addCamps(analysis: Analysis): Analysis {
  const { result, graph } = analysis;
  const { camps, campOf } = campsOf(graph.nodes(), result.derivedEdges);
  result.camps = camps;
  let i = 0;
  graph.updateEachNodeAttributes(
    (id, attributes) => {
      const camp = campNumber(campOf, i++);
      result.nodes[id].camp = camp;
      attributes.camp = camp;
      return attributes;
    },
    { attributes: ['camp'] },
  );
  return analysis;
}
