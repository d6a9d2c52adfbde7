import type { Core } from 'cytoscape';
import type { Theme } from '../view/theme.ts';
import { checkBackground, checkScale, ExportError, exportFrame } from './frame.ts';

export type ImageFormat = 'png' | 'jpeg';
export const IMAGE_FORMATS: readonly ImageFormat[] = ['png', 'jpeg'];

/**
 * Size limits of exported images. Browsers refuse larger canvases, or hand back blank ones: 16 384 px a side is
 * safe everywhere, and 4096 × 4096 (16.8 megapixels) is Safari's limit on area. Both still print at 300 dpi on
 * A3. The scale is lowered to stay within them.
 */
export const MAX_IMAGE_SIDE = 16_384;
export const MAX_IMAGE_PIXELS = 4096 * 4096;

export interface ImageOptions {
  /** 'png' (default) or 'jpeg'. */
  format?: ImageFormat;
  /** 1 (default) to 4: pixels per px of the graph at zoom 1 (or of the viewport when `full` is false). */
  scale?: number;
  /** A CSS colour, or 'transparent' (PNG only); default: the theme's background. */
  background?: string;
  /** The whole graph (default) or the current view. */
  full?: boolean;
  /** Caps on the image size in pixels: the scale is lowered to fit (and to MAX_IMAGE_PIXELS). Default MAX_IMAGE_SIDE. */
  maxWidth?: number;
  maxHeight?: number;
}

/**
 * A PNG or JPEG of the graph as Cytoscape draws it (`blob-promise`, so the page stays responsive). The size is
 * the frame times the scale, whatever the screen's pixel ratio, the scale lowered to fit the size limits. An empty
 * graph, an impossible size or a blank result is an ExportError, never a blank file.
 */
export async function exportImage(cy: Core, theme: Theme, options: ImageOptions = {}): Promise<Blob> {
  const format = options.format ?? 'png';
  if (!IMAGE_FORMATS.includes(format))
    throw new ExportError(`Unknown image format "${String(format)}": use ${IMAGE_FORMATS.join(' or ')}.`);
  const background = checkBackground(options.background, theme.background);
  const transparent = background === 'transparent';
  if (transparent && format === 'jpeg')
    throw new ExportError('JPEG has no transparency: export a PNG, or give the JPEG a background colour.');
  const full = options.full ?? true;
  const frame = exportFrame(cy, full);
  const maxWidth = checkCap('maxWidth', options.maxWidth);
  const maxHeight = checkCap('maxHeight', options.maxHeight);
  const scale = Math.min(
    checkScale(options.scale),
    maxWidth / frame.width,
    maxHeight / frame.height,
    Math.sqrt(MAX_IMAGE_PIXELS / (frame.width * frame.height)),
  );
  const width = Math.floor(frame.width * scale);
  const height = Math.floor(frame.height * scale);
  if (width < 1 || height < 1)
    throw new ExportError(
      `The image would be ${width}×${height} pixels: raise maxWidth/maxHeight or export the whole graph.`,
    );
  // Passing the caps also stops Cytoscape from multiplying by the screen's pixel ratio.
  const exportOptions = {
    output: 'blob-promise',
    full,
    scale,
    maxWidth,
    maxHeight,
    ...(transparent ? {} : { bg: background }),
  } as const;
  let blob: Blob | null;
  try {
    blob = await (format === 'png' ? cy.png(exportOptions) : cy.jpg(exportOptions));
  } catch (error) {
    throw new ExportError(
      `The browser could not draw a ${width}×${height} image (${error instanceof Error ? error.message : String(error)}): ` +
        'lower the scale or set maxWidth/maxHeight.',
    );
  }
  if (!blob || blob.size === 0 || (await isBlank(blob)))
    throw new ExportError(
      `The ${width}×${height} image came out blank, which happens when it is too large for the browser: ` +
        'lower the scale or set maxWidth/maxHeight.',
    );
  return blob;
}

function checkCap(name: string, value: number | undefined): number {
  if (value === undefined) return MAX_IMAGE_SIDE;
  if (typeof value !== 'number' || !(value >= 1) || !Number.isFinite(value))
    throw new ExportError(`${name} must be a number of pixels, at least 1 (got ${String(value)}).`);
  return value;
}

/**
 * True when every pixel of a thumbnail is the same colour: a canvas the browser could not allocate comes back
 * cleared. A thumbnail keeps the check cheap for large images; node fills and labels survive the shrinking.
 */
async function isBlank(blob: Blob): Promise<boolean> {
  if (typeof createImageBitmap !== 'function' || typeof OffscreenCanvas !== 'function') return false;
  const bitmap = await createImageBitmap(blob, {
    resizeWidth: 64,
    resizeHeight: 64,
    resizeQuality: 'medium',
  });
  const context = new OffscreenCanvas(64, 64).getContext('2d');
  if (!context) return false;
  context.drawImage(bitmap, 0, 0);
  bitmap.close();
  const pixels = context.getImageData(0, 0, 64, 64).data;
  for (let i = 4; i < pixels.length; i++) if (pixels[i] !== pixels[i % 4]) return false;
  return true;
}
