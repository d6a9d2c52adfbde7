import { parseArgs } from 'node:util';
import { analyze } from '../../analysis/index.ts';
import { exportData } from '../../export/data.ts';
import {
  EXPORT_FORMATS,
  type ExportFormat,
  exportFormatOf,
  exportText,
  FORMATS,
  type Format,
  importText,
} from '../../io/index.ts';
import { displayPath } from '../../model/index.ts';
import { lightTheme } from '../../view/theme.ts';
import { type Command, EXIT, UsageError } from '../command.ts';
import { describeFsError, readInput } from '../read-dataset.ts';
import { reportInvalid } from '../report-invalid.ts';

const isFormat = (name: string): name is Format => (FORMATS as string[]).includes(name);
const isExportFormat = (name: string): name is ExportFormat => (EXPORT_FORMATS as string[]).includes(name);
/** Graph formats carry the analysis too (derived edges, strengths), so they are written from `analyze`'s graph. */
const GRAPH_FORMATS = ['graphml', 'gexf'] as const;
type GraphFormat = (typeof GRAPH_FORMATS)[number];
const isGraphFormat = (name: string): name is GraphFormat =>
  (GRAPH_FORMATS as readonly string[]).includes(name);
const TO_FORMATS = [...EXPORT_FORMATS, ...GRAPH_FORMATS];
const formatOf = (output: string) =>
  GRAPH_FORMATS.find((f) => output.toLowerCase().endsWith(`.${f}`)) ?? exportFormatOf(output);

export const convert: Command = {
  name: 'convert',
  summary: 'Convert between argument-graph JSON, AIF JSON, Argdown and Kialo; write GraphML and GEXF.',
  usage: [
    'Usage: argument-graph convert <input> -o <output> [--from FORMAT] [--to FORMAT]',
    '',
    'Reads argument-graph JSON, AIF JSON (AIFdb nodeset or OVA3), Argdown or a Kialo text export, and writes',
    'argument-graph JSON, AIF JSON (OVA3 wrapper) or Argdown. How each format maps is in docs/FORMATS.md.',
    'GraphML (yEd) and GEXF (Gephi) hold the analysed graph: every node with its fields and computed strength,',
    'status, camp…, every relation, and the derived agree/disagree edges (attribute derived=true).',
    '  -o, --output   file to write; its extension names the format: .json argument-graph, .aif.json or .aif',
    '                 AIF, .argdown or .ad Argdown, .graphml, .gexf; "-o -" writes argument-graph JSON (or',
    '                 --to) to stdout',
    '  --from         dataset | aif | argdown | kialo; detected from content and extension when absent',
    '  --to           dataset | aif | argdown | graphml | gexf; overrides the output extension',
    'Warnings (what a format could not carry) go to stderr; so do the problems of an invalid input.',
    'Exit status: 0 converted, 1 invalid input, 2 unreadable input, unwritable output or bad usage.',
  ].join('\n'),
  async run(args, io) {
    const { values, positionals } = parseArgs({
      args,
      options: { output: { type: 'string', short: 'o' }, from: { type: 'string' }, to: { type: 'string' } },
      allowPositionals: true,
    });
    if (positionals.length !== 1) throw new UsageError('convert needs exactly one input file');
    const [input] = positionals;
    const output = values.output;
    if (!output) throw new UsageError('convert needs an output: -o <file>, or -o - for stdout');
    const from = values.from;
    if (from !== undefined && !isFormat(from))
      throw new UsageError(`--from must be one of ${FORMATS.join(', ')}, not "${from}"`);
    const to = values.to ?? (output === '-' ? 'dataset' : formatOf(output));
    if (to === undefined)
      throw new UsageError(
        `cannot tell the output format from "${output}"; name it with --to ${TO_FORMATS.join('|')}`,
      );
    if (!isExportFormat(to) && !isGraphFormat(to))
      throw new UsageError(`--to must be one of ${TO_FORMATS.join(', ')}, not "${to}"`);

    const text = await readInput(input, io);
    const imported = await importText(text, { format: from, fileName: input });
    if (!imported.ok) {
      reportInvalid(io, input, imported.format, imported.problems);
      return EXIT.invalid;
    }
    const exported = isGraphFormat(to)
      ? {
          text: exportData(to, {
            dataset: imported.dataset,
            graph: analyze(imported.dataset).graph,
            theme: lightTheme,
          }),
          warnings: [],
        }
      : exportText(imported.dataset, to);
    for (const w of imported.warnings) io.stderr(`warning: ${input}: ${displayPath(w.path)}: ${w.message}\n`);
    for (const w of exported.warnings)
      io.stderr(`warning: ${to} output: ${w.message} (${displayPath(w.path)})\n`);

    if (output === '-') io.stdout(exported.text);
    else {
      if (!io.writeFile)
        throw new UsageError(`cannot write ${output}: this host writes to stdout only (-o -)`);
      try {
        await io.writeFile(output, exported.text);
      } catch (error) {
        throw new UsageError(`cannot write ${output}: ${describeFsError(error)}`);
      }
    }
    const { nodes, relations } = imported.dataset;
    io.stderr(
      `Converted ${input} (${imported.format}) to ${output === '-' ? 'stdout' : output} (${to}): ` +
        `${nodes.length} nodes, ${relations.length} relations\n`,
    );
    return EXIT.ok;
  },
};
