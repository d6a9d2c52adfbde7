import type { Core } from 'cytoscape';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { ArgumentGraphElement } from '../../src/components/argument-graph.ts';
import { ExportError } from '../../src/export/frame.ts';
import { exportImage, MAX_IMAGE_PIXELS } from '../../src/export/image.ts';
import { lightTheme } from '../../src/view/theme.ts';
import { cleanup, mountSeed } from '../components/helpers.ts';
import { countColour, decode, ink, pixel } from './pixels.ts';

let el: ArgumentGraphElement;
let cy: Core;

beforeAll(async () => {
  el = await mountSeed();
  cy = el.cy as Core;
});

afterEach(() => {
  cy.elements().removeClass('hidden');
});

/** The full export's size at scale 1, as Cytoscape frames it: the bounding box rounded up. */
function fullSize() {
  const box = cy.elements().boundingBox();
  return { width: Math.ceil(box.w), height: Math.ceil(box.h) };
}

describe('exportImage', () => {
  it('writes a PNG of the whole graph at the requested scale', async () => {
    const { width, height } = fullSize();
    for (const scale of [1, 2, 3]) {
      const blob = await exportImage(cy, lightTheme, { scale });
      expect(blob.type).toBe('image/png');
      const bitmap = await createImageBitmap(blob);
      expect([bitmap.width, bitmap.height]).toEqual([Math.floor(width * scale), Math.floor(height * scale)]);
    }
  });

  it('shows the three kinds in their colours on the theme background', async () => {
    const pixels = await decode(await exportImage(cy, lightTheme, { scale: 2 }));
    expect(ink(pixels)).toBeGreaterThan(0.05);
    expect(pixel(pixels, 0, 0)).toEqual([255, 255, 255, 255]);
    // Borders are drawn at full opacity (fills fade with strength), so each kind's border colour is there.
    for (const kind of ['claim', 'expert', 'evidence'] as const)
      expect(countColour(pixels, lightTheme[kind].border), kind).toBeGreaterThan(200);
    expect(countColour(pixels, lightTheme.disputes)).toBeGreaterThan(100);
  });

  it('writes a JPEG, and a transparent or coloured background on request', async () => {
    const jpeg = await exportImage(cy, lightTheme, { format: 'jpeg', background: '#102030' });
    expect(jpeg.type).toBe('image/jpeg');
    const jpegPixels = await decode(jpeg);
    expect(jpegPixels.width).toBe(fullSize().width);
    const [r, g, b] = pixel(jpegPixels, 1, 1);
    expect(
      Math.abs((r as number) - 0x10) + Math.abs((g as number) - 0x20) + Math.abs((b as number) - 0x30),
    ).toBeLessThan(12);

    const transparent = await decode(await exportImage(cy, lightTheme, { background: 'transparent' }));
    for (const [x, y] of [
      [0, 0],
      [transparent.width - 1, 0],
      [0, transparent.height - 1],
      [transparent.width - 1, transparent.height - 1],
    ])
      expect(pixel(transparent, x as number, y as number)[3]).toBe(0);
    expect(ink(transparent)).toBeGreaterThan(0.05);
  });

  it('exports the current view at the viewport size', async () => {
    const blob = await exportImage(cy, lightTheme, { full: false, scale: 2 });
    const bitmap = await createImageBitmap(blob);
    expect([bitmap.width, bitmap.height]).toEqual([Math.floor(cy.width() * 2), Math.floor(cy.height() * 2)]);
  });

  it('lowers the scale to fit maxWidth, maxHeight and the largest area browsers draw', async () => {
    const bitmap = await createImageBitmap(
      await exportImage(cy, lightTheme, { scale: 4, maxWidth: 400, maxHeight: 5000 }),
    );
    expect(bitmap.width).toBeLessThanOrEqual(400);
    expect(bitmap.width).toBeGreaterThan(390);
    // Spread out twice as far, scale 4 of the seed would pass the area every browser can draw (whatever size
    // the layout made it in this viewport): it is lowered to just fit.
    const before = new Map(cy.nodes().map((n) => [n.id(), { ...n.position() }]));
    cy.nodes().positions((n) => ({ x: n.position('x') * 2, y: n.position('y') * 2 }));
    try {
      const { width, height } = fullSize();
      expect(width * height * 16).toBeGreaterThan(MAX_IMAGE_PIXELS);
      const big = await createImageBitmap(await exportImage(cy, lightTheme, { scale: 4 }));
      expect(big.width * big.height).toBeLessThanOrEqual(MAX_IMAGE_PIXELS);
      expect(big.width * big.height).toBeGreaterThan(MAX_IMAGE_PIXELS * 0.99);
    } finally {
      cy.nodes().positions((n) => before.get(n.id()) ?? n.position());
    }
  });

  it('refuses what would be a useless file, with a message that says how to fix it', async () => {
    await expect(exportImage(cy, lightTheme, { scale: 5 })).rejects.toThrow(
      /scale 5 is out of range.*1 to 4/,
    );
    await expect(exportImage(cy, lightTheme, { scale: 0 })).rejects.toThrow(ExportError);
    await expect(exportImage(cy, lightTheme, { format: 'jpeg', background: 'transparent' })).rejects.toThrow(
      /JPEG has no transparency/,
    );
    await expect(exportImage(cy, lightTheme, { maxWidth: 0 })).rejects.toThrow(/maxWidth/);
    await expect(exportImage(cy, lightTheme, { background: 'whte' })).rejects.toThrow(
      /background "whte" is not a CSS colour/,
    );
    cy.elements().addClass('hidden');
    await expect(exportImage(cy, lightTheme)).rejects.toThrow(/Nothing to export.*filters/);
  });
});

afterAll(cleanup);
