import type { MeasureText, Theme } from '../view/index.ts';

/** Label widths measured with the font Cytoscape will draw with (undefined without a 2D canvas). */
export function measurer(theme: Theme): MeasureText | undefined {
  const context = document.createElement('canvas').getContext('2d');
  if (!context) return undefined;
  return (text, bold) => {
    context.font = `${bold ? 600 : 500} ${theme.fontSize}px ${theme.fontFamily}`;
    return context.measureText(text).width;
  };
}
