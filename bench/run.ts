// `npm run bench`: every benchmark, in order. Each module exports `run()`; add new ones to the list.
import { run as analysis } from './analysis.bench.ts';
import { run as exports } from './export.bench.ts';

const BENCHES: Array<() => void | Promise<void>> = [analysis, exports];

for (const run of BENCHES) await run();
