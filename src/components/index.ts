export { ArgumentGraphElement, type ThemeSetting, type ViewMode } from './argument-graph.ts';
export {
  type ArgmapErrorDetail,
  ArgmapErrorEvent,
  type ArgmapFilterDetail,
  ArgmapFilterEvent,
  type ArgmapLoadDetail,
  ArgmapLoadEvent,
  type ArgmapSelectDetail,
  ArgmapSelectEvent,
} from './events.ts';
export { DEFAULT_FILTERS, type Filters } from './filters.ts';
