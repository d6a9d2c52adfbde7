import type { EdgeSingular, NodeSingular } from 'cytoscape';
import { afterEach, describe, expect, it } from 'vitest';
import type { ArgmapErrorEvent, ArgmapLoadEvent } from '../../src/components/events.ts';
import { cleanup, mount, SEED_URL, shadow, until } from './helpers.ts';

afterEach(cleanup);

const IO = '/test/fixtures/io';

/** Mounts an element and resolves with the event that ends loading. */
/** The seed in a portrait element (400 × 760), drawn. */
async function loadPortrait() {
  const { el } = await load((el) => {
    el.style.width = '400px';
    el.style.setProperty('--argmap-height', '760px');
    el.src = SEED_URL;
  });
  await el.ready;
  if (!el.cy) throw new Error('no cy');
  return { el, cy: el.cy };
}

async function load(setup: Parameters<typeof mount>[0], expectError = false) {
  let event: ArgmapLoadEvent | ArgmapErrorEvent | undefined;
  const record = (e: Event) => {
    event = e as ArgmapLoadEvent | ArgmapErrorEvent;
  };
  document.addEventListener('argmap-load', record);
  document.addEventListener('argmap-error', record);
  try {
    const el = await mount(setup, { expectError });
    return { el, event };
  } finally {
    document.removeEventListener('argmap-load', record);
    document.removeEventListener('argmap-error', record);
  }
}

describe('<argument-graph> reads other formats', () => {
  it.each([
    ['argdown-features.argdown', 'argdown', 8],
    ['kialo-crosslinks.txt', 'kialo', 7],
    ['aif-undercut.json', 'aif', 5],
    ['ova3-locutions.json', 'aif', 5],
  ])('loads %s through src, detecting %s, and draws %i nodes', async (file, format, nodes) => {
    const { el, event } = await load((el) => {
      el.src = `${IO}/${file}`;
    });
    expect(el.cy?.nodes()).toHaveLength(nodes);
    expect(el.debate?.nodes).toHaveLength(nodes);
    const detail = (event as ArgmapLoadEvent).detail;
    expect(detail.format).toBe(format);
    expect(detail.src).toBe(`${IO}/${file}`);
  });

  it('lists import warnings in a dismissible notice and in the load event', async () => {
    const { el, event } = await load((el) => {
      el.src = `${IO}/kialo-crosslinks.txt`;
    });
    const warnings = (event as ArgmapLoadEvent).detail.warnings;
    expect(warnings.length).toBeGreaterThan(0);
    const notice = shadow(el).querySelector('[part="warnings"]') as HTMLElement;
    expect(notice.textContent).toContain(`${warnings.length} import warnings`);
    expect(notice.textContent).toContain('line 11');
    expect(notice.textContent).toContain('points at no claim');
    (notice.querySelector('button[aria-label="Dismiss import warnings"]') as HTMLButtonElement).click();
    await el.updateComplete;
    expect(shadow(el).querySelector('[part="warnings"]')).toBeNull();
  });

  it('shows no warnings notice for an argument-graph dataset', async () => {
    const { el, event } = await load((el) => {
      el.src = SEED_URL;
    });
    expect((event as ArgmapLoadEvent).detail).toMatchObject({ format: 'dataset', warnings: [] });
    expect(shadow(el).querySelector('[part="warnings"]')).toBeNull();
  });

  it('reads data text in the format the format attribute names', async () => {
    const text = await (await fetch(`${IO}/kialo-crosslinks.txt`)).text();
    const { el } = await load((el) => {
      el.setAttribute('format', 'kialo');
      el.data = text;
    });
    expect(el.cy?.nodes()).toHaveLength(7);
  });

  it('the format attribute overrides detection', async () => {
    const { el, event } = await load((el) => {
      el.format = 'dataset';
      el.src = `${IO}/argdown-features.argdown`;
    }, true);
    expect((event as ArgmapErrorEvent).detail.problems.length).toBeGreaterThan(0);
    expect(shadow(el).querySelector('[role="alert"]')?.textContent).toContain('Not valid JSON');
  });

  it.each([
    ['malformed.argdown', 'Argdown text', 'line 3, column 1'],
    ['malformed-kialo.txt', 'Kialo export', 'line 1'],
  ])('shows the problems of %s with their line and fires argmap-error', async (file, what, path) => {
    const { el, event } = await load((el) => {
      el.src = `${IO}/${file}`;
    }, true);
    const detail = (event as ArgmapErrorEvent).detail;
    expect(detail.src).toBe(`${IO}/${file}`);
    expect(detail.problems[0]?.path).toBe(path);
    const alert = shadow(el).querySelector('[role="alert"]') as HTMLElement;
    expect(alert.textContent).toContain(`The ${what} at ${IO}/${file} could not be imported`);
    expect(alert.querySelector('.problems code')?.textContent).toBe(path);
  });
});

describe('<argument-graph> shapes and small screens', () => {
  it('draws each kind in its own shape, and the legend swatches name the same shapes', async () => {
    const { el } = await load((el) => {
      el.src = SEED_URL;
    });
    const cy = el.cy;
    if (!cy) throw new Error('no cy');
    const shapes = ['claim', 'expert', 'evidence'].map((kind) => {
      const drawn = cy.nodes(`.${kind}`).first().style('shape');
      const swatch = shadow(el).querySelector(`[part="legend"] [data-kind="${kind}"]`);
      expect(swatch?.getAttribute('data-shape')).toBe(drawn);
      return drawn;
    });
    expect(new Set(shapes).size).toBe(3);
    expect(shapes[0]).toBe('round-rectangle');
  });

  it('lays the hierarchy out top to bottom in a portrait element, with readable labels', async () => {
    const { cy } = await loadPortrait();
    expect(cy.height()).toBeGreaterThan(cy.width());
    const feeding = cy
      .edges('.asserted')
      .filter((e: EdgeSingular) => e.target().hasClass('claim') && !e.source().hasClass('claim'));
    const downward = feeding.filter((e: EdgeSingular) => e.source().position('y') < e.target().position('y'));
    expect(downward.length / feeding.length).toBeGreaterThan(0.9);
    expect(cy.zoom() * 13).toBeGreaterThanOrEqual(9.9);
  });

  it('pans a node selected under the bottom-sheet inspector into the part above it', async () => {
    const { el, cy } = await loadPortrait();
    // The visible node nearest the bottom of the canvas.
    const lowest = cy
      .nodes()
      .filter((n: NodeSingular) => n.renderedPosition().y < cy.height())
      .max((n: NodeSingular) => n.renderedPosition().y).ele;
    el.select(lowest.id());
    await el.updateComplete;
    const sheet = shadow(el).querySelector('.inspector.active') as HTMLElement;
    expect(sheet.offsetHeight).toBeGreaterThan(0);
    const sheetTop = sheet.getBoundingClientRect().top;
    await until(() => {
      const canvasTop = (shadow(el).querySelector('.canvas') as HTMLElement).getBoundingClientRect().top;
      return canvasTop + lowest.renderedBoundingBox({}).y2 <= sheetTop;
    }, 'node above the sheet');
  });
});
