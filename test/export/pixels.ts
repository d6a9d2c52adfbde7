/** Pixel helpers for export tests (browser only). */

export interface Pixels {
  width: number;
  height: number;
  data: Uint8ClampedArray;
}

/** Decodes a PNG/JPEG/SVG blob at its natural size, or drawn at `size` (SVG rendering through an <img>). */
export async function decode(blob: Blob, size?: { width: number; height: number }): Promise<Pixels> {
  const url = URL.createObjectURL(blob);
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const width = size?.width ?? image.naturalWidth;
    const height = size?.height ?? image.naturalHeight;
    const context = new OffscreenCanvas(width, height).getContext('2d') as OffscreenCanvasRenderingContext2D;
    context.drawImage(image, 0, 0, width, height);
    return { width, height, data: context.getImageData(0, 0, width, height).data };
  } finally {
    URL.revokeObjectURL(url);
  }
}

export function hex(colour: string): [number, number, number] {
  const n = Number.parseInt(colour.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

/** How many opaque pixels are within `tolerance` (per channel) of `colour`. */
export function countColour(pixels: Pixels, colour: string, tolerance = 10): number {
  const [r, g, b] = hex(colour);
  const d = pixels.data;
  let count = 0;
  for (let i = 0; i < d.length; i += 4)
    if (
      (d[i + 3] as number) > 200 &&
      Math.abs((d[i] as number) - r) <= tolerance &&
      Math.abs((d[i + 1] as number) - g) <= tolerance &&
      Math.abs((d[i + 2] as number) - b) <= tolerance
    )
      count++;
  return count;
}

/** The RGBA of one pixel. */
export function pixel(pixels: Pixels, x: number, y: number): number[] {
  const i = (y * pixels.width + x) * 4;
  return Array.from(pixels.data.slice(i, i + 4));
}

/** Share of pixels that differ from the top-left one: 0 for a blank image. */
export function ink(pixels: Pixels): number {
  const d = pixels.data;
  let differing = 0;
  for (let i = 0; i < d.length; i += 4)
    if (d[i] !== d[0] || d[i + 1] !== d[1] || d[i + 2] !== d[2] || d[i + 3] !== d[3]) differing++;
  return differing / (d.length / 4);
}

/** Mean absolute difference per channel (0–255) between two images of the same size, alpha included. */
export function meanDifference(a: Pixels, b: Pixels): number {
  if (a.width !== b.width || a.height !== b.height)
    throw new Error(`sizes differ: ${a.width}×${a.height} vs ${b.width}×${b.height}`);
  let total = 0;
  for (let i = 0; i < a.data.length; i++) total += Math.abs((a.data[i] as number) - (b.data[i] as number));
  return total / a.data.length;
}

/**
 * The largest mean absolute difference per channel over `block` × `block` tiles: where the mean over the whole
 * image forgives one missing label, a tile does not.
 */
export function worstTileDifference(a: Pixels, b: Pixels, block = 32): number {
  let worst = 0;
  for (let ty = 0; ty < a.height; ty += block)
    for (let tx = 0; tx < a.width; tx += block) {
      let total = 0;
      let count = 0;
      for (let y = ty; y < Math.min(ty + block, a.height); y++)
        for (let x = tx; x < Math.min(tx + block, a.width); x++) {
          const i = (y * a.width + x) * 4;
          for (let c = 0; c < 4; c++)
            total += Math.abs((a.data[i + c] as number) - (b.data[i + c] as number));
          count += 4;
        }
      worst = Math.max(worst, total / count);
    }
  return worst;
}
