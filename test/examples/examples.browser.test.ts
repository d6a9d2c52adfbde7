import { afterEach, describe, expect, it } from 'vitest';
import html from '../../examples/html/index.html?raw';
import type { ArgumentGraphElement } from '../../src/components/argument-graph.ts';
import { builtPage, strictPage, untilIn } from '../embed/strict-page.ts';

// Every example runs in an iframe under `default-src 'self'`, loading the built package from dist/ (served at /,
// see vitest.config.ts; `npm test` builds it first, `npm run build` by hand): the script tag with the single-file
// bundle, and the React and Vue apps as Vite builds them for an npm user (vite.examples.config.ts).
afterEach(() => document.body.replaceChildren());

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

  it.each([
    ['React (argument-graph/react, typed onArgmapSelect)', 'react'],
    ['Vue (render function, @argmap-select)', 'vue'],
  ])('%s: the built app, under its strict CSP', async (_, name) => {
    const { win, doc, html } = await builtPage(`/examples/${name}/index.html`);
    expect(html).toContain(`content="default-src 'self'"`);
    expect(html, 'the app built by `npm run build`').toMatch(
      /<script type="module"[^>]* src="\.\.\/assets\//,
    );
    expect(html, 'no inline script or style').not.toMatch(/<style|\sstyle=|<script(?![^>]*\ssrc=)/);
    await selectsIn(win as Window & typeof globalThis, doc, 51);
    expect(win.__violations).toEqual([]);
    // One copy of the element: the app's imports register it once.
    expect(win.__warnings.join('\n')).not.toMatch(/already defined/);
  });
});
