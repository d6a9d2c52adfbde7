import { readFileSync } from 'node:fs';
import { MultiDirectedGraph } from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis/index.ts';
import { exportData } from '../../src/export/data.ts';
import { DATA_FORMATS } from '../../src/export/file-types.ts';
import { withPositions } from '../../src/export/positions.ts';
import { type Dataset, parseDataset } from '../../src/model/index.ts';
import { lightTheme } from '../../src/view/theme.ts';

function load(path: string): Dataset {
  const parsed = parseDataset(JSON.parse(readFileSync(path, 'utf8')));
  if (!parsed.ok) throw new Error(`${path} is invalid`);
  return parsed.dataset;
}

const seed = load('graph-data/nk-russia-military-ties.json');

/** A label with markup, quotes, a control character and an emoji; tags and a position to flatten. */
const hostile: Dataset = {
  format: 'argument-graph',
  version: 1,
  title: 'Tags & <markup>',
  sources: [{ id: 's', title: 'A "source"' }],
  nodes: [
    {
      id: 'a&b',
      kind: 'claim',
      label: '<script>alert("x")</script> & \u0007bell 🙂',
      tags: ['one', 'two'],
      position: { x: 10, y: -4.5 },
    },
    { id: 'e', kind: 'expert', label: "O'Brien", role: 'Analyst' },
    { id: 'c', kind: 'claim', label: 'Plain' },
  ],
  relations: [
    { from: 'e', to: 'a&b', type: 'supports', source: 's', quote: 'line one\nline "two"', tags: ['t'] },
    { from: 'e', to: 'c', type: 'disputes' },
  ],
};

describe('exportData', () => {
  it('writes JSON that reads back equal to the dataset', () => {
    for (const dataset of [seed, hostile]) {
      const { graph } = analyze(dataset);
      const parsed = parseDataset(JSON.parse(exportData('json', { dataset, graph })));
      expect(parsed.ok && parsed.dataset).toEqual(dataset);
    }
  });

  it('writes GraphML that graphology reads back with every node, relation and derived edge', () => {
    const { graph, result } = analyze(seed);
    expect(result.derivedEdges.length).toBeGreaterThan(0);
    const back = parseGraphml(MultiDirectedGraph, exportData('graphml', { dataset: seed, graph }));
    expect(back.order).toBe(seed.nodes.length);
    expect(back.size).toBe(seed.relations.length + result.derivedEdges.length);
    expect(back.size).toBe(graph.size);
    expect(back.filterEdges((_key, a) => a.derived === true)).toHaveLength(result.derivedEdges.length);
    const claim = back.getNodeAttributes('nk-accepts-drills');
    expect(claim).toMatchObject({ kind: 'claim', label: 'North Korea will accept joint drills' });
    expect(claim.strength).toBeCloseTo(result.nodes['nk-accepts-drills'].strength, 10);
    expect(typeof claim.degree).toBe('number');
    expect(['accepted', 'rejected', 'undecided']).toContain(claim.status);
  });

  it('writes GEXF that graphology reads back with every node, relation and derived edge', () => {
    const { graph, result } = analyze(seed);
    const text = exportData('gexf', { dataset: seed, graph, theme: lightTheme });
    expect(text).toContain(`<description>${seed.title}</description>`);
    const back = parseGexf(MultiDirectedGraph, text);
    expect(back.order).toBe(seed.nodes.length);
    expect(back.size).toBe(seed.relations.length + result.derivedEdges.length);
    const derived = back.filterEdges((_key, a) => a.derived === true);
    expect(derived).toHaveLength(result.derivedEdges.length);
    expect(back.getEdgeAttribute(derived[0], 'via')).toEqual(expect.any(String));
    const claim = back.getNodeAttributes('nk-accepts-drills');
    expect(claim.label).toBe('North Korea will accept joint drills');
    expect(claim.strength).toBeCloseTo(result.nodes['nk-accepts-drills'].strength, 10);
    expect(claim.color).toBe('#2f5fb3');
  });

  it('writes only characters XML allows, with edge ids kept apart by kind', () => {
    const { graph } = analyze(seed);
    for (const format of ['graphml', 'gexf'] as const) {
      const text = exportData(format, { dataset: seed, graph });
      // XML 1.0 forbids C0 controls other than tab, LF and CR (derived edge keys start with one).
      expect([...text].filter((c) => c < ' ' && !'\t\n\r'.includes(c))).toEqual([]);
      const ids = [...text.matchAll(/<edge id="([^"]*)"/g)].map((m) => m[1]);
      expect(new Set(ids).size).toBe(graph.size);
      expect(ids.filter((id) => id?.startsWith('der:'))).toHaveLength(
        graph.filterEdges((_k, a) => a.derived).length,
      );
    }
  });

  it('escapes untrusted text and flattens lists and objects in GraphML and GEXF', () => {
    const { graph } = analyze(hostile);
    for (const format of ['graphml', 'gexf'] as const) {
      const text = exportData(format, { dataset: hostile, graph });
      expect(text).not.toContain('<script>');
      expect(text).not.toContain('\u0007');
      const back = (format === 'graphml' ? parseGraphml : parseGexf)(MultiDirectedGraph, text);
      expect(back.order).toBe(3);
      const node = back.getNodeAttributes('a&b');
      expect(node.label).toBe('<script>alert("x")</script> & bell 🙂');
      expect(node.tags).toBe('one; two');
      expect(node['position.x']).toBe(10);
      expect(node['position.y']).toBe(-4.5);
      expect(back.getNodeAttribute('e', 'role')).toBe('Analyst');
      const edge = back.findEdge('e', 'a&b', (_key, a) => a.type === 'supports');
      expect(edge && back.getEdgeAttribute(edge, 'quote')).toBe('line one\nline "two"');
    }
  });

  it('lists its formats', () => {
    expect(DATA_FORMATS).toEqual(['json', 'graphml', 'gexf']);
  });
});

describe('withPositions', () => {
  it('writes drawn positions (to 0.1) into a dataset that still validates and keeps everything else', () => {
    const drawn = new Map([
      ['park-won-gon', { x: 12.345, y: -7.06 }],
      ['cho-han-bum', { x: 400, y: 0 }],
    ]);
    const placed = withPositions(seed, drawn);
    const parsed = parseDataset(
      JSON.parse(exportData('json', { dataset: placed, graph: analyze(placed).graph })),
    );
    expect(parsed.ok).toBe(true);
    const nodes = new Map(placed.nodes.map((node) => [node.id, node]));
    expect(nodes.get('park-won-gon')?.position).toEqual({ x: 12.3, y: -7.1 });
    expect(nodes.get('cho-han-bum')?.position).toEqual({ x: 400, y: 0 });
    // Not drawn: left as it was.
    expect(nodes.get('nis')?.position).toBeUndefined();
    const { nodes: _a, ...rest } = placed;
    const { nodes: _b, ...original } = seed;
    expect(rest).toEqual(original);
    expect(placed.nodes.map(({ position: _, ...node }) => node)).toEqual(seed.nodes);
  });
});
