/**
 * The package root (`import … from 'argument-graph'`): the pure API. Datasets (parse, validate, serialise),
 * the analysis (graphology), importers and exporters for other formats, data export (JSON, GraphML, GEXF),
 * the graph's themes and Cytoscape stylesheet, and the element's types. Nothing here touches the DOM or registers an element: that is
 * `argument-graph/define`.
 */
export * from './analysis/index.ts';
export type {
  ArgmapErrorDetail,
  ArgmapErrorEvent,
  ArgmapFilterDetail,
  ArgmapFilterEvent,
  ArgmapLoadDetail,
  ArgmapLoadEvent,
  ArgmapSelectDetail,
  ArgmapSelectEvent,
} from './components/events.ts';
export type { ArgumentGraphElement, Filters, ThemeSetting, ViewMode } from './components/index.ts';
export { type DataInput, exportData } from './export/data.ts';
export { exportFileName } from './export/file-name.ts';
export {
  DATA_FILE_TYPES,
  DATA_FORMATS,
  type DataExportOptions,
  type DataFormat,
} from './export/file-types.ts';
export { type Point, withPositions } from './export/positions.ts';
export * from './io/index.ts';
export * from './model/index.ts';
export { isLayoutName, LAYOUT_NAMES, type LayoutName } from './view/layouts.ts';
export { KIND_SHAPES, type KindShape, stylesheet } from './view/stylesheet.ts';
export { darkTheme, type KindColors, lightTheme, type Theme, type ThemeName, themes } from './view/theme.ts';
