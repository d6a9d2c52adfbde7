import type { AnalysisResult } from '../analysis/types.ts';
import type { Format } from '../io/index.ts';
import type { ArgumentNode, Dataset, Problem } from '../model/index.ts';

export interface ArgmapSelectDetail {
  /** The selected node id, or null when the selection was cleared. */
  id: string | null;
  node: ArgumentNode | null;
}

/** The user selected a node (click, tap, Enter, outline, inspector link) or cleared the selection. */
export class ArgmapSelectEvent extends Event {
  static readonly type = 'argmap-select';
  readonly detail: ArgmapSelectDetail;
  constructor(detail: ArgmapSelectDetail) {
    super(ArgmapSelectEvent.type, { bubbles: true, composed: true });
    this.detail = detail;
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
export class ArgmapLoadEvent extends Event {
  static readonly type = 'argmap-load';
  readonly detail: ArgmapLoadDetail;
  constructor(detail: ArgmapLoadDetail) {
    super(ArgmapLoadEvent.type, { bubbles: true, composed: true });
    this.detail = detail;
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
export class ArgmapErrorEvent extends Event {
  static readonly type = 'argmap-error';
  readonly detail: ArgmapErrorDetail;
  constructor(detail: ArgmapErrorDetail) {
    super(ArgmapErrorEvent.type, { bubbles: true, composed: true });
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'argmap-select': ArgmapSelectEvent;
    'argmap-load': ArgmapLoadEvent;
    'argmap-error': ArgmapErrorEvent;
  }
}
