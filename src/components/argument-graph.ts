import type { Core } from 'cytoscape';
import { html, LitElement, nothing, type PropertyValues, svg, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { analyze } from '../analysis/index.ts';
import type { AnalysisResult, ArgumentGraph, NodeAnalysis } from '../analysis/types.ts';
import {
  type ArgumentNode,
  type Dataset,
  displayPath,
  type NodeKind,
  type Problem,
  parseDataset,
  type Relation,
  type RelationType,
} from '../model/index.ts';
import {
  announcement,
  capitalise,
  type DebateIndex,
  GraphView,
  indexDataset,
  isLayoutName,
  KIND_LABELS,
  KIND_PLURALS,
  LAYOUT_LABELS,
  LAYOUT_NAMES,
  type LayoutName,
  type MeasureText,
  percent,
  pickNeighbour,
  searchNodes,
  summary,
  type Theme,
  themes,
  toElements,
  type Visibility,
} from '../view/index.ts';
import { ArgmapErrorEvent, ArgmapLoadEvent, ArgmapSelectEvent } from './events.ts';
import { styles } from './styles.ts';

export type ThemeSetting = 'light' | 'dark' | 'auto';
export type ViewMode = 'graph' | 'outline';
type Status = 'empty' | 'loading' | 'ready' | 'error';

const KINDS: readonly NodeKind[] = ['claim', 'expert', 'evidence'];
const ARROWS: Record<string, 'left' | 'right' | 'up' | 'down'> = {
  ArrowLeft: 'left',
  ArrowRight: 'right',
  ArrowUp: 'up',
  ArrowDown: 'down',
};

/**
 * An interactive argument map: claims, experts and evidence with the supports and disputes between them.
 *
 * @summary Renders an argument-graph dataset as an explorable, accessible graph with an inspector and an outline.
 *
 * @event argmap-select - The user selected a node or cleared the selection. `detail: { id, node }`.
 * @event argmap-load - A dataset was loaded, validated, analysed and drawn. `detail: { dataset, result, src }`.
 * @event argmap-error - Loading failed (network, HTTP status, not JSON, invalid dataset). `detail: { message, problems, src }`.
 *
 * @csspart toolbar - The row of search, layout, filter, focus, zoom and view controls.
 * @csspart filters - The filter panel under the toolbar.
 * @csspart canvas - The graph drawing area (a Cytoscape canvas; its internals are not styleable with CSS).
 * @csspart legend - The legend over the graph.
 * @csspart details - The inspector panel (a bottom sheet on narrow elements).
 * @csspart outline - The outline view (semantic HTML version of the graph).
 * @csspart message - The loading, empty and error messages.
 *
 * @cssproperty --argmap-height - Height of the element; default 600px.
 * @cssproperty --argmap-font-family - Font of the chrome (the graph uses the theme's font).
 * @cssproperty --argmap-surface - Background of the canvas and panels.
 * @cssproperty --argmap-panel - Background of the toolbar and inspector.
 * @cssproperty --argmap-text - Main text colour.
 * @cssproperty --argmap-muted - Secondary text colour.
 * @cssproperty --argmap-border - Border colour.
 * @cssproperty --argmap-accent - Focus rings, links, pressed buttons.
 * @cssproperty --argmap-claim-color - Claim colour in the chrome (legend, badges).
 * @cssproperty --argmap-expert-color - Expert colour in the chrome.
 * @cssproperty --argmap-evidence-color - Evidence colour in the chrome.
 * @cssproperty --argmap-support-color - Supports colour in the chrome.
 * @cssproperty --argmap-dispute-color - Disputes colour in the chrome.
 * @cssproperty --argmap-inspector-width - Width of the inspector on wide elements; default 300px.
 * @cssproperty --argmap-radius - Corner radius of the element; default 10px.
 */
export class ArgumentGraphElement extends LitElement {
  static override styles = styles;

  /** URL of a dataset (JSON). A newer `src` cancels an older request. */
  @property({ reflect: true }) src: string | null = null;

  /** The dataset as an object (not reflected). Setting it replaces whatever `src` loaded. */
  @property({ attribute: false }) data: unknown = null;

  /** `hierarchical` (default), `force` or `concentric`. */
  @property({ reflect: true }) layout: LayoutName = 'hierarchical';

  /** `light` (default), `dark` or `auto` (follows the system). */
  @property({ reflect: true }) theme: ThemeSetting = 'light';

  /** Id of the selected node. Setting it does not fire `argmap-select`. */
  @property({ reflect: true }) selected: string | null = null;

  /** `graph` (default) or `outline`: the same debate as semantic HTML. */
  @property({ reflect: true }) view: ViewMode = 'graph';

  @state() private _status: Status = 'empty';
  @state() private _error: { message: string; problems: Problem[]; src: string | null } | null = null;
  @state() private _dataset: Dataset | null = null;
  @state() private _result: AnalysisResult | null = null;
  @state() private _query = '';
  @state() private _matches: string[] = [];
  @state() private _kinds = new Set<NodeKind>(KINDS);
  @state() private _relations = new Set<RelationType>(['supports', 'disputes']);
  @state() private _article: string | null = null;
  @state() private _derived = true;
  @state() private _focusMode = false;
  @state() private _hops = 1;
  @state() private _filtersOpen = false;
  @state() private _announcement = '';
  @state() private _narrow = false;
  #hostObserver = new ResizeObserver((entries) => {
    const width = entries[entries.length - 1]?.contentRect.width ?? 0;
    if (width > 0) this._narrow = width <= 720;
  });

  #graph: ArgumentGraph | null = null;
  #index: DebateIndex | null = null;
  #view: GraphView | undefined;
  #abort: AbortController | undefined;
  #loadedSrc: string | null = null;
  #focused: string | null = null;
  #matchCursor = -1;
  #darkQuery: MediaQueryList | undefined;
  #mounted = false;
  #loadedFrom: string | null = null;
  #loadAnnounced = false;

  /** The graphology graph built by the analysis (read-only; null before loading). */
  get graph(): ArgumentGraph | null {
    return this.#graph;
  }

  /** The Cytoscape core, for power users (read-only; undefined before mounting or after disconnect). */
  get cy(): Core | undefined {
    return this.#view?.cy;
  }

  /** The analysis result (strength, status, derived edges…), or null before loading. */
  get analysis(): AnalysisResult | null {
    return this.#result();
  }

  /** The loaded, validated dataset, or null. */
  get debate(): Dataset | null {
    return this._dataset;
  }

  /** Resolves when the current dataset has been laid out (or the element is not showing one). */
  get ready(): Promise<void> {
    return this.#ready;
  }
  #ready: Promise<void> = Promise.resolve();

  /** Fits the visible graph into the viewport. */
  fit(): void {
    this.#view?.fit(true);
  }

  /** Selects a node (or clears with null) as the user would, but without firing `argmap-select`. */
  select(id: string | null): void {
    this.selected = id && this.#index?.nodes.has(id) ? id : null;
  }

  /** Moves keyboard focus to a node, brings it into view and announces it. */
  focusNode(id: string): void {
    if (!this.#index?.nodes.has(id)) return;
    this.#setFocused(id);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#darkQuery = matchMedia('(prefers-color-scheme: dark)');
    this.#darkQuery.addEventListener('change', this.#onSchemeChange);
    this.#hostObserver.observe(this);
    // Reconnected after a disconnect: rebuild Cytoscape in the container that Lit kept.
    if (this.#view && this._dataset && !this.#view.cy) this.#mountGraph();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#darkQuery?.removeEventListener('change', this.#onSchemeChange);
    this.#hostObserver.disconnect();
    this.#abort?.abort();
    this.#view?.destroy();
  }

  #onSchemeChange = () => {
    if (this.theme === 'auto') this.#view?.setTheme(this.#theme());
  };

  #theme(): Theme {
    if (this.theme === 'dark') return themes.dark;
    if (this.theme === 'auto' && this.#darkQuery?.matches) return themes.dark;
    return themes.light;
  }

  #result(): AnalysisResult | null {
    return this._result;
  }

  protected override firstUpdated(): void {
    const container = this.renderRoot.querySelector<HTMLElement>('.canvas');
    if (!container) return;
    this.#view = new GraphView(container, this.#theme(), {
      onTap: (id) => this.#userSelect(id),
    });
    this.#mounted = true;
    if (this._dataset) this.#mountGraph();
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('layout') && !isLayoutName(this.layout)) this.layout = 'hierarchical';
    if (changed.has('view') && this.view !== 'outline') this.view = 'graph';
    if (changed.has('data') && this.data != null) this.#useInput(this.data, null);
    else if (changed.has('src') && this.src !== this.#loadedSrc && this.data == null)
      void this.#load(this.src);
  }

  protected override updated(changed: PropertyValues): void {
    if (changed.has('theme') && changed.get('theme') !== undefined) this.#view?.setTheme(this.#theme());
    if (changed.has('layout') && changed.get('layout') !== undefined && this.#view?.cy)
      this.#ready = this.#view.runLayout(this.layout);
    if (changed.has('selected')) {
      this.#view?.select(this.selected);
      if (this.selected && this.#view?.cy) this.#view.reveal(this.selected);
    }
    if (
      changed.has('_kinds') ||
      changed.has('_relations') ||
      changed.has('_article') ||
      changed.has('_derived') ||
      changed.has('_focusMode') ||
      changed.has('_hops') ||
      (changed.has('selected') && this._focusMode)
    )
      this.#view?.setVisibility(this.#visibility());
    if (changed.has('_matches') || changed.has('_query'))
      this.#view?.setMatches(this._query.trim() ? new Set(this._matches) : null);
  }

  #visibility(): Visibility {
    return {
      kinds: this._kinds,
      relations: this._relations,
      article: this._article,
      derived: this._derived,
      focus: this._focusMode && this.selected ? { id: this.selected, hops: this._hops } : null,
    };
  }

  // ---- Loading -------------------------------------------------------------------------------------------

  async #load(src: string | null): Promise<void> {
    this.#abort?.abort();
    this.#loadedSrc = src;
    if (!src) {
      this.#abort = undefined;
      return;
    }
    const controller = new AbortController();
    this.#abort = controller;
    this._status = 'loading';
    let text: string;
    try {
      const response = await fetch(src, {
        signal: controller.signal,
        headers: { accept: 'application/json' },
      });
      if (!response.ok) {
        const statusText = response.statusText ? ` ${response.statusText}` : '';
        return this.#fail(`The server answered ${response.status}${statusText} for ${src}.`, [], src, {
          path: '',
          message: `HTTP ${response.status}${statusText}`,
          hint: 'Check that the URL is right and that the file is published.',
        });
      }
      text = await response.text();
    } catch (error) {
      if (controller.signal.aborted) return;
      return this.#fail(`Could not fetch ${src}.`, [], src, {
        path: '',
        message: error instanceof Error ? error.message : String(error),
        hint: 'Check the network connection, the URL, and that the server allows cross-origin requests (CORS).',
      });
    }
    if (controller.signal.aborted) return;
    this.#useInput(text, src);
  }

  #useInput(input: unknown, src: string | null): void {
    if (src === null) {
      this.#abort?.abort();
      this.#loadedSrc = this.src;
    }
    const parsed = parseDataset(input);
    if (!parsed.ok) {
      const n = parsed.problems.length;
      this.#fail(
        `${src ? `The dataset at ${src}` : 'The dataset'} is not valid: ${n} problem${n === 1 ? '' : 's'} found.`,
        parsed.problems,
        src,
      );
      return;
    }
    let result: AnalysisResult;
    try {
      const analysis = analyze(parsed.dataset);
      result = analysis.result;
      this.#graph = analysis.graph;
    } catch (error) {
      this.#fail('The dataset could not be analysed.', [], src, {
        path: '',
        message: error instanceof Error ? error.message : String(error),
        hint: 'This is a bug in argument-graph; please report it with the dataset.',
      });
      return;
    }
    const dataset = parsed.dataset;
    this._dataset = dataset;
    this._result = result;
    this.#index = indexDataset(dataset);
    this._error = null;
    this._status = 'ready';
    this._article = null;
    this._focusMode = false;
    this._query = '';
    this._matches = [];
    this.#focused = null;
    if (this.selected && !this.#index.nodes.has(this.selected)) this.selected = null;
    this.#loadedFrom = src;
    this.#loadAnnounced = false;
    if (this.#mounted) this.#mountGraph();
  }

  #fail(message: string, problems: Problem[], src: string | null, single?: Problem): void {
    const all = single ? [single, ...problems] : problems;
    this._status = 'error';
    this._error = { message, problems: all, src };
    this._dataset = null;
    this._result = null;
    this.#graph = null;
    this.#index = null;
    this.#view?.destroy();
    this.#ready = Promise.resolve();
    this.dispatchEvent(new ArgmapErrorEvent({ message, problems: all, src }));
  }

  #mountGraph(): void {
    const view = this.#view;
    const dataset = this._dataset;
    const result = this._result;
    if (!view || !dataset || !result) return;
    const run = async () => {
      await this.updateComplete;
      if (document.fonts) await document.fonts.ready;
      const theme = this.#theme();
      const elements = toElements(
        { dataset, result },
        { fontSize: theme.fontSize, measure: measurer(theme) },
      );
      if (view.cy) await view.setElements(elements);
      else await view.mount(elements, this.layout);
      view.setVisibility(this.#visibility());
      view.select(this.selected);
      view.setMatches(null);
      if (!this.#loadAnnounced && this._dataset === dataset && view.cy) {
        this.#loadAnnounced = true;
        this.dispatchEvent(new ArgmapLoadEvent({ dataset, result, src: this.#loadedFrom }));
      }
    };
    this.#ready = run();
  }

  // ---- Selection, focus, announcements -----------------------------------------------------------------

  #userSelect(id: string | null): void {
    const next = id && this.#index?.nodes.has(id) ? id : null;
    if (next === this.selected) return;
    this.selected = next;
    if (next) {
      this.#setFocused(next, false);
    }
    this.dispatchEvent(
      new ArgmapSelectEvent({ id: next, node: next ? (this.#index?.nodes.get(next) ?? null) : null }),
    );
  }

  #setFocused(id: string | null, reveal = true): void {
    this.#focused = id;
    this.#view?.setFocused(id, reveal);
    if (id && this.#index) this.#announce(announcement(id, this.#index, this._result ?? undefined));
  }

  #announce(text: string): void {
    // Re-announce identical text by clearing first.
    this._announcement = '';
    requestAnimationFrame(() => {
      this._announcement = text;
    });
  }

  #onCanvasKeydown = (event: KeyboardEvent) => {
    const view = this.#view;
    if (!view?.cy || !this.#index) return;
    const direction = ARROWS[event.key];
    if (direction) {
      event.preventDefault();
      const visible = new Set(view.visibleNodeIds());
      const current = this.#focused && visible.has(this.#focused) ? this.#focused : null;
      if (!current) {
        this.#setFocused(this.#startNode(visible));
        return;
      }
      const from = view.position(current);
      const candidates = view
        .neighbours(current)
        .map((id) => ({ id, ...(view.position(id) ?? { x: 0, y: 0 }) }));
      const next = from ? pickNeighbour(from, candidates, direction) : undefined;
      if (next) this.#setFocused(next);
      else
        this.#announce(
          candidates.length === 0 ? 'No connected nodes.' : `No connected node ${directionWords(direction)}.`,
        );
      return;
    }
    switch (event.key) {
      case 'Enter':
      case ' ':
        event.preventDefault();
        if (this.#focused) this.#userSelect(this.#focused);
        break;
      case 'Escape':
        if (this.selected) {
          event.preventDefault();
          this.#userSelect(null);
          this.#announce('Selection cleared.');
        }
        break;
      case '+':
      case '=':
        event.preventDefault();
        view.zoomBy(1.25);
        break;
      case '-':
      case '_':
        event.preventDefault();
        view.zoomBy(0.8);
        break;
      case '0':
        event.preventDefault();
        view.fit(true);
        break;
    }
  };

  #onCanvasFocus = () => {
    if (!this.#view?.cy || !this.#index) return;
    const visible = new Set(this.#view.visibleNodeIds());
    if (this.#focused && visible.has(this.#focused)) {
      this.#setFocused(this.#focused);
      return;
    }
    const start = this.selected && visible.has(this.selected) ? this.selected : null;
    if (start) this.#setFocused(start);
  };

  /** Where arrow keys start: the selection, else the most connected visible claim. */
  #startNode(visible: Set<string>): string | null {
    if (this.selected && visible.has(this.selected)) return this.selected;
    const dataset = this._dataset;
    if (!dataset || !this.#index) return null;
    const degree = (id: string) =>
      (this.#index?.incoming.get(id)?.length ?? 0) + (this.#index?.outgoing.get(id)?.length ?? 0);
    const candidates = dataset.nodes.filter((n) => visible.has(n.id));
    const claims = candidates.filter((n) => n.kind === 'claim');
    const pool = claims.length > 0 ? claims : candidates;
    return (
      pool.reduce<ArgumentNode | null>(
        (best, n) => (!best || degree(n.id) > degree(best.id) ? n : best),
        null,
      )?.id ?? null
    );
  }

  // ---- Toolbar handlers ---------------------------------------------------------------------------------

  #onSearchInput = (event: Event) => {
    this._query = (event.target as HTMLInputElement).value;
    this._matches = this._dataset ? searchNodes(this._dataset, this._query) : [];
    this.#matchCursor = -1;
  };

  #onSearchKeydown = (event: KeyboardEvent) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      if (this._matches.length === 0) {
        this.#announce(this._query.trim() ? 'No match.' : '');
        return;
      }
      this.#matchCursor = (this.#matchCursor + 1) % this._matches.length;
      const id = this._matches[this.#matchCursor] as string;
      this.#userSelect(id);
      this.#setFocused(id);
      this.#view?.reveal(id);
    } else if (event.key === 'Escape' && this._query) {
      event.preventDefault();
      this._query = '';
      this._matches = [];
    }
  };

  #toggleKind(kind: NodeKind, on: boolean): void {
    const next = new Set(this._kinds);
    if (on) next.add(kind);
    else next.delete(kind);
    this._kinds = next;
  }

  #toggleRelation(type: RelationType, on: boolean): void {
    const next = new Set(this._relations);
    if (on) next.add(type);
    else next.delete(type);
    this._relations = next;
  }

  #setView(view: ViewMode): void {
    this.view = view;
  }

  // ---- Rendering ----------------------------------------------------------------------------------------

  protected override render(): TemplateResult {
    const ready = this._status === 'ready' && this._dataset !== null;
    const title = this._dataset?.title ?? 'Argument map';
    return html`
      <div class="shell">
        ${this.#renderToolbar(ready)} ${this.#renderFilters()}
        <div class="main">
          <div class="stage">
            <div class="canvas-wrap">
              <div
                class="canvas"
                part="canvas"
                tabindex="0"
                role="group"
                aria-roledescription="argument map"
                aria-label=${title}
                aria-describedby="summary instructions"
                @keydown=${this.#onCanvasKeydown}
                @focus=${this.#onCanvasFocus}
              ></div>
              ${
                ready && this.view === 'graph'
                  ? html`<div class="hint" aria-hidden="true">Click a node for details · hover to trace its links · drag to rearrange</div>`
                  : nothing
              }
            </div>
            ${ready ? this.#renderLegend() : nothing}
            <div class="outline" part="outline" ?hidden=${this.view !== 'outline' || !ready}>
              ${ready && this.view === 'outline' ? this.#renderOutline() : nothing}
            </div>
            ${this.#renderMessage()}
          </div>
          ${ready ? this.#renderInspector() : nothing}
        </div>
        <p id="summary" class="sr-only">${this._dataset ? summary(this._dataset) : ''}</p>
        <p id="instructions" class="sr-only">
          Arrow keys move between connected nodes, Enter selects, Escape clears the selection, plus and minus zoom,
          0 fits. The outline view lists the same debate as text.
        </p>
        <div class="sr-only" role="status" aria-live="polite" aria-atomic="true">${this._announcement}</div>
      </div>
    `;
  }

  #renderToolbar(ready: boolean): TemplateResult {
    const matches = this._matches.length;
    return html`
      <div class="toolbar" part="toolbar" role="toolbar" aria-label="Graph controls">
        <div class="search">
          <input
            type="search"
            placeholder="Search claims, people, evidence"
            aria-label="Search nodes (Enter jumps to the next match)"
            .value=${this._query}
            ?disabled=${!ready}
            @input=${this.#onSearchInput}
            @keydown=${this.#onSearchKeydown}
          />
          ${this._query.trim() ? html`<span class="count">${matches} match${matches === 1 ? '' : 'es'}</span>` : nothing}
        </div>
        <label class="inline"
          ><span class="layout-label">Layout</span>
          <select
            aria-label="Layout"
            .value=${this.layout}
            ?disabled=${!ready}
            @change=${(e: Event) => {
              this.layout = (e.target as HTMLSelectElement).value as LayoutName;
            }}
          >
            ${LAYOUT_NAMES.map(
              (name) =>
                html`<option value=${name} ?selected=${name === this.layout}>${LAYOUT_LABELS[name]}</option>`,
            )}
          </select></label
        >
        <button
          type="button"
          aria-pressed=${this._filtersOpen ? 'true' : 'false'}
          aria-controls="filters"
          ?disabled=${!ready}
          @click=${() => {
            this._filtersOpen = !this._filtersOpen;
          }}
        >
          Filters${this.#activeFilterCount() ? ` (${this.#activeFilterCount()})` : ''}
        </button>
        <div class="group">
          <button
            type="button"
            class="focus-toggle"
            aria-pressed=${this._focusMode ? 'true' : 'false'}
            ?disabled=${!ready || !this.selected}
            title="Show only the neighbourhood of the selected node"
            @click=${() => {
              this._focusMode = !this._focusMode;
            }}
          >
            Focus
          </button>
          <select
            aria-label="Focus depth"
            .value=${String(this._hops)}
            ?disabled=${!ready || !this.selected}
            @change=${(e: Event) => {
              this._hops = Number((e.target as HTMLSelectElement).value);
            }}
          >
            ${[1, 2, 3].map((k) => html`<option value=${k} ?selected=${k === this._hops}>${k} hop${k > 1 ? 's' : ''}</option>`)}
          </select>
        </div>
        <span class="spacer"></span>
        <div class="group" role="group" aria-label="Zoom">
          <button type="button" class="icon" aria-label="Zoom out" title="Zoom out (−)" ?disabled=${!ready} @click=${() => this.#view?.zoomBy(0.8)}>−</button>
          <button type="button" class="icon" aria-label="Zoom in" title="Zoom in (+)" ?disabled=${!ready} @click=${() => this.#view?.zoomBy(1.25)}>+</button>
          <button type="button" aria-label="Fit to view" title="Fit (0)" ?disabled=${!ready} @click=${() => this.fit()}>Fit</button>
        </div>
        <div class="segmented" role="group" aria-label="View">
          <button type="button" aria-pressed=${this.view === 'graph' ? 'true' : 'false'} @click=${() => this.#setView('graph')}>Graph</button>
          <button type="button" aria-pressed=${this.view === 'outline' ? 'true' : 'false'} @click=${() => this.#setView('outline')}>Outline</button>
        </div>
      </div>
    `;
  }

  #activeFilterCount(): number {
    return (
      KINDS.length -
      this._kinds.size +
      (2 - this._relations.size) +
      (this._article ? 1 : 0) +
      (this._derived ? 0 : 1)
    );
  }

  #renderFilters(): TemplateResult {
    const sources = this._dataset?.sources ?? [];
    return html`
      <div class="filters" id="filters" part="filters" ?hidden=${!this._filtersOpen}>
        <fieldset>
          <legend>Show</legend>
          ${KINDS.map(
            (kind) => html`<label
              ><input
                type="checkbox"
                name="kind"
                value=${kind}
                .checked=${this._kinds.has(kind)}
                @change=${(e: Event) => this.#toggleKind(kind, (e.target as HTMLInputElement).checked)}
              />${capitalise(KIND_PLURALS[kind])}</label
            >`,
          )}
        </fieldset>
        <fieldset>
          <legend>Relations</legend>
          ${(['supports', 'disputes'] as const).map(
            (type) => html`<label
              ><input
                type="checkbox"
                name="relation"
                value=${type}
                .checked=${this._relations.has(type)}
                @change=${(e: Event) => this.#toggleRelation(type, (e.target as HTMLInputElement).checked)}
              />${capitalise(type)}</label
            >`,
          )}
          <label
            ><input
              type="checkbox"
              name="derived"
              .checked=${this._derived}
              @change=${(e: Event) => {
                this._derived = (e.target as HTMLInputElement).checked;
              }}
            />Agree / disagree lines</label
          >
        </fieldset>
        ${
          sources.length > 0
            ? html`<label
              >Source
              <select
                name="article"
                @change=${(e: Event) => {
                  this._article = (e.target as HTMLSelectElement).value || null;
                }}
              >
                <option value="" ?selected=${!this._article}>All sources</option>
                ${sources.map(
                  (s) =>
                    html`<option value=${s.id} ?selected=${this._article === s.id}>
                      ${s.publisher ? `${s.publisher}: ` : ''}${s.title}
                    </option>`,
                )}
              </select></label
            >`
            : nothing
        }
      </div>
    `;
  }

  #renderMessage(): TemplateResult {
    const status = this._status;
    if (status === 'ready') return html`<div class="message" part="message" hidden></div>`;
    if (status === 'error' && this._error) {
      const { message, problems, src } = this._error;
      return html`
        <div class="message error" part="message" role="alert">
          <div class="card">
            <h2>Could not show this argument map</h2>
            <p>${message}</p>
            ${
              problems.length > 0
                ? html`<ul class="problems">
                  ${problems.slice(0, 20).map(
                    (p) =>
                      html`<li>
                        <code>${displayPath(p.path)}</code> ${p.message}${
                          p.hint ? html`<br /><span class="hint-text">${p.hint}</span>` : nothing
                        }
                      </li>`,
                  )}
                  ${problems.length > 20 ? html`<li>… and ${problems.length - 20} more.</li>` : nothing}
                </ul>`
                : nothing
            }
            ${src ? html`<p class="hint-text">Source: <code>${src}</code></p>` : nothing}
          </div>
        </div>
      `;
    }
    if (status === 'loading')
      return html`<div class="message" part="message" role="status"><p>Loading the argument map…</p></div>`;
    return html`<div class="message" part="message">
      <div class="card">
        <h2>No debate loaded</h2>
        <p class="hint-text">Set the <code>src</code> attribute to a dataset URL, or the <code>data</code> property to a dataset.</p>
      </div>
    </div>`;
  }

  #renderLegend(): TemplateResult {
    const t = this.#theme();
    const shape = (kind: NodeKind) => {
      const c = t[kind];
      if (kind === 'claim')
        return svg`<rect x="1" y="3" width="22" height="12" rx="4" fill=${c.fill} stroke=${c.border} stroke-width="1.6"/>`;
      if (kind === 'expert')
        return svg`<ellipse cx="12" cy="9" rx="11" ry="7" fill=${c.fill} stroke=${c.border} stroke-width="1.6"/>`;
      return svg`<path d="M5 3 H19 L23 7 V11 L19 15 H5 L1 11 V7 Z" fill=${c.fill} stroke=${c.border} stroke-width="1.6"/>`;
    };
    const icon = (content: unknown) =>
      html`<svg width="24" height="18" viewBox="0 0 24 18" aria-hidden="true">${content}</svg>`;
    const items = html`<div class="items">
          ${KINDS.map((k) => html`<span class="item">${icon(shape(k))}${KIND_LABELS[k]}</span>`)}
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
          <span class="item"
            >${icon(
              svg`<path d="M1 13 Q12 1 23 13" fill="none" stroke=${t.agrees} stroke-width="1.5" stroke-dasharray="1.5 2.5"/>`,
            )}Agree${icon(
              svg`<path d="M1 13 Q12 1 23 13" fill="none" stroke=${t.disagrees} stroke-width="1.5" stroke-dasharray="1.5 2.5"/>`,
            )}Disagree</span
          >
          <span class="item"
            >${icon(svg`<rect x="2" y="3" width="20" height="12" rx="4" fill=${t.claim.fill} stroke=${t.claim.border} stroke-width="3.5"/>`)}Strong</span
          >
          <span class="item"
            >${icon(
              svg`<rect x="2" y="3" width="20" height="12" rx="4" fill=${t.claim.fill} fill-opacity="0.5" stroke=${t.claim.border} stroke-width="1.2" stroke-dasharray="3 2"/>`,
            )}Rejected</span
          >
          <span class="item"
            >${icon(
              svg`<rect x="2" y="3" width="20" height="12" rx="4" fill=${t.claim.fill} stroke=${t.claim.border} stroke-width="1"/><rect x="4" y="5" width="16" height="8" rx="3" fill="none" stroke=${t.claim.border} stroke-width="1"/>`,
            )}Undecided</span
          >
        </div>`;
    return this._narrow
      ? html`<details class="legend" part="legend"><summary>Legend</summary>${items}</details>`
      : html`<div class="legend" part="legend" role="group" aria-label="Legend">${items}</div>`;
  }

  #renderInspector(): TemplateResult {
    const id = this.selected;
    const node = id ? this.#index?.nodes.get(id) : undefined;
    return html`
      <aside class="inspector ${node ? 'active' : 'idle'}" part="details" aria-label="Details">
        ${node ? this.#renderNodeDetails(node) : this.#renderOverview()}
      </aside>
    `;
  }

  #renderOverview(): TemplateResult {
    const dataset = this._dataset as Dataset;
    const result = this._result;
    const count = (k: NodeKind) => dataset.nodes.filter((n) => n.kind === k).length;
    const contested = dataset.nodes
      .filter((n) => n.kind === 'claim')
      .map((n) => ({ n, a: result?.nodes[n.id] }))
      .filter((x) => (x.a?.disputers ?? 0) > 0)
      .sort(
        (x, y) =>
          (y.a?.disputers ?? 0) + (y.a?.supporters ?? 0) - ((x.a?.disputers ?? 0) + (x.a?.supporters ?? 0)),
      )
      .slice(0, 5);
    return html`
      <div class="overview">
        <span class="kind">Debate</span>
        <h2>${dataset.title ?? 'Untitled debate'}</h2>
        ${dataset.description ? html`<p>${dataset.description}</p>` : nothing}
        <div class="stats">
          ${KINDS.map((k) => html`<div class="stat"><strong>${count(k)}</strong>${KIND_PLURALS[k]}</div>`)}
        </div>
        <h3>How to read it</h3>
        <ul>
          <li>Experts and evidence (left) feed the claims (right).</li>
          <li><span style="color: var(--_supports); font-weight: 600">Solid arrows</span> support; <span style="color: var(--_disputes); font-weight: 600">dashed bars</span> dispute.</li>
          <li>Select any node to read the quotes behind it.</li>
        </ul>
        ${
          contested.length > 0
            ? html`<h3>Most contested claims</h3>
              <ul>
                ${contested.map(
                  ({ n, a }) =>
                    html`<li>
                      <button type="button" class="link" @click=${() => this.#userSelect(n.id)}>${n.label}</button>
                      <span class="muted"> · ${a?.supporters ?? 0} for, ${a?.disputers ?? 0} against</span>
                    </li>`,
                )}
              </ul>`
            : nothing
        }
      </div>
    `;
  }

  #renderNodeDetails(node: ArgumentNode): TemplateResult {
    const a: NodeAnalysis | undefined = this._result?.nodes[node.id];
    const incoming = this.#index?.incoming.get(node.id) ?? [];
    const outgoing = this.#index?.outgoing.get(node.id) ?? [];
    const inS = incoming.filter((r) => r.type === 'supports');
    const inD = incoming.filter((r) => r.type === 'disputes');
    const outS = outgoing.filter((r) => r.type === 'supports');
    const outD = outgoing.filter((r) => r.type === 'disputes');
    const source = node.source ? this.#index?.sources.get(node.source) : undefined;
    return html`
      <div class="details">
        <button type="button" class="close" aria-label="Close details" @click=${() => this.#userSelect(null)}>✕</button>
        <span class="kind ${node.kind}">${KIND_LABELS[node.kind]}</span>
        <h2 tabindex="-1">${node.label}</h2>
        ${
          node.kind === 'expert' && (node.role || node.affiliation)
            ? html`<p class="muted">${[node.role, node.affiliation].filter(Boolean).join(' · ')}</p>`
            : nothing
        }
        ${node.text && node.text !== node.label ? html`<p>${node.text}</p>` : nothing}
        ${source ? html`<cite>From ${this.#citation(source.id)}</cite>` : nothing}
        ${
          a
            ? html`<div class="meter" title="Strength ${percent(a.strength)}">
                <span class="muted">Strength</span>
                <div class="bar" role="meter" aria-label="Strength" aria-valuemin="0" aria-valuemax="100" aria-valuenow=${Math.round(a.strength * 100)}>
                  <span style="width: ${Math.round(a.strength * 100)}%"></span>
                </div>
                <strong>${percent(a.strength)}</strong>
                <span class="status ${a.status}">${capitalise(a.status)}</span>
              </div>
              <p class="explanation">${a.explanation}</p>`
            : nothing
        }
        ${this.#relationList('Supported by', inS, 'from')} ${this.#relationList('Disputed by', inD, 'from')}
        ${this.#relationList('Supports', outS, 'to')} ${this.#relationList('Disputes', outD, 'to')}
        ${incoming.length + outgoing.length === 0 ? html`<p class="muted">No relations.</p>` : nothing}
      </div>
    `;
  }

  #relationList(title: string, relations: Relation[], end: 'from' | 'to'): TemplateResult | typeof nothing {
    if (relations.length === 0) return nothing;
    return html`
      <h3>${title} (${relations.length})</h3>
      <ul class="relations">
        ${relations.map((r) => {
          const other = this.#index?.nodes.get(r[end]);
          return html`<li class=${r.type}>
            <button type="button" class="link" @click=${() => this.#userSelect(r[end])}>${other?.label ?? r[end]}</button>
            ${other ? html`<span class="verb"> · ${KIND_LABELS[other.kind].toLowerCase()}</span>` : nothing}
            ${r.quote ? html`<blockquote>“${r.quote}”</blockquote>` : nothing}
            ${r.source ? html`<cite>${this.#citation(r.source)}</cite>` : nothing}
          </li>`;
        })}
      </ul>
    `;
  }

  #citation(sourceId: string): TemplateResult {
    const s = this.#index?.sources.get(sourceId);
    if (!s) return html`${sourceId}`;
    const meta = [s.publisher, s.date].filter(Boolean).join(', ');
    const url = s.url && /^https?:\/\//i.test(s.url) ? s.url : null;
    return html`${
      url
        ? html`<a href=${url} target="_blank" rel="noopener noreferrer">${s.title}</a>`
        : html`<span>${s.title}</span>`
    }${meta ? html` — ${meta}` : nothing}`;
  }

  #renderOutline(): TemplateResult {
    const dataset = this._dataset as Dataset;
    const section = (kind: NodeKind) => {
      const nodes = dataset.nodes.filter((n) => n.kind === kind && this._kinds.has(kind));
      if (nodes.length === 0) return nothing;
      return html`
        <h2>${capitalise(KIND_PLURALS[kind])} (${nodes.length})</h2>
        <ul>
          ${nodes.map((n) => this.#outlineItem(n))}
        </ul>
      `;
    };
    return html`<section aria-label="Outline of the debate">${KINDS.map(section)}</section>`;
  }

  #outlineItem(node: ArgumentNode): TemplateResult {
    const a = this._result?.nodes[node.id];
    const incoming = (this.#index?.incoming.get(node.id) ?? []).filter((r) => this._relations.has(r.type));
    const outgoing = (this.#index?.outgoing.get(node.id) ?? []).filter((r) => this._relations.has(r.type));
    const refs = (label: string, relations: Relation[], end: 'from' | 'to') =>
      relations.length === 0
        ? nothing
        : html`<li>
            <span class="sub">${label}:</span>
            ${relations.map(
              (r, i) =>
                html`${i > 0 ? ', ' : ''}<button type="button" class="link" @click=${() => this.#userSelect(r[end])}>
                    ${this.#index?.nodes.get(r[end])?.label ?? r[end]}</button
                  >`,
            )}
          </li>`;
    return html`<li aria-current=${this.selected === node.id ? 'true' : 'false'}>
      <span class="entry">
        <button type="button" class="link" @click=${() => this.#userSelect(node.id)}>${node.label}</button>
        <span class="sub"
          >${node.kind === 'expert' && node.role ? ` — ${node.role}` : ''}${
            a ? ` · ${a.status}, strength ${percent(a.strength)}` : ''
          }</span
        >
      </span>
      <ul>
        ${refs(
          'Supported by',
          incoming.filter((r) => r.type === 'supports'),
          'from',
        )}
        ${refs(
          'Disputed by',
          incoming.filter((r) => r.type === 'disputes'),
          'from',
        )}
        ${refs(
          'Supports',
          outgoing.filter((r) => r.type === 'supports'),
          'to',
        )}
        ${refs(
          'Disputes',
          outgoing.filter((r) => r.type === 'disputes'),
          'to',
        )}
      </ul>
    </li>`;
  }
}

/** Label widths measured with the font Cytoscape will draw with. */
function measurer(theme: Theme): MeasureText | undefined {
  const context = document.createElement('canvas').getContext('2d');
  if (!context) return undefined;
  return (text, bold) => {
    context.font = `${bold ? 600 : 500} ${theme.fontSize}px ${theme.fontFamily}`;
    return context.measureText(text).width;
  };
}

function directionWords(direction: 'left' | 'right' | 'up' | 'down'): string {
  return direction === 'left' || direction === 'right'
    ? `to the ${direction}`
    : direction === 'up'
      ? 'above'
      : 'below';
}

declare global {
  interface HTMLElementTagNameMap {
    'argument-graph': ArgumentGraphElement;
  }
}
