/** Export formats, their file extensions and MIME types: small, so the element's menu can name files without
 * loading the exporters. */
export type ImageFileFormat = 'png' | 'jpeg' | 'svg';
export type DataFormat = 'json' | 'graphml' | 'gexf';

export const IMAGE_FILE_TYPES: Record<ImageFileFormat, { extension: string; mimeType: string }> = {
  png: { extension: 'png', mimeType: 'image/png' },
  jpeg: { extension: 'jpg', mimeType: 'image/jpeg' },
  svg: { extension: 'svg', mimeType: 'image/svg+xml' },
};

/** Data exports: the dataset as our JSON (lossless), and the analysed graph as GraphML (yEd) or GEXF (Gephi). */
export const DATA_FILE_TYPES: Record<DataFormat, { extension: string; mimeType: string }> = {
  json: { extension: 'json', mimeType: 'application/json' },
  graphml: { extension: 'graphml', mimeType: 'application/graphml+xml' },
  gexf: { extension: 'gexf', mimeType: 'application/gexf+xml' },
};
/** Options of the element's `exportData`. */
export interface DataExportOptions {
  /** JSON only: write every node's drawn position, for `layout="preset"`. */
  positions?: boolean;
}

export const DATA_FORMATS = Object.keys(DATA_FILE_TYPES) as DataFormat[];

export function isDataFormat(value: unknown): value is DataFormat {
  return typeof value === 'string' && (DATA_FORMATS as string[]).includes(value);
}
