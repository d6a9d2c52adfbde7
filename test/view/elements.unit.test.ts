import { describe, expect, it } from 'vitest';
import { type Relation, relationKey } from '../../src/model/index.ts';
import {
  derivedEdgeId,
  MAX_LABEL_LINES,
  relationEdgeId,
  toElements,
  wrapLabel,
} from '../../src/view/index.ts';
import { fakeResult, loadDataset } from './fake-analysis.ts';

const seed = loadDataset('nk-russia-military-ties.json');

describe('wrapLabel', () => {
  it('keeps short labels on one line', () => {
    expect(wrapLabel('Short label', 24)).toEqual(['Short label']);
  });
  it('wraps on word boundaries', () => {
    const lines = wrapLabel('North Korea will accept joint drills with Russia', 20);
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(20);
    expect(lines.join(' ')).toBe('North Korea will accept joint drills with Russia');
  });
  it('never exceeds three lines and ends with an ellipsis when cut', () => {
    const lines = wrapLabel('one two three four five six seven eight nine ten eleven twelve thirteen', 10);
    expect(lines).toHaveLength(MAX_LABEL_LINES);
    expect(lines[2]?.endsWith('…')).toBe(true);
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(10);
  });
  it('cuts unbreakable words', () => {
    const lines = wrapLabel('Supercalifragilisticexpialidocious', 10);
    expect(lines.length).toBeLessThanOrEqual(3);
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(10);
  });
});

describe('toElements', () => {
  const elements = toElements({ dataset: seed, result: fakeResult(seed) });
  const nodes = elements.filter((e) => e.group === 'nodes');
  const edges = elements.filter((e) => e.group === 'edges');

  it('makes one node per dataset node and one edge per relation, plus derived edges', () => {
    expect(nodes).toHaveLength(seed.nodes.length);
    expect(edges.filter((e) => !e.data.derived)).toHaveLength(seed.relations.length);
    expect(edges.filter((e) => e.data.derived)).toHaveLength(2);
  });

  it('keeps edge ids apart from node ids and unique', () => {
    const ids = elements.map((e) => e.data.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(edges[0]?.data.id).toBe(relationEdgeId(relationKey(seed.relations[0] as Relation)));
    expect(edges.some((e) => e.data.id?.startsWith('der:'))).toBe(true);
    expect(derivedEdgeId('a', 'agrees', 'b')).toBe('der:a|agrees|b');
  });

  it('carries kind, status and strength as data and classes', () => {
    for (const node of nodes) {
      expect(node.classes).toContain(node.data.kind);
      expect(node.classes).toContain(node.data.status);
      expect(node.data.strength).toBeGreaterThanOrEqual(0);
      expect(node.data.label.split('\n').length).toBeLessThanOrEqual(3);
      expect(node.data.width).toBeGreaterThan(20);
      expect(node.data.height).toBeGreaterThan(15);
    }
  });

  it('can leave derived edges out', () => {
    const without = toElements({ dataset: seed, result: fakeResult(seed) }, { derived: false });
    expect(without.filter((e) => e.data.derived)).toHaveLength(0);
  });

  it('copies no markup: labels stay plain strings', () => {
    const dataset = structuredClone(seed);
    (dataset.nodes[0] as (typeof dataset.nodes)[number]).label = '<img src=x onerror=alert(1)>';
    const [first] = toElements({ dataset, result: fakeResult(dataset) });
    expect(first?.data.fullLabel).toBe('<img src=x onerror=alert(1)>');
  });
});
