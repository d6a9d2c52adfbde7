import cytoscape from 'cytoscape';
import dagre from 'cytoscape-dagre';
import { describe, expect, it } from 'vitest';
import {
  darkTheme,
  EVIDENCE_CORNER_CUT,
  effectiveLayout,
  HIERARCHICAL_MAX_NODES,
  LAYOUT_NAMES,
  layoutFallbackNote,
  layoutOptions,
  lightTheme,
  stylesheet,
  toElements,
} from '../../src/view/index.ts';
import { fakeResult, loadDataset } from './fake-analysis.ts';

cytoscape.use(dagre);
const seed = loadDataset('nk-russia-military-ties.json');

function headless(theme = lightTheme) {
  return cytoscape({
    headless: true,
    styleEnabled: true,
    elements: toElements({ dataset: seed, result: fakeResult(seed) }),
    style: stylesheet(theme),
  });
}

describe('stylesheet', () => {
  const cy = headless();
  const first = (kind: string) => cy.nodes(`.${kind}`).first();

  it('gives each kind its own shape and colour', () => {
    const shapes = ['claim', 'expert', 'evidence'].map((k) => first(k).style('shape'));
    const colours = ['claim', 'expert', 'evidence'].map((k) => first(k).style('background-color'));
    expect(shapes).toEqual(['round-rectangle', 'ellipse', 'cut-rectangle']);
    expect(new Set(colours).size).toBe(3);
  });

  it('cuts the corners of evidence deeper than claims are rounded, so the two stay apart zoomed out', () => {
    const cut = Number.parseFloat(first('evidence').style('corner-radius'));
    const round = Number.parseFloat(first('claim').style('corner-radius'));
    expect(cut).toBe(EVIDENCE_CORNER_CUT);
    expect(cut).toBeGreaterThanOrEqual(1.5 * round);
  });

  it('draws supports solid with an arrow and disputes dashed with a bar', () => {
    const support = cy.edges('.supports.asserted').first();
    const dispute = cy.edges('.disputes.asserted').first();
    expect(support.style('line-style')).toBe('solid');
    expect(support.style('target-arrow-shape')).toBe('triangle');
    expect(dispute.style('line-style')).toBe('dashed');
    expect(dispute.style('target-arrow-shape')).toBe('tee');
    expect(support.style('line-color')).not.toBe(dispute.style('line-color'));
  });

  it('draws derived edges thin, curved and without arrows', () => {
    const derived = cy.edges('.derived').first();
    const asserted = cy.edges('.asserted').first();
    expect(derived.style('curve-style')).toBe('unbundled-bezier');
    expect(derived.style('target-arrow-shape')).toBe('none');
    expect(Number.parseFloat(derived.style('width'))).toBeLessThan(
      Number.parseFloat(asserted.style('width')),
    );
  });

  it('shows strength as fill intensity and status as border style', () => {
    const strong = cy.nodes().max((n) => n.data('strength')).ele;
    const weak = cy.nodes().min((n) => n.data('strength')).ele;
    expect(Number(strong.style('background-opacity'))).toBeGreaterThan(
      Number(weak.style('background-opacity')),
    );
    const accepted = cy.nodes('.accepted').first();
    expect(accepted.style('border-style')).toBe('solid');
    const undecided = cy.nodes('.undecided');
    if (undecided.nonempty()) expect(undecided.first().style('border-style')).toBe('double');
  });

  it('sizes nodes from their data and hides filtered elements', () => {
    const node = cy.nodes().first();
    expect(node.width()).toBe(node.data('width'));
    node.addClass('hidden');
    expect(node.visible()).toBe(false);
    node.removeClass('hidden');
  });

  it('has a dark theme with different colours', () => {
    const dark = headless(darkTheme);
    expect(dark.nodes('.claim').first().style('background-color')).not.toBe(
      first('claim').style('background-color'),
    );
  });
});

describe('layouts', () => {
  it('draws large graphs with the force layout instead of the slow hierarchical one', () => {
    expect(effectiveLayout('hierarchical', HIERARCHICAL_MAX_NODES)).toBe('hierarchical');
    expect(effectiveLayout('hierarchical', HIERARCHICAL_MAX_NODES + 1)).toBe('force');
    expect(effectiveLayout('concentric', 10_000)).toBe('concentric');
    const quality = (nodeCount: number) =>
      (layoutOptions('force', false, { nodeCount }) as { quality?: string }).quality;
    expect([quality(100), quality(1000), quality(5000)]).toEqual(['proof', 'default', 'draft']);
  });

  it('draws saved positions only when every node has one, and says why it did not', () => {
    expect(effectiveLayout('preset', 10, true)).toBe('preset');
    expect(effectiveLayout('preset', 10_000, true)).toBe('preset');
    expect(effectiveLayout('preset', 10, false)).toBe('hierarchical');
    expect(effectiveLayout('preset', HIERARCHICAL_MAX_NODES + 1, false)).toBe('force');
    expect(layoutFallbackNote('preset', 'preset')).toBeNull();
    expect(layoutFallbackNote('preset', 'hierarchical')).toBe(
      'Not every node has a saved position: drawn hierarchical',
    );
    expect(layoutFallbackNote('hierarchical', 'force')).toBe(
      `Large map: drawn force-directed (hierarchical stops at ${HIERARCHICAL_MAX_NODES} nodes)`,
    );
  });

  it('the preset layout puts every node at its saved position', () => {
    const placed = {
      ...seed,
      nodes: seed.nodes.map((node, i) => ({
        ...node,
        position: { x: (i % 7) * 300, y: Math.floor(i / 7) * 120 },
      })),
    };
    const cy = cytoscape({
      headless: true,
      styleEnabled: true,
      elements: toElements({ dataset: placed, result: fakeResult(placed) }),
      style: stylesheet(lightTheme),
    });
    cy.elements().not('.derived').layout(layoutOptions('preset', false)).run();
    for (const node of placed.nodes) expect(cy.getElementById(node.id).position()).toEqual(node.position);
  });

  it('offers hierarchical, force, concentric and saved positions', () => {
    expect(LAYOUT_NAMES).toEqual(['hierarchical', 'force', 'concentric', 'preset']);
    expect(layoutOptions('hierarchical', true).name).toBe('dagre');
    expect(layoutOptions('force', false).name).toBe('fcose');
    expect((layoutOptions('concentric', false) as { animate?: boolean }).animate).toBe(false);
  });

  it('runs the hierarchy left to right, or top to bottom in a portrait viewport', () => {
    const rankDir = (portrait: boolean) =>
      (layoutOptions('hierarchical', false, { portrait }) as { rankDir?: string }).rankDir;
    expect(rankDir(false)).toBe('LR');
    expect(rankDir(true)).toBe('TB');
  });

  it('lays out the seed hierarchically without overlapping nodes, evidence left of the claims it supports', () => {
    const cy = headless();
    cy.elements().not('.derived').layout(layoutOptions('hierarchical', false)).run();
    const boxes = cy.nodes().map((n) => ({ id: n.id(), ...n.boundingBox({ includeLabels: true }) }));
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i] as (typeof boxes)[number];
        const b = boxes[j] as (typeof boxes)[number];
        const overlap = a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;
        expect(overlap, `${a.id} overlaps ${b.id}`).toBe(false);
      }
    const feeding = cy
      .edges('.asserted')
      .filter((e: cytoscape.EdgeSingular) => e.target().hasClass('claim') && !e.source().hasClass('claim'));
    const leftToRight = feeding.filter(
      (e: cytoscape.EdgeSingular) => e.source().position('x') < e.target().position('x'),
    );
    expect(leftToRight.length / feeding.length).toBeGreaterThan(0.9);
  });

  it('concentric puts claims in the middle', () => {
    const cy = headless();
    cy.elements().not('.derived').layout(layoutOptions('concentric', false)).run();
    const bb = cy.nodes().boundingBox({});
    const centre = { x: (bb.x1 + bb.x2) / 2, y: (bb.y1 + bb.y2) / 2 };
    const dist = (kind: string) =>
      cy.nodes(`.${kind}`).map((n) => Math.hypot(n.position('x') - centre.x, n.position('y') - centre.y));
    const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
    expect(mean(dist('claim'))).toBeLessThan(mean(dist('expert')));
  });
});
