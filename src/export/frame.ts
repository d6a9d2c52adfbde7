import type { Core, EdgeSingular, NodeSingular, SingularElementArgument } from 'cytoscape';

/** Raised when an export cannot produce a useful file; the message says what, where and how to fix it. */
export class ExportError extends Error {
  override name = 'ExportError';
}

/** Scales offered for images: 1× to 4× the graph's size at zoom 1 (or the viewport's size). */
export const MIN_SCALE = 1;
export const MAX_SCALE = 4;

/** The part of the graph an export shows, in model coordinates, and its size in px at scale 1. */
export interface Frame {
  x1: number;
  y1: number;
  w: number;
  h: number;
  width: number;
  height: number;
}

/** Checks a requested scale: a number from 1 to 4 (fractions allowed); default 1. */
export function checkScale(scale: number | undefined): number {
  if (scale === undefined) return MIN_SCALE;
  if (typeof scale !== 'number' || !(scale >= MIN_SCALE && scale <= MAX_SCALE))
    throw new ExportError(
      `Export scale ${String(scale)} is out of range: use a number from ${MIN_SCALE} to ${MAX_SCALE}.`,
    );
  return scale;
}

/**
 * What an export shows, the same way Cytoscape's `png()` frames it: `full` is the bounding box of the visible
 * elements (labels included) rounded up to whole px; otherwise the current viewport. An empty graph, or one whose
 * elements are all hidden, is an error rather than a blank file.
 */
export function exportFrame(cy: Core, full: boolean): Frame {
  if (!cy.nodes().toArray().some(shown))
    throw new ExportError(
      'Nothing to export: the graph has no visible nodes. Load a dataset, or clear the filters that hide every node.',
    );
  if (full) {
    const box = cy.elements().boundingBox();
    const width = Math.ceil(box.w);
    const height = Math.ceil(box.h);
    return { x1: box.x1, y1: box.y1, w: width, h: height, width, height };
  }
  const width = cy.width();
  const height = cy.height();
  if (width <= 0 || height <= 0)
    throw new ExportError(
      'Nothing to export: the graph view has no size (is the element hidden?). Export the whole graph instead.',
    );
  const zoom = cy.zoom();
  const pan = cy.pan();
  return { x1: -pan.x / zoom, y1: -pan.y / zoom, w: width / zoom, h: height / zoom, width, height };
}

const takesUpSpace = (ele: SingularElementArgument) =>
  ele.style('display') !== 'none' && ele.numericStyle('width') !== 0;

/**
 * Whether the canvas draws an element, as `ele.visible()` decides it. Styles are read directly because
 * `visible()` can answer from a cache that a class change (a filter) has not cleared yet.
 */
export function shown(ele: SingularElementArgument): boolean {
  if (!takesUpSpace(ele) || ele.style('visibility') !== 'visible' || ele.numericStyle('opacity') === 0)
    return false;
  if (ele.isNode()) return (ele as NodeSingular).numericStyle('height') !== 0;
  const edge = ele as EdgeSingular;
  return takesUpSpace(edge.source()) && takesUpSpace(edge.target());
}

/** The background to draw: the given CSS colour or 'transparent', else the theme's. A typo is an error, not a
 * silently transparent image. */
export function checkBackground(background: string | undefined, fallback: string): string {
  if (background === undefined) return fallback;
  if (background !== 'transparent' && typeof CSS !== 'undefined' && !CSS.supports('color', background))
    throw new ExportError(
      `Export background "${background}" is not a CSS colour: use a colour such as "#ffffff" or "white", or "transparent".`,
    );
  return background;
}
