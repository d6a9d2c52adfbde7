import { html, type SVGTemplateResult, svg, type TemplateResult } from 'lit';
import type { NodeKind } from '../model/index.ts';
import { KIND_LABELS, KIND_SHAPES, type KindColors, type KindShape, type Theme } from '../view/index.ts';
import { KINDS } from './filters.ts';

/** One swatch per Cytoscape node shape, drawn in a 24×18 box; picked through KIND_SHAPES so it matches the canvas. */
const SWATCHES: Record<KindShape, (c: KindColors) => SVGTemplateResult> = {
  'round-rectangle': (c) =>
    svg`<rect x="1" y="3" width="22" height="12" rx="3" fill=${c.fill} stroke=${c.border} stroke-width="1.6"/>`,
  ellipse: (c) =>
    svg`<ellipse cx="12" cy="9" rx="11" ry="7" fill=${c.fill} stroke=${c.border} stroke-width="1.6"/>`,
  'cut-rectangle': (c) =>
    svg`<path d="M5 3 H19 L23 7 V11 L19 15 H5 L1 11 V7 Z" fill=${c.fill} stroke=${c.border} stroke-width="1.6"/>`,
};

const icon = (content: SVGTemplateResult) =>
  html`<svg width="24" height="18" viewBox="0 0 24 18" aria-hidden="true">${content}</svg>`;

const kindItem = (kind: NodeKind, t: Theme) =>
  html`<span class="item" data-kind=${kind} data-shape=${KIND_SHAPES[kind]}
    >${icon(SWATCHES[KIND_SHAPES[kind]](t[kind]))}${KIND_LABELS[kind]}</span
  >`;

const curve = (colour: string) =>
  svg`<path d="M1 13 Q12 1 23 13" fill="none" stroke=${colour} stroke-width="1.5" stroke-dasharray="1.5 2.5"/>`;

/** Kinds, relations, derived lines, strength and status, in the theme's colours; collapsible when narrow. */
export function renderLegend(t: Theme, narrow: boolean): TemplateResult {
  const claim = t.claim;
  const items = html`<div class="items">
    ${KINDS.map((k) => kindItem(k, t))}
    <span class="item"
      >${icon(
        svg`<line x1="1" y1="9" x2="17" y2="9" stroke=${t.supports} stroke-width="2"/><path d="M16 5 L23 9 L16 13 Z" fill=${t.supports}/>`,
      )}Supports</span
    >
    <span class="item"
      >${icon(
        svg`<line x1="1" y1="9" x2="21" y2="9" stroke=${t.disputes} stroke-width="2" stroke-dasharray="5 3"/><line x1="22" y1="3" x2="22" y2="15" stroke=${t.disputes} stroke-width="2.5"/>`,
      )}Disputes</span
    >
    <span class="item">${icon(curve(t.agrees))}Agree${icon(curve(t.disagrees))}Disagree</span>
    <span class="item"
      >${icon(svg`<rect x="2" y="3" width="20" height="12" rx="3" fill=${claim.fill} stroke=${claim.border} stroke-width="3.5"/>`)}Strong</span
    >
    <span class="item"
      >${icon(
        svg`<rect x="2" y="3" width="20" height="12" rx="3" fill=${claim.fill} fill-opacity="0.5" stroke=${claim.border} stroke-width="1.2" stroke-dasharray="3 2"/>`,
      )}Rejected</span
    >
    <span class="item"
      >${icon(
        svg`<rect x="2" y="3" width="20" height="12" rx="3" fill=${claim.fill} stroke=${claim.border} stroke-width="1"/><rect x="4" y="5" width="16" height="8" rx="2" fill="none" stroke=${claim.border} stroke-width="1"/>`,
      )}Undecided</span
    >
  </div>`;
  return narrow
    ? html`<details class="legend" part="legend"><summary>Legend</summary>${items}</details>`
    : html`<div class="legend" part="legend" role="group" aria-label="Legend">${items}</div>`;
}
