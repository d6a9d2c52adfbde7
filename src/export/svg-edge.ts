import type { EdgeSingular } from 'cytoscape';
import { arrowhead, arrowPath, arrowSize, num, type Point } from './svg-shapes.ts';
import { xmlElement } from './xml.ts';

const sub = (a: Point, b: Point): Point => ({ x: a.x - b.x, y: a.y - b.y });
const unit = (v: Point): Point => {
  const length = Math.hypot(v.x, v.y) || 1;
  return { x: v.x / length, y: v.y / length };
};
const along = (from: Point, towards: Point, distance: number): Point => {
  const d = unit(sub(towards, from));
  return { x: from.x + d.x * distance, y: from.y + d.y * distance };
};
const quadAt = (a: Point, b: Point, c: Point, t: number): Point => ({
  x: (1 - t) ** 2 * a.x + 2 * (1 - t) * t * b.x + t ** 2 * c.x,
  y: (1 - t) ** 2 * a.y + 2 * (1 - t) * t * b.y + t ** 2 * c.y,
});
const finite = (p: Point | undefined): p is Point => !!p && Number.isFinite(p.x) && Number.isFinite(p.y);

/**
 * One edge from Cytoscape's public geometry: `sourceEndpoint()`/`targetEndpoint()` are where the arrow tips are,
 * `controlPoints()` (bezier: chained quadratic curves through the midpoints between control points) or
 * `segmentPoints()` (straight segments) give the route. The line stops an arrowhead's gap short of the tip, as on
 * the canvas; the edge's opacity applies to line and arrowheads together. Edges Cytoscape cannot route (their
 * endpoints overlap) are skipped, as the canvas skips them.
 */
export function edgeSvg(edge: EdgeSingular): string {
  const sourceTip = edge.sourceEndpoint();
  const targetTip = edge.targetEndpoint();
  if (!finite(sourceTip) || !finite(targetTip)) return '';
  const controls = edge.controlPoints();
  const segments = controls ? undefined : edge.segmentPoints();
  const inner = controls ?? segments ?? [];
  const bezier = controls !== undefined;

  const width = edge.numericStyle('width');
  const arrowScale = edge.numericStyle('arrow-scale');
  const sourceHead = arrowhead(edge.style('source-arrow-shape'));
  const targetHead = arrowhead(edge.style('target-arrow-shape'));
  // Where the line starts and stops: moved back from the tips by the arrowheads' gap.
  const setBack = (head: ReturnType<typeof arrowhead>) =>
    head ? head.gap(width, arrowScale) - head.spacing(width, arrowScale) : 0;
  const start = along(sourceTip, inner[0] ?? targetTip, setBack(sourceHead));
  const end = along(targetTip, inner[inner.length - 1] ?? sourceTip, setBack(targetHead));

  const points = [start];
  inner.forEach((p, i) => {
    points.push(p);
    const next = inner[i + 1];
    if (bezier && next) points.push({ x: (p.x + next.x) / 2, y: (p.y + next.y) / 2 });
  });
  points.push(end);
  let d = `M${num(start.x)} ${num(start.y)}`;
  if (bezier)
    for (let i = 1; i + 1 < points.length; i += 2) {
      const c = points[i] as Point;
      const p = points[i + 1] as Point;
      d += `Q${num(c.x)} ${num(c.y)} ${num(p.x)} ${num(p.y)}`;
    }
  else for (const p of points.slice(1)) d += `L${num(p.x)} ${num(p.y)}`;

  // Arrow directions as Cytoscape computes them: along the last (first) stretch of the route.
  const n = points.length;
  const mid = edge.midpoint();
  const beforeTarget = bezier
    ? quadAt(points[n - 3] as Point, points[n - 2] as Point, end, 0.9)
    : segments
      ? (points[n - 2] as Point)
      : mid;
  const afterSource = bezier
    ? quadAt(start, points[1] as Point, points[2] as Point, 0.1)
    : segments
      ? (points[1] as Point)
      : mid;

  const lineStyle = edge.style('line-style') as string;
  const parts = [
    xmlElement('path', {
      d,
      fill: 'none',
      stroke: edge.style('line-color'),
      'stroke-width': num(width),
      'stroke-linecap': edge.style('line-cap'),
      'stroke-linejoin': 'round',
      'stroke-dasharray':
        lineStyle === 'dotted'
          ? '1 1'
          : lineStyle === 'dashed'
            ? (edge.numericStyle('line-dash-pattern') as unknown as number[]).map(num).join(' ')
            : undefined,
      'stroke-dashoffset': lineStyle === 'dashed' ? num(edge.numericStyle('line-dash-offset')) : undefined,
    }),
  ];
  const size = arrowSize(width, arrowScale);
  if (targetHead)
    parts.push(
      xmlElement('path', {
        d: arrowPath(targetHead, targetTip, unit(sub(targetTip, beforeTarget)), size),
        fill: edge.style('target-arrow-color'),
      }),
    );
  if (sourceHead)
    parts.push(
      xmlElement('path', {
        d: arrowPath(sourceHead, sourceTip, unit(sub(sourceTip, afterSource)), size),
        fill: edge.style('source-arrow-color'),
      }),
    );
  const opacity = edge.numericStyle('opacity') * edge.numericStyle('line-opacity');
  return xmlElement(
    'g',
    { class: 'argmap-edge', 'data-id': edge.id(), opacity: opacity >= 1 ? undefined : num(opacity) },
    parts.join(''),
  );
}
