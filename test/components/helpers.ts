import '../../src/define.ts';
import type { ArgumentGraphElement } from '../../src/components/argument-graph.ts';

export const SEED_URL = '/graph-data/nk-russia-military-ties.json';

/** Adds an <argument-graph> to the page and waits for argmap-load (or argmap-error when `expectError`). */
export async function mount(
  setup: (el: ArgumentGraphElement) => void,
  options: { expectError?: boolean; before?: HTMLElement } = {},
): Promise<ArgumentGraphElement> {
  const el = document.createElement('argument-graph');
  el.style.setProperty('--argmap-height', '600px');
  const done = new Promise<void>((resolve, reject) => {
    el.addEventListener(options.expectError ? 'argmap-error' : 'argmap-load', () => resolve(), {
      once: true,
    });
    el.addEventListener(options.expectError ? 'argmap-load' : 'argmap-error', (e) =>
      reject(new Error(`unexpected ${e.type}: ${JSON.stringify((e as CustomEvent).detail?.message)}`)),
    );
  });
  setup(el);
  if (options.before) document.body.append(options.before);
  document.body.append(el);
  await done;
  await el.updateComplete;
  return el;
}

/** Mounts the seed debate and waits until it is drawn and laid out. */
export async function mountSeed(): Promise<ArgumentGraphElement> {
  const el = await mount((e) => {
    e.src = SEED_URL;
  });
  await el.ready;
  return el;
}

export function cleanup(): void {
  document.body.replaceChildren();
  window.scrollTo(0, 0);
}

export function shadow(el: ArgumentGraphElement): ShadowRoot {
  return el.shadowRoot as ShadowRoot;
}

/** The node's centre relative to the host element's top-left corner. */
export function nodePositionInHost(el: ArgumentGraphElement, id: string): { x: number; y: number } {
  const canvas = shadow(el).querySelector('.canvas') as HTMLElement;
  const cy = el.cy;
  if (!cy) throw new Error('not mounted');
  const p = cy.getElementById(id).renderedPosition();
  const host = el.getBoundingClientRect();
  const box = canvas.getBoundingClientRect();
  return { x: box.left - host.left + p.x, y: box.top - host.top + p.y };
}

export function frames(n = 2): Promise<void> {
  return new Promise((resolve) => {
    const step = (left: number) => (left <= 0 ? resolve() : requestAnimationFrame(() => step(left - 1)));
    step(n);
  });
}

/** Waits until `check` passes (no timing assertions: a bounded poll on animation frames). */
export async function until(check: () => boolean, what: string, maxFrames = 300): Promise<void> {
  for (let i = 0; i < maxFrames; i++) {
    if (check()) return;
    await frames(1);
  }
  throw new Error(`timed out waiting for ${what}`);
}
