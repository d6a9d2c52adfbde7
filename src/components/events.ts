import type { AnalysisResult } from '../analysis/types.ts';
import type { Format } from '../io/index.ts';
import type { ArgumentNode, Dataset, Problem } from '../model/index.ts';
import type { Filters } from './filters.ts';

/** The element's events: they bubble and cross shadow roots (`composed`), with a typed `detail`. */
abstract class ArgmapEvent<Detail> extends Event {
  readonly detail: Detail;
  constructor(type: string, detail: Detail) {
    super(type, { bubbles: true, composed: true });
    this.detail = detail;
  }
}

export interface ArgmapSelectDetail {
  /** The selected node id, or null when the selection was cleared. */
  id: string | null;
  node: ArgumentNode | null;
}

/** The user selected a node (click, tap, Enter, outline, inspector link) or cleared the selection. */
export class ArgmapSelectEvent extends ArgmapEvent<ArgmapSelectDetail> {
  static readonly type = 'argmap-select';
  constructor(detail: ArgmapSelectDetail) {
    super(ArgmapSelectEvent.type, detail);
  }
}

export interface ArgmapLoadDetail {
  dataset: Dataset;
  result: AnalysisResult;
  /** The URL it came from, when loaded through `src`. */
  src: string | null;
  /** The format it was read from: `dataset` (argument-graph JSON), `aif`, `argdown` or `kialo`. */
  format: Format;
  /** What the importer could not represent as it was (path, message, hint); empty for argument-graph JSON. */
  warnings: Problem[];
}

/** A dataset was loaded, validated, analysed and drawn. */
export class ArgmapLoadEvent extends ArgmapEvent<ArgmapLoadDetail> {
  static readonly type = 'argmap-load';
  constructor(detail: ArgmapLoadDetail) {
    super(ArgmapLoadEvent.type, detail);
  }
}

export interface ArgmapErrorDetail {
  /** One readable sentence. */
  message: string;
  /** Validation or import problems (path, message, hint); one entry for network failures. Import paths are
   * JSON Pointers for JSON input and "line N, column M" for Argdown and Kialo text. */
  problems: Problem[];
  src: string | null;
}

/** Loading failed: network, HTTP status, text that cannot be read or imported, or an invalid dataset. The element shows the problems too. */
export class ArgmapErrorEvent extends ArgmapEvent<ArgmapErrorDetail> {
  static readonly type = 'argmap-error';
  constructor(detail: ArgmapErrorDetail) {
    super(ArgmapErrorEvent.type, detail);
  }
}

export interface ArgmapFilterDetail {
  /** What is shown now (the element's `filters`). */
  filters: Filters;
}

/** The user changed what is shown: the filter panel, focus mode or its depth. */
export class ArgmapFilterEvent extends ArgmapEvent<ArgmapFilterDetail> {
  static readonly type = 'argmap-filter';
  constructor(detail: ArgmapFilterDetail) {
    super(ArgmapFilterEvent.type, detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'argmap-select': ArgmapSelectEvent;
    'argmap-load': ArgmapLoadEvent;
    'argmap-error': ArgmapErrorEvent;
    'argmap-filter': ArgmapFilterEvent;
  }
}
