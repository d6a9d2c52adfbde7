import type { ArgumentGraph } from '../analysis/types.ts';
import type { Theme } from '../view/theme.ts';
import { edgeAttributes, exportEdgeId, type FlatAttributes, nodeAttributes } from './flatten.ts';
import { Keys } from './keys.ts';
import { xmlAttr, xmlText } from './xml.ts';

type Domain = 'node' | 'edge';

const attvalues = (domain: Domain, record: FlatAttributes, keys: Keys<Domain>, indent: string) =>
  Object.keys(record).length === 0
    ? []
    : [
        `${indent}<attvalues>`,
        ...Object.entries(record).map(
          ([name, value]) =>
            `${indent}  <attvalue for="${keys.lookup(domain, name).id}" value="${xmlAttr(String(value))}"/>`,
        ),
        `${indent}</attvalues>`,
      ];

/**
 * The analysed debate as GEXF 1.3 (Gephi): the attributes GraphML gets, plus Gephi's visual hints: nodes in their
 * kind's colour in `theme`, at their saved position when the dataset has one; edges with their type as GEXF
 * `kind`, so an asserted and a derived edge between the same two nodes stay apart, and the derived edges' weights
 * as edge weights. The title is the `<meta>` description. Our own small writer rather than graphology-gexf's:
 * that one brings graphology-utils into the lazy export chunk, which then shares it with the page's bundle and
 * makes Rolldown turn the CDN entry into a facade.
 */
export function writeGexfText(graph: ArgumentGraph, theme?: Theme): string {
  const title = graph.getAttribute('title');
  const nodes = graph.mapNodes((key, attributes) => {
    const { label, ...rest } = nodeAttributes(attributes);
    return { key, label: String(label), record: rest, attributes };
  });
  const edges = graph.mapEdges((key, attributes, source, target) => {
    const { weight, ...rest } = edgeAttributes(attributes);
    return { id: exportEdgeId(key, attributes), source, target, weight, record: rest };
  });
  const keys = new Keys<Domain>(
    [
      ...nodes.map(({ record }): [Domain, FlatAttributes] => ['node', record]),
      ...edges.map(({ record }): [Domain, FlatAttributes] => ['edge', record]),
    ],
    // Numeric ids, titles for names, as the GEXF primer writes them (graphology reads titles only then).
    () => '',
  );
  const declarations = (domain: Domain) => {
    const declared = keys.all.filter((k) => k.domain === domain);
    return declared.length === 0
      ? []
      : [
          `    <attributes class="${domain}">`,
          ...declared.map(
            (k) => `      <attribute id="${k.id}" title="${xmlAttr(k.name)}" type="${k.type}"/>`,
          ),
          '    </attributes>',
        ];
  };
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf version="1.3" xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz"',
    '    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd">',
    '  <meta>',
    '    <creator>argument-graph</creator>',
    ...(title ? [`    <description>${xmlText(title)}</description>`] : []),
    '  </meta>',
    '  <graph defaultedgetype="directed">',
    ...declarations('node'),
    ...declarations('edge'),
    '    <nodes>',
  ];
  for (const { key, label, record, attributes } of nodes) {
    const position = attributes.node.position;
    lines.push(
      `      <node id="${xmlAttr(key)}" label="${xmlAttr(label)}">`,
      ...attvalues('node', record, keys, '        '),
      ...(theme ? [`        <viz:color hex="${theme[attributes.kind].border}"/>`] : []),
      ...(position ? [`        <viz:position x="${position.x}" y="${position.y}"/>`] : []),
      '      </node>',
    );
  }
  lines.push('    </nodes>', '    <edges>');
  for (const { id, source, target, weight, record } of edges) {
    const type = xmlAttr(String(record.type));
    lines.push(
      `      <edge id="${xmlAttr(id)}" source="${xmlAttr(source)}" target="${xmlAttr(target)}" kind="${type}" label="${type}"${typeof weight === 'number' ? ` weight="${weight}"` : ''}>`,
      ...attvalues('edge', record, keys, '        '),
      '      </edge>',
    );
  }
  lines.push('    </edges>', '  </graph>', '</gexf>', '');
  return lines.join('\n');
}
