import type { ExportImageOptions } from '../export/blob.ts';
import { exportFileName } from '../export/file-name.ts';
import {
  DATA_FILE_TYPES,
  type DataExportOptions,
  type DataFormat,
  IMAGE_FILE_TYPES,
} from '../export/file-types.ts';
import type { Dataset } from '../model/index.ts';
import type { ExportChoice } from './export-menu.ts';

// Loaded when the user first picks an entry of the export menu (export-menu.ts), with the exporters.

/** What the menu needs from the element. */
export interface Exporter {
  debate: Dataset | null;
  exportImage(options: ExportImageOptions): Promise<Blob>;
  exportData(format: DataFormat, options?: DataExportOptions): Promise<Blob>;
}

/**
 * Exports a choice and saves it under a name from the dataset title ("will-north-korea-….png"). `report` gets
 * one sentence for the live region: what was saved, or why nothing was.
 */
export async function exportAndSave(host: Exporter, choice: ExportChoice, report: (text: string) => void) {
  try {
    const [blob, extension] =
      'image' in choice
        ? [await host.exportImage(choice.image), IMAGE_FILE_TYPES[choice.image.format ?? 'png'].extension]
        : [await host.exportData(choice.data, choice.options), DATA_FILE_TYPES[choice.data].extension];
    const name = exportFileName(host.debate?.title, extension);
    saveBlob(blob, name);
    report(`Saved ${name}.`);
  } catch (error) {
    report(`Export failed: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** Hands a Blob to the browser's download through a temporary link (a link need not be in the document). */
function saveBlob(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  // The download reads the URL after this task; revoke it well after (FileSaver.js waits 40 s too).
  setTimeout(() => URL.revokeObjectURL(url), 40_000);
}
