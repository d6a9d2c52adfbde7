/** Font metrics for SVG text, measured with the canvas Cytoscape draws with (estimated where there is none). */
export interface TextMetricsLike {
  /** Advance width of `text` in px. */
  width(text: string): number;
  /**
   * How far the alphabetic baseline sits above the bottom of the em box. Cytoscape draws labels with
   * `textBaseline = 'bottom'`; SVG places text by its alphabetic baseline.
   */
  baselineAboveBottom: number;
}

let context: CanvasRenderingContext2D | null | undefined;

/** Metrics for a CSS font shorthand such as `normal 500 13px system-ui`. */
export function fontMetrics(font: string, fontSize: number): TextMetricsLike {
  context ??= typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
  const ctx = context;
  if (!ctx) return { width: (text) => text.length * fontSize * 0.6, baselineAboveBottom: fontSize * 0.24 };
  ctx.font = font;
  ctx.textBaseline = 'bottom';
  const baselineAboveBottom = ctx.measureText('Hg').alphabeticBaseline;
  return {
    width: (text) => {
      ctx.font = font;
      return ctx.measureText(text).width;
    },
    baselineAboveBottom,
  };
}
