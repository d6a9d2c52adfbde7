import { html, nothing, type TemplateResult } from 'lit';
import { LAYOUT_LABELS, type LayoutName } from '../view/index.ts';
import { type ExportChoice, renderExportMenu } from './export-menu.ts';

export type ViewMode = 'graph' | 'outline';

/** What the toolbar shows and what its controls do. */
export interface ToolbarProps {
  ready: boolean;
  query: string;
  matches: number;
  layout: LayoutName;
  /** The layouts to offer: saved positions only for a dataset that has them. */
  layouts: readonly LayoutName[];
  view: ViewMode;
  filtersOpen: boolean;
  activeFilters: number;
  focus: boolean;
  hops: number;
  hasSelection: boolean;
  onSearchInput(event: Event): void;
  onSearchKeydown(event: KeyboardEvent): void;
  setLayout(layout: LayoutName): void;
  toggleFilters(): void;
  toggleFocus(): void;
  setHops(hops: number): void;
  zoomBy(factor: number): void;
  fit(): void;
  setView(view: ViewMode): void;
  onExport(choice: ExportChoice): void;
}

/** Search, layout, filters, focus, zoom, export and view controls. */
export function renderToolbar(p: ToolbarProps): TemplateResult {
  const focusable = p.ready && p.hasSelection;
  const pressed = (on: boolean) => (on ? 'true' : 'false');
  return html`
    <div class="toolbar" part="toolbar" role="toolbar" aria-label="Graph controls">
      <div class="search">
        <input
          type="search"
          placeholder="Search claims, people, evidence"
          aria-label="Search nodes (Enter jumps to the next match)"
          .value=${p.query}
          ?disabled=${!p.ready}
          @input=${p.onSearchInput}
          @keydown=${p.onSearchKeydown}
        />
        ${p.query.trim() ? html`<span class="count">${p.matches} match${p.matches === 1 ? '' : 'es'}</span>` : nothing}
      </div>
      <label class="inline"
        ><span class="layout-label">Layout</span>
        <select
          aria-label="Layout"
          .value=${p.layout}
          ?disabled=${!p.ready}
          @change=${(e: Event) => p.setLayout((e.target as HTMLSelectElement).value as LayoutName)}
        >
          ${p.layouts.map(
            (name) =>
              html`<option value=${name} ?selected=${name === p.layout}>${LAYOUT_LABELS[name]}</option>`,
          )}
        </select></label
      >
      <button
        type="button"
        aria-pressed=${pressed(p.filtersOpen)}
        aria-controls="filters"
        ?disabled=${!p.ready}
        @click=${p.toggleFilters}
      >
        Filters${p.activeFilters ? ` (${p.activeFilters})` : ''}
      </button>
      <div class="group">
        <button
          type="button"
          class="focus-toggle"
          aria-pressed=${pressed(p.focus)}
          ?disabled=${!focusable}
          title="Show only the neighbourhood of the selected node"
          @click=${p.toggleFocus}
        >
          Focus
        </button>
        <select
          aria-label="Focus depth"
          .value=${String(p.hops)}
          ?disabled=${!focusable}
          @change=${(e: Event) => p.setHops(Number((e.target as HTMLSelectElement).value))}
        >
          ${[1, 2, 3].map((k) => html`<option value=${k} ?selected=${k === p.hops}>${k} hop${k > 1 ? 's' : ''}</option>`)}
        </select>
      </div>
      <span class="spacer"></span>
      <div class="group" role="group" aria-label="Zoom">
        <button type="button" class="icon" aria-label="Zoom out" title="Zoom out (−)" ?disabled=${!p.ready} @click=${() => p.zoomBy(0.8)}>−</button>
        <button type="button" class="icon" aria-label="Zoom in" title="Zoom in (+)" ?disabled=${!p.ready} @click=${() => p.zoomBy(1.25)}>+</button>
        <button type="button" aria-label="Fit to view" title="Fit (0)" ?disabled=${!p.ready} @click=${p.fit}>Fit</button>
      </div>
      ${renderExportMenu(p.ready, p.onExport)}
      <div class="segmented" role="group" aria-label="View">
        <button type="button" aria-pressed=${pressed(p.view === 'graph')} @click=${() => p.setView('graph')}>Graph</button>
        <button type="button" aria-pressed=${pressed(p.view === 'outline')} @click=${() => p.setView('outline')}>Outline</button>
      </div>
    </div>
  `;
}
