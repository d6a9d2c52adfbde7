import type { Core } from 'cytoscape';
import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { AnalysisResult, ArgumentGraph } from '../analysis/types.ts';
import type { ExportImageOptions } from '../export/blob.ts';
import type { DataExportOptions, DataFormat } from '../export/file-types.ts';
import { FORMATS, type Format } from '../io/index.ts';
import type { Dataset } from '../model/index.ts';
import {
  GraphView,
  isLayoutName,
  LAYOUT_NAMES,
  type LayoutName,
  layoutFallbackNote,
  searchNodes,
  summary,
  type Theme,
  themes,
  toElements,
} from '../view/index.ts';
import { DatasetLoader, type Loaded } from './dataset-loader.ts';
import { ArgmapErrorEvent, ArgmapFilterEvent, ArgmapLoadEvent, ArgmapSelectEvent } from './events.ts';
import { exportMenuStyles } from './export-menu.ts';
import {
  activeFilterCount,
  DEFAULT_FILTERS,
  type Filters,
  normalizeFilters,
  renderFilters,
  toVisibility,
} from './filters.ts';
import { type DebateContext, renderInspector } from './inspector.ts';
import { KeyboardController } from './keyboard.ts';
import { renderLegend } from './legend.ts';
import { measurer } from './measure.ts';
import { renderMessage, renderWarnings } from './messages.ts';
import { renderOutline } from './outline.ts';
import { styles } from './styles.ts';
import { ThemeController } from './theme-controller.ts';
import { renderToolbar, type ViewMode } from './toolbar.ts';

/** The `.hint` overlay's height from the canvas top (styles.ts: 8px offset, one 12px line, 2px padding), plus a gap. */
const HINT_CLEARANCE_PX = 32;

export type { ViewMode } from './toolbar.ts';
export type ThemeSetting = 'light' | 'dark' | 'auto';

/**
 * An interactive argument map: claims, experts and evidence with the supports and disputes between them.
 *
 * @tagname argument-graph
 * @summary Renders an argument-graph dataset as an explorable, accessible graph with an inspector and an outline.
 *
 * @event argmap-select - The user selected a node or cleared the selection. `detail: { id, node }`.
 * @event argmap-load - A dataset was loaded, validated, analysed and drawn. `detail: { dataset, result, src, format, warnings }`.
 * @event argmap-error - Loading failed (network, HTTP status, unreadable text, invalid dataset). `detail: { message, problems, src }`.
 * @event argmap-filter - The user changed what is shown (filter panel, focus mode, its depth). `detail: { filters }`.
 *
 * @csspart toolbar - The row of search, layout, filter, focus, zoom and view controls.
 * @csspart filters - The filter panel under the toolbar.
 * @csspart canvas - The graph drawing area (a Cytoscape canvas; its internals are not styleable with CSS).
 * @csspart legend - The legend over the graph.
 * @csspart details - The inspector panel (a bottom sheet on narrow elements).
 * @csspart outline - The outline view (semantic HTML version of the graph).
 * @csspart message - The loading, empty and error messages.
 * @csspart warnings - The dismissible notice listing import warnings.
 *
 * @cssproperty --argmap-height - Height of the element; default 600px.
 * @cssproperty --argmap-font-family - Font of the chrome and of the graph's labels.
 * @cssproperty --argmap-font-size - Size of the graph's labels at zoom 1, in px; default 13px.
 * @cssproperty --argmap-surface - Background of the canvas and panels.
 * @cssproperty --argmap-panel - Background of the toolbar and inspector.
 * @cssproperty --argmap-text - Main text colour (chrome and graph).
 * @cssproperty --argmap-muted - Secondary text colour.
 * @cssproperty --argmap-border - Border colour.
 * @cssproperty --argmap-accent - Focus rings, links, pressed buttons.
 * @cssproperty --argmap-claim-color - Claim colour: node borders in the graph, legend, badges.
 * @cssproperty --argmap-claim-fill - Fill of claim nodes in the graph.
 * @cssproperty --argmap-expert-color - Expert colour: node borders in the graph, legend, badges.
 * @cssproperty --argmap-expert-fill - Fill of expert nodes in the graph.
 * @cssproperty --argmap-evidence-color - Evidence colour: node borders in the graph, legend, badges.
 * @cssproperty --argmap-evidence-fill - Fill of evidence nodes in the graph.
 * @cssproperty --argmap-support-color - Supports lines and arrows in the graph, and in the chrome.
 * @cssproperty --argmap-dispute-color - Disputes lines and bars in the graph, and in the chrome.
 * @cssproperty --argmap-selection-color - Ring around the selected node.
 * @cssproperty --argmap-inspector-width - Width of the inspector on wide elements; default 300px.
 * @cssproperty --argmap-radius - Corner radius of the element; default 10px.
 */
export class ArgumentGraphElement extends LitElement {
  static override styles = [styles, exportMenuStyles];

  /** URL of a debate: argument-graph JSON, AIF JSON, Argdown or Kialo text. A newer `src` cancels an older request. */
  @property({ reflect: true }) src: string | null = null;

  /** The dataset as an object, or text in any supported format (not reflected). Replaces whatever `src` loaded. */
  @property({ attribute: false }) data: unknown = null;

  /**
   * Format of `src` or of `data` text: `dataset` (argument-graph JSON), `aif`, `argdown` or `kialo`.
   * Unset (the default), the format is detected from the content, then from the URL's extension.
   */
  @property({ reflect: true }) format: Format | null = null;

  /** `hierarchical` (default), `force`, `concentric` or `preset` (the dataset's saved node positions). */
  @property({ reflect: true }) layout: LayoutName = 'hierarchical';

  /** `light` (default), `dark` or `auto` (follows the system). */
  @property({ reflect: true }) theme: ThemeSetting = 'light';

  /** Id of the selected node. Setting it does not fire `argmap-select`. */
  @property({ reflect: true }) selected: string | null = null;

  /** `graph` (default) or `outline`: the same debate as semantic HTML. */
  @property({ reflect: true }) view: ViewMode = 'graph';

  /**
   * What is shown: the node `kinds` and relation types (`relations`) shown, one source's relations only
   * (`article`, a source id, or null for all), the derived agree/disagree lines (`derived`), and focus mode
   * (`focus`, the selection's neighbourhood `hops` deep, 1–3). The filter panel and the Focus controls change
   * it and fire `argmap-filter`; set it to change them. A new dataset resets `article` when it lacks that source,
   * and `focus` when it lacks the selected node.
   */
  @property({ attribute: false }) filters: Filters = DEFAULT_FILTERS;
  @state() private _filtersOpen = false;
  @state() private _query = '';
  @state() private _matches: string[] = [];
  @state() private _narrow = false;
  @state() private _warningsDismissed = false;
  /** The layout last drawn, when it differs from `layout` (large maps fall back from hierarchical). */
  /** Why the drawn layout is not the requested one (`layoutFallbackNote`), shown in place of the hint. */
  @state() private _layoutNote: string | null = null;

  #view: GraphView | undefined;
  #matchCursor = -1;
  #themes = new ThemeController(this, () => this.refreshTheme());
  #resolvedTheme: Theme | undefined;
  #announceLoad = false;
  #ready: Promise<void> = Promise.resolve();
  #hostObserver = new ResizeObserver((entries) => {
    const width = entries[entries.length - 1]?.contentRect.width ?? 0;
    if (width > 0) this._narrow = width <= 720;
  });
  #loader = new DatasetLoader(this, {
    loaded: (loaded) => this.#onLoaded(loaded),
    failed: (failure) => {
      this.#view?.destroy();
      this.#ready = Promise.resolve();
      this.dispatchEvent(new ArgmapErrorEvent(failure));
    },
  });
  #keyboard = new KeyboardController(this, {
    view: () => this.#view,
    debate: () => this.#loader.loaded,
    selected: () => this.selected,
    select: (id) => this.#userSelect(id),
    fit: () => this.#view?.fit(true),
  });

  /** The graphology graph built by the analysis (read-only; null before loading). */
  get graph(): ArgumentGraph | null {
    return this.#loaded()?.graph ?? null;
  }

  /**
   * The Cytoscape core, for power users (read-only; undefined before mounting or after disconnect). In the
   * single-file bundle it lacks the WebGL renderer, the collection algorithms other than BFS/DFS and the built-in
   * layouts other than grid, concentric, preset and null; the npm entries use the complete Cytoscape.
   */
  get cy(): Core | undefined {
    return this.#view?.cy;
  }

  /** The analysis result (strength, status, derived edges…), or null before loading. */
  get analysis(): AnalysisResult | null {
    return this.#loaded()?.result ?? null;
  }

  /** The loaded, validated dataset, or null. */
  get debate(): Dataset | null {
    return this.#loaded()?.dataset ?? null;
  }

  /** Resolves when the current dataset has been laid out (or the element is not showing one). */
  get ready(): Promise<void> {
    return this.#ready;
  }

  /** Fits the visible graph into the viewport. */
  fit(): void {
    this.#view?.fit(true);
  }

  /** Selects a node (or clears with null) as the user would, but without firing `argmap-select`. */
  select(id: string | null): void {
    this.selected = id && this.#loaded()?.index.nodes.has(id) ? id : null;
  }

  /** Moves keyboard focus to a node, brings it into view and announces it. */
  focusNode(id: string): void {
    if (this.#loaded()?.index.nodes.has(id)) this.#keyboard.focus(id);
  }

  /**
   * The graph as an image: `format` 'png' (default) or 'jpeg', drawn by Cytoscape, or 'svg'; `scale` 1–4;
   * `background` a CSS colour or 'transparent' (default: the theme's); `full` the whole graph (default) or the
   * current view; `maxWidth`/`maxHeight` caps in pixels; `legend` (SVG) a legend strip. Hidden elements are left
   * out. Rejects with an `ExportError` that says how to fix it when the image would be empty or impossible.
   * The exporters load on first use.
   */
  async exportImage(options: ExportImageOptions = {}): Promise<Blob> {
    const { imageBlob, ExportError } = await import('../export/blob.ts');
    const loaded = this.#exportable(ExportError);
    const cy = this.cy;
    if (!cy)
      throw new ExportError('Nothing to export: the graph is not drawn (is the element in the document?).');
    return imageBlob(cy, this.#theme(), {
      ...(loaded.dataset.title ? { title: loaded.dataset.title } : {}),
      ...options,
    });
  }

  /**
   * The debate as data: 'json' (default; the dataset, reads back equal), 'graphml' (yEd) or 'gexf' (Gephi), the
   * last two with the derived agree/disagree edges and the computed strength, status, camp… (GEXF also with the
   * theme's kind colours). With `{ positions: true }` (JSON only) every node's `position` is where it is drawn
   * now, dragged nodes included, so `layout="preset"` draws the map the same way again. The writers load on
   * first use.
   */
  async exportData(format: DataFormat = 'json', options: DataExportOptions = {}): Promise<Blob> {
    const { dataBlob, ExportError, withPositions } = await import('../export/blob.ts');
    const loaded = this.#exportable(ExportError);
    if (!options.positions) return dataBlob(format, { ...loaded, theme: this.#theme() });
    if (format !== 'json')
      throw new ExportError(`Positions are written to JSON only, not ${format}: use exportData('json', …).`);
    const cy = this.cy;
    if (!cy)
      throw new ExportError(
        'No positions to export: the graph is not drawn (is the element in the document?).',
      );
    const drawn = new Map(cy.nodes().map((node) => [node.id(), node.position()]));
    return dataBlob(format, { ...loaded, dataset: withPositions(loaded.dataset, drawn) });
  }

  /** The debate shown, or an error that says to wait for it (the error class comes with the lazy exporters). */
  #exportable(ExportError: new (message: string) => Error): Loaded {
    const loaded = this.#loaded();
    if (!loaded)
      throw new ExportError(
        'Nothing to export: no debate is shown yet. Wait for argmap-load (or `ready`) first.',
      );
    return loaded;
  }

  /**
   * Reads the `--argmap-*` custom properties again and redraws the graph in them. Changes to the host's or the
   * root's `style` or `class`, to `theme`, `prefers-color-scheme` and `forced-colors` are picked up on their own;
   * call this after changing a stylesheet rule.
   */
  refreshTheme(): void {
    const previous = this.#resolvedTheme;
    this.#resolvedTheme = undefined;
    const next = this.#theme();
    if (previous && JSON.stringify(previous) === JSON.stringify(next)) return;
    this.#view?.setTheme(next);
    this.requestUpdate();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#hostObserver.observe(this);
    // Reconnected after a disconnect: rebuild Cytoscape in the container that Lit kept.
    if (this.#view && this.#loaded() && !this.#view.cy) this.#mountGraph();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#hostObserver.disconnect();
    this.#view?.destroy();
  }

  /** The current debate, only while it is the one shown (not during an error). */
  #loaded(): Loaded | null {
    return this.#loader.status === 'ready' ? this.#loader.loaded : null;
  }

  /** The graph's theme: light or dark, with the `--argmap-*` custom properties laid over it (theme-controller.ts). */
  #theme(): Theme {
    this.#resolvedTheme ??= this.isConnected ? this.#themes.resolve(this.theme) : themes.light;
    return this.#resolvedTheme;
  }

  protected override firstUpdated(): void {
    const container = this.renderRoot.querySelector<HTMLElement>('.canvas');
    if (!container) return;
    this.#view = new GraphView(container, this.#theme(), {
      onTap: (id) => this.#userSelect(id),
      onLayoutStop: (drawn, requested) => {
        this._layoutNote = layoutFallbackNote(requested, drawn);
      },
    });
    // The one-line hint overlays the top-left corner of the canvas: fit the graph below it.
    this.#view.topInset = HINT_CLEARANCE_PX;
    if (this.#loaded()) this.#mountGraph();
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('theme')) this.#resolvedTheme = undefined;
    if (changed.has('layout') && !isLayoutName(this.layout)) this.layout = 'hierarchical';
    if (changed.has('view') && this.view !== 'outline') this.view = 'graph';
    if (changed.has('filters')) this.filters = normalizeFilters(this.filters);
    if (changed.has('format') && this.format !== null && !FORMATS.includes(this.format)) this.format = null;
    const formatChanged = changed.has('format') && changed.get('format') !== undefined;
    if (this.data != null && (changed.has('data') || formatChanged))
      void this.#loader.fromData(this.data, this.format);
    else if (this.data == null && (changed.has('src') || formatChanged || changed.has('data')))
      void this.#loader.fromUrl(this.src, this.format);
  }

  protected override updated(changed: PropertyValues): void {
    const view = this.#view;
    if (changed.has('theme') && changed.get('theme') !== undefined) view?.setTheme(this.#theme());
    if (changed.has('layout') && changed.get('layout') !== undefined && view?.cy)
      this.#ready = view.runLayout(this.layout);
    if (changed.has('selected')) {
      view?.select(this.selected);
      if (this.selected && view?.cy) view.reveal(this.selected, this.#sheetHeight());
    }
    if (changed.has('filters') || (changed.has('selected') && this.filters.focus))
      view?.setVisibility(toVisibility(this.filters, this.selected));
    if (changed.has('_matches') || changed.has('_query'))
      view?.setMatches(this._query.trim() ? new Set(this._matches) : null);
  }

  /** Height of the inspector when it is a bottom sheet over the graph (narrow elements), else 0. */
  #sheetHeight(): number {
    if (!this._narrow) return 0;
    return this.renderRoot.querySelector<HTMLElement>('.inspector.active')?.offsetHeight ?? 0;
  }

  /** A filter change by the user: applied, then announced. */
  #userFilter(next: Filters): void {
    this.filters = next;
    this.dispatchEvent(new ArgmapFilterEvent({ filters: next }));
  }

  #onLoaded(loaded: Loaded): void {
    const { article, focus } = this.filters;
    const keepsSelection = this.selected !== null && loaded.index.nodes.has(this.selected);
    if (!keepsSelection) this.selected = null;
    // A source of the previous debate means nothing in this one, and focus mode follows the selection.
    const keepsArticle = article !== null && loaded.dataset.sources.some((s) => s.id === article);
    if ((article && !keepsArticle) || (focus && !keepsSelection))
      this.filters = {
        ...this.filters,
        article: keepsArticle ? article : null,
        focus: focus && keepsSelection,
      };
    this._query = '';
    this._matches = [];
    this._warningsDismissed = false;
    this.#keyboard.reset();
    this.#announceLoad = true;
    if (this.#view) this.#mountGraph();
  }

  #mountGraph(): void {
    const view = this.#view;
    const loaded = this.#loaded();
    if (!view || !loaded) return;
    const run = async () => {
      await this.updateComplete;
      if (document.fonts) await document.fonts.ready;
      const theme = this.#theme();
      const elements = toElements(loaded, { fontSize: theme.fontSize, measure: measurer(theme) });
      if (view.cy) await view.setElements(elements);
      else await view.mount(elements, this.layout);
      view.setVisibility(toVisibility(this.filters, this.selected));
      view.select(this.selected);
      if (this.selected) view.reveal(this.selected, this.#sheetHeight());
      view.setMatches(null);
      if (this.#announceLoad && this.#loaded() === loaded && view.cy) {
        this.#announceLoad = false;
        const { dataset, result, src, format, warnings } = loaded;
        this.dispatchEvent(new ArgmapLoadEvent({ dataset, result, src, format, warnings }));
      }
    };
    this.#ready = run();
  }

  #userSelect(id: string | null): void {
    const next = id && this.#loaded()?.index.nodes.has(id) ? id : null;
    if (next === this.selected) return;
    this.selected = next;
    if (next) this.#keyboard.focus(next, false);
    const node = next ? (this.#loaded()?.index.nodes.get(next) ?? null) : null;
    this.dispatchEvent(new ArgmapSelectEvent({ id: next, node }));
  }

  #onSearchInput = (event: Event) => {
    this._query = (event.target as HTMLInputElement).value;
    const dataset = this.#loaded()?.dataset;
    this._matches = dataset ? searchNodes(dataset, this._query) : [];
    this.#matchCursor = -1;
  };

  #onSearchKeydown = (event: KeyboardEvent) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      if (this._matches.length === 0) {
        this.#keyboard.announce(this._query.trim() ? 'No match.' : '');
        return;
      }
      this.#matchCursor = (this.#matchCursor + 1) % this._matches.length;
      const id = this._matches[this.#matchCursor] as string;
      this.#userSelect(id);
      this.#keyboard.focus(id);
    } else if (event.key === 'Escape' && this._query) {
      event.preventDefault();
      this._query = '';
      this._matches = [];
    }
  };

  protected override render(): TemplateResult {
    const loaded = this.#loaded();
    const ctx: DebateContext | null = loaded && {
      ...loaded,
      selected: this.selected,
      select: (id) => this.#userSelect(id),
    };
    const filters = this.filters;
    const graphShown = ctx !== null && this.view === 'graph';
    return html`
      <div class="shell">
        ${renderToolbar({
          ready: ctx !== null,
          query: this._query,
          matches: this._matches.length,
          layout: this.layout,
          layouts: LAYOUT_NAMES.filter(
            (name) => name !== 'preset' || this.layout === 'preset' || (loaded?.positioned ?? false),
          ),
          view: this.view,
          filtersOpen: this._filtersOpen,
          activeFilters: activeFilterCount(filters),
          focus: filters.focus,
          hops: filters.hops,
          hasSelection: this.selected !== null,
          onSearchInput: this.#onSearchInput,
          onSearchKeydown: this.#onSearchKeydown,
          setLayout: (layout) => {
            this.layout = layout;
          },
          toggleFilters: () => {
            this._filtersOpen = !this._filtersOpen;
          },
          toggleFocus: () => {
            this.#userFilter({ ...filters, focus: !filters.focus });
          },
          setHops: (hops) => {
            this.#userFilter({ ...filters, hops });
          },
          zoomBy: (factor) => this.#view?.zoomBy(factor),
          fit: () => this.fit(),
          setView: (view) => {
            this.view = view;
          },
          onExport: (choice) =>
            void import('./export-save.ts').then(({ exportAndSave }) =>
              exportAndSave(this, choice, (text) => this.#keyboard.announce(text)),
            ),
        })}
        ${renderFilters(filters, loaded?.dataset.sources ?? [], this._filtersOpen, (next) => {
          this.#userFilter(next);
        })}
        <div class="main">
          <div class="stage">
            <div class="canvas-wrap">
              <div
                class="canvas"
                part="canvas"
                tabindex="0"
                role="group"
                aria-roledescription="argument map"
                aria-label=${loaded?.dataset.title ?? 'Argument map'}
                aria-describedby="summary instructions"
                @keydown=${this.#keyboard.onKeydown}
                @focus=${this.#keyboard.onFocus}
              ></div>
              ${
                graphShown
                  ? html`<div class="hint" aria-hidden="true">${
                      this._layoutNote ??
                      'Click a node for details · hover to trace its links · drag to rearrange'
                    }</div>`
                  : nothing
              }
              ${
                loaded && loaded.warnings.length > 0 && !this._warningsDismissed
                  ? renderWarnings(loaded.warnings, () => {
                      this._warningsDismissed = true;
                    })
                  : nothing
              }
            </div>
            ${ctx ? renderLegend(this.#theme(), this._narrow) : nothing}
            <div class="outline" part="outline" ?hidden=${this.view !== 'outline' || !ctx}>
              ${ctx && this.view === 'outline' ? renderOutline(ctx, filters) : nothing}
            </div>
            ${renderMessage(this.#loader.status, this.#loader.error)}
          </div>
          ${ctx ? renderInspector(ctx) : nothing}
        </div>
        <p id="summary" class="sr-only">${loaded ? summary(loaded.dataset) : ''}</p>
        <p id="instructions" class="sr-only">
          Arrow keys move between connected nodes, Enter selects, Escape clears the selection, plus and minus zoom,
          0 fits. The outline view lists the same debate as text.
        </p>
        <div class="sr-only" role="status" aria-live="polite" aria-atomic="true">${this.#keyboard.announcement}</div>
      </div>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'argument-graph': ArgumentGraphElement;
  }
}
