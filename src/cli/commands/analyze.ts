import { parseArgs } from 'node:util';
import { analyze as analyzeDataset, SEMANTICS, type SemanticsName } from '../../analysis/index.ts';
import { type Command, EXIT, UsageError } from '../command.ts';
import { readDataset } from '../read-dataset.ts';

const SEMANTICS_NAMES = Object.keys(SEMANTICS) as SemanticsName[];
const count = (n: number) => (n === 1 ? '1 problem' : `${n} problems`);
const isSemanticsName = (name: string): name is SemanticsName => (SEMANTICS_NAMES as string[]).includes(name);

export const analyze: Command = {
  name: 'analyze',
  summary: 'Compute strength, status, supporters, disputers, agreement edges and camps; print JSON.',
  usage: [
    'Usage: argument-graph analyze <file> [--semantics dfquad|quadratic-energy]',
    '',
    'Prints the analysis as JSON: {"semantics": {"name", "converged", "iterations"}, "nodes": {"<id>": {...}},',
    '"derivedEdges": [...], "camps": [...], "components": [...]}. The rules are in docs/ANALYSIS.md.',
    '  --semantics   gradual semantics for strengths: dfquad (default) or quadratic-energy',
    'An invalid file prints {"file", "ok": false, "problems": [{"path", "message", "hint"}]} (as validate --json).',
    'Exit status: 0 analysed, 1 invalid dataset, 2 unreadable file or bad usage.',
  ].join('\n'),
  async run(args, io) {
    const { values, positionals } = parseArgs({
      args,
      options: { semantics: { type: 'string' } },
      allowPositionals: true,
    });
    if (positionals.length !== 1) throw new UsageError('analyze needs exactly one file');
    const semantics = values.semantics ?? 'dfquad';
    if (!isSemanticsName(semantics))
      throw new UsageError(`--semantics must be ${SEMANTICS_NAMES.join(' or ')}, not "${semantics}"`);
    const [file] = positionals;
    const parsed = await readDataset(file, io);
    if (!parsed.ok) {
      io.stdout(`${JSON.stringify({ file, ok: false, problems: parsed.problems }, null, 2)}\n`);
      io.stderr(
        `argument-graph analyze: ${file} is not a valid dataset (${count(parsed.problems.length)}); ` +
          `"argument-graph validate ${file}" explains each one.\n`,
      );
      return EXIT.invalid;
    }
    const { result } = analyzeDataset(parsed.dataset, { semantics });
    io.stdout(`${JSON.stringify(result, null, 2)}\n`);
    return EXIT.ok;
  },
};
