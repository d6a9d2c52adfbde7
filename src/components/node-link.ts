import { html, nothing, type TemplateResult } from 'lit';
import type { DebateContext } from './inspector.ts';

/**
 * A button that selects a node, named by its label. `comma` puts a list's comma inside the button, hidden from
 * screen readers and not underlined: a wrapped button is one box, and a comma after it would land at the box's
 * far edge or start a line.
 */
export function nodeLink(ctx: DebateContext, id: string, comma = false): TemplateResult {
  const label = ctx.index.nodes.get(id)?.label ?? id;
  const separator = comma ? html`<span class="separator" aria-hidden="true">,</span>` : nothing;
  return html`<button type="button" class="link" @click=${() => ctx.select(id)}>${label}${separator}</button>`;
}
