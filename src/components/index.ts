export { ArgumentGraphElement, type ThemeSetting, type ViewMode } from './argument-graph.ts';
export {
  type ArgmapErrorDetail,
  ArgmapErrorEvent,
  type ArgmapLoadDetail,
  ArgmapLoadEvent,
  type ArgmapSelectDetail,
  ArgmapSelectEvent,
} from './events.ts';
