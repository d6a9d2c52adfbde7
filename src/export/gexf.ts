import type { MultiDirectedGraph } from 'graphology';
import writeGexf from 'graphology-gexf/common/writer.js';
import type { ArgumentGraph, EdgeAttributes, NodeAttributes } from '../analysis/types.ts';
import { lightTheme } from '../view/theme.ts';
import { edgeAttributes, type FlatAttributes, nodeAttributes } from './flatten.ts';
import { xmlSafe } from './xml.ts';

type Meta = { creator: string; description?: string };

/** xml-writer escapes markup but keeps characters XML cannot carry at all; drop those. */
function safe(record: FlatAttributes): FlatAttributes {
  return Object.fromEntries(
    Object.entries(record).map(([name, value]) => [
      xmlSafe(name),
      typeof value === 'string' ? xmlSafe(value) : value,
    ]),
  );
}

/**
 * The analysed debate as GEXF 1.3 (Gephi), through graphology-gexf's writer: the attributes GraphML gets, plus
 * Gephi's visual hints: nodes in their kind's colour, at their saved position when the dataset has one; edges
 * with their type as GEXF `kind`, so an asserted and a derived edge between the same two nodes stay apart; the
 * derived edges' weights as edge weights. The title is the `<meta>` description.
 */
export function writeGexfText(graph: ArgumentGraph): string {
  // GEXF's <meta> knows creator, description and keywords; the writer copies graph attributes into it, so it
  // gets a copy whose attributes are those (the analysis report is not a scalar and would be dropped anyway).
  const title = graph.getAttribute('title');
  const described = graph.copy() as unknown as MultiDirectedGraph<NodeAttributes, EdgeAttributes, Meta>;
  described.replaceAttributes({
    creator: 'argument-graph',
    ...(title ? { description: xmlSafe(title) } : {}),
  });
  return writeGexf(described, {
    version: '1.3',
    pedantic: true,
    formatNode: (key, attributes: NodeAttributes) => {
      const { label, ...rest } = nodeAttributes(graph, key);
      const position = attributes.node.position;
      return {
        label: xmlSafe(String(label)),
        attributes: safe(rest),
        viz: {
          color: lightTheme[attributes.kind].border,
          ...(position ? { x: position.x, y: position.y } : {}),
        },
      };
    },
    formatEdge: (key) => {
      const { weight, ...rest } = edgeAttributes(graph, key);
      return {
        label: String(rest.type),
        kind: String(rest.type),
        attributes: safe(rest),
        ...(typeof weight === 'number' ? { weight } : {}),
      };
    },
  });
}
