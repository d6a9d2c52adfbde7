import type { Core, ElementDefinition, EventObject, NodeSingular } from 'cytoscape';
import { preemptCytoscapeStylesheet } from './csp.ts';
import { cytoscape, loadFcose, registerDagre } from './extensions.ts';
import { wrapRanks } from './layered.ts';
import { effectiveLayout, type LayoutName, layoutOptions } from './layouts.ts';
import { stylesheet } from './stylesheet.ts';
import type { Theme } from './theme.ts';

export interface GraphViewCallbacks {
  /** The user tapped a node (its id) or the background (null). */
  onTap?(id: string | null): void;
  /** The pointer entered (id) or left (null) a node. */
  onHover?(id: string | null): void;
  /** A layout finished: the one drawn, and the one requested (they differ when `effectiveLayout` fell back). */
  onLayoutStop?(drawn: LayoutName, requested: LayoutName): void;
}

/** What is shown: kinds, relation types, one source article, derived edges, and focus mode. */
export interface Visibility {
  kinds: ReadonlySet<string>;
  relations: ReadonlySet<string>;
  /** Source id to restrict to, or null for all. */
  article: string | null;
  derived: boolean;
  /** Show only the `hops`-neighbourhood of `id`. */
  focus: { id: string; hops: number } | null;
}

export const ALL_VISIBLE: Visibility = {
  kinds: new Set(['claim', 'expert', 'evidence']),
  relations: new Set(['supports', 'disputes']),
  article: null,
  derived: true,
  focus: null,
};

/**
 * Owns the Cytoscape instance that draws into a container inside the element's shadow root. Handles the
 * shadow-DOM pitfalls: fonts ready before mounting, resize on scroll (Cytoscape's own scroll invalidation stops
 * at the ShadowRoot) and on container size changes (including hidden → shown), destroy and re-mount.
 */
export class GraphView {
  #cy: Core | undefined;
  #container: HTMLElement;
  #callbacks: GraphViewCallbacks;
  #theme: Theme;
  #layout: LayoutName = 'hierarchical';
  #drawnLayout: LayoutName | undefined;
  #visibility: Visibility = ALL_VISIBLE;
  #resizeObserver: ResizeObserver | undefined;
  #frame = 0;
  #lastSize = { width: 0, height: 0 };
  #mountToken = 0;
  #hovered: string | null = null;
  #running: { stop(): void } | undefined;
  #portrait = false;
  /** Room (px) kept free at the top of the viewport when fitting, for an overlay such as the element's hint. */
  topInset = 0;

  constructor(container: HTMLElement, theme: Theme, callbacks: GraphViewCallbacks = {}) {
    this.#container = container;
    this.#theme = theme;
    this.#callbacks = callbacks;
  }

  /** The Cytoscape core, once mounted. */
  get cy(): Core | undefined {
    return this.#cy;
  }

  get layout(): LayoutName {
    return this.#layout;
  }

  /** The layout last drawn: the requested one, unless it cannot draw this graph (`effectiveLayout`). */
  get drawnLayout(): LayoutName | undefined {
    return this.#drawnLayout;
  }

  /** Creates the Cytoscape instance (after fonts are ready) with `elements` and runs the layout. */
  async mount(elements: ElementDefinition[], layout: LayoutName): Promise<void> {
    const token = ++this.#mountToken;
    this.#layout = layout;
    if (typeof document !== 'undefined' && document.fonts) await document.fonts.ready;
    if (token !== this.#mountToken) return;
    this.#destroyCy();
    registerDagre();
    preemptCytoscapeStylesheet(this.#container.ownerDocument);
    const cy = cytoscape({
      container: this.#container,
      elements: structuredClone(elements),
      style: stylesheet(this.#theme),
      boxSelectionEnabled: false,
      selectionType: 'single',
      minZoom: 0.15,
      maxZoom: 3,
    });
    cy.edges().unselectify();
    this.#cy = cy;
    this.#bind(cy);
    this.#applyVisibility(cy);
    this.#listen();
    await this.runLayout(layout, false);
  }

  /** Replaces the elements, keeping the instance. */
  async setElements(elements: ElementDefinition[]): Promise<void> {
    const cy = this.#cy;
    if (!cy) return;
    cy.elements().remove();
    cy.add(structuredClone(elements));
    cy.edges().unselectify();
    this.#applyVisibility(cy);
    await this.runLayout(this.#layout, false);
  }

  setTheme(theme: Theme): void {
    this.#theme = theme;
    this.#cy?.style(stylesheet(theme));
  }

  /** Runs a layout over the visible nodes and asserted edges (derived edges do not pull nodes). */
  async runLayout(requested: LayoutName, animate = !prefersReducedMotion()): Promise<void> {
    this.#layout = requested;
    const cy = this.#cy;
    if (!cy) return;
    const eles = cy.elements().not('.hidden').not('edge.derived');
    const nodeCount = eles.nodes().length;
    const positioned = eles.nodes().every((node) => node.data('saved') !== undefined);
    const name = effectiveLayout(requested, nodeCount, positioned);
    if (name === 'force') await loadFcose();
    if (cy !== this.#cy || cy.destroyed()) return;
    this.#running?.stop();
    this.#portrait = isPortrait(cy);
    this.#drawnLayout = name;
    const animated = animate && nodeCount < 400;
    const layout =
      name === 'hierarchical'
        ? this.#wrappedDagre(cy, eles, animated)
        : eles.layout(layoutOptions(name, animated, { nodeCount }));
    this.#running = layout;
    const done = layout.promiseOn('layoutstop');
    layout.run();
    await done;
    if (this.#running === layout) this.#running = undefined;
    if (!cy.destroyed()) {
      this.#fitNow(false);
      this.#callbacks.onLayoutStop?.(name, requested);
    }
  }

  /**
   * Dagre left to right (top to bottom in a portrait viewport), then long ranks wrapped into sub-columns
   * (sub-rows) to suit the viewport; animated from where nodes are.
   */
  #wrappedDagre(cy: Core, eles: cytoscape.CollectionReturnValue, animate: boolean): cytoscape.Layouts {
    const nodes = eles.nodes();
    const before = new Map(nodes.map((n) => [n.id(), { ...n.position() }]));
    const portrait = this.#portrait;
    eles
      .layout({
        ...layoutOptions('hierarchical', false, { portrait }),
        fit: false,
      } as cytoscape.LayoutOptions)
      .run();
    const boxes = nodes.map((n) => ({ id: n.id(), ...n.position(), w: n.outerWidth(), h: n.outerHeight() }));
    const aspect = cy.width() > 0 && cy.height() > 0 ? cy.width() / cy.height() : 1.5;
    // Portrait: as many nodes side by side as fit the width at a readable zoom; the user scrolls down the ranks.
    const padding = cy.width() < 500 ? 10 : 18;
    const maxAcross = portrait ? (cy.width() - 2 * padding) / this.#readableZoom() : undefined;
    const positions = wrapRanks(boxes, { aspect, vertical: portrait, ...(maxAcross ? { maxAcross } : {}) });
    nodes.forEach((n) => {
      const p = before.get(n.id());
      if (p) n.position(p);
    });
    return eles.layout({
      name: 'preset',
      positions: (node: cytoscape.NodeSingular) => positions.get(node.id()) ?? node.position(),
      animate,
      animationDuration: 450,
      fit: true,
      padding: cy.width() < 500 ? 10 : 18,
    } as cytoscape.LayoutOptions);
  }

  /** Fits the visible elements into the viewport. */
  fit(animate = false): void {
    this.#fitNow(animate && !prefersReducedMotion());
  }

  zoomBy(factor: number): void {
    const cy = this.#cy;
    if (!cy) return;
    const level = Math.min(cy.maxZoom(), Math.max(cy.minZoom(), cy.zoom() * factor));
    cy.zoom({ level, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
  }

  /** Selects one node (or none) without calling `onTap`. */
  select(id: string | null): void {
    const cy = this.#cy;
    if (!cy) return;
    cy.$(':selected').unselect();
    if (id) cy.getElementById(id).select();
  }

  /** Moves the keyboard focus ring and brings the node into view if it is outside it. */
  setFocused(id: string | null, reveal = true): void {
    const cy = this.#cy;
    if (!cy) return;
    cy.nodes('.focused').removeClass('focused');
    if (!id) return;
    const node = cy.getElementById(id);
    if (node.empty()) return;
    node.addClass('focused');
    if (reveal) this.reveal(id);
  }

  /**
   * Pans so the node is visible: if it is outside the viewport, or under the `coveredBelow` px at its bottom
   * (a bottom-sheet inspector), it is centred in the part that is left.
   */
  reveal(id: string, coveredBelow = 0): void {
    const cy = this.#cy;
    const node = cy?.getElementById(id);
    if (!cy || !node || node.empty() || !node.visible()) return;
    const box = node.renderedBoundingBox({});
    const margin = 12;
    const bottom = Math.max(box.y2 - box.y1 + 2 * margin, cy.height() - coveredBelow);
    if (box.x1 < margin || box.y1 < margin || box.x2 > cy.width() - margin || box.y2 > bottom - margin) {
      const at = node.renderedPosition();
      const pan = cy.pan();
      const target = { x: pan.x + cy.width() / 2 - at.x, y: pan.y + bottom / 2 - at.y };
      if (prefersReducedMotion()) cy.pan(target);
      else cy.animate({ pan: target, duration: 250 });
    }
  }

  /** Marks search matches (others faded); null clears. */
  setMatches(ids: ReadonlySet<string> | null): void {
    const cy = this.#cy;
    if (!cy) return;
    cy.batch(() => {
      cy.elements().removeClass('match faded');
      if (!ids) return;
      cy.nodes().forEach((node) => {
        node.addClass(ids.has(node.id()) ? 'match' : 'faded');
      });
      cy.edges().forEach((edge) => {
        if (!ids.has(edge.source().id()) || !ids.has(edge.target().id())) edge.addClass('faded');
      });
    });
  }

  /** Applies filters and focus mode; refits when the set of visible nodes changes. */
  setVisibility(visibility: Visibility): void {
    this.#visibility = visibility;
    const cy = this.#cy;
    if (!cy) return;
    const before = cy.nodes('.hidden').length;
    this.#applyVisibility(cy);
    if (cy.nodes('.hidden').length !== before) this.#fitNow(!prefersReducedMotion());
  }

  /** Visible nodes connected to `id` by a visible asserted relation. */
  neighbours(id: string): string[] {
    const cy = this.#cy;
    if (!cy) return [];
    const node = cy.getElementById(id);
    return node
      .connectedEdges('.asserted')
      .filter((e) => !e.hasClass('hidden'))
      .connectedNodes()
      .filter((n) => n.id() !== id && !n.hasClass('hidden'))
      .map((n) => n.id());
  }

  /** Ids of visible nodes. */
  visibleNodeIds(): string[] {
    return (
      this.#cy
        ?.nodes()
        .not('.hidden')
        .map((n) => n.id()) ?? []
    );
  }

  /** Model position of a node. */
  position(id: string): { x: number; y: number } | undefined {
    const node = this.#cy?.getElementById(id);
    return node?.nonempty() ? { ...node.position() } : undefined;
  }

  /** Position of a node relative to the container, in CSS pixels. */
  renderedPosition(id: string): { x: number; y: number } | undefined {
    const node = this.#cy?.getElementById(id);
    return node?.nonempty() ? { ...node.renderedPosition() } : undefined;
  }

  /** Recomputes the container box (after scrolling or showing). */
  resize(): void {
    this.#cy?.resize();
  }

  /** Destroys Cytoscape and stops listening; `mount` builds it again. */
  destroy(): void {
    this.#mountToken++;
    this.#destroyCy();
  }

  #destroyCy(): void {
    this.#running?.stop();
    this.#running = undefined;
    this.#unlisten();
    if (this.#cy && !this.#cy.destroyed()) this.#cy.destroy();
    this.#cy = undefined;
    this.#hovered = null;
  }

  /**
   * Fits the visible elements. In a portrait viewport, where a fitted graph can get too small to read, the zoom
   * stays at or above the one that draws labels at READABLE_FONT_PX, showing the top of the graph; the user pans.
   */
  #fitNow(animate: boolean): void {
    const cy = this.#cy;
    if (!cy || cy.width() === 0 || cy.height() === 0) return;
    const visible = cy.elements().not('.hidden');
    if (visible.empty()) return;
    const padding = cy.width() < 500 ? 10 : 18;
    const top = Math.max(padding, this.topInset);
    const box = visible.boundingBox({});
    const height = cy.height() - top - padding;
    const fitZoom = Math.min((cy.width() - 2 * padding) / box.w, height / box.h);
    const wanted = isPortrait(cy) ? Math.max(fitZoom, this.#readableZoom()) : fitZoom;
    const zoom = Math.min(cy.maxZoom(), Math.max(cy.minZoom(), wanted));
    const pan = {
      x: cy.width() / 2 - zoom * (box.x1 + box.w / 2),
      y: zoom <= fitZoom ? top + height / 2 - zoom * (box.y1 + box.h / 2) : top - zoom * box.y1,
    };
    if (animate) cy.animate({ zoom, pan, duration: 300 });
    else cy.viewport({ zoom, pan });
  }

  /** The zoom at which labels are drawn READABLE_FONT_PX high. */
  #readableZoom(): number {
    return READABLE_FONT_PX / this.#theme.fontSize;
  }

  #bind(cy: Core): void {
    cy.on('tap', (event: EventObject) => {
      if (event.target === cy) this.#callbacks.onTap?.(null);
    });
    cy.on('tap', 'node', (event: EventObject) => {
      this.#callbacks.onTap?.((event.target as NodeSingular).id());
    });
    cy.on('mouseover', 'node', (event: EventObject) => {
      const node = event.target as NodeSingular;
      this.#hover(node.id());
    });
    cy.on('mouseout', 'node', () => this.#hover(null));
  }

  #hover(id: string | null): void {
    const cy = this.#cy;
    if (!cy || id === this.#hovered) return;
    this.#hovered = id;
    cy.batch(() => {
      cy.elements().removeClass('dim highlight');
      if (!id) return;
      const node = cy.getElementById(id);
      const hood = node.closedNeighborhood();
      cy.elements().not(hood).addClass('dim');
      node.connectedEdges().addClass('highlight');
    });
    this.#container.style.cursor = id ? 'pointer' : '';
    this.#callbacks.onHover?.(id);
  }

  #applyVisibility(cy: Core): void {
    const v = this.#visibility;
    cy.batch(() => {
      const article = v.article;
      const visibleNodes = new Set<string>();
      cy.nodes().forEach((node) => {
        let show = v.kinds.has(node.data('kind'));
        if (show && article) {
          show =
            node.data('source') === article ||
            node.connectedEdges('.asserted').some((e) => e.data('article') === article);
        }
        if (show) visibleNodes.add(node.id());
      });
      const edgeShown = (edge: cytoscape.EdgeSingular) => {
        if (!visibleNodes.has(edge.source().id()) || !visibleNodes.has(edge.target().id())) return false;
        if (edge.hasClass('derived')) return v.derived;
        return v.relations.has(edge.data('type')) && (!article || edge.data('article') === article);
      };
      if (v.focus && visibleNodes.has(v.focus.id)) {
        const keep = new Set([v.focus.id]);
        let frontier = [v.focus.id];
        for (let hop = 0; hop < v.focus.hops; hop++) {
          const next: string[] = [];
          for (const id of frontier) {
            cy.getElementById(id)
              .connectedEdges('.asserted')
              .forEach((edge) => {
                if (!edgeShown(edge)) return;
                for (const end of [edge.source().id(), edge.target().id()]) {
                  if (!keep.has(end)) {
                    keep.add(end);
                    next.push(end);
                  }
                }
              });
          }
          frontier = next;
        }
        for (const id of [...visibleNodes]) if (!keep.has(id)) visibleNodes.delete(id);
      }
      cy.nodes().forEach((node) => {
        node.toggleClass('hidden', !visibleNodes.has(node.id()));
      });
      cy.edges().forEach((edge) => {
        edge.toggleClass('hidden', !edgeShown(edge));
      });
    });
  }

  #onScroll = () => {
    if (this.#frame) return;
    this.#frame = requestAnimationFrame(() => {
      this.#frame = 0;
      this.#cy?.resize();
    });
  };

  #listen(): void {
    if (typeof window === 'undefined') return;
    window.addEventListener('scroll', this.#onScroll, { capture: true, passive: true });
    this.#resizeObserver = new ResizeObserver((entries) => {
      const rect = entries[entries.length - 1]?.contentRect;
      if (!rect) return;
      const { width, height } = rect;
      if (width === this.#lastSize.width && height === this.#lastSize.height) return;
      this.#lastSize = { width, height };
      const cy = this.#cy;
      if (!cy || width === 0 || height === 0) return;
      cy.resize();
      if (this.#drawnLayout === 'hierarchical' && isPortrait(cy) !== this.#portrait)
        void this.runLayout(this.#layout, false);
      else this.#fitNow(false);
    });
    this.#resizeObserver.observe(this.#container);
  }

  #unlisten(): void {
    if (typeof window === 'undefined') return;
    window.removeEventListener('scroll', this.#onScroll, { capture: true });
    if (this.#frame) cancelAnimationFrame(this.#frame);
    this.#frame = 0;
    this.#resizeObserver?.disconnect();
    this.#resizeObserver = undefined;
    this.#lastSize = { width: 0, height: 0 };
  }
}

/** Smallest label size, in CSS px, that a fit in a portrait viewport keeps. */
const READABLE_FONT_PX = 10;

function isPortrait(cy: Core): boolean {
  return cy.height() > cy.width();
}

function prefersReducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}
