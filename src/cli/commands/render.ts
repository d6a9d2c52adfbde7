import { constants } from 'node:fs';
import { access, stat, writeFile } from 'node:fs/promises';
import { dirname, extname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { MAX_SCALE, MIN_SCALE } from '../../export/frame.ts';
import { importText } from '../../io/index.ts';
import {
  effectiveLayout,
  hasSavedPositions,
  isLayoutName,
  LAYOUT_NAMES,
  layoutFallbackNote,
} from '../../view/layouts.ts';
import { type ThemeName, themes } from '../../view/theme.ts';
import { type Command, EXIT, UsageError } from '../command.ts';
import { describeFsError, readInput } from '../read-dataset.ts';
import { renderBundle } from '../render/bundle.ts';
import { HeadlessRenderer } from '../render/headless.ts';
import { reportInvalid } from '../report-invalid.ts';

/** Output formats by extension; `positions` is the dataset as JSON with every node's drawn position. */
const FORMATS: Record<string, 'png' | 'jpeg' | 'svg' | 'positions'> = {
  '.png': 'png',
  '.jpg': 'jpeg',
  '.jpeg': 'jpeg',
  '.svg': 'svg',
  '.json': 'positions',
};
const THEMES = Object.keys(themes) as ThemeName[];
const isTheme = (name: string): name is ThemeName => (THEMES as string[]).includes(name);

function number(name: string, value: string | undefined, min: number, max: number, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!(n >= min && n <= max))
    throw new UsageError(`--${name} must be a number from ${min} to ${max}, not "${value}"`);
  return n;
}

/** Fails before any rendering when the output cannot be written: a missing folder, no permission, a directory. */
async function checkWritable(output: string): Promise<void> {
  const info = await stat(output).catch(() => undefined);
  if (info?.isDirectory()) throw new UsageError(`cannot write ${output}: it is a directory, not a file`);
  const folder = dirname(resolve(output));
  try {
    await access(folder, constants.W_OK);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(
      `cannot write ${output}: ${code === 'ENOENT' ? `the folder ${dirname(output)} does not exist` : describeFsError(error)}`,
    );
  }
}

export const render: Command = {
  name: 'render',
  summary:
    'Draw a dataset as PNG, JPEG or SVG, or save its layout, with the built element in headless Chromium.',
  usage: [
    'Usage: argument-graph render <dataset> -o <image> [--layout NAME] [--scale N] [--theme light|dark]',
    '                             [--width W --height H] [--background COLOR] [--legend]',
    '',
    'Lays the debate out and draws it as the <argument-graph> element does in a browser (the same built code,',
    'in headless Chromium), then exports the whole graph. Reads every format convert reads.',
    '  -o, --output   file to write; its extension names the format: .png, .jpg or .jpeg, .svg, or .json: the',
    '                 dataset with every node\'s drawn position, which layout="preset" then draws at once (lay',
    "                 out a large map here once, instead of in every reader's browser)",
    `  --layout       ${LAYOUT_NAMES.join(' | ')} (default hierarchical)`,
    `  --scale        ${MIN_SCALE} (default) to ${MAX_SCALE}: image pixels per px of the graph (SVG: its width and height)`,
    '  --theme        light (default) or dark',
    '  --width        width of the window the graph is laid out in, in px (default 1280)',
    "  --height       its height (default 800); the layout follows the window's shape",
    '  --background   a CSS colour, or "transparent" (PNG, SVG); default: the theme\'s background',
    '  --legend       SVG only: add a legend of the kinds and relations under the graph',
    'Needs Chromium or Chrome ($CHROMIUM_PATH, or chromium/google-chrome on PATH). In a checkout the element is',
    'built into dist/render/ first whenever src/ changed (Vite, a second or two).',
    'Exit status: 0 rendered, 1 invalid dataset, 2 unreadable input, unwritable output, no browser or bad usage.',
  ].join('\n'),
  async run(args, io) {
    const { values, positionals } = parseArgs({
      args,
      options: {
        output: { type: 'string', short: 'o' },
        layout: { type: 'string' },
        scale: { type: 'string' },
        theme: { type: 'string' },
        width: { type: 'string' },
        height: { type: 'string' },
        background: { type: 'string' },
        legend: { type: 'boolean' },
      },
      allowPositionals: true,
    });
    if (positionals.length !== 1) throw new UsageError('render needs exactly one dataset file');
    const [input] = positionals as [string];
    const output = values.output;
    if (!output) throw new UsageError('render needs an output: -o <file.png|file.jpg|file.svg|file.json>');
    const format = FORMATS[extname(output).toLowerCase()];
    if (!format)
      throw new UsageError(
        `cannot tell the output format from "${output}": end it in .png, .jpg, .svg or .json`,
      );
    const layout = values.layout ?? 'hierarchical';
    if (!isLayoutName(layout))
      throw new UsageError(`--layout must be one of ${LAYOUT_NAMES.join(', ')}, not "${layout}"`);
    const theme = values.theme ?? 'light';
    if (!isTheme(theme)) throw new UsageError(`--theme must be ${THEMES.join(' or ')}, not "${theme}"`);
    const scale = number('scale', values.scale, MIN_SCALE, MAX_SCALE, 1);
    const width = Math.round(number('width', values.width, 320, 8192, 1280));
    const height = Math.round(number('height', values.height, 240, 8192, 800));
    if (values.legend && format !== 'svg') throw new UsageError('--legend works with SVG output only');
    if (format === 'positions' && (values.scale !== undefined || values.background !== undefined))
      throw new UsageError('--scale and --background are for images; a .json output holds positions only');
    const background = values.background;

    const text = await readInput(input, io);
    const imported = await importText(text, { fileName: input });
    if (!imported.ok) {
      reportInvalid(io, input, imported.format, imported.problems);
      return EXIT.invalid;
    }
    await checkWritable(output);

    const bundle = await renderBundle(io.stderr).catch((error: Error) => {
      throw new UsageError(error.message);
    });
    const renderer = await HeadlessRenderer.open(bundle, { width, height }).catch((error: Error) => {
      throw new UsageError(error.message);
    });
    let data: string | Buffer;
    try {
      await renderer.load(imported.dataset, { layout, theme });
      const common = { scale, ...(background === undefined ? {} : { background }) };
      data =
        format === 'positions'
          ? await renderer.positions()
          : format === 'svg'
            ? await renderer.svg({ ...common, legend: values.legend ?? false })
            : await renderer.image({ ...common, format });
    } catch (error) {
      throw new UsageError(
        `cannot render ${input}: ${error instanceof Error ? error.message : String(error)}`,
      );
    } finally {
      await renderer.close();
    }
    try {
      await writeFile(output, data);
    } catch (error) {
      throw new UsageError(`cannot write ${output}: ${describeFsError(error)}`);
    }
    const { nodes, relations } = imported.dataset;
    const drawn = effectiveLayout(layout, nodes.length, hasSavedPositions(imported.dataset));
    const fallback = layoutFallbackNote(layout, drawn);
    const layoutNote = `${drawn} layout${fallback ? ` (${fallback})` : ''}`;
    io.stderr(
      `Rendered ${input} to ${output} (${format === 'positions' ? 'JSON with positions' : format.toUpperCase()}, ${Math.ceil(Buffer.byteLength(data) / 1024)} KB): ` +
        `${nodes.length} nodes, ${relations.length} relations, ${layoutNote}, ${theme} theme\n`,
    );
    return EXIT.ok;
  },
};
