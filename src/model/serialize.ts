import type { Dataset } from './types.ts';

/** Writes a dataset as pretty JSON text, keeping every field (known or not) in its order. */
export function serializeDataset(dataset: Dataset): string {
  return `${JSON.stringify(dataset, null, 2)}\n`;
}
