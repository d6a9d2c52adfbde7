import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import type { ArgumentGraphElement } from '../../src/components/argument-graph.ts';
import { frames, nodePositionInHost, SEED_URL, until } from '../components/helpers.ts';

// Host pages put the element in places the demo never does: inside another component's shadow root,
// and as a flex or grid item that gets its size from the layout rather than from --argmap-height.

afterEach(() => document.body.replaceChildren());

function graphIn(parent: Node, src = SEED_URL): Promise<ArgumentGraphElement> {
  const el = document.createElement('argument-graph');
  const loaded = new Promise<void>((resolve, reject) => {
    el.addEventListener('argmap-load', () => resolve(), { once: true });
    el.addEventListener('argmap-error', (e) => reject(new Error(JSON.stringify((e as CustomEvent).detail))));
  });
  el.src = src;
  parent.appendChild(el);
  return loaded.then(() => el.ready).then(() => el);
}

/** The canvas's size and how much of its box the fitted graph covers. */
function canvasBox(el: ArgumentGraphElement) {
  const canvas = el.shadowRoot?.querySelector('[part="canvas"]') as HTMLElement;
  const rect = canvas.getBoundingClientRect();
  const extent = el.cy?.elements(':visible').renderedBoundingBox();
  return { width: rect.width, height: rect.height, graphWidth: extent?.w ?? 0, graphHeight: extent?.h ?? 0 };
}

describe('<argument-graph> in host pages', () => {
  it('works inside another component’s shadow root: renders, and a click selects with an event that escapes', async () => {
    const host = document.createElement('div');
    document.body.append(host);
    const root = host.attachShadow({ mode: 'open' });
    const el = await graphIn(root);
    expect(el.cy?.nodes().length).toBe(51);
    const heard: string[] = [];
    document.addEventListener('argmap-select', (e) => heard.push(e.detail.id ?? ''), { once: true });
    await userEvent.click(el, { position: nodePositionInHost(el, 'nk-accepts-drills') });
    await until(() => heard.length === 1, 'argmap-select at the document');
    expect(heard).toEqual(['nk-accepts-drills']);
  });

  it('fills a flex item and a grid cell, and refits when the layout resizes it', async () => {
    const page = document.createElement('div');
    page.innerHTML = `
      <div id="flex" style="display:flex; height:500px; width:900px"><aside style="flex:0 0 200px"></aside></div>
      <div id="grid" style="display:grid; grid-template-columns:1fr 1fr; grid-template-rows:420px; width:1000px"><div></div></div>`;
    document.body.append(page);
    const flexItem = await graphIn(page.querySelector('#flex') as HTMLElement);
    flexItem.style.flex = '1 1 auto';
    flexItem.style.setProperty('--argmap-height', '100%');
    const gridItem = await graphIn(
      page.querySelector('#grid') as HTMLElement,
      '/graph-data/example-small.json',
    );
    gridItem.style.setProperty('--argmap-height', '100%');
    await frames(4);

    expect(flexItem.getBoundingClientRect().width).toBeCloseTo(700, -1);
    expect(gridItem.getBoundingClientRect().width).toBeCloseTo(500, -1);
    for (const el of [flexItem, gridItem]) {
      const box = canvasBox(el);
      expect(box.width).toBeGreaterThan(200);
      expect(box.height).toBeGreaterThan(150);
      expect(box.graphWidth).toBeGreaterThan(0);
      expect(box.graphWidth).toBeLessThanOrEqual(box.width + 1);
    }

    // The layout gives the flex item more room: Cytoscape follows. (Wide elements dock the inspector
    // beside the canvas, so the canvas grows by the new width less the inspector.)
    const before = canvasBox(flexItem).width;
    (page.querySelector('#flex') as HTMLElement).style.width = '1500px';
    await until(() => canvasBox(flexItem).width > before + 150, 'the canvas to grow');
    await until(() => (flexItem.cy?.width() ?? 0) > before + 150, 'Cytoscape to see the new size');
    await until(() => {
      const box = canvasBox(flexItem);
      return box.graphWidth > box.width * 0.6 || box.graphHeight > box.height * 0.6;
    }, 'the graph to be fitted to the new size');
  });
});
