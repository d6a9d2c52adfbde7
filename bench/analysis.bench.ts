import { cpus, totalmem } from 'node:os';
import { performance } from 'node:perf_hooks';
import { analyze, buildGraph } from '../src/analysis/index.ts';
import { parseDataset } from '../src/model/index.ts';
import { syntheticDataset } from './synthetic-dataset.ts';

/** Sizes and how many runs each (the median is reported). */
const SIZES: Array<[number, number]> = [
  [1_000, 7],
  [10_000, 5],
  [100_000, 3],
];
/** The goal for 100k nodes, without exact betweenness. */
const GOAL_MS = 2000;

const gc = (globalThis as { gc?: () => void }).gc;
const megabytes = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MB`;
const milliseconds = (ms: number) => (ms < 10 ? ms.toFixed(2) : ms.toFixed(0));

function timed<T>(work: () => T): [T, number] {
  const start = performance.now();
  const value = work();
  return [value, performance.now() - start];
}

function median(runs: number[]): number {
  const sorted = [...runs].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** Build, validation and analysis time and memory for seeded synthetic debates of 1k, 10k and 100k nodes. */
export function run(): void {
  const cpu = cpus();
  console.log('## Analysis benchmark (bench/analysis.bench.ts)');
  console.log(
    `Machine: ${cpu[0]?.model ?? 'unknown CPU'} × ${cpu.length} cores, ${megabytes(totalmem())} RAM, ` +
      `node ${process.version}, ${process.platform}/${process.arch}${gc ? '' : ' (no --expose-gc: heap figures include garbage)'}`,
  );
  console.log(
    'Datasets: syntheticDataset(N, seed 42): 50 % claims, 20 % experts, 30 % evidence, ~1.5 N relations.',
  );
  console.log(
    'Times are medians; analyze includes build; betweenness is exact up to 5 000 nodes, skipped above.\n',
  );
  console.log(
    '| nodes | relations | derived edges | camps | solver | validate | build | analyze | JSON.stringify | heap used after gc | peak RSS so far |',
  );
  console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
  for (const [size, runs] of SIZES) {
    const dataset = syntheticDataset(size);
    const [, validateMs] = timed(() => parseDataset(dataset));
    const buildRuns: number[] = [];
    const analyzeRuns: number[] = [];
    let kept: ReturnType<typeof analyze> | undefined;
    for (let r = 0; r < runs; r++) {
      kept = undefined;
      gc?.();
      buildRuns.push(timed(() => buildGraph(dataset))[1]);
      gc?.();
      const [analysis, ms] = timed(() => analyze(dataset));
      analyzeRuns.push(ms);
      kept = analysis;
    }
    const { result, graph } = kept as ReturnType<typeof analyze>;
    gc?.();
    const heap = process.memoryUsage().heapUsed;
    const [, stringifyMs] = timed(() => JSON.stringify(result));
    const analyzeMs = median(analyzeRuns);
    const solver = `${result.semantics.converged ? 'converged' : 'NOT converged'}, ${result.semantics.iterations} it.`;
    console.log(
      `| ${size} | ${graph.size - result.derivedEdges.length} | ${result.derivedEdges.length} | ${result.camps.length} | ${solver} ` +
        `| ${milliseconds(validateMs)} ms | ${milliseconds(median(buildRuns))} ms | **${milliseconds(analyzeMs)} ms** ` +
        `| ${milliseconds(stringifyMs)} ms | ${megabytes(heap)} | ${megabytes(process.resourceUsage().maxRSS * 1024)} |`,
    );
    if (size === 100_000)
      console.log(
        `\n100k goal (< ${GOAL_MS} ms): ${analyzeMs < GOAL_MS ? 'met' : 'NOT met'} (${milliseconds(analyzeMs)} ms).`,
      );
  }
}
