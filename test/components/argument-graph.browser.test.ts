import axe from 'axe-core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { syntheticDataset } from '../../bench/synthetic-dataset.ts';
import { defineArgumentGraph } from '../../src/define.ts';
import { HIERARCHICAL_MAX_NODES } from '../../src/view/index.ts';
import { cleanup, frames, mount, nodePositionInHost, SEED_URL, shadow, until } from './helpers.ts';

afterEach(cleanup);

describe('<argument-graph> loading', () => {
  it('renders the seed with the right node and edge counts', async () => {
    const el = await mount((el) => {
      el.src = SEED_URL;
    });
    const cy = el.cy;
    expect(cy).toBeDefined();
    expect(cy?.nodes()).toHaveLength(51);
    expect(cy?.edges('.asserted')).toHaveLength(69);
    expect(cy?.nodes('.claim')).toHaveLength(20);
    expect(cy?.nodes('.expert')).toHaveLength(11);
    expect(cy?.nodes('.evidence')).toHaveLength(20);
    expect(el.graph?.order).toBe(51);
    expect(el.analysis?.nodes['nk-accepts-drills']).toBeDefined();
    // The legend is there.
    expect(shadow(el).querySelector('[part="legend"]')?.textContent).toContain('Disputes');
  });

  it('accepts a dataset through the data property and fires a composed load event', async () => {
    const dataset = await (await fetch('/graph-data/example-small.json')).json();
    const seen = vi.fn();
    document.addEventListener('argmap-load', seen);
    const el = await mount((el) => {
      el.data = dataset;
    });
    document.removeEventListener('argmap-load', seen);
    expect(seen).toHaveBeenCalledTimes(1);
    expect(el.cy?.nodes()).toHaveLength(6);
    // The dispute cycle leaves the two traffic claims undecided or one of them rejected; both are drawn with status classes.
    expect(el.cy?.getElementById('traffic-moves').classes().join(' ')).toMatch(/accepted|rejected|undecided/);
  });

  it('shows the problems and fires argmap-error for an invalid dataset', async () => {
    const errors: Event[] = [];
    document.addEventListener('argmap-error', (e) => errors.push(e), { once: true });
    const el = await mount(
      (el) => {
        el.data = {
          format: 'argument-graph',
          version: 1,
          sources: [],
          nodes: [{ id: 'a', kind: 'planet' }],
          relations: [],
        };
      },
      { expectError: true },
    );
    const alert = shadow(el).querySelector('[role="alert"]');
    expect(alert?.textContent).toContain('not valid');
    expect(alert?.querySelectorAll('.problems li').length).toBeGreaterThan(0);
    expect(alert?.textContent).toContain('/nodes/0');
    expect(errors).toHaveLength(1);
    expect((errors[0] as Event).composed).toBe(true);
  });

  it('shows a readable message for a src that answers 404', async () => {
    const el = await mount(
      (el) => {
        el.src = '/graph-data/does-not-exist-404.json';
      },
      { expectError: true },
    );
    const alert = shadow(el).querySelector('[role="alert"]');
    expect(alert?.textContent).toContain('404');
    expect(alert?.textContent).toContain('does-not-exist-404.json');
  });

  it('shows a message for a src that is not JSON', async () => {
    const el = await mount(
      (el) => {
        el.src = '/index.html';
      },
      { expectError: true },
    );
    expect(shadow(el).querySelector('[role="alert"]')?.textContent).toContain('Not valid JSON');
  });

  it('lets a newer src cancel an older one', async () => {
    const el = await mount((el) => {
      el.src = SEED_URL;
      el.src = '/graph-data/example-small.json';
    });
    await el.ready;
    expect(el.cy?.nodes()).toHaveLength(6);
  });

  it('registers once and warns instead of throwing on a second definition', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(() => defineArgumentGraph()).not.toThrow();
    class Other extends HTMLElement {}
    customElements.define('argument-graph-other-copy', Other);
    expect(() => defineArgumentGraph('argument-graph-other-copy')).not.toThrow();
    expect(warn).toHaveBeenCalled();
    warn.mockRestore();
  });
});

describe('<argument-graph> exploring', () => {
  it('opens the inspector with quotes when a node is clicked at its rendered position', async () => {
    const el = await mount((el) => {
      el.src = SEED_URL;
    });
    await el.ready;
    const selected = vi.fn();
    el.addEventListener('argmap-select', selected);
    const id = 'nk-accepts-drills';
    await userEvent.click(el, { position: nodePositionInHost(el, id) });
    await until(() => el.selected === id, 'selection');
    expect(selected).toHaveBeenCalledTimes(1);
    expect(selected.mock.calls[0]?.[0].detail.id).toBe(id);
    await el.updateComplete;
    const details = shadow(el).querySelector('[part="details"]') as HTMLElement;
    expect(details.textContent).toContain('North Korea will accept joint drills');
    expect(details.querySelectorAll('blockquote').length).toBeGreaterThan(0);
    expect(details.textContent).toContain('Disputed by');
    expect(details.querySelector('cite')?.textContent).toMatch(/The (Korea|Washington) Times/);
  });

  it('tells who an expert agrees and disagrees with, and on what', async () => {
    const el = await mount((el) => {
      el.src = SEED_URL;
    });
    el.select('cho-han-bum');
    await el.updateComplete;
    const details = shadow(el).querySelector('[part="details"]') as HTMLElement;
    const headings = [...details.querySelectorAll('h3')].map((h) => h.textContent ?? '');
    const disagrees = headings.findIndex((h) => h.startsWith('Disagrees with'));
    expect(disagrees).toBeGreaterThanOrEqual(0);
    const list = details.querySelectorAll('h3')[disagrees]?.nextElementSibling as HTMLElement;
    const park = [...list.querySelectorAll('li')].find((li) => li.textContent?.includes('Park Won-gon'));
    expect(park?.textContent).toContain('North Korea will accept joint drills');
    park?.querySelector('button')?.click();
    expect(el.selected).toBe('park-won-gon');
  });

  it('the overview answers who disagrees with whom, and names the camps', async () => {
    const el = await mount((el) => {
      el.src = SEED_URL;
    });
    await until(() => (el.analysis?.camps.length ?? 0) > 0, 'the camps');
    await el.updateComplete;
    const overview = shadow(el).querySelector('[part="details"]') as HTMLElement;
    const section = (title: string) =>
      [...overview.querySelectorAll('h3')].find((h) => h.textContent === title)?.nextElementSibling as
        | HTMLElement
        | undefined;
    const pairs = [...(section('Who disagrees with whom')?.children ?? [])].map((li) => li.textContent ?? '');
    const park = pairs.find((text) => text.includes('Park Won-gon'));
    expect(park).toContain('Cho Han-bum');
    expect(park).toContain('North Korea will accept joint drills');
    expect(pairs.some((text) => text.includes('Kim Jong-un') && text.includes('Vladimir Putin'))).toBe(true);

    const camps = section('Camps');
    expect(camps?.children.length).toBe(el.analysis?.camps.length);
    const first = camps?.querySelector('button') as HTMLButtonElement;
    first.click();
    expect(el.analysis?.nodes[el.selected ?? '']?.kind).toBe('expert');
  });

  it('adds camps, then betweenness, from lazy chunks after the first paint', async () => {
    const el = await mount((el) => {
      el.src = SEED_URL;
    });
    await until(() => (el.analysis?.camps.length ?? 0) > 0, 'the camps');
    expect(typeof el.analysis?.nodes['cho-han-bum']?.camp).toBe('number');
    await until(
      () => typeof el.graph?.getNodeAttribute('cho-han-bum', 'betweenness') === 'number',
      'betweenness',
    );
    expect(typeof el.analysis?.nodes['cho-han-bum']?.betweenness).toBe('number');
    el.select('cho-han-bum');
    await el.updateComplete;
    expect(shadow(el).querySelector('[part="details"]')?.textContent).toMatch(/Camp \d+ of \d+/);
  });

  it('keeps clicks accurate after the page scrolls', async () => {
    const spacer = document.createElement('div');
    spacer.style.height = '400px';
    const el = await mount(
      (el) => {
        el.src = SEED_URL;
      },
      { before: spacer },
    );
    await el.ready;
    const after = document.createElement('div');
    after.style.height = '1200px';
    document.body.append(after);
    window.scrollTo(0, 300);
    await frames(3);
    const id = 'treaty-is-alliance';
    await userEvent.click(el, { position: nodePositionInHost(el, id) });
    await until(() => el.selected === id, 'selection after scrolling');
    expect(window.scrollY).toBe(300);
  });

  it('search fades non-matches and Enter selects the match', async () => {
    const el = await mount((el) => {
      el.src = SEED_URL;
    });
    const input = shadow(el).querySelector('input[type="search"]') as HTMLInputElement;
    await userEvent.fill(input, 'Hwasong');
    await el.updateComplete;
    const cy = el.cy;
    const matches = cy?.nodes('.match').map((n) => n.id()) ?? [];
    expect(matches).toContain('hwasong18-like-topol-m');
    expect(matches).toContain('hwasong18-russian-cooperation');
    expect(cy?.nodes('.faded').length).toBe(51 - matches.length);
    input.focus();
    await userEvent.keyboard('{Enter}');
    await until(() => el.selected !== null, 'search selection');
    expect(matches).toContain(el.selected);
  });

  it('filters by kind, relation type, source and derived edges', async () => {
    const el = await mount((el) => {
      el.src = SEED_URL;
    });
    const cy = el.cy;
    if (!cy) throw new Error('no cy');
    const root = shadow(el);
    (root.querySelector('button[aria-controls="filters"]') as HTMLButtonElement).click();
    await el.updateComplete;
    const experts = root.querySelector('input[name="kind"][value="expert"]') as HTMLInputElement;
    await userEvent.click(experts);
    await el.updateComplete;
    expect(cy.nodes(':visible')).toHaveLength(40);
    expect(cy.nodes('.expert:visible')).toHaveLength(0);
    const disputes = root.querySelector('input[name="relation"][value="disputes"]') as HTMLInputElement;
    await userEvent.click(disputes);
    await el.updateComplete;
    expect(cy.edges('.disputes:visible')).toHaveLength(0);
    expect(cy.edges('.supports:visible').length).toBeGreaterThan(0);
    const derived = root.querySelector('input[name="derived"]') as HTMLInputElement;
    await userEvent.click(experts);
    await el.updateComplete;
    const derivedBefore = cy.edges('.derived:visible').length;
    expect(derivedBefore).toBeGreaterThan(0);
    await userEvent.click(derived);
    await el.updateComplete;
    expect(cy.edges('.derived:visible')).toHaveLength(0);
    const article = root.querySelector('select[name="article"]') as HTMLSelectElement;
    const washington = Array.from(article.options).find((o) => o.value && !o.value.startsWith('koreatimes'));
    if (washington) {
      article.value = washington.value;
      article.dispatchEvent(new Event('change', { bubbles: true }));
      await el.updateComplete;
      await frames(2);
      const visible = cy.edges('.asserted:visible');
      expect(visible.length).toBeGreaterThan(0);
      expect(
        visible
          .filter((e) => e.data('article') !== washington.value)
          .map((e) => `${e.id()} ${e.data('article')} ${e.classes()}`),
      ).toEqual([]);
    }
  });

  it("the filters property shows what is filtered, takes new filters, and argmap-filter reports the reader's", async () => {
    const el = await mount((el) => {
      el.src = SEED_URL;
    });
    const cy = el.cy;
    if (!cy) throw new Error('no cy');
    el.filters = { ...el.filters, kinds: new Set(['claim', 'expert']), derived: false };
    await el.updateComplete;
    expect(cy.nodes('.evidence:visible')).toHaveLength(0);
    expect(cy.edges('.derived:visible')).toHaveLength(0);
    const root = shadow(el);
    expect(root.querySelector('button[aria-controls="filters"]')?.textContent).toContain('Filters (2)');

    // From plain JavaScript: arrays for sets, missing fields and a wild depth are made sound.
    el.filters = { relations: ['supports', 'rebuts'], hops: 9 } as never;
    await el.updateComplete;
    expect([...el.filters.kinds]).toEqual(['claim', 'expert', 'evidence']);
    expect([...el.filters.relations]).toEqual(['supports']);
    expect(el.filters).toMatchObject({ derived: true, focus: false, hops: 3, article: null });
    expect(cy.edges('.disputes:visible')).toHaveLength(0);

    const reported: Array<ReadonlySet<string>> = [];
    el.addEventListener('argmap-filter', (e) => reported.push(e.detail.filters.kinds));
    (root.querySelector('button[aria-controls="filters"]') as HTMLButtonElement).click();
    await el.updateComplete;
    await userEvent.click(root.querySelector('input[name="kind"][value="expert"]') as HTMLInputElement);
    await el.updateComplete;
    expect(reported.map((kinds) => [...kinds])).toEqual([['claim', 'evidence']]);
    expect([...el.filters.kinds]).toEqual(['claim', 'evidence']);

    // Another debate: the source and the focused node are not in it, so those filters go; the others stay.
    el.select('treaty-is-alliance');
    el.filters = { ...el.filters, article: 'koreatimes-2024-06-02', focus: true };
    const reloaded = new Promise((resolve) => el.addEventListener('argmap-load', resolve, { once: true }));
    el.src = '/graph-data/example-small.json';
    await reloaded;
    await el.updateComplete;
    expect(el.selected).toBeNull();
    expect(el.filters).toMatchObject({ article: null, focus: false });
    expect([...el.filters.kinds]).toEqual(['claim', 'evidence']);
  });

  it('focus mode shows only the k-hop neighbourhood of the selection', async () => {
    const el = await mount((el) => {
      el.src = SEED_URL;
      el.selected = 'treaty-is-alliance';
    });
    const cy = el.cy;
    if (!cy) throw new Error('no cy');
    const root = shadow(el);
    const button = root.querySelector('.focus-toggle') as HTMLButtonElement;
    expect(button.disabled).toBe(false);
    await userEvent.click(button);
    await el.updateComplete;
    const expected = cy.getElementById('treaty-is-alliance').closedNeighborhood('node').length;
    expect(cy.nodes(':visible')).toHaveLength(expected);
    const hops = root.querySelector('select[aria-label="Focus depth"]') as HTMLSelectElement;
    await userEvent.selectOptions(hops, '2');
    await el.updateComplete;
    expect(cy.nodes(':visible').length).toBeGreaterThan(expected);
    await userEvent.click(button);
    await el.updateComplete;
    expect(cy.nodes(':visible')).toHaveLength(51);
  });

  it('zoom buttons zoom and Fit fits', async () => {
    const el = await mount((el) => {
      el.src = SEED_URL;
    });
    await el.ready;
    const cy = el.cy;
    if (!cy) throw new Error('no cy');
    const start = cy.zoom();
    await userEvent.click(shadow(el).querySelector('button[aria-label="Zoom in"]') as HTMLElement);
    expect(cy.zoom()).toBeGreaterThan(start);
    el.fit();
    await until(() => Math.abs(cy.zoom() - start) < 0.01, 'fit');
  });
});

describe('<argument-graph> keyboard and accessibility', () => {
  it('is one tab stop; arrows move between connected nodes and announce them; Enter selects; Escape clears', async () => {
    const el = await mount((el) => {
      el.src = SEED_URL;
    });
    await el.ready;
    const root = shadow(el);
    const canvas = root.querySelector('.canvas') as HTMLElement;
    expect(canvas.tabIndex).toBe(0);
    expect(root.querySelectorAll('.canvas [tabindex="0"]')).toHaveLength(0);
    const live = root.querySelector('[aria-live="polite"]') as HTMLElement;
    canvas.focus();
    await userEvent.keyboard('{ArrowRight}');
    await until(() => live.textContent?.trim() !== '', 'first announcement');
    const first = el.cy?.nodes('.focused').first();
    expect(first?.nonempty()).toBe(true);
    expect(live.textContent).toMatch(/^(Claim|Expert|Evidence): .+\. /);
    if (first?.hasClass('claim')) expect(live.textContent).toMatch(/Supported by \d+, disputed by \d+\./);
    const firstId = first?.id() as string;
    const neighbours =
      el.cy
        ?.getElementById(firstId)
        .neighborhood('node')
        .map((n) => n.id()) ?? [];
    let moved = false;
    for (const key of ['{ArrowLeft}', '{ArrowRight}', '{ArrowUp}', '{ArrowDown}']) {
      await userEvent.keyboard(key);
      await frames(2);
      const now = el.cy?.nodes('.focused').first().id();
      if (now !== firstId) {
        expect(neighbours).toContain(now);
        moved = true;
        break;
      }
    }
    expect(moved).toBe(true);
    const focusedId = el.cy?.nodes('.focused').first().id() as string;
    const label = el.cy?.getElementById(focusedId).data('fullLabel') as string;
    await until(() => live.textContent?.includes(label) ?? false, 'announcement of the moved-to node');
    await userEvent.keyboard('{Enter}');
    await until(() => el.selected === focusedId, 'Enter selects');
    await userEvent.keyboard('{Escape}');
    await until(() => el.selected === null, 'Escape clears');
  });

  it('the outline view lists the same graph and stays in sync with the selection', async () => {
    const el = await mount((el) => {
      el.src = SEED_URL;
      el.view = 'outline';
      el.selected = 'nk-accepts-drills';
    });
    const outline = shadow(el).querySelector('[part="outline"]') as HTMLElement;
    expect(outline.hidden).toBe(false);
    expect(outline.querySelectorAll('h2')).toHaveLength(3);
    expect(outline.querySelectorAll(':scope section > ul > li')).toHaveLength(51);
    expect(outline.querySelector('li[aria-current="true"]')?.textContent).toContain(
      'North Korea will accept joint drills',
    );
    const park = Array.from(outline.querySelectorAll('button')).find(
      (b) => b.textContent?.trim() === 'Park Won-gon',
    );
    await userEvent.click(park as HTMLElement);
    await el.updateComplete;
    expect(el.selected).toBe('park-won-gon');
    expect(el.cy?.getElementById('park-won-gon').selected()).toBe(true);
  });

  it('has no axe violations in graph and outline views', async () => {
    const el = await mount((el) => {
      el.src = SEED_URL;
      el.selected = 'nk-accepts-drills';
    });
    const run = async () => {
      const results = await axe.run(el as unknown as Element, { resultTypes: ['violations'] });
      return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    };
    expect(await run()).toEqual([]);
    el.view = 'outline';
    await el.updateComplete;
    expect(await run()).toEqual([]);
  });
});

describe('<argument-graph> lifecycle and rendering', () => {
  it('destroys Cytoscape on disconnect and rebuilds on reconnect', async () => {
    const el = await mount((el) => {
      el.src = SEED_URL;
    });
    await el.ready;
    const before = el.cy;
    el.remove();
    expect(el.cy).toBeUndefined();
    expect(before?.destroyed()).toBe(true);
    document.body.append(el);
    await until(() => (el.cy?.nodes().length ?? 0) === 51, 'rebuild');
    await el.ready;
  });

  it('resizes and refits when going from hidden to shown', async () => {
    const el = await mount((el) => {
      el.src = SEED_URL;
    });
    await el.ready;
    el.style.display = 'none';
    await frames(3);
    el.style.display = '';
    await until(() => (el.cy?.width() ?? 0) > 0, 'resize after showing');
    const cy = el.cy;
    if (!cy) throw new Error('no cy');
    await until(() => {
      const bb = cy.nodes().renderedBoundingBox({});
      return bb.x1 >= -1 && bb.y1 >= -1 && bb.x2 <= cy.width() + 1 && bb.y2 <= cy.height() + 1;
    }, 'graph fitted after showing');
  });

  it('draws a map too large for the hierarchical layout with the force layout, and says so', async () => {
    const el = await mount((el) => {
      el.data = syntheticDataset(HIERARCHICAL_MAX_NODES + 50, 7);
    });
    await el.ready;
    await el.updateComplete;
    expect(el.layout).toBe('hierarchical');
    expect(el.cy?.nodes().length).toBe(HIERARCHICAL_MAX_NODES + 50);
    expect(shadow(el).querySelector('.hint')?.textContent).toContain(
      `Large map: drawn force-directed (hierarchical stops at ${HIERARCHICAL_MAX_NODES} nodes)`,
    );
  });

  it('switches layouts at runtime', async () => {
    const el = await mount((el) => {
      el.src = '/graph-data/example-small.json';
    });
    await el.ready;
    const before = { ...el.cy?.getElementById('ana').position() };
    el.layout = 'concentric';
    await el.updateComplete;
    await el.ready;
    expect(el.cy?.getElementById('ana').position()).not.toEqual(before);
    el.layout = 'force';
    await el.updateComplete;
    await el.ready;
    expect(el.getAttribute('layout')).toBe('force');
  });

  it('a screenshot is non-blank and shows the kind colours', async () => {
    const el = await mount((el) => {
      el.src = SEED_URL;
    });
    await el.ready;
    await frames(5);
    const base64 = await page.screenshot({ element: el, base64: true, save: false });
    const image = new Image();
    image.src = `data:image/png;base64,${base64}`;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.width;
    canvas.height = image.height;
    const ctx = canvas.getContext('2d', { willReadFrequently: true }) as CanvasRenderingContext2D;
    ctx.drawImage(image, 0, 0);
    const { data } = ctx.getImageData(0, 0, canvas.width, canvas.height);
    const colours = new Set<string>();
    const near = (r: number, g: number, b: number, hex: string) => {
      const n = Number.parseInt(hex.slice(1), 16);
      return (
        Math.abs(r - (n >> 16)) < 14 && Math.abs(g - ((n >> 8) & 255)) < 14 && Math.abs(b - (n & 255)) < 14
      );
    };
    const { lightTheme } = await import('../../src/view/index.ts');
    let nonWhite = 0;
    for (let i = 0; i < data.length; i += 4 * 7) {
      const [r, g, b] = [data[i] as number, data[i + 1] as number, data[i + 2] as number];
      if (r < 240 || g < 240 || b < 240) nonWhite++;
      for (const kind of ['claim', 'expert', 'evidence'] as const)
        if (near(r, g, b, lightTheme[kind].fill) || near(r, g, b, lightTheme[kind].border)) colours.add(kind);
    }
    expect(nonWhite).toBeGreaterThan(1000);
    expect([...colours].sort()).toEqual(['claim', 'evidence', 'expert']);
  });
});
