import { html, nothing, type TemplateResult } from 'lit';
import type { ArgumentNode, NodeKind, Relation, RelationType } from '../model/index.ts';
import { capitalise, KIND_PLURALS, percent } from '../view/index.ts';
import type { Filters } from './filters.ts';
import { KINDS } from './filters.ts';
import type { DebateContext } from './inspector.ts';
import { nodeLink } from './node-link.ts';

/** The outline: the same debate as headings, lists and buttons, honouring the kind and relation filters. */
export function renderOutline(ctx: DebateContext, filters: Filters): TemplateResult {
  const section = (kind: NodeKind) => {
    const nodes = filters.kinds.has(kind) ? ctx.dataset.nodes.filter((n) => n.kind === kind) : [];
    if (nodes.length === 0) return nothing;
    return html`
      <h2>${capitalise(KIND_PLURALS[kind])} (${nodes.length})</h2>
      <ul>
        ${nodes.map((n) => item(ctx, n, filters.relations))}
      </ul>
    `;
  };
  return html`<section aria-label="Outline of the debate">${KINDS.map(section)}</section>`;
}

function item(ctx: DebateContext, node: ArgumentNode, shown: ReadonlySet<RelationType>): TemplateResult {
  const a = ctx.result.nodes[node.id];
  const visible = (relations: Relation[] | undefined, type: RelationType) =>
    shown.has(type) ? (relations ?? []).filter((r) => r.type === type) : [];
  const incoming = ctx.index.incoming.get(node.id);
  const outgoing = ctx.index.outgoing.get(node.id);
  const refs = (label: string, relations: Relation[], end: 'from' | 'to') =>
    relations.length === 0
      ? nothing
      : html`<li>
          <span class="sub">${label}:</span>
          ${relations.map((r, i) => html`${nodeLink(ctx, r[end], i < relations.length - 1)} `)}
        </li>`;
  return html`<li aria-current=${ctx.selected === node.id ? 'true' : 'false'}>
    <span class="entry">
      ${nodeLink(ctx, node.id)}
      <span class="sub"
        >${node.kind === 'expert' && node.role ? ` — ${node.role}` : ''}${
          a ? ` · ${a.status}, strength ${percent(a.strength)}` : ''
        }</span
      >
    </span>
    <ul>
      ${refs('Supported by', visible(incoming, 'supports'), 'from')}
      ${refs('Disputed by', visible(incoming, 'disputes'), 'from')}
      ${refs('Supports', visible(outgoing, 'supports'), 'to')}
      ${refs('Disputes', visible(outgoing, 'disputes'), 'to')}
    </ul>
  </li>`;
}
