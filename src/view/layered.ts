/** A node as the rank wrapper sees it: centre and size. */
export interface Box {
  id: string;
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface WrapOptions {
  /** Wanted width / height of the result (the viewport's aspect ratio). */
  aspect: number;
  /** Horizontal gap between ranks. */
  rankGap?: number;
  /** Horizontal gap between the sub-columns of one rank. */
  columnGap?: number;
  /** Vertical gap between nodes of one sub-column. */
  nodeGap?: number;
  /** The layout runs top to bottom (dagre rankDir TB): ranks are rows, wrapped into stacked sub-rows. */
  vertical?: boolean;
  /**
   * Room across the ranks (height left to right, width top to bottom). When set, the least wrapped arrangement
   * that fits wins over the aspect ratio (the user pans along the ranks); if none fits, the narrowest.
   */
  maxAcross?: number;
}

/**
 * Post-processes a left-to-right layered layout (dagre rankDir LR) so it fits a wide viewport: a rank with many
 * nodes is split into several side-by-side sub-columns (nodes alternate between them in their dagre order, so
 * the vertical order is kept and edges pass between staggered nodes). Picks the rank height whose overall
 * aspect ratio is closest to `aspect`. With `vertical`, the same for a top-to-bottom layout. Pure; returns new
 * centres.
 */
export function wrapRanks(boxes: Box[], options: WrapOptions): Map<string, { x: number; y: number }> {
  if (options.vertical) {
    // Solve the transposed problem as a left-to-right one, then transpose back.
    const flipped = boxes.map((b) => ({ id: b.id, x: b.y, y: b.x, w: b.h, h: b.w }));
    const placed = wrapRanks(flipped, { ...options, aspect: 1 / options.aspect, vertical: false });
    return new Map([...placed].map(([id, p]) => [id, { x: p.y, y: p.x }]));
  }
  const rankGap = options.rankGap ?? 64;
  const columnGap = options.columnGap ?? 14;
  const nodeGap = options.nodeGap ?? 10;
  const ranks = groupRanks(boxes);
  const largest = Math.max(1, ...ranks.map((r) => r.length));
  const { maxAcross } = options;
  let best: { score: number; positions: Map<string, { x: number; y: number }> } | undefined;
  for (let perColumn = largest; perColumn >= Math.min(largest, maxAcross ? 1 : 4); perColumn--) {
    // Across a narrow screen, ranks flow like text (fill a line, then the next) so each line reads as a row.
    const placed = place(ranks, perColumn, { rankGap, columnGap, nodeGap, flow: maxAcross !== undefined });
    if (maxAcross !== undefined) {
      if (placed.height <= maxAcross) return placed.positions;
      if (!best || placed.height < best.score) best = { score: placed.height, positions: placed.positions };
      continue;
    }
    // Smaller is better: the inverse of the zoom that fits the result into a viewport `aspect` wide, 1 high.
    const score = Math.max(placed.width / options.aspect, placed.height);
    // Only wrap further when it clearly helps (labels at least 5% larger): splitting adds edge crossings.
    if (!best || score < best.score * 0.95) best = { score, positions: placed.positions };
  }
  return best?.positions ?? new Map();
}

function groupRanks(boxes: Box[]): Box[][] {
  const sorted = [...boxes].sort((a, b) => a.x - b.x);
  const ranks: Box[][] = [];
  let current: Box[] = [];
  let rankX = Number.NEGATIVE_INFINITY;
  for (const box of sorted) {
    if (current.length > 0 && Math.abs(box.x - rankX) > 4) {
      ranks.push(current);
      current = [];
    }
    if (current.length === 0) rankX = box.x;
    current.push(box);
  }
  if (current.length > 0) ranks.push(current);
  for (const rank of ranks) rank.sort((a, b) => a.y - b.y);
  return ranks;
}

interface Gaps {
  rankGap: number;
  columnGap: number;
  nodeGap: number;
  /** Fill each sub-column before the next, instead of alternating between them (staggered). */
  flow: boolean;
}

function place(ranks: Box[][], perColumn: number, { rankGap, columnGap, nodeGap, flow }: Gaps) {
  const positions = new Map<string, { x: number; y: number }>();
  let x = 0;
  let height = 0;
  const rankSpans: { ids: string[]; top: number; bottom: number }[] = [];
  for (const rank of ranks) {
    const columns = Math.max(1, Math.ceil(rank.length / perColumn));
    const columnOf = (i: number) => (flow ? Math.floor(i / perColumn) : i % columns);
    // Staggered sub-columns share one width; flowing ones are each as wide as their widest node.
    const widths = new Array<number>(columns).fill(flow ? 0 : Math.max(...rank.map((b) => b.w)));
    if (flow)
      rank.forEach((box, i) => {
        widths[columnOf(i)] = Math.max(widths[columnOf(i)] as number, box.w);
      });
    const lefts = widths.map((_, c) => widths.slice(0, c).reduce((sum, w) => sum + w + columnGap, x));
    // Flowing columns start at the top (0); staggered ones wherever the alternation puts them.
    const bottoms = new Array<number>(columns).fill(flow ? -nodeGap : Number.NEGATIVE_INFINITY);
    let cursor = 0;
    let top = Number.POSITIVE_INFINITY;
    let bottom = Number.NEGATIVE_INFINITY;
    rank.forEach((box, i) => {
      const column = columnOf(i);
      const y = flow
        ? (bottoms[column] as number) + nodeGap + box.h / 2
        : Math.max(cursor, (bottoms[column] as number) + nodeGap + box.h / 2);
      bottoms[column] = y + box.h / 2;
      cursor = y + (box.h + nodeGap) / columns;
      // Stagger: alternate sub-columns shift by half a step so edges pass between nodes.
      positions.set(box.id, { x: (lefts[column] as number) + (widths[column] as number) / 2, y });
      top = Math.min(top, y - box.h / 2);
      bottom = Math.max(bottom, y + box.h / 2);
    });
    rankSpans.push({ ids: rank.map((b) => b.id), top, bottom });
    height = Math.max(height, bottom - top);
    x = (lefts[columns - 1] as number) + (widths[columns - 1] as number) + rankGap;
  }
  // Centre every rank vertically on the tallest.
  for (const span of rankSpans) {
    const shift = (height - (span.bottom - span.top)) / 2 - span.top;
    for (const id of span.ids) {
      const p = positions.get(id);
      if (p) p.y += shift;
    }
  }
  return { positions, width: Math.max(0, x - rankGap), height };
}
