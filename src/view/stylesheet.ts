import type { StylesheetJson } from 'cytoscape';
import { LINE_HEIGHT } from './labels.ts';
import type { Theme } from './theme.ts';

/** Node shape per kind: never colour alone. */
export const KIND_SHAPES = {
  claim: 'round-rectangle',
  expert: 'ellipse',
  evidence: 'cut-rectangle',
} as const;
export type KindShape = (typeof KIND_SHAPES)[keyof typeof KIND_SHAPES];

/** Corner radius of claims and the corner cut of evidence, in px at zoom 1. The cut is deep enough to stay
 * visible next to the claims' rounded corners when the graph is zoomed out. */
export const CLAIM_CORNER_RADIUS = 8;
export const EVIDENCE_CORNER_CUT = 14;

/**
 * The Cytoscape stylesheet for a theme. Kinds differ in shape and colour; supports are solid arrows, disputes
 * dashed lines ending in a bar; derived agree/disagree edges are thin dotted curves. Strength drives fill
 * intensity and border weight; grounded status the border style (accepted solid, undecided double, rejected
 * dashed and faded).
 */
export function stylesheet(theme: Theme): StylesheetJson {
  const kind = (k: 'claim' | 'expert' | 'evidence') => ({
    selector: `node.${k}`,
    style: {
      shape: KIND_SHAPES[k],
      'background-color': theme[k].fill,
      'border-color': theme[k].border,
      color: theme[k].text,
    },
  });
  const sheet = [
    {
      selector: 'node',
      style: {
        label: 'data(label)',
        width: 'data(width)',
        height: 'data(height)',
        'font-family': theme.fontFamily,
        'font-size': theme.fontSize,
        'font-weight': 500,
        'line-height': LINE_HEIGHT,
        'text-wrap': 'wrap',
        // Labels are pre-wrapped in toElements; this only guards against fonts wider than estimated.
        'text-max-width': '400px',
        'text-valign': 'center',
        'text-halign': 'center',
        'background-opacity': 'mapData(strength, 0, 1, 0.35, 1)',
        'border-width': 'mapData(strength, 0, 1, 1.5, 3.5)',
        'border-style': 'solid',
        'min-zoomed-font-size': 5,
        'overlay-opacity': 0,
        'transition-property': 'opacity',
        'transition-duration': 150,
      },
    },
    kind('claim'),
    kind('expert'),
    kind('evidence'),
    { selector: 'node.claim', style: { 'font-weight': 600, 'corner-radius': CLAIM_CORNER_RADIUS } },
    { selector: 'node.evidence', style: { 'corner-radius': EVIDENCE_CORNER_CUT } },
    { selector: 'node.undecided', style: { 'border-style': 'double', 'border-width': 4 } },
    { selector: 'node.rejected', style: { 'border-style': 'dashed', 'background-opacity': 0.25 } },
    {
      selector: 'edge',
      style: {
        width: 1.8,
        'curve-style': 'bezier',
        'arrow-scale': 1.1,
        'line-color': theme.supports,
        'target-arrow-color': theme.supports,
        'overlay-opacity': 0,
        'transition-property': 'opacity',
        'transition-duration': 150,
      },
    },
    {
      selector: 'edge.supports',
      style: { 'line-style': 'solid', 'target-arrow-shape': 'triangle' },
    },
    {
      selector: 'edge.disputes',
      style: {
        'line-color': theme.disputes,
        'target-arrow-color': theme.disputes,
        'line-style': 'dashed',
        'line-dash-pattern': [7, 4],
        'target-arrow-shape': 'tee',
        'arrow-scale': 1.3,
      },
    },
    {
      selector: 'edge.derived',
      style: {
        width: 1.5,
        'curve-style': 'unbundled-bezier',
        'control-point-distances': [36],
        'control-point-weights': [0.5],
        'line-style': 'dotted',
        'target-arrow-shape': 'none',
        opacity: 0.8,
        'z-index': 0,
      },
    },
    { selector: 'edge.derived.agrees', style: { 'line-color': theme.agrees } },
    { selector: 'edge.derived.disagrees', style: { 'line-color': theme.disagrees } },
    // Interaction states.
    { selector: '.dim', style: { opacity: 0.14 } },
    { selector: '.faded', style: { opacity: 0.2 } },
    { selector: 'edge.highlight', style: { width: 3, 'z-index': 10 } },
    { selector: 'edge.derived.highlight', style: { width: 1.6 } },
    {
      selector: 'node.match',
      style: { 'underlay-color': theme.match, 'underlay-opacity': 0.45, 'underlay-padding': 7 },
    },
    {
      selector: 'node:selected',
      style: {
        'underlay-color': theme.selection,
        'underlay-opacity': 0.3,
        'underlay-padding': 8,
        'border-color': theme.selection,
        'border-width': 4,
      },
    },
    {
      selector: 'node.focused',
      style: {
        'outline-width': 3,
        'outline-color': theme.focus,
        'outline-offset': 5,
        'outline-style': 'solid',
        'outline-opacity': 1,
      },
    },
    { selector: '.hidden', style: { display: 'none' } },
  ];
  return sheet as unknown as StylesheetJson;
}
