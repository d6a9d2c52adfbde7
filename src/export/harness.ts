/**
 * Entry of the render bundle (`vite.render.config.ts` → `dist/render/argument-graph.js`) that `argument-graph
 * render` and the export benchmark load into headless Chromium: it registers <argument-graph> and exposes
 * `window.argmapHarness`, which draws a dataset with the real element and exports it through the element's own
 * `exportImage`. It makes no network request: the dataset comes in as an object.
 */
import type { ArgumentGraphElement } from '../components/argument-graph.ts';
import { defineArgumentGraph } from '../define.ts';
import type { Dataset } from '../model/index.ts';
import type { LayoutName } from '../view/layouts.ts';
import type { ThemeName } from '../view/theme.ts';
import type { ImageOptions } from './image.ts';
import type { SvgOptions } from './svg.ts';

export interface HarnessView {
  layout: LayoutName;
  theme: ThemeName;
}

/** What `window.argmapHarness` offers; every method reports failure by rejecting with a plain message. */
export interface Harness {
  /** Draws the dataset in an element filling the page, and waits until it is laid out. */
  load(dataset: Dataset, view: HarnessView): Promise<void>;
  /** The loaded graph as PNG or JPEG bytes, base64-encoded (so they cross the DevTools protocol as text). */
  image(options: ImageOptions): Promise<string>;
  /** The loaded graph as SVG text. */
  svg(options: SvgOptions): Promise<string>;
  /** The loaded dataset as JSON, every node with its drawn `position` (for `layout="preset"`). */
  positions(): Promise<string>;
}

let current: ArgumentGraphElement | undefined;

function loaded(): ArgumentGraphElement {
  if (!current) throw new Error('No graph loaded: call load(dataset, view) first.');
  return current;
}

async function load(dataset: Dataset, view: HarnessView): Promise<void> {
  current?.remove();
  const element = document.createElement('argument-graph');
  element.style.setProperty('--argmap-height', '100vh');
  element.layout = view.layout;
  element.theme = view.theme;
  current = element;
  const outcome = new Promise<void>((resolve, reject) => {
    element.addEventListener('argmap-load', () => resolve(), { once: true });
    element.addEventListener('argmap-error', (event) => reject(new Error(event.detail.message)), {
      once: true,
    });
  });
  element.data = dataset;
  document.body.append(element);
  await outcome;
  await element.ready;
}

async function image(options: ImageOptions): Promise<string> {
  const bytes = new Uint8Array(await (await loaded().exportImage(options)).arrayBuffer());
  // btoa takes a binary string; build it in slices to stay within argument limits.
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

async function svg(options: SvgOptions): Promise<string> {
  return (await loaded().exportImage({ ...options, format: 'svg' })).text();
}

async function positions(): Promise<string> {
  return (await loaded().exportData('json', { positions: true })).text();
}

// Called, not just imported: package.json marks src/define.ts free of side effects for bundlers.
defineArgumentGraph();
const harness: Harness = { load, image, svg, positions };
(globalThis as { argmapHarness?: Harness }).argmapHarness = harness;
