import { afterEach, describe, expect, it } from 'vitest';
import type { ArgumentGraphElement } from '../../src/components/argument-graph.ts';
import { strictPage, untilIn } from './strict-page.ts';

// These pages load the built single-file bundle, served untransformed from dist/ (vitest.config.ts; `npm test`
// builds it first, `npm run build` by hand), as a user's page would: no Vite client, no transforms.
const BUNDLE = '/cdn/argument-graph.js';

afterEach(() => document.body.replaceChildren());

type Graph = ArgumentGraphElement & { cy?: { nodes(): { length: number } } };

async function loaded(win: Window, el: Graph, nodes: number): Promise<void> {
  await untilIn(
    win,
    () => el.cy?.nodes().length === nodes && el.shadowRoot?.querySelector('[part="legend"]') != null,
    'the graph',
  );
}

describe('the single-file bundle under a strict Content-Security-Policy', () => {
  it('renders, selects, switches layout and theme with no violation', async () => {
    const { win, doc } = await strictPage(
      `<script type="module" src="${BUNDLE}"></script>`,
      `<argument-graph id="a" src="/graph-data/nk-russia-military-ties.json"></argument-graph>
       <argument-graph id="b" src="/graph-data/example-small.json" theme="dark"></argument-graph>`,
    );
    const a = doc.getElementById('a') as Graph;
    const b = doc.getElementById('b') as Graph;
    await loaded(win, a, 51);
    await loaded(win, b, 6);

    // The user selects with the keyboard: the first arrow focuses the most connected claim, Enter selects it.
    const selections: (string | null)[] = [];
    doc.addEventListener('argmap-select', (e) => selections.push((e as CustomEvent).detail.id));
    const canvas = a.shadowRoot?.querySelector('[part="canvas"]') as HTMLElement;
    canvas.focus();
    canvas.dispatchEvent(
      new win.KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true, composed: true }),
    );
    canvas.dispatchEvent(new win.KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
    await untilIn(win, () => selections.length === 1, 'argmap-select');
    expect(selections[0]).toBeTruthy();
    expect(a.selected).toBe(selections[0]);
    await untilIn(win, () => a.shadowRoot?.querySelector('[part="details"] .meter') != null, 'the inspector');

    // The instances stay independent.
    expect(b.selected).toBeNull();
    expect(b.getAttribute('theme')).toBe('dark');

    // The force layout and the Argdown importer come from lazy chunks, also under the policy.
    a.layout = 'force';
    await a.updateComplete;
    await a.ready;
    b.format = 'argdown';
    b.data =
      '# Close the street\n\n[Close]: Close Main Street to cars.\n  + <Quieter>: Fewer cars, less noise.\n';
    await untilIn(win, () => b.cy?.nodes().length === 2, 'the Argdown graph');

    expect(win.__violations).toEqual([]);
  });

  it('reports a violation when the page breaks the policy (the check itself works)', async () => {
    const { win, doc } = await strictPage('', '<p>x</p>');
    const style = doc.createElement('style');
    style.textContent = 'p { color: red }';
    doc.head.append(style);
    await untilIn(win, () => win.__violations.length > 0, 'the violation report');
    expect(win.__violations[0]?.directive).toBe('style-src-elem');
  });

  it('a second copy of the library on the page warns and keeps the first definition', async () => {
    const { win, doc } = await strictPage(
      `<script type="module" src="${BUNDLE}"></script><script type="module" src="${BUNDLE}?copy=2"></script>`,
      '<argument-graph id="a" src="/graph-data/example-small.json"></argument-graph>',
    );
    const a = doc.getElementById('a') as Graph;
    await loaded(win, a, 6);
    await untilIn(win, () => win.__warnings.length > 0, 'the warning');
    expect(win.__warnings.join('\n')).toMatch(/already defined by another copy/);
    expect(win.__violations).toEqual([]);
  });
});
