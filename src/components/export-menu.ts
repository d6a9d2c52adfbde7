import { css, html, type TemplateResult } from 'lit';
import type { ExportImageOptions } from '../export/blob.ts';
import type { DataExportOptions, DataFormat } from '../export/file-types.ts';

/** One entry of the export menu: an image with its options, or a data format with its options. */
export type ExportChoice = { image: ExportImageOptions } | { data: DataFormat; options?: DataExportOptions };

/** Images at 2× so they stay sharp on high-density screens and in print; SVG is vector anyway. */
const ITEMS: Array<{ group: string; entries: Array<[label: string, choice: ExportChoice]> }> = [
  {
    group: 'Image',
    entries: [
      ['PNG', { image: { format: 'png', scale: 2 } }],
      ['PNG, transparent', { image: { format: 'png', scale: 2, background: 'transparent' } }],
      ['PNG, current view', { image: { format: 'png', scale: 2, full: false } }],
      ['JPEG', { image: { format: 'jpeg', scale: 2 } }],
      ['SVG with legend', { image: { format: 'svg', legend: true } }],
    ],
  },
  {
    group: 'Data',
    entries: [
      ['Dataset (JSON)', { data: 'json' }],
      ['JSON with positions', { data: 'json', options: { positions: true } }],
      ['GraphML (yEd)', { data: 'graphml' }],
      ['GEXF (Gephi)', { data: 'gexf' }],
    ],
  },
];

const close = (details: HTMLDetailsElement | null | undefined, focus = false) => {
  if (!details?.open) return;
  details.open = false;
  if (focus) details.querySelector('summary')?.focus();
};

/**
 * The toolbar's Export menu: a disclosure (`<details>`) listing image and data formats. It closes after a
 * choice, on Escape (focus back on its button) and when focus leaves it. Disabled until a debate is shown.
 */
export function renderExportMenu(ready: boolean, onExport: (choice: ExportChoice) => void): TemplateResult {
  if (!ready) return html`<button type="button" class="export-toggle" disabled>Export</button>`;
  return html`
    <details
      class="export-menu"
      @keydown=${(e: KeyboardEvent) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          close(e.currentTarget as HTMLDetailsElement, true);
        }
      }}
      @focusout=${(e: FocusEvent) => {
        const details = e.currentTarget as HTMLDetailsElement;
        if (!details.contains(e.relatedTarget as Node | null)) close(details);
      }}
    >
      <summary class="export-toggle">Export</summary>
      <div class="export-list">
        ${ITEMS.map(
          ({ group, entries }) => html`
            <div role="group" aria-label=${group}>
              <p aria-hidden="true">${group}</p>
              ${entries.map(
                ([label, choice]) =>
                  html`<button
                    type="button"
                    @click=${(e: Event) => {
                      close((e.currentTarget as HTMLElement).closest('details'), true);
                      onExport(choice);
                    }}
                  >
                    ${label}
                  </button>`,
              )}
            </div>
          `,
        )}
      </div>
    </details>
  `;
}

export const exportMenuStyles = css`
  .export-menu {
    position: relative;
  }
  .export-menu > summary {
    list-style: none;
    font-size: 13px;
    padding: 5px 9px;
    border: 1px solid var(--_border);
    border-radius: 6px;
    background: var(--_surface);
    cursor: pointer;
  }
  .export-list,
  .export-list div {
    display: grid;
  }
  .export-list {
    position: absolute;
    inset-inline-end: 0;
    z-index: 20;
    min-inline-size: 180px;
    padding: 6px;
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: 8px;
    box-shadow: 0 6px 20px #0003;
  }
  .export-list p {
    margin: 4px 6px;
    font-size: 12px;
    color: var(--_muted);
  }
  .export-list button {
    border-color: transparent;
    text-align: start;
  }
`;
