import axe from 'axe-core';
import type { Core } from 'cytoscape';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ArgumentGraphElement } from '../../src/components/argument-graph.ts';

import { cleanup, mount, SEED_URL, shadow, until } from '../components/helpers.ts';

afterEach(() => {
  vi.restoreAllMocks();
  cleanup();
});

const seed = () =>
  mount((e) => {
    e.src = SEED_URL;
  });

const parse = async (blob: Blob, type: DOMParserSupportedType) =>
  new DOMParser().parseFromString(await blob.text(), type);

describe('<argument-graph> exportImage and exportData', () => {
  it('returns the whole graph as PNG, JPEG and SVG blobs', async () => {
    const el = await seed();
    const box = (el.cy as Core).elements().boundingBox();
    const png = await el.exportImage({ scale: 2 });
    expect(png.type).toBe('image/png');
    const bitmap = await createImageBitmap(png);
    expect([bitmap.width, bitmap.height]).toEqual([Math.ceil(box.w) * 2, Math.ceil(box.h) * 2]);
    expect((await el.exportImage({ format: 'jpeg' })).type).toBe('image/jpeg');
    const svg = await el.exportImage({ format: 'svg', legend: true });
    expect(svg.type).toBe('image/svg+xml');
    const doc = await parse(svg, 'image/svg+xml');
    expect(doc.querySelector('parsererror')).toBeNull();
    expect(doc.querySelector('title')?.textContent).toBe(el.debate?.title);
    expect(doc.querySelectorAll('.argmap-node')).toHaveLength(51);
    expect(doc.querySelector('.argmap-legend')).not.toBeNull();
  });

  it('returns the dataset as JSON, and the analysed graph as GraphML and GEXF', async () => {
    const el = await seed();
    const json = await el.exportData('json');
    expect(json.type).toContain('application/json');
    expect(JSON.parse(await json.text())).toEqual(el.debate);
    const edges = el.graph?.size ?? 0;
    expect(edges).toBeGreaterThan(69);
    const graphml = await parse(await el.exportData('graphml'), 'application/xml');
    expect(graphml.getElementsByTagName('node')).toHaveLength(51);
    expect(graphml.getElementsByTagName('edge')).toHaveLength(edges);
    const gexf = await parse(await el.exportData('gexf'), 'application/xml');
    expect(gexf.getElementsByTagName('node')).toHaveLength(51);
    expect(gexf.getElementsByTagName('edge')).toHaveLength(edges);
  });

  it('rejects with a clear message before a debate is shown and for unknown formats', async () => {
    const el = document.createElement('argument-graph');
    document.body.append(el);
    await expect(el.exportImage()).rejects.toThrow(/Nothing to export: no debate is shown yet/);
    await expect(el.exportData('json')).rejects.toThrow(/Nothing to export/);
    const loaded = await seed();
    await expect(loaded.exportImage({ format: 'gif' as 'png' })).rejects.toThrow(
      /Unknown image format "gif"/,
    );
    await expect(loaded.exportData('csv' as 'json')).rejects.toThrow(/Unknown data format "csv"/);
  });

  it('arranged by hand and saved with positions, the map opens again as it was with layout="preset"', async () => {
    const el = await seed();
    const layoutOptions = (host: ArgumentGraphElement) =>
      [...(shadow(host).querySelectorAll('[part="toolbar"] select[aria-label="Layout"] option') ?? [])].map(
        (option) => (option as HTMLOptionElement).value,
      );
    expect(layoutOptions(el)).not.toContain('preset'); // the seed has no saved positions
    (el.cy as Core).getElementById('park-won-gon').position({ x: -900, y: -400 });
    const saved = JSON.parse(await (await el.exportData('json', { positions: true })).text());
    expect(saved.nodes.every((node: { position?: unknown }) => node.position)).toBe(true);
    expect(saved.nodes.find((node: { id: string }) => node.id === 'park-won-gon').position).toEqual({
      x: -900,
      y: -400,
    });
    await expect(el.exportData('gexf', { positions: true })).rejects.toThrow(/JSON only/);

    const again = await mount((e) => {
      e.data = saved;
      e.layout = 'preset';
    });
    await again.ready;
    const cy = again.cy as Core;
    for (const node of saved.nodes) expect(cy.getElementById(node.id).position()).toEqual(node.position);
    expect(layoutOptions(again)).toContain('preset');
    expect(shadow(again).querySelector('.hint')?.textContent).toMatch(/Click a node/);

    // Without a position for every node, the preset layout falls back and says so.
    const partial = await mount((e) => {
      e.src = SEED_URL;
      e.layout = 'preset';
    });
    await partial.ready;
    await until(
      () => shadow(partial).querySelector('.hint')?.textContent?.includes('saved position') ?? false,
      'the fallback note',
    );
    expect(shadow(partial).querySelector('.hint')?.textContent).toBe(
      'Not every node has a saved position: drawn hierarchical',
    );
  });
});

describe('<argument-graph> export menu', () => {
  it('saves the chosen format under a name from the title and announces it', async () => {
    const saved: Array<{ name: string; href: string }> = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      saved.push({ name: this.download, href: this.href });
    });
    const el = await seed();
    const root = shadow(el);
    const menu = root.querySelector('details.export-menu') as HTMLDetailsElement;
    (menu.querySelector('summary') as HTMLElement).click();
    await el.updateComplete;
    expect(menu.open).toBe(true);
    const button = [...menu.querySelectorAll('button')].find(
      (b) => b.textContent?.trim() === 'GraphML (yEd)',
    );
    button?.click();
    await until(() => saved.length === 1, 'the download');
    expect(menu.open).toBe(false);
    expect(saved[0]?.name).toBe('will-north-korea-and-russia-become-real-military-allies.graphml');
    expect(await (await fetch(saved[0]?.href as string)).text()).toContain('<graphml');
    await until(
      () => (root.querySelector('[role="status"]')?.textContent ?? '').includes('Saved'),
      'the announcement',
    );

    const png = [...menu.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'PNG');
    png?.click();
    await until(() => saved.length === 2, 'the PNG download');
    expect(saved[1]?.name).toMatch(/\.png$/);
  });

  it('is disabled until a debate is shown, and has no axe violations when open', async () => {
    const empty = document.createElement('argument-graph');
    document.body.append(empty);
    await empty.updateComplete;
    expect(shadow(empty).querySelector<HTMLButtonElement>('button.export-toggle')?.disabled).toBe(true);
    empty.remove();
    const el = await seed();
    const menu = shadow(el).querySelector('details.export-menu') as HTMLDetailsElement;
    menu.open = true;
    const results = await axe.run(el as unknown as Element, { resultTypes: ['violations'] });
    expect(results.violations.map((v) => v.id)).toEqual([]);
    menu.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(menu.open).toBe(false);
  });
});
