import {
  type Dataset,
  LIMITS,
  type Problem,
  parseDataset,
  parseDatasetText,
  serializeDataset,
} from '../model/index.ts';
import { exportAif } from './aif-export.ts';
import { exportArgdown } from './argdown-export.ts';
import { sniff } from './detect.ts';
import type { ExportFormat, ExportResult, Format, Imported, ImportResult } from './types.ts';

export { exportAif } from './aif-export.ts';
export { exportArgdown } from './argdown-export.ts';
export { detectFormat, exportFormatOf } from './detect.ts';
export * from './types.ts';

export interface ImportOptions {
  /** The format, when known; otherwise it is detected from the content and `fileName`. */
  format?: Format;
  /** The file's name, used to detect the format when the content does not settle it. */
  fileName?: string;
}

/**
 * Reads a debate map in any supported format into a dataset; never throws.
 * The importers (and Argdown's parser) are loaded only when a text in their format arrives, so a page that
 * shows argument-graph JSON never downloads them (the single-file bundle keeps them in separate chunks).
 */
export async function importText(text: string, options: ImportOptions = {}): Promise<ImportResult> {
  if (text.length > LIMITS.maxTextLength)
    return failure(options.format, {
      path: '',
      message: `File too large: ${text.length} characters (limit ${LIMITS.maxTextLength})`,
      hint: 'Split the debate into several files.',
    });
  const sniffed = options.format ? { format: options.format } : sniff(text, options.fileName);
  const format = sniffed.format;
  if (!format)
    return failure(undefined, {
      path: '',
      message: 'Cannot tell the format of this text',
      hint: 'Name the format: "dataset" (argument-graph JSON), "aif", "argdown" or "kialo" (CLI: --from).',
    });
  if (format === 'dataset') {
    const parsed = parseDatasetText(text);
    return parsed.ok ? { ok: true, format, dataset: parsed.dataset, warnings: [] } : { ...parsed, format };
  }
  let imported: Imported;
  try {
    imported = await importForeign(format, text, 'json' in sniffed ? sniffed.json : undefined);
  } catch (error) {
    // The importers report bad input as problems; reaching here is a bug, still not a reason to throw.
    return failure(format, {
      path: '',
      message: `Import failed: ${error instanceof Error ? error.message : String(error)}`,
      hint: 'This is a bug; please report it with the file that caused it.',
    });
  }
  if (!imported.ok) return { ...imported, format };
  // Importers build datasets field by field; checking the result keeps that promise honest.
  const checked = parseDataset(imported.dataset);
  return checked.ok
    ? { ok: true, format, dataset: checked.dataset, warnings: imported.warnings }
    : { ok: false, format, problems: checked.problems };
}

async function importForeign(format: Exclude<Format, 'dataset'>, text: string, json?: { value: unknown }) {
  switch (format) {
    case 'aif': {
      const { importAif } = await import('./aif-import.ts');
      return json ? importAif(json.value) : importAifText(text, importAif);
    }
    case 'argdown':
      return (await import('./argdown-import.ts')).importArgdown(text);
    case 'kialo':
      return (await import('./kialo-import.ts')).importKialo(text);
  }
}

function importAifText(text: string, importAif: (value: unknown) => Imported): Imported {
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    // Not JSON: the dataset reader's message says where the syntax breaks (line and column).
    const parsed = parseDatasetText(text);
    return { ok: false, problems: parsed.ok ? [] : parsed.problems };
  }
  return importAif(value);
}

/** Writes a dataset in one of the export formats, with what that format could not carry. */
export function exportText(dataset: Dataset, format: ExportFormat): ExportResult {
  if (format === 'aif') return exportAif(dataset);
  if (format === 'argdown') return exportArgdown(dataset);
  return { text: serializeDataset(dataset), warnings: [] };
}

function failure(format: Format | undefined, problem: Problem): ImportResult {
  return { ok: false, ...(format && { format }), problems: [problem] };
}
