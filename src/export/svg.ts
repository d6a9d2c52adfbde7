import type { Core, EdgeSingular, NodeSingular } from 'cytoscape';
import type { Theme } from '../view/theme.ts';
import { checkBackground, checkScale, exportFrame, shown } from './frame.ts';
import { edgeSvg } from './svg-edge.ts';
import { legendSvg } from './svg-legend.ts';
import { nodeSvg } from './svg-node.ts';
import { num } from './svg-shapes.ts';
import { xmlElement, xmlText } from './xml.ts';

export interface SvgOptions {
  /** 1 (default) to 4: sets the SVG's width and height; the drawing is vector either way. */
  scale?: number;
  /** A CSS colour or 'transparent'; default: the theme's background. */
  background?: string;
  /** The whole graph (default) or the current view. */
  full?: boolean;
  /** Add a legend strip under the graph (kinds and edge types shown). Default false. */
  legend?: boolean;
  /** The SVG's `<title>` (the dataset title), for screen readers and file browsers. */
  title?: string;
}

/** Cytoscape's drawing order with `z-index-compare: auto`: edges under nodes, then by z-index, then by order. */
function byZIndex<T extends NodeSingular | EdgeSingular>(elements: T[]): T[] {
  return elements
    .map((ele, index) => ({ ele, index, z: ele.numericStyle('z-index') }))
    .sort((a, b) => a.z - b.z || a.index - b.index)
    .map(({ ele }) => ele);
}

/**
 * The graph as a standalone SVG document, built from Cytoscape's public API (positions, sizes, computed styles,
 * edge endpoints and control points), framed like `exportImage` so both show the same picture. Only visible
 * elements are drawn, with their current opacity (dimmed or faded elements stay so). All text is XML-escaped.
 * Node labels are assumed centred (our stylesheet); edge labels are not drawn (it has none).
 */
export function exportSvg(cy: Core, theme: Theme, options: SvgOptions = {}): string {
  const frame = exportFrame(cy, options.full ?? true);
  const scale = checkScale(options.scale);
  const background = checkBackground(options.background, theme.background);
  const edges = byZIndex(cy.edges().filter(shown).toArray() as EdgeSingular[]).map(edgeSvg);
  const defs: string[] = [];
  const nodes = byZIndex(cy.nodes().filter(shown).toArray() as NodeSingular[]).map((node, i) => {
    const drawn = nodeSvg(node, `argmap-mask-${i}`);
    if (drawn.defs) defs.push(drawn.defs);
    return drawn.svg;
  });
  const legend = options.legend ? legendSvg(cy, theme, frame) : undefined;
  const height = frame.h + (legend?.height ?? 0);
  const viewBox = [frame.x1, frame.y1, frame.w, height].map(num).join(' ');
  const content = [
    options.title ? xmlElement('title', {}, xmlText(options.title)) : '',
    defs.length ? `<defs>${defs.join('')}</defs>` : '',
    background === 'transparent'
      ? ''
      : xmlElement('rect', {
          x: num(frame.x1),
          y: num(frame.y1),
          width: num(frame.w),
          height: num(height),
          fill: background,
        }),
    xmlElement('g', { class: 'argmap-edges' }, edges.join('')),
    xmlElement('g', { class: 'argmap-nodes' }, nodes.join('')),
    legend?.svg ?? '',
  ].join('');
  const svg = xmlElement(
    'svg',
    {
      xmlns: 'http://www.w3.org/2000/svg',
      width: num(frame.width * scale),
      height: num((height / frame.h) * frame.height * scale),
      viewBox,
      role: 'img',
    },
    content,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n${svg}\n`;
}
