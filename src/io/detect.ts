import { isObject } from './json.ts';
import type { ExportFormat, Format } from './types.ts';

/** What sniffing a text found: its format and, for JSON, the parsed value (so it is parsed once). */
export interface Sniffed {
  format?: Format;
  json?: { value: unknown };
}

const KIALO_TITLE = /^\uFEFF?Discussion Title:/;
const KIALO_CLAIM = /^\d+(\.\d+)+\.\s+(Pro|Con):/m;
// A statement or argument definition, a relation line, a pcs line, or frontmatter.
const ARGDOWN_MARKS = /^(===\s*$|\s*(\[[^\]\n]+\]|<[^>\n]+>):\s|\s*(<?[+\-_]>?|><)\s*[[<]|\(\d+\)\s)/m;

/** Reads the format from the content first and falls back on the file name's extension. */
export function sniff(text: string, fileName?: string): Sniffed {
  const extension = extensionOf(fileName);
  const start = text.replace(/^\uFEFF/, '').trimStart();
  if (start.startsWith('{')) {
    let value: unknown;
    try {
      value = JSON.parse(start);
    } catch {
      // Broken JSON: the JSON reader of the format the extension names reports where it breaks.
      return { format: extension === 'aif' ? 'aif' : 'dataset' };
    }
    return { format: jsonFormat(value, extension), json: { value } };
  }
  if (KIALO_TITLE.test(start) || (/^1\.\s/.test(start) && KIALO_CLAIM.test(start)))
    return { format: 'kialo' };
  if (ARGDOWN_MARKS.test(start)) return { format: 'argdown' };
  return extension ? { format: extension } : {};
}

/** The format of a text, from its content and, where that is not decisive, its file name. */
export function detectFormat(text: string, fileName?: string): Format | undefined {
  return sniff(text, fileName).format;
}

/** The format a file name's extension names: ".aif.json" and ".aif" AIF, ".json" our dataset, ".argdown"/".ad" Argdown, ".txt" Kialo. */
export function extensionOf(fileName: string | undefined): Format | undefined {
  const name = fileName?.toLowerCase() ?? '';
  if (name.endsWith('.aif.json') || name.endsWith('.aif')) return 'aif';
  if (name.endsWith('.json')) return 'dataset';
  if (name.endsWith('.argdown') || name.endsWith('.ad')) return 'argdown';
  if (name.endsWith('.txt')) return 'kialo';
  return undefined;
}

/** The export format a file name asks for, if its extension names one that can be written. */
export function exportFormatOf(fileName: string): ExportFormat | undefined {
  const format = extensionOf(fileName);
  return format === 'kialo' ? undefined : format;
}

/** Our dataset names itself; AIF has a wrapper, edges, or nodes with nodeIDs; anything else goes by the extension. */
function jsonFormat(value: unknown, extension: Format | undefined): Format {
  if (isObject(value) && value.format === 'argument-graph') return 'dataset';
  if (isObject(value) && (isObject(value.AIF) || isObject(value.aif))) return 'aif';
  const nodes = isObject(value) && Array.isArray(value.nodes) ? value.nodes : [];
  if (
    (isObject(value) && Array.isArray(value.edges)) ||
    nodes.some((node) => isObject(node) && 'nodeID' in node)
  )
    return 'aif';
  return extension === 'aif' ? 'aif' : 'dataset';
}
