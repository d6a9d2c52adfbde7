export {
  announcement,
  capitalise,
  type DebateIndex,
  indexDataset,
  KIND_LABELS,
  KIND_PLURALS,
  percent,
  pickNeighbour,
  searchNodes,
  summary,
} from './describe.ts';
export {
  derivedEdgeId,
  type EdgeData,
  type NodeData,
  relationEdgeId,
  type ToElementsOptions,
  toElements,
  type ViewInput,
} from './elements.ts';
export { ALL_VISIBLE, GraphView, type GraphViewCallbacks, type Visibility } from './graph-view.ts';
export { LINE_CHARS, MAX_LABEL_LINES, type MeasureText, nodeBox, wrapLabel } from './labels.ts';
export { type Box, type WrapOptions, wrapRanks } from './layered.ts';
export {
  effectiveLayout,
  HIERARCHICAL_MAX_NODES,
  hasSavedPositions,
  isLayoutName,
  LAYOUT_LABELS,
  LAYOUT_NAMES,
  type LayoutContext,
  type LayoutName,
  layoutFallbackNote,
  layoutOptions,
} from './layouts.ts';
export {
  CLAIM_CORNER_RADIUS,
  EVIDENCE_CORNER_CUT,
  KIND_SHAPES,
  type KindShape,
  stylesheet,
} from './stylesheet.ts';
export { darkTheme, type KindColors, lightTheme, type Theme, type ThemeName, themes } from './theme.ts';
