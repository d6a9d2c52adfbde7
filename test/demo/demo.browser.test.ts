import { afterEach, describe, expect, it } from 'vitest';
import type { ArgumentGraphElement } from '../../src/components/argument-graph.ts';
import { untilIn } from '../embed/strict-page.ts';

// The demo page (index.html + demo/main.ts), served by Vite as `npm start` does, in an iframe.

afterEach(() => document.body.replaceChildren());

async function demo(
  query: string,
): Promise<{ win: typeof window; doc: Document; graph: ArgumentGraphElement }> {
  const frame = document.createElement('iframe');
  frame.style.width = '1280px';
  frame.style.height = '800px';
  frame.src = `/index.html${query}`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as typeof window;
  const doc = win.document;
  const graph = doc.querySelector('argument-graph') as ArgumentGraphElement;
  await untilIn(win, () => (graph.cy?.nodes().length ?? 0) > 0, 'the demo graph');
  return { win, doc, graph };
}

describe('the demo page', () => {
  it('opens the view the address names: debate, selection, layout, view and theme', async () => {
    const { doc, graph } = await demo(
      '?dataset=nk-russia-military-ties&selected=treaty-is-alliance&layout=concentric&view=outline&theme=dark',
    );
    expect(graph.cy?.nodes().length).toBe(51);
    expect(graph.selected).toBe('treaty-is-alliance');
    expect(graph.layout).toBe('concentric');
    expect(graph.view).toBe('outline');
    expect(graph.theme).toBe('dark');
    expect((doc.querySelector('#theme') as HTMLSelectElement).value).toBe('dark');
    expect(doc.documentElement.dataset.theme).toBe('dark');
  });

  it('keeps what the reader changes in the address, and ignores values it does not know', async () => {
    const { win, doc, graph } = await demo('?theme=sepia&view=sideways&layout=spiral');
    expect(graph.theme).toBe('light');
    expect(graph.view).toBe('graph');
    expect(graph.layout).toBe('hierarchical');

    const picker = doc.querySelector('#theme') as HTMLSelectElement;
    picker.value = 'auto';
    picker.dispatchEvent(new win.Event('change'));
    graph.view = 'outline';
    await graph.updateComplete;
    await untilIn(win, () => win.location.search.includes('view=outline'), 'the address');
    const params = new URLSearchParams(win.location.search);
    expect(params.get('theme')).toBe('auto');
    expect(params.get('dataset')).toBe('nk-russia-military-ties');
    expect(graph.theme).toBe('auto');
  });

  it('a dropped map saved with positions opens with its saved positions', async () => {
    const { win, graph } = await demo('');
    const seed = await (await fetch('/graph-data/nk-russia-military-ties.json')).json();
    const placed = {
      ...seed,
      title: 'Arranged by hand',
      nodes: seed.nodes.map((node: object, i: number) => ({
        ...node,
        position: { x: i * 40, y: (i % 5) * 90 },
      })),
    };
    const files = new win.DataTransfer();
    files.items.add(new win.File([JSON.stringify(placed)], 'arranged.json', { type: 'application/json' }));
    win.dispatchEvent(new win.DragEvent('drop', { dataTransfer: files, cancelable: true }));
    await untilIn(win, () => graph.debate?.title === 'Arranged by hand', 'the dropped map');
    await untilIn(win, () => graph.layout === 'preset', 'the preset layout');
    await graph.ready;
    expect(graph.cy?.getElementById(placed.nodes[7].id).position()).toEqual(placed.nodes[7].position);
  });

  it('keeps the filters in the address: hidden kinds, types and lines, one source, focus depth', async () => {
    const { win, graph } = await demo(
      '?selected=treaty-is-alliance&hide=evidence,derived&source=washingtontimes-2024-06-20&focus=2',
    );
    expect([...graph.filters.kinds]).toEqual(['claim', 'expert']);
    expect(graph.filters).toMatchObject({
      derived: false,
      article: 'washingtontimes-2024-06-20',
      focus: true,
      hops: 2,
    });
    await graph.ready;
    expect(graph.cy?.nodes('.evidence:visible')).toHaveLength(0);

    const root = graph.shadowRoot as ShadowRoot;
    (root.querySelector('button[aria-controls="filters"]') as HTMLButtonElement).click();
    await graph.updateComplete;
    (root.querySelector('input[name="relation"][value="disputes"]') as HTMLInputElement).click();
    await untilIn(win, () => win.location.search.includes('disputes'), 'the filter in the address');
    const params = new URLSearchParams(win.location.search);
    expect(params.get('hide')).toBe('evidence,disputes,derived');
    expect(params.get('focus')).toBe('2');
  });

  it('Back and Forward walk through the nodes the reader selected; layout changes make no entries', async () => {
    const { win, graph } = await demo('?selected=treaty-is-alliance');
    const start = win.history.length;
    graph.select('nk-accepts-drills');
    await untilIn(win, () => win.location.search.includes('selected=nk-accepts-drills'), 'the address');
    graph.layout = 'concentric';
    await untilIn(win, () => win.location.search.includes('layout=concentric'), 'the layout in the address');
    expect(win.history.length).toBe(start + 1);

    win.history.back();
    await untilIn(win, () => graph.selected === 'treaty-is-alliance', 'the previous selection');
    expect(graph.layout).toBe('hierarchical');
    win.history.forward();
    await untilIn(win, () => graph.selected === 'nk-accepts-drills', 'the next selection');
    expect(graph.layout).toBe('concentric');
  });
});
