/**
 * Node shapes and arrowheads as SVG path data, drawn the way Cytoscape's canvas renderer draws them (same start
 * point and direction, so dash patterns line up too). Covers the shapes our stylesheet uses, plus plain
 * rectangles; anything else is drawn as a rectangle.
 */

export interface Point {
  x: number;
  y: number;
}

/** Rounds to 1/100 px: plenty for any zoom, and keeps the file small. */
export const num = (value: number): string => String(Math.round(value * 100) / 100);

/** Cytoscape's radius for `corner-radius: auto`. */
const autoRadius = (width: number, height: number) => Math.min(width / 4, height / 4, 8);
/** Cytoscape's corner length for `cut-rectangle` with `corner-radius: auto`. */
const AUTO_CUT = 8;

/**
 * Path data for a node shape of `width` × `height` centred on (x, y). `corner` is the `corner-radius` in px,
 * or 'auto'.
 */
export function shapePath(
  shape: string,
  x: number,
  y: number,
  width: number,
  height: number,
  corner: number | 'auto',
): string {
  const w = width / 2;
  const h = height / 2;
  switch (shape) {
    case 'ellipse':
      // Two half arcs from the rightmost point, clockwise, as canvas `ellipse()` draws.
      return `M${num(x + w)} ${num(y)}A${num(w)} ${num(h)} 0 1 1 ${num(x - w)} ${num(y)}A${num(w)} ${num(h)} 0 1 1 ${num(x + w)} ${num(y)}Z`;
    case 'round-rectangle':
    case 'roundrectangle': {
      const r = Math.min(corner === 'auto' ? autoRadius(width, height) : corner, w, h);
      const arc = (tx: number, ty: number) => `A${num(r)} ${num(r)} 0 0 1 ${num(tx)} ${num(ty)}`;
      // From the top middle, clockwise, one arcTo per corner.
      return [
        `M${num(x)} ${num(y - h)}`,
        `H${num(x + w - r)}`,
        arc(x + w, y - h + r),
        `V${num(y + h - r)}`,
        arc(x + w - r, y + h),
        `H${num(x - w + r)}`,
        arc(x - w, y + h - r),
        `V${num(y - h + r)}`,
        arc(x - w + r, y - h),
        'Z',
      ].join('');
    }
    case 'cut-rectangle':
    case 'cutrectangle': {
      const c = corner === 'auto' ? AUTO_CUT : corner;
      return polygon([
        [x - w + c, y - h],
        [x + w - c, y - h],
        [x + w, y - h + c],
        [x + w, y + h - c],
        [x + w - c, y + h],
        [x - w + c, y + h],
        [x - w, y + h - c],
        [x - w, y - h + c],
      ]);
    }
    default:
      return polygon([
        [x - w, y - h],
        [x + w, y - h],
        [x + w, y + h],
        [x - w, y + h],
      ]);
  }
}

/**
 * The shape grown by `grow` px on every side, as Cytoscape draws outlines: corners grow with it
 * (round rectangles by grow / 2, cuts by grow / 4, which is what the canvas renderer does).
 */
export function grownShapePath(
  shape: string,
  x: number,
  y: number,
  width: number,
  height: number,
  corner: number | 'auto',
  grow: number,
): string {
  const w = width + grow;
  const h = height + grow;
  if (shape === 'round-rectangle' || shape === 'roundrectangle')
    return shapePath(shape, x, y, w, h, (corner === 'auto' ? autoRadius(w, h) : corner) + grow / 2);
  if (shape === 'cut-rectangle' || shape === 'cutrectangle')
    return shapePath(shape, x, y, w, h, (corner === 'auto' ? AUTO_CUT : corner) + grow / 4);
  return shapePath(shape, x, y, w, h, corner);
}

function polygon(points: Array<[number, number]>): string {
  return `${points.map(([px, py], i) => `${i === 0 ? 'M' : 'L'}${num(px)} ${num(py)}`).join('')}Z`;
}

/** Arrowhead geometry in Cytoscape's unit space: (0, 0) is the tip, (0, -1) points back along the edge. */
interface Arrowhead {
  points: number[];
  /** Distance from the node border to the arrow tip. */
  spacing(width: number, arrowScale: number): number;
  /** Distance from the node border to where the line stops. */
  gap(width: number, arrowScale: number): number;
}

const ARROWHEADS: Record<string, Arrowhead> = {
  triangle: {
    points: [-0.15, -0.3, 0, 0, 0.15, -0.3],
    spacing: () => 0,
    gap: (width, scale) => width * scale * 2,
  },
  tee: {
    points: [-0.15, 0, -0.15, -0.1, 0.15, -0.1, 0.15, 0],
    spacing: () => 1,
    gap: () => 1,
  },
};

/** The arrowhead for a `*-arrow-shape` value; null for 'none'. Unknown shapes are drawn as triangles. */
export function arrowhead(shape: string): Arrowhead | null {
  if (shape === 'none') return null;
  return ARROWHEADS[shape] ?? (ARROWHEADS.triangle as Arrowhead);
}

/** Cytoscape's arrow size for an edge width and `arrow-scale`. */
export function arrowSize(width: number, arrowScale: number): number {
  return Math.max((width * 13.37) ** 0.9, 29) * arrowScale;
}

/** Path data for an arrowhead with its tip at `tip`, pointing along `direction` (a unit vector). */
export function arrowPath(head: Arrowhead, tip: Point, direction: Point, size: number): string {
  const points: Array<[number, number]> = [];
  for (let i = 0; i < head.points.length; i += 2) {
    const across = head.points[i] as number;
    const along = head.points[i + 1] as number;
    // Cytoscape's rotation by atan2(direction) - 90°: +y runs along the edge towards the tip.
    points.push([
      tip.x + size * (along * direction.x + across * direction.y),
      tip.y + size * (along * direction.y - across * direction.x),
    ]);
  }
  return polygon(points);
}
