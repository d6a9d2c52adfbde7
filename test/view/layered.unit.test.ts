import { describe, expect, it } from 'vitest';
import { type Box, wrapRanks } from '../../src/view/index.ts';

/** Three ranks left to right: 12 sources, 6 middles, 2 targets, each node 150×40 (swapped when `vertical`). */
function ranks(vertical: boolean): Box[] {
  const boxes: Box[] = [];
  [12, 6, 2].forEach((count, rank) => {
    for (let i = 0; i < count; i++) {
      const along = rank * 260;
      const across = i * 50;
      boxes.push(
        vertical
          ? { id: `r${rank}n${i}`, x: across * 3.4, y: along, w: 150, h: 40 }
          : { id: `r${rank}n${i}`, x: along, y: across, w: 150, h: 40 },
      );
    }
  });
  return boxes;
}

function extent(positions: Map<string, { x: number; y: number }>) {
  const xs = [...positions.values()].map((p) => p.x);
  const ys = [...positions.values()].map((p) => p.y);
  return { width: Math.max(...xs) - Math.min(...xs), height: Math.max(...ys) - Math.min(...ys) };
}

describe('wrapRanks', () => {
  it('keeps ranks in order and places every node', () => {
    const positions = wrapRanks(ranks(false), { aspect: 1.6 });
    expect(positions.size).toBe(20);
    const x = (id: string) => positions.get(id)?.x ?? Number.NaN;
    expect(x('r0n0')).toBeLessThan(x('r1n0'));
    expect(x('r1n0')).toBeLessThan(x('r2n0'));
  });

  it('lays a top-to-bottom layout out as the transpose of a left-to-right one', () => {
    const positions = wrapRanks(ranks(true), { aspect: 1 / 1.6, vertical: true });
    expect(positions.size).toBe(20);
    const y = (id: string) => positions.get(id)?.y ?? Number.NaN;
    expect(y('r0n0')).toBeLessThan(y('r1n0'));
    expect(y('r1n0')).toBeLessThan(y('r2n0'));
  });

  it('wraps a tall rank for a wide viewport, and only as far as it makes the fitted graph larger', () => {
    // The fitted zoom of a layout in a viewport `aspect` wide and 1 high is 1 / max(width / aspect, height).
    const fittedZoom = (aspect: number) => {
      const { width, height } = extent(wrapRanks(ranks(false), { aspect }));
      return 1 / Math.max((width + 150) / aspect, height + 40);
    };
    const unwrapped = extent(wrapRanks(ranks(false), { aspect: 0.2 }));
    const wide = extent(wrapRanks(ranks(false), { aspect: 3 }));
    expect(wide.height).toBeLessThan(unwrapped.height);
    expect(fittedZoom(3)).toBeGreaterThan(1 / Math.max((unwrapped.width + 150) / 3, unwrapped.height + 40));
    // In a tall viewport, wrapping would only widen the graph: the ranks stay whole.
    expect(unwrapped.height).toBe(11 * 50);
  });

  it('with maxAcross, wraps long ranks until they fit across', () => {
    const wide = extent(wrapRanks(ranks(true), { aspect: 0.5, vertical: true }));
    const narrow = extent(wrapRanks(ranks(true), { aspect: 0.5, vertical: true, maxAcross: 500 }));
    expect(narrow.width).toBeLessThanOrEqual(500);
    expect(narrow.width).toBeLessThan(wide.width);
    expect(narrow.height).toBeGreaterThan(wide.height);
  });

  it('across a narrow screen, a rank flows like text: lines filled in order, left to right', () => {
    // Three 150-px nodes and two 14-px gaps fit in 500 px.
    const positions = wrapRanks(ranks(true), { aspect: 0.5, vertical: true, maxAcross: 500 });
    const at = (id: string) => positions.get(id) ?? { x: Number.NaN, y: Number.NaN };
    const line = (ids: string[]) => ids.map((id) => at(id).y);
    expect(new Set(line(['r0n0', 'r0n1', 'r0n2'])).size).toBe(1);
    expect(at('r0n0').x).toBeLessThan(at('r0n1').x);
    expect(at('r0n1').x).toBeLessThan(at('r0n2').x);
    expect(at('r0n3').y).toBeGreaterThan(at('r0n2').y);
    expect(at('r0n3').x).toBe(at('r0n0').x);
  });
});
