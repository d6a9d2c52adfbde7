import type { ReactiveControllerHost } from 'lit';
import type { AnalysisResult } from '../analysis/types.ts';
import type { Dataset } from '../model/index.ts';
import { announcement, type DebateIndex, type GraphView, pickNeighbour } from '../view/index.ts';

type Direction = 'left' | 'right' | 'up' | 'down';
const ARROWS: Record<string, Direction> = {
  ArrowLeft: 'left',
  ArrowRight: 'right',
  ArrowUp: 'up',
  ArrowDown: 'down',
};

/** What the keyboard model reads from the element, and how it selects. */
export interface KeyboardContext {
  view(): GraphView | undefined;
  debate(): { dataset: Dataset; index: DebateIndex; result: AnalysisResult } | null;
  selected(): string | null;
  /** Selects as the user would (fires `argmap-select`). */
  select(id: string | null): void;
  fit(): void;
}

/**
 * The canvas keyboard model and the polite live region: arrows move a focus ring between connected nodes,
 * Enter/Space select, Escape clears, + / - / 0 zoom and fit; every move is announced. Asks the host to render
 * the live region when its text changes.
 */
export class KeyboardController {
  /** Text of the live region. */
  announcement = '';
  #focused: string | null = null;
  #host: ReactiveControllerHost;
  #ctx: KeyboardContext;

  constructor(host: ReactiveControllerHost, ctx: KeyboardContext) {
    this.#host = host;
    this.#ctx = ctx;
  }

  /** Forgets the focus ring (a new dataset). */
  reset(): void {
    this.#focused = null;
  }

  /** Moves the focus ring to a node, optionally brings it into view, and announces it. */
  focus(id: string | null, reveal = true): void {
    this.#focused = id;
    this.#ctx.view()?.setFocused(id, reveal);
    const debate = this.#ctx.debate();
    if (id && debate) this.announce(announcement(id, debate.index, debate.result));
  }

  announce(text: string): void {
    // Re-announce identical text by clearing first.
    this.announcement = '';
    this.#host.requestUpdate();
    requestAnimationFrame(() => {
      this.announcement = text;
      this.#host.requestUpdate();
    });
  }

  onKeydown = (event: KeyboardEvent): void => {
    const view = this.#ctx.view();
    if (!view?.cy || !this.#ctx.debate()) return;
    const direction = ARROWS[event.key];
    if (direction) {
      event.preventDefault();
      this.#move(view, direction);
      return;
    }
    switch (event.key) {
      case 'Enter':
      case ' ':
        event.preventDefault();
        if (this.#focused) this.#ctx.select(this.#focused);
        break;
      case 'Escape':
        if (this.#ctx.selected()) {
          event.preventDefault();
          this.#ctx.select(null);
          this.announce('Selection cleared.');
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
        this.#ctx.fit();
        break;
    }
  };

  onFocus = (): void => {
    const view = this.#ctx.view();
    if (!view?.cy || !this.#ctx.debate()) return;
    const visible = new Set(view.visibleNodeIds());
    if (this.#focused && visible.has(this.#focused)) {
      this.focus(this.#focused);
      return;
    }
    const selected = this.#ctx.selected();
    if (selected && visible.has(selected)) this.focus(selected);
  };

  #move(view: GraphView, direction: Direction): void {
    const visible = new Set(view.visibleNodeIds());
    const current = this.#focused && visible.has(this.#focused) ? this.#focused : null;
    if (!current) {
      this.focus(this.#startNode(visible));
      return;
    }
    const from = view.position(current);
    const candidates = view
      .neighbours(current)
      .map((id) => ({ id, ...(view.position(id) ?? { x: 0, y: 0 }) }));
    const next = from ? pickNeighbour(from, candidates, direction) : undefined;
    if (next) this.focus(next);
    else
      this.announce(
        candidates.length === 0 ? 'No connected nodes.' : `No connected node ${directionWords(direction)}.`,
      );
  }

  /** Where arrow keys start: the selection, else the most connected visible claim. */
  #startNode(visible: Set<string>): string | null {
    const selected = this.#ctx.selected();
    if (selected && visible.has(selected)) return selected;
    const debate = this.#ctx.debate();
    if (!debate) return null;
    const { index } = debate;
    const degree = (id: string) =>
      (index.incoming.get(id)?.length ?? 0) + (index.outgoing.get(id)?.length ?? 0);
    const candidates = debate.dataset.nodes.filter((n) => visible.has(n.id));
    const claims = candidates.filter((n) => n.kind === 'claim');
    const pool = claims.length > 0 ? claims : candidates;
    let best: string | null = null;
    for (const n of pool) if (best === null || degree(n.id) > degree(best)) best = n.id;
    return best;
  }
}

function directionWords(direction: Direction): string {
  if (direction === 'left' || direction === 'right') return `to the ${direction}`;
  return direction === 'up' ? 'above' : 'below';
}
