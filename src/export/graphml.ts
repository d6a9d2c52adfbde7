import type { ArgumentGraph } from '../analysis/types.ts';
import { edgeAttributes, exportEdgeId, type FlatAttributes, nodeAttributes } from './flatten.ts';
import { Keys } from './keys.ts';
import { xmlAttr, xmlText } from './xml.ts';

type Domain = 'graph' | 'node' | 'edge';

/** GraphML's names for the attribute types. */
const GRAPHML_TYPES = { boolean: 'boolean', integer: 'int', double: 'double', string: 'string' } as const;

function dataLines(domain: Domain, record: FlatAttributes, keys: Keys<Domain>, indent: string): string[] {
  return Object.entries(record).map(
    ([name, value]) =>
      `${indent}<data key="${keys.lookup(domain, name).id}">${xmlText(String(value))}</data>`,
  );
}

/**
 * The analysed debate as GraphML (yEd, Cytoscape desktop, NetworkX, igraph): every node with its dataset fields
 * and computed attributes, every asserted relation and every derived agree/disagree edge (`derived` true), each
 * attribute declared once with its type (ids d0, d1, … as yEd writes them). graphology-graphml only parses,
 * hence this small writer.
 */
export function writeGraphml(graph: ArgumentGraph): string {
  const graphRecord: FlatAttributes = {};
  const title = graph.getAttribute('title');
  if (title !== undefined) graphRecord.title = title;
  const nodes = graph.mapNodes((key, attributes) => [key, nodeAttributes(attributes)] as const);
  const edges = graph.mapEdges(
    (key, attributes, source, target) =>
      [exportEdgeId(key, attributes), source, target, edgeAttributes(attributes)] as const,
  );
  const keys = new Keys<Domain>(
    [
      ['graph', graphRecord],
      ...nodes.map(([, record]): [Domain, FlatAttributes] => ['node', record]),
      ...edges.map(([, , , record]): [Domain, FlatAttributes] => ['edge', record]),
    ],
    () => 'd',
  );
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"',
    '    xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...keys.all.map(
      (k) =>
        `  <key id="${k.id}" for="${k.domain}" attr.name="${xmlAttr(k.name)}" attr.type="${GRAPHML_TYPES[k.type]}"/>`,
    ),
    '  <graph id="G" edgedefault="directed">',
    ...dataLines('graph', graphRecord, keys, '    '),
  ];
  for (const [key, record] of nodes)
    lines.push(
      `    <node id="${xmlAttr(key)}">`,
      ...dataLines('node', record, keys, '      '),
      '    </node>',
    );
  for (const [key, source, target, record] of edges)
    lines.push(
      `    <edge id="${xmlAttr(key)}" source="${xmlAttr(source)}" target="${xmlAttr(target)}">`,
      ...dataLines('edge', record, keys, '      '),
      '    </edge>',
    );
  lines.push('  </graph>', '</graphml>', '');
  return lines.join('\n');
}
