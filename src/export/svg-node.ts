import type { NodeSingular } from 'cytoscape';
import { grownShapePath, num, shapePath } from './svg-shapes.ts';
import { fontMetrics } from './svg-text.ts';
import { xmlElement, xmlText } from './xml.ts';

/** A `corner-radius`-like style: px, or 'auto'. */
function corner(node: NodeSingular, property: string): number | 'auto' {
  return node.style(property) === 'auto' ? 'auto' : node.numericStyle(property);
}

/** Canvas dash patterns per line style, as Cytoscape sets them for node borders and outlines. */
function dashes(style: string, pattern: number[] | undefined): string | undefined {
  if (style === 'dotted') return '1 1';
  if (style === 'dashed') return (pattern ?? [4, 2]).map(num).join(' ');
  return undefined;
}

/** An opacity attribute, left out when fully opaque. */
const opacity = (value: number) => (value >= 1 ? undefined : num(value));

/**
 * One node as Cytoscape's canvas renderer draws it, in the same order: underlay, outline, fill, border (a double
 * border's middle third cut out with a mask, as the canvas erases it), then the label as one `<text>` with a
 * `<tspan>` per line. `id` names the mask of a double border.
 */
export function nodeSvg(node: NodeSingular, id: string): { svg: string; defs: string } {
  const { x, y } = node.position();
  const padding = node.numericStyle('padding');
  const width = node.width() + 2 * padding;
  const height = node.height() + 2 * padding;
  const shape = node.style('shape') as string;
  const radius = corner(node, 'corner-radius');
  const eleOpacity = node.effectiveOpacity();
  const borderWidth = node.numericStyle('border-width');
  const borderStyle = node.style('border-style') as string;
  const path = shapePath(shape, x, y, width, height, radius);
  const body: string[] = [];

  const underlayOpacity = node.numericStyle('underlay-opacity');
  if (underlayOpacity > 0) {
    const grow = 2 * node.numericStyle('underlay-padding');
    body.push(
      xmlElement('path', {
        d: shapePath(
          node.style('underlay-shape'),
          x,
          y,
          width + grow,
          height + grow,
          corner(node, 'underlay-corner-radius'),
        ),
        fill: node.style('underlay-color'),
        'fill-opacity': opacity(underlayOpacity),
      }),
    );
  }
  const outlineWidth = node.numericStyle('outline-width');
  if (outlineWidth > 0) {
    const grow = borderWidth + outlineWidth + node.numericStyle('outline-offset');
    body.push(
      xmlElement('path', {
        d: grownShapePath(shape, x, y, width, height, radius, grow),
        fill: 'none',
        stroke: node.style('outline-color'),
        'stroke-width': num(outlineWidth),
        'stroke-opacity': opacity(node.numericStyle('outline-opacity') * eleOpacity),
        'stroke-dasharray': dashes(node.style('outline-style'), [4, 2]),
      }),
    );
  }
  body.push(
    xmlElement('path', {
      d: path,
      fill: node.style('background-color'),
      'fill-opacity': opacity(node.numericStyle('background-opacity') * eleOpacity),
    }),
  );
  if (borderWidth > 0)
    body.push(
      xmlElement('path', {
        d: path,
        fill: 'none',
        stroke: node.style('border-color'),
        'stroke-width': num(borderWidth),
        'stroke-opacity': opacity(node.numericStyle('border-opacity') * eleOpacity),
        'stroke-dasharray': dashes(
          borderStyle,
          node.numericStyle('border-dash-pattern') as unknown as number[],
        ),
        'stroke-dashoffset':
          borderStyle === 'dashed' ? num(node.numericStyle('border-dash-offset')) : undefined,
        'stroke-linecap': node.style('border-cap'),
        'stroke-linejoin': node.style('border-join'),
      }),
    );

  let defs = '';
  let shapes = body.join('');
  if (borderStyle === 'double' && borderWidth > 0) {
    // The mask covers all the node draws (underlay and outline reach furthest out).
    const reach =
      Math.max(
        node.numericStyle('underlay-padding'),
        borderWidth + outlineWidth + node.numericStyle('outline-offset'),
      ) +
      borderWidth +
      2;
    const region = {
      x: num(x - width / 2 - reach),
      y: num(y - height / 2 - reach),
      width: num(width + 2 * reach),
      height: num(height + 2 * reach),
    };
    defs = xmlElement(
      'mask',
      { id, maskUnits: 'userSpaceOnUse', ...region },
      xmlElement('rect', { ...region, fill: 'white' }) +
        xmlElement('path', { d: path, fill: 'none', stroke: 'black', 'stroke-width': num(borderWidth / 3) }),
    );
    shapes = xmlElement('g', { mask: `url(#${id})` }, shapes);
  }
  return {
    svg: xmlElement('g', { class: 'argmap-node', 'data-id': node.id() }, shapes + labelSvg(node, eleOpacity)),
    defs,
  };
}

/**
 * The label, placed as Cytoscape places a wrapped, centred node label: lines `font-size × line-height` apart,
 * the block centred on the node, each line's em box bottom at the canvas baseline. Lines are the label's own
 * (the view wraps labels before Cytoscape sees them).
 */
function labelSvg(node: NodeSingular, eleOpacity: number): string {
  const label = String(node.style('label') ?? '');
  if (!label) return '';
  const size = node.numericStyle('font-size');
  const family = node.style('font-family') as string;
  const weight = node.style('font-weight') as string;
  const fontStyle = node.style('font-style') as string;
  const lines = label.split('\n');
  const lineHeight = size * node.numericStyle('line-height');
  const blockHeight = lines.length * size + (lines.length - 1) * (lineHeight - size);
  const metrics = fontMetrics(`${fontStyle} ${weight} ${size}px ${family}`, size);
  const { x, y } = node.position();
  const firstBottom =
    y + node.numericStyle('text-margin-y') + blockHeight / 2 - (lines.length - 1) * lineHeight;
  const textX = num(x + node.numericStyle('text-margin-x'));
  const tspans = lines
    .map((line, i) =>
      xmlElement(
        'tspan',
        { x: textX, y: num(firstBottom + i * lineHeight - metrics.baselineAboveBottom) },
        xmlText(line),
      ),
    )
    .join('');
  return xmlElement(
    'text',
    {
      'font-family': family,
      'font-size': num(size),
      'font-weight': weight,
      'font-style': fontStyle === 'normal' ? undefined : fontStyle,
      fill: node.style('color'),
      'fill-opacity': opacity(eleOpacity * node.numericStyle('text-opacity')),
      'text-anchor': 'middle',
      'xml:space': 'preserve',
    },
    tspans,
  );
}
