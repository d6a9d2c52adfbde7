import type { Core } from 'cytoscape';
import type { Theme } from '../view/theme.ts';
import { type DataInput, exportData } from './data.ts';
import {
  DATA_FILE_TYPES,
  DATA_FORMATS,
  type DataFormat,
  IMAGE_FILE_TYPES,
  type ImageFileFormat,
  isDataFormat,
} from './file-types.ts';
import { ExportError } from './frame.ts';

export { withPositions } from './positions.ts';
export { ExportError };

import { exportImage, type ImageOptions } from './image.ts';
import { exportSvg, type SvgOptions } from './svg.ts';

/** Everything the element's `exportImage` takes: the raster options, plus `format: 'svg'` and the SVG extras. */
export interface ExportImageOptions
  extends Omit<ImageOptions, 'format'>,
    Pick<SvgOptions, 'legend' | 'title'> {
  /** 'png' (default), 'jpeg' or 'svg'. */
  format?: ImageFileFormat;
}

/** The graph as an image file: PNG or JPEG drawn by Cytoscape, or SVG from our writer. */
export async function imageBlob(cy: Core, theme: Theme, options: ExportImageOptions = {}): Promise<Blob> {
  const { format = 'png', legend, title, ...rest } = options;
  if (!(format in IMAGE_FILE_TYPES))
    throw new ExportError(
      `Unknown image format "${String(format)}": use ${Object.keys(IMAGE_FILE_TYPES).join(', ')}.`,
    );
  if (format !== 'svg') return exportImage(cy, theme, { ...rest, format });
  const { maxWidth: _w, maxHeight: _h, ...svgOptions } = rest;
  const text = exportSvg(cy, theme, {
    ...svgOptions,
    ...(legend === undefined ? {} : { legend }),
    ...(title ? { title } : {}),
  });
  return new Blob([text], { type: IMAGE_FILE_TYPES.svg.mimeType });
}

/** The debate as a data file. */
export function dataBlob(format: DataFormat, input: DataInput): Blob {
  if (!isDataFormat(format))
    throw new ExportError(`Unknown data format "${String(format)}": use ${DATA_FORMATS.join(', ')}.`);
  return new Blob([exportData(format, input)], { type: `${DATA_FILE_TYPES[format].mimeType};charset=utf-8` });
}
