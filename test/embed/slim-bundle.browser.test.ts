import { afterEach, describe, expect, it } from 'vitest';
import type { ArgumentGraphElement } from '../../src/components/argument-graph.ts';
import { cleanup, mount, SEED_URL } from '../components/helpers.ts';
import { decode, meanDifference, worstTileDifference } from '../export/pixels.ts';
import { strictPage, untilIn } from './strict-page.ts';

// The single-file bundle builds Cytoscape from its sources without the WebGL renderer, the collection algorithms
// and the built-in layouts we never call (scripts/slim-cytoscape.ts). Whatever that leaves out, it must not
// change what is drawn: the bundle and the element built from source with the complete Cytoscape draw the seed
// to the same pixels, and the Cytoscape API that the bundle's users reach through `element.cy` still works.

afterEach(cleanup);

const SIZE = { width: '900px', height: '600px' };

function sized(el: HTMLElement): void {
  el.style.width = SIZE.width;
  el.style.setProperty('--argmap-height', SIZE.height);
}

async function bundledSeed(): Promise<{ el: ArgumentGraphElement; win: typeof window }> {
  const { win, doc } = await strictPage('<script type="module" src="/cdn/argument-graph.js"></script>', '');
  await untilIn(win, () => win.customElements.get('argument-graph') !== undefined, 'the bundle');
  const el = doc.createElement('argument-graph') as ArgumentGraphElement;
  sized(el);
  el.src = SEED_URL;
  doc.body.append(el);
  await untilIn(win, () => el.cy?.nodes().length === 51, 'the seed');
  await el.ready;
  return { el, win };
}

describe('the slimmed Cytoscape in the single-file bundle', () => {
  it('draws the seed exactly as the complete Cytoscape does', async () => {
    const fromSource = await mount((el) => {
      sized(el);
      el.src = SEED_URL;
    });
    await fromSource.ready;
    const { el: bundled } = await bundledSeed();

    const [a, b] = await Promise.all(
      [fromSource, bundled].map(async (el) => decode(await el.exportImage({ format: 'png', scale: 1 }))),
    );
    expect({ width: b?.width, height: b?.height }).toEqual({ width: a?.width, height: a?.height });
    expect(meanDifference(a as never, b as never)).toBeLessThan(0.05);
    expect(worstTileDifference(a as never, b as never)).toBeLessThan(1);
  });

  it('keeps the Cytoscape API a page reaches through element.cy', async () => {
    const { el, win } = await bundledSeed();
    const cy = el.cy as NonNullable<ArgumentGraphElement['cy']>;
    // Cytoscape tells options from collections with its realm's Object: build them in the page's realm.
    const options = <T extends object>(value: T): T => Object.assign(new win.Object(), value) as T;
    const claim = cy.nodes('[kind = "claim"]').first();
    expect(claim.neighborhood().length).toBeGreaterThan(0);
    expect(cy.elements().components().length).toBeGreaterThan(0);
    const visited: string[] = [];
    cy.elements().bfs(options({ roots: claim, visit: (v) => void visited.push(v.id()) }));
    expect(visited.length).toBeGreaterThan(1);
    // A built-in layout we kept, and a clear error (not a silent no-op) for one we left out.
    expect(() => cy.layout(options({ name: 'grid' })).run()).not.toThrow();
    expect(() => cy.layout(options({ name: 'cose' }))).toThrow(/cose/);
  });
});
