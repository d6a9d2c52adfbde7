import type { Core, EdgeSingular, NodeSingular } from 'cytoscape';
import type { Theme } from '../view/theme.ts';
import { type Frame, shown } from './frame.ts';
import { arrowhead, arrowPath, arrowSize, num, shapePath } from './svg-shapes.ts';
import { fontMetrics } from './svg-text.ts';
import { xmlElement, xmlText } from './xml.ts';

/** Entries in a fixed order: kinds as the legend of the element lists them, then relations, then derived lines. */
const KIND_ORDER = ['claim', 'expert', 'evidence'];
const EDGE_ORDER = ['supports', 'disputes', 'agrees', 'disagrees'];
const EDGE_LABELS: Record<string, string> = {
  supports: 'Supports',
  disputes: 'Disputes',
  agrees: 'Agree',
  disagrees: 'Disagree',
};

/** Legend metrics in output px (multiplied by the frame's model units per px). */
const PAD = 10;
const ROW = 24;
const SWATCH_W = 28;
const SWATCH_H = 16;
const GAP = 6;
const SPACING = 18;
const FONT_SIZE = 12;

/** A visible element of each kind (node `kind`, edge `type`), preferring unselected ones: their style is the plain one. */
function samples<T extends NodeSingular | EdgeSingular>(
  elements: T[],
  field: string,
  order: string[],
): Array<[string, T]> {
  const found = new Map<string, T>();
  for (const ele of elements) {
    const key = String(ele.data(field));
    if (!found.has(key) || (found.get(key)?.selected() && !ele.selected())) found.set(key, ele);
  }
  const rank = (key: string) => (order.includes(key) ? order.indexOf(key) : order.length);
  return [...found].sort(([a], [b]) => rank(a) - rank(b));
}

/**
 * A legend strip under the graph: one entry per node kind and edge type that is visible, each drawn with the
 * style of a real element of that kind (shape, colours, dash pattern, arrowhead) so it always matches the
 * drawing. Returns the SVG and its height in model units.
 */
export function legendSvg(cy: Core, theme: Theme, frame: Frame): { svg: string; height: number } {
  const unit = frame.w / frame.width;
  const metrics = fontMetrics(`normal 400 ${FONT_SIZE}px ${theme.fontFamily}`, FONT_SIZE);
  const entries: Array<{ label: string; swatch: (x: number, y: number) => string }> = [];

  for (const [kind, node] of samples(
    cy.nodes().filter(shown).toArray() as NodeSingular[],
    'kind',
    KIND_ORDER,
  )) {
    const scale = SWATCH_H / Math.max(1, node.height());
    const corner =
      node.style('corner-radius') === 'auto' ? 'auto' : node.numericStyle('corner-radius') * scale;
    entries.push({
      label: kind.charAt(0).toUpperCase() + kind.slice(1),
      swatch: (x, y) =>
        xmlElement('path', {
          d: shapePath(node.style('shape'), x + SWATCH_W / 2, y, SWATCH_W - 2, SWATCH_H, corner),
          fill: node.style('background-color'),
          stroke: node.style('border-color'),
          'stroke-width': 1.6,
        }),
    });
  }
  for (const [type, edge] of samples(
    cy.edges().filter(shown).toArray() as EdgeSingular[],
    'type',
    EDGE_ORDER,
  )) {
    const head = arrowhead(edge.style('target-arrow-shape'));
    const width = edge.numericStyle('width');
    const style = edge.style('line-style');
    const size = arrowSize(width, edge.numericStyle('arrow-scale')) * 0.5;
    entries.push({
      label: EDGE_LABELS[type] ?? type,
      swatch: (x, y) =>
        xmlElement('path', {
          d: `M${num(x)} ${num(y)}H${num(x + SWATCH_W - (head ? size * 0.25 : 0))}`,
          stroke: edge.style('line-color'),
          'stroke-width': num(Math.max(width, 1.5)),
          'stroke-dasharray':
            style === 'dotted'
              ? '1.5 2.5'
              : style === 'dashed'
                ? (edge.numericStyle('line-dash-pattern') as unknown as number[]).map(num).join(' ')
                : undefined,
        }) +
        (head
          ? xmlElement('path', {
              d: arrowPath(head, { x: x + SWATCH_W, y }, { x: 1, y: 0 }, size),
              fill: edge.style('target-arrow-color'),
            })
          : ''),
    });
  }

  // Lay the entries out in rows as wide as the image (at least 320 px), in output px; scaled to model units below.
  const maxWidth = Math.max(frame.width, 320) - 2 * PAD;
  const placed: string[] = [];
  let x = 0;
  let row = 0;
  for (const entry of entries) {
    const width = SWATCH_W + GAP + metrics.width(entry.label);
    if (x > 0 && x + width > maxWidth) {
      x = 0;
      row++;
    }
    const cy0 = PAD + row * ROW + ROW / 2;
    placed.push(
      entry.swatch(PAD + x, cy0),
      xmlElement(
        'text',
        { x: num(PAD + x + SWATCH_W + GAP), y: num(cy0 + FONT_SIZE * 0.35) },
        xmlText(entry.label),
      ),
    );
    x += width + SPACING;
  }
  const height = 2 * PAD + (row + 1) * ROW;
  const transform = `translate(${num(frame.x1)} ${num(frame.y1 + frame.h)}) scale(${num(unit)})`;
  return {
    svg: xmlElement(
      'g',
      {
        class: 'argmap-legend',
        transform,
        'font-family': theme.fontFamily,
        'font-size': FONT_SIZE,
        fill: theme.text,
      },
      placed.join(''),
    ),
    height: height * unit,
  };
}
