import type { Core } from 'cytoscape';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ArgumentGraphElement } from '../../src/components/argument-graph.ts';
import { exportImage } from '../../src/export/image.ts';
import { exportSvg } from '../../src/export/svg.ts';
import { stylesheet } from '../../src/view/stylesheet.ts';
import { darkTheme, lightTheme } from '../../src/view/theme.ts';
import { cleanup, mount, mountSeed, until } from '../components/helpers.ts';
import { decode, meanDifference, worstTileDifference } from './pixels.ts';

let el: ArgumentGraphElement;
let cy: Core;

beforeAll(async () => {
  el = await mountSeed();
  cy = el.cy as Core;
});

afterAll(cleanup);

const parse = (svg: string) => new DOMParser().parseFromString(svg, 'image/svg+xml');

describe('exportSvg', () => {
  it('writes well-formed SVG with every node label as text', () => {
    const svg = exportSvg(cy, lightTheme, { title: 'Seed & <debate>' });
    const doc = parse(svg);
    expect(doc.querySelector('parsererror')).toBeNull();
    expect(doc.documentElement.localName).toBe('svg');
    expect(doc.querySelector('title')?.textContent).toBe('Seed & <debate>');
    const groups = doc.querySelectorAll('g.argmap-node');
    expect(groups).toHaveLength(cy.nodes().length);
    for (const node of cy.nodes().toArray()) {
      const group = [...groups].find((g) => g.getAttribute('data-id') === node.id());
      const lines = [...(group?.querySelectorAll('tspan') ?? [])].map((t) => t.textContent);
      expect(lines).toEqual(String(node.data('label')).split('\n'));
    }
    expect(doc.querySelectorAll('g.argmap-edge').length).toBe(cy.edges().length);
  });

  it('draws what the PNG shows, within a small pixel difference', async () => {
    const { mean, worstTile } = await compareWithPng(cy, 2);
    console.log(
      `seed, scale 2: PNG vs SVG mean difference ${mean.toFixed(3)}, worst 32 px tile ${worstTile.toFixed(1)}`,
    );
    expect(mean).toBeLessThan(MEAN_BOUND);
    expect(worstTile).toBeLessThan(TILE_BOUND);
  });

  it('draws states as the canvas does: selection, focus ring, dimmed, double borders, hidden, dark theme', async () => {
    const small = await mount((e) => {
      e.theme = 'dark';
      e.src = '/graph-data/example-small.json';
    });
    await small.ready;
    const core = small.cy as Core;
    expect(core.nodes('.undecided').length).toBeGreaterThan(0);
    small.select('close-street');
    core.getElementById('traffic-moves').addClass('focused');
    // As the filters hide a node (with its edges, in one batch) and hover dims the rest.
    const hidden = core.getElementById('traffic-drops');
    core.batch(() => {
      hidden.connectedEdges().add(hidden).addClass('hidden');
      core.getElementById('ben').connectedEdges().add('#ben').addClass('dim');
    });
    // Opacity changes are transitions: export once every dimmed element has reached the stylesheet's opacity.
    const dimRule = (
      stylesheet(darkTheme) as unknown as Array<{ selector: string; style: { opacity?: number } }>
    ).find((rule) => rule.selector === '.dim');
    const dimmed = core.elements('.dim').toArray();
    await until(
      () => dimmed.every((e) => e.numericStyle('opacity') === dimRule?.style.opacity),
      'the dim transition',
    );
    const { mean, worstTile } = await compareWithPng(core, 3, darkTheme);
    console.log(
      `states, scale 3: PNG vs SVG mean difference ${mean.toFixed(3)}, worst 32 px tile ${worstTile.toFixed(1)}`,
    );
    expect(mean).toBeLessThan(MEAN_BOUND);
    expect(worstTile).toBeLessThan(TILE_BOUND);
    const doc = parse(exportSvg(core, darkTheme));
    expect(doc.querySelector('[data-id="traffic-drops"]')).toBeNull();
    expect(doc.querySelectorAll('mask').length).toBe(core.nodes('.undecided').not('.hidden').length);
    small.remove();
  });

  it('keeps markup in labels as text', async () => {
    const hostile = await mount((e) => {
      e.data = {
        format: 'argument-graph',
        version: 1,
        sources: [],
        nodes: [
          {
            id: 'x"><script>alert(1)</script>',
            kind: 'claim',
            label: '<script>x</script> & <b>bold</b>',
          },
          { id: 'e', kind: 'expert', label: 'Ann & "Bob"' },
        ],
        relations: [{ from: 'e', to: 'x"><script>alert(1)</script>', type: 'supports' }],
      };
    });
    await hostile.ready;
    const svg = exportSvg(hostile.cy as Core, lightTheme, { title: '</title><script>alert(2)</script>' });
    expect(svg).not.toMatch(/<script|<b>/);
    const doc = parse(svg);
    expect(doc.querySelector('parsererror')).toBeNull();
    expect(doc.getElementsByTagName('script')).toHaveLength(0);
    expect(doc.querySelector('.argmap-nodes')?.textContent).toContain('<script>x</script>');
    expect(doc.querySelector('.argmap-nodes')?.textContent).toContain('Ann & "Bob"');
    expect(doc.querySelector('title')?.textContent).toBe('</title><script>alert(2)</script>');
    hostile.remove();
  });

  it('adds a legend of the kinds and edge types shown, below the graph', () => {
    const plain = parse(exportSvg(cy, lightTheme));
    const withLegend = parse(exportSvg(cy, lightTheme, { legend: true }));
    const legend = withLegend.querySelector('.argmap-legend');
    for (const label of ['Claim', 'Expert', 'Evidence', 'Supports', 'Disputes', 'Agree', 'Disagree'])
      expect(legend?.textContent).toContain(label);
    const height = (doc: Document) => Number(doc.documentElement.getAttribute('height'));
    expect(height(withLegend)).toBeGreaterThan(height(plain) + 30);
    expect(withLegend.documentElement.getAttribute('width')).toBe(
      plain.documentElement.getAttribute('width'),
    );
  });

  it('exports the current view, framed like the PNG', async () => {
    const png = await createImageBitmap(await exportImage(cy, lightTheme, { full: false }));
    const doc = parse(exportSvg(cy, lightTheme, { full: false }));
    expect([
      Number(doc.documentElement.getAttribute('width')),
      Number(doc.documentElement.getAttribute('height')),
    ]).toEqual([png.width, png.height]);
  });
});

/**
 * Tolerances for SVG drawn by Chromium against Cytoscape's own PNG of the same graph. Both are anti-aliased by
 * Skia, but text and curves are rasterised along slightly different paths, so identical geometry still differs
 * by about 0.1 per channel on average, and by up to ~20 in a 32 px tile dense with text. A label missing, or one
 * shifted by a pixel, moves a tile past 30; wrong colours or shapes anywhere move the mean past 0.5.
 */
const MEAN_BOUND = 0.5;
const TILE_BOUND = 30;

async function compareWithPng(core: Core, scale: number, theme = lightTheme) {
  const png = await decode(await exportImage(core, theme, { scale }));
  const svg = exportSvg(core, theme, { scale });
  const drawn = await decode(new Blob([svg], { type: 'image/svg+xml' }), png);
  return { mean: meanDifference(png, drawn), worstTile: worstTileDifference(png, drawn) };
}
