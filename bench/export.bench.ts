import { readFile } from 'node:fs/promises';
import { performance } from 'node:perf_hooks';
import { renderBundle } from '../src/cli/render/bundle.ts';
import { HeadlessRenderer } from '../src/cli/render/headless.ts';
import { type Dataset, parseDataset } from '../src/model/index.ts';
import { syntheticDataset } from './synthetic-dataset.ts';

const RUNS = 5;
const WINDOW = { width: 1280, height: 800 };

const median = (runs: number[]) => [...runs].sort((a, b) => a - b)[Math.floor(runs.length / 2)] as number;
const ms = (value: number) => `${value.toFixed(0)} ms`;

async function timed<T>(work: () => Promise<T>): Promise<[T, number]> {
  const start = performance.now();
  const value = await work();
  return [value, performance.now() - start];
}

async function seed(): Promise<Dataset> {
  const parsed = parseDataset(JSON.parse(await readFile('graph-data/nk-russia-military-ties.json', 'utf8')));
  if (!parsed.ok) throw new Error('the seed dataset is invalid');
  return parsed.dataset;
}

/**
 * PNG and SVG export times with the built element in headless Chromium (what `argument-graph render` does),
 * for the seed and a 1k-node synthetic debate.
 */
export async function run(): Promise<void> {
  console.log('\n## Export benchmark (bench/export.bench.ts)');
  const bundle = await renderBundle((text) => process.stdout.write(text));
  const renderer = await HeadlessRenderer.open(bundle, WINDOW);
  try {
    console.log(
      `Headless Chromium, ${WINDOW.width}×${WINDOW.height} window, light theme, whole graph at scale 1; medians of ${RUNS} runs, ` +
        'timed from Node (base64 transfer out of the page included). Layout: hierarchical, which the element ' +
        'turns into fcose for large graphs.\n',
    );
    console.log('| dataset | nodes | edges drawn | load + layout | PNG | PNG size | SVG | SVG size |');
    console.log('| --- | --- | --- | --- | --- | --- | --- | --- |');
    const cases: Array<[string, Dataset]> = [
      ['seed', await seed()],
      ['synthetic 1k', syntheticDataset(1000)],
    ];
    for (const [name, dataset] of cases) {
      const [, loadMs] = await timed(() =>
        renderer.load(dataset, { layout: 'hierarchical', theme: 'light' }),
      );
      const png: number[] = [];
      const svg: number[] = [];
      let pngBytes = 0;
      let svgText = '';
      for (let r = 0; r < RUNS; r++) {
        const [image, imageMs] = await timed(() => renderer.image({ scale: 1 }));
        png.push(imageMs);
        pngBytes = image.length;
        const [text, svgMs] = await timed(() => renderer.svg({ scale: 1 }));
        svg.push(svgMs);
        svgText = text;
      }
      const edges = (svgText.match(/class="argmap-edge"/g) ?? []).length;
      console.log(
        `| ${name} | ${dataset.nodes.length} | ${edges} | ${ms(loadMs)} | **${ms(median(png))}** | ` +
          `${(pngBytes / 1024).toFixed(0)} KB | **${ms(median(svg))}** | ${(svgText.length / 1024).toFixed(0)} KB |`,
      );
    }
  } finally {
    await renderer.close();
  }
}
