import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { analyzeCore } from '../analysis/analyze-core.ts';
import type { AnalysisResult, ArgumentGraph } from '../analysis/types.ts';
import { detectFormat, type Format, importText } from '../io/index.ts';
import { type Dataset, type Problem, parseDataset } from '../model/index.ts';
import { type DebateIndex, hasSavedPositions, indexDataset } from '../view/index.ts';

export type LoadStatus = 'empty' | 'loading' | 'ready' | 'error';

/** A dataset that was read, validated and analysed. */
export interface Loaded {
  dataset: Dataset;
  result: AnalysisResult;
  graph: ArgumentGraph;
  index: DebateIndex;
  /** The format it was read from. */
  format: Format;
  /** What the importer could not represent as it was (empty for argument-graph JSON). */
  warnings: Problem[];
  /** The URL it came from, or null for the `data` property. */
  src: string | null;
  /** Every node has a saved position, so the preset layout can draw it. */
  positioned: boolean;
}

export interface LoadFailure {
  message: string;
  problems: Problem[];
  src: string | null;
}

interface Request {
  src: string;
  format: Format | null;
}

export interface LoaderCallbacks {
  loaded(loaded: Loaded): void;
  failed(failure: LoadFailure): void;
}

const FORMAT_NAMES: Record<Format, string> = {
  dataset: 'dataset',
  aif: 'AIF map',
  argdown: 'Argdown text',
  kialo: 'Kialo export',
};

/**
 * Loads a debate for the element: fetches `src` (a newer request aborts an older one), or takes the `data`
 * property; reads any format `importText` knows (from the `format` attribute, else detected from the content
 * and the URL), validates and analyses it. Reports the outcome through the callbacks and asks the host to
 * re-render. A request cut short by a disconnect is repeated on reconnect.
 */
export class DatasetLoader implements ReactiveController {
  status: LoadStatus = 'empty';
  loaded: Loaded | null = null;
  error: LoadFailure | null = null;
  #host: ReactiveControllerHost;
  #callbacks: LoaderCallbacks;
  #abort: AbortController | undefined;
  #token = 0;
  #pending: Request | null = null;
  #interrupted: Request | null = null;

  constructor(host: ReactiveControllerHost, callbacks: LoaderCallbacks) {
    this.#host = host;
    this.#callbacks = callbacks;
    host.addController(this);
  }

  hostConnected(): void {
    const interrupted = this.#interrupted;
    this.#interrupted = null;
    if (interrupted) void this.fromUrl(interrupted.src, interrupted.format);
  }

  hostDisconnected(): void {
    this.#interrupted = this.#pending;
    this.#cancel();
  }

  /** Fetches and reads `src`; null only cancels a pending request. */
  async fromUrl(src: string | null, format: Format | null): Promise<void> {
    const token = this.#cancel();
    if (!src) return;
    const controller = new AbortController();
    this.#abort = controller;
    this.#pending = { src, format };
    this.#setStatus('loading');
    let text: string;
    try {
      const response = await fetch(src, { signal: controller.signal });
      if (!response.ok) {
        const statusText = response.statusText ? ` ${response.statusText}` : '';
        return this.#fail(token, `The server answered ${response.status}${statusText} for ${src}.`, src, [
          {
            path: '',
            message: `HTTP ${response.status}${statusText}`,
            hint: 'Check that the URL is right and that the file is published.',
          },
        ]);
      }
      text = await response.text();
    } catch (error) {
      if (controller.signal.aborted) return;
      return this.#fail(token, `Could not fetch ${src}.`, src, [
        {
          path: '',
          message: error instanceof Error ? error.message : String(error),
          hint: 'Check the network connection, the URL, and that the server allows cross-origin requests (CORS).',
        },
      ]);
    }
    if (token !== this.#token) return;
    await this.#read(token, text, format, src);
    if (token === this.#token) this.#pending = null;
  }

  /** Reads a dataset object, or text in any supported format. */
  async fromData(input: unknown, format: Format | null): Promise<void> {
    const token = this.#cancel();
    await this.#read(token, input, format, null);
  }

  /** Cancels whatever is pending; returns the token of the next request. */
  #cancel(): number {
    this.#abort?.abort();
    this.#abort = undefined;
    this.#pending = null;
    return ++this.#token;
  }

  async #read(token: number, input: unknown, format: Format | null, src: string | null): Promise<void> {
    let dataset: Dataset;
    let read: Format = 'dataset';
    let warnings: Problem[] = [];
    if (typeof input === 'string') {
      // Content decides, then the URL's extension; JSON datasets are the element's own format.
      read = format ?? detectFormat(input, src?.replace(/[?#].*$/, '')) ?? 'dataset';
      const imported = await importText(input, { format: read });
      if (token !== this.#token) return;
      if (!imported.ok) return this.#invalid(token, read, src, imported.problems);
      dataset = imported.dataset;
      warnings = imported.warnings;
    } else {
      const parsed = parseDataset(input);
      if (!parsed.ok) return this.#invalid(token, read, src, parsed.problems);
      dataset = parsed.dataset;
    }
    let analysis: ReturnType<typeof analyzeCore>;
    try {
      analysis = analyzeCore(dataset);
    } catch (error) {
      return this.#fail(token, 'The dataset could not be analysed.', src, [
        {
          path: '',
          message: error instanceof Error ? error.message : String(error),
          hint: 'This is a bug in argument-graph; please report it with the dataset.',
        },
      ]);
    }
    const loaded: Loaded = {
      dataset,
      result: analysis.result,
      graph: analysis.graph,
      index: indexDataset(dataset),
      format: read,
      warnings,
      src,
      positioned: hasSavedPositions(dataset),
    };
    this.loaded = loaded;
    this.error = null;
    this.#setStatus('ready');
    this.#callbacks.loaded(loaded);
    void this.#complete(token, analysis);
  }

  /**
   * Camps, then betweenness, come from lazy chunks (Louvain and Brandes are not needed to draw the map), and
   * arrive in the loaded analysis a moment after the first paint: camps first, for the overview.
   */
  async #complete(token: number, analysis: ReturnType<typeof analyzeCore>): Promise<void> {
    try {
      const { addCamps } = await import('../analysis/add-camps.ts');
      if (token !== this.#token) return;
      addCamps(analysis);
      this.#host.requestUpdate();
      const { addBetweenness } = await import('../analysis/add-betweenness.ts');
      if (token !== this.#token) return;
      addBetweenness(analysis);
      this.#host.requestUpdate();
    } catch (error) {
      // The map is drawn and usable without them; say why camps are missing rather than fail.
      console.warn('argument-graph: camps and betweenness could not be computed:', error);
    }
  }

  #invalid(token: number, format: Format, src: string | null, problems: Problem[]): void {
    const what = `The ${FORMAT_NAMES[format]}${src ? ` at ${src}` : ''}`;
    const n = `${problems.length} problem${problems.length === 1 ? '' : 's'} found`;
    this.#fail(
      token,
      format === 'dataset' ? `${what} is not valid: ${n}.` : `${what} could not be imported: ${n}.`,
      src,
      problems,
    );
  }

  #fail(token: number, message: string, src: string | null, problems: Problem[]): void {
    if (token !== this.#token) return;
    this.#pending = null;
    this.loaded = null;
    this.error = { message, problems, src };
    this.#setStatus('error');
    this.#callbacks.failed(this.error);
  }

  #setStatus(status: LoadStatus): void {
    this.status = status;
    this.#host.requestUpdate();
  }
}
