import type { Dataset, Problem } from '../model/index.ts';

/** The formats `importText` reads: our own JSON, AIF JSON (bare or OVA3 wrapper), Argdown, Kialo text export. */
export type Format = 'dataset' | 'aif' | 'argdown' | 'kialo';
export const FORMATS: readonly Format[] = ['dataset', 'aif', 'argdown', 'kialo'];
/** The formats the exporters write. */
export type ExportFormat = 'dataset' | 'aif' | 'argdown';
export const EXPORT_FORMATS: readonly ExportFormat[] = ['dataset', 'aif', 'argdown'];

/**
 * What one importer returns. `warnings` list what the dataset could not represent as it was;
 * `problems` why nothing could be imported. A problem's `path` is a JSON Pointer for JSON inputs
 * ("/nodes/3") and "line N" or "line N, column M" for text inputs.
 */
export type Imported =
  | { ok: true; dataset: Dataset; warnings: Problem[] }
  | { ok: false; problems: Problem[] };

export type ImportResult =
  | { ok: true; format: Format; dataset: Dataset; warnings: Problem[] }
  | { ok: false; format?: Format; problems: Problem[] };

/** An exported text and what the target format could not carry (paths are JSON Pointers into the dataset). */
export interface ExportResult {
  text: string;
  warnings: Problem[];
}
