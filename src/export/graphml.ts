import type { ArgumentGraph } from '../analysis/types.ts';
import { edgeAttributes, type FlatAttributes, nodeAttributes, type Scalar } from './flatten.ts';
import { xmlAttr, xmlText } from './xml.ts';

type Domain = 'graph' | 'node' | 'edge';
type GraphmlType = 'boolean' | 'int' | 'double' | 'string';

interface Key {
  id: string;
  domain: Domain;
  name: string;
  type: GraphmlType;
}

const INT32 = 2 ** 31 - 1;

/** The narrowest GraphML type that holds every value an attribute takes. */
function typeOf(values: Scalar[]): GraphmlType {
  if (values.every((v) => typeof v === 'boolean')) return 'boolean';
  if (values.every((v) => typeof v === 'number'))
    return values.every((v) => Number.isInteger(v) && Math.abs(v as number) <= INT32) ? 'int' : 'double';
  return 'string';
}

/** One `<key>` per attribute name and domain, typed from every value it takes; ids d0, d1, … as yEd writes them. */
function declareKeys(records: Array<[Domain, FlatAttributes]>): Map<string, Key> {
  const values = new Map<string, { domain: Domain; name: string; values: Scalar[] }>();
  for (const [domain, record] of records)
    for (const [name, value] of Object.entries(record)) {
      const slot = `${domain}\u0000${name}`;
      const entry = values.get(slot) ?? { domain, name, values: [] };
      entry.values.push(value);
      values.set(slot, entry);
    }
  const keys = new Map<string, Key>();
  for (const [slot, { domain, name, values: all }] of values)
    keys.set(slot, { id: `d${keys.size}`, domain, name, type: typeOf(all) });
  return keys;
}

function dataLines(domain: Domain, record: FlatAttributes, keys: Map<string, Key>, indent: string): string[] {
  return Object.entries(record).map(([name, value]) => {
    const key = keys.get(`${domain}\u0000${name}`) as Key;
    return `${indent}<data key="${key.id}">${xmlText(String(value))}</data>`;
  });
}

/**
 * The analysed debate as GraphML (yEd, Cytoscape desktop, NetworkX, igraph): every node with its dataset fields
 * and computed attributes, every asserted relation and every derived agree/disagree edge (`derived` true).
 * graphology-graphml only parses, hence this small writer.
 */
export function writeGraphml(graph: ArgumentGraph): string {
  const graphRecord: FlatAttributes = {};
  const title = graph.getAttribute('title');
  if (title !== undefined) graphRecord.title = title;
  const nodes = graph.mapNodes((key) => [key, nodeAttributes(graph, key)] as const);
  const edges = graph.mapEdges(
    (key, _attributes, source, target) => [key, source, target, edgeAttributes(graph, key)] as const,
  );
  const keys = declareKeys([
    ['graph', graphRecord],
    ...nodes.map(([, record]): [Domain, FlatAttributes] => ['node', record]),
    ...edges.map(([, , , record]): [Domain, FlatAttributes] => ['edge', record]),
  ]);
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"',
    '    xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...[...keys.values()].map(
      (k) => `  <key id="${k.id}" for="${k.domain}" attr.name="${xmlAttr(k.name)}" attr.type="${k.type}"/>`,
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
