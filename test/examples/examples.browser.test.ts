import { createElement } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import { createApp } from 'vue';
import html from '../../examples/html/index.html?raw';
import { App as ReactApp } from '../../examples/react/App.tsx';
import { App as VueApp } from '../../examples/vue/App.ts';
import type { ArgumentGraphElement } from '../../src/components/argument-graph.ts';
import { strictPage, untilIn } from '../embed/strict-page.ts';

const SMALL = '/graph-data/example-small.json';
let unmount: (() => void) | undefined;

afterEach(() => {
  unmount?.();
  unmount = undefined;
  document.body.replaceChildren();
});

/** Selects the most connected claim as a keyboard user does (first arrow focuses it, Enter selects it). */
function selectWithKeyboard(win: Window & typeof globalThis, el: ArgumentGraphElement): void {
  const canvas = el.shadowRoot?.querySelector('[part="canvas"]') as HTMLElement;
  canvas.focus();
  for (const key of ['ArrowRight', 'Enter'])
    canvas.dispatchEvent(new win.KeyboardEvent('keydown', { key, bubbles: true, composed: true }));
}

async function selectsIn(win: Window & typeof globalThis, root: ParentNode, nodes: number): Promise<void> {
  const graph = () => root.querySelector('argument-graph') as ArgumentGraphElement | null;
  await untilIn(
    win,
    () =>
      graph()?.cy?.nodes().length === nodes && graph()?.shadowRoot?.querySelector('[part="legend"]') != null,
    'the graph',
  );
  selectWithKeyboard(win, graph() as ArgumentGraphElement);
  await untilIn(
    win,
    () => /^Selected: /.test(root.querySelector('#picked')?.textContent ?? ''),
    'the select event',
  );
}

describe('examples', () => {
  it('plain HTML with the single-file bundle, under its strict CSP', async () => {
    expect(html).toContain(`content="default-src 'self'"`);
    // Served from the built package (dist/ at /, see vitest.config.ts) instead of the example's relative paths.
    const head = html.slice(html.indexOf('<title>'), html.indexOf('</head>'));
    const body = html.slice(html.indexOf('<body>') + 6, html.indexOf('</body>'));
    const { win, doc } = await strictPage(
      head.replace('../../dist/', '/').replace('./main.js', '/examples/html/main.js'),
      body.replace('../../graph-data/', '/graph-data/'),
    );
    await selectsIn(win as Window & typeof globalThis, doc, 51);
    expect(win.__violations).toEqual([]);
  });

  it('React (argument-graph/react): typed onArgmapSelect', async () => {
    const host = document.body.appendChild(document.createElement('div'));
    const root: Root = createRoot(host);
    root.render(createElement(ReactApp, { src: SMALL }));
    unmount = () => root.unmount();
    await selectsIn(window, host, 6);
  });

  it('Vue (render function): @argmap-select', async () => {
    const host = document.body.appendChild(document.createElement('div'));
    const app = createApp(VueApp, { src: SMALL });
    app.mount(host);
    unmount = () => app.unmount();
    await selectsIn(window, host, 6);
  });
});
