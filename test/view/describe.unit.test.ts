import { describe, expect, it } from 'vitest';
import {
  announcement,
  indexDataset,
  pickNeighbour,
  searchNodes,
  summary,
  wrapRanks,
} from '../../src/view/index.ts';
import { fakeResult, loadDataset } from './fake-analysis.ts';

const seed = loadDataset('nk-russia-military-ties.json');
const index = indexDataset(seed);

describe('announcement', () => {
  it('says kind, label and support counts for a claim', () => {
    const text = announcement('nk-accepts-drills', index, fakeResult(seed));
    expect(text).toMatch(/^Claim: North Korea will accept joint drills\. Supported by 2, disputed by 4\./);
  });
  it('names an expert with role and outgoing stances', () => {
    const text = announcement('park-won-gon', index, undefined);
    expect(text).toMatch(
      /^Expert: Park Won-gon, Professor of North Korean studies.*\. Supports \d+, disputes \d+\.$/,
    );
  });
});

describe('summary and search', () => {
  it('summarises counts', () => {
    expect(summary(seed)).toBe('20 claims, 11 experts, 20 evidence; 50 supports, 19 disputes.');
  });
  it('searches labels, text and roles case-insensitively', () => {
    expect(searchNodes(seed, 'hwasong')).toContain('hwasong18-like-topol-m');
    expect(searchNodes(seed, 'spy agency')).toEqual(['nis']);
    expect(searchNodes(seed, '   ')).toEqual([]);
  });
});

describe('pickNeighbour', () => {
  const from = { x: 0, y: 0 };
  const ns = [
    { id: 'right', x: 100, y: 10 },
    { id: 'left', x: -100, y: 0 },
    { id: 'down', x: 5, y: 80 },
  ];
  it('picks the neighbour in the arrow direction', () => {
    expect(pickNeighbour(from, ns, 'right')).toBe('right');
    expect(pickNeighbour(from, ns, 'left')).toBe('left');
    expect(pickNeighbour(from, ns, 'down')).toBe('down');
    expect(pickNeighbour(from, ns, 'up')).toBeUndefined();
  });
});

describe('wrapRanks', () => {
  it('splits a tall rank into side-by-side columns for a wide viewport without overlaps', () => {
    const boxes = [
      ...Array.from({ length: 20 }, (_, i) => ({ id: `a${i}`, x: 0, y: i * 50, w: 120, h: 40 })),
      { id: 'b', x: 300, y: 500, w: 120, h: 40 },
    ];
    const tall = wrapRanks(boxes, { aspect: 0.2 });
    const wide = wrapRanks(boxes, { aspect: 2 });
    const xs = (m: Map<string, { x: number }>) =>
      new Set(boxes.filter((b) => b.id !== 'b').map((b) => m.get(b.id)?.x));
    expect(xs(tall).size).toBe(1);
    expect(xs(wide).size).toBeGreaterThan(1);
    const placed = boxes.map((b) => ({ ...b, ...(wide.get(b.id) as { x: number; y: number }) }));
    for (let i = 0; i < placed.length; i++)
      for (let j = i + 1; j < placed.length; j++) {
        const a = placed[i] as (typeof placed)[number];
        const c = placed[j] as (typeof placed)[number];
        const overlap = Math.abs(a.x - c.x) < (a.w + c.w) / 2 && Math.abs(a.y - c.y) < (a.h + c.h) / 2;
        expect(overlap, `${a.id} / ${c.id}`).toBe(false);
      }
    // Order within the rank is kept top to bottom.
    const ys = Array.from({ length: 20 }, (_, i) => wide.get(`a${i}`)?.y as number);
    expect([...ys].sort((p, q) => p - q)).toEqual(ys);
  });
});
