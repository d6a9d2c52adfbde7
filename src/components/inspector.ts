import { html, nothing, type TemplateResult } from 'lit';
import type { AnalysisResult, DerivedEdge } from '../analysis/types.ts';
import type { ArgumentNode, Dataset, NodeKind, Relation } from '../model/index.ts';
import { capitalise, type DebateIndex, KIND_LABELS, KIND_PLURALS, percent } from '../view/index.ts';
import { KINDS } from './filters.ts';
import { nodeLink } from './node-link.ts';

/** What the inspector and outline templates read, and how they select a node. */
export interface DebateContext {
  dataset: Dataset;
  result: AnalysisResult;
  index: DebateIndex;
  selected: string | null;
  select(id: string | null): void;
}

/** The inspector: the selected node's details, or an overview of the debate. */
export function renderInspector(ctx: DebateContext): TemplateResult {
  const node = ctx.selected ? ctx.index.nodes.get(ctx.selected) : undefined;
  return html`
    <aside class="inspector ${node ? 'active' : 'idle'}" part="details" aria-label="Details">
      ${node ? nodeDetails(ctx, node) : overview(ctx)}
    </aside>
  `;
}

function overview(ctx: DebateContext): TemplateResult {
  const { dataset, result } = ctx;
  const count = (k: NodeKind) => dataset.nodes.filter((n) => n.kind === k).length;
  const weight = (id: string) => (result.nodes[id]?.disputers ?? 0) + (result.nodes[id]?.supporters ?? 0);
  const contested = dataset.nodes
    .filter((n) => n.kind === 'claim' && (result.nodes[n.id]?.disputers ?? 0) > 0)
    .sort((x, y) => weight(y.id) - weight(x.id))
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
        <li>Experts and evidence feed the claims they point at.</li>
        <li><span class="key supports">Solid arrows</span> support; <span class="key disputes">dashed bars</span> dispute.</li>
        <li>Select any node to read the quotes behind it.</li>
      </ul>
      ${
        contested.length > 0
          ? html`<h3>Most contested claims</h3>
            <ul class="plain">
              ${contested.map((n) => {
                const a = result.nodes[n.id];
                return html`<li>
                  ${nodeLink(ctx, n.id)}
                  <span class="muted"> · ${a?.supporters ?? 0} for, ${a?.disputers ?? 0} against</span>
                </li>`;
              })}
            </ul>`
          : nothing
      }
      ${disagreements(ctx)} ${camps(ctx)}
    </div>
  `;
}

/** The overview's answer to "who disagrees with whom": the strongest derived disagreements and their claims. */
function disagreements(ctx: DebateContext): TemplateResult | typeof nothing {
  const list = ctx.result.derivedEdges
    .filter((e) => e.type === 'disagrees')
    .sort((x, y) => y.weight - x.weight)
    .slice(0, 5);
  if (list.length === 0) return nothing;
  return html`<h3>Who disagrees with whom</h3>
    <ul class="relations">
      ${list.map(
        (e) => html`<li class="disputes">
          ${nodeLink(ctx, e.from)} <span class="verb">and</span> ${nodeLink(ctx, e.to)} ${basis(ctx, e)}
        </li>`,
      )}
    </ul>`;
}

/** Experts who agree most with each other (computed after the first paint, so absent for a moment). */
function camps(ctx: DebateContext): TemplateResult | typeof nothing {
  const { camps } = ctx.result;
  if (camps.length === 0) return nothing;
  return html`<h3>Camps</h3>
    <ol class="camps">
      ${camps.map(
        (camp) =>
          html`<li>${camp.experts.map((id, i) => html`${nodeLink(ctx, id, i < camp.experts.length - 1)} `)}</li>`,
      )}
    </ol>
    <p class="muted">Experts grouped by how often they agree.</p>`;
}

/** What a derived agreement or disagreement rests on: the claims (or evidence) both experts took a stance on. */
const basis = (ctx: DebateContext, e: DerivedEdge) =>
  html`${e.rule === 'via-evidence' ? html`<span class="verb"> · through evidence</span>` : nothing}
    <ul class="via">
      ${e.via.map((id) => html`<li><span class="verb">on</span> ${nodeLink(ctx, id)}</li>`)}
    </ul>`;

function nodeDetails(ctx: DebateContext, node: ArgumentNode): TemplateResult {
  const a = ctx.result.nodes[node.id];
  const incoming = ctx.index.incoming.get(node.id) ?? [];
  const outgoing = ctx.index.outgoing.get(node.id) ?? [];
  const of = (relations: Relation[], type: Relation['type']) => relations.filter((r) => r.type === type);
  return html`
    <div class="details">
      <button type="button" class="close" aria-label="Close details" @click=${() => ctx.select(null)}>✕</button>
      <span class="kind ${node.kind}">${KIND_LABELS[node.kind]}</span>
      <h2 tabindex="-1">${node.label}</h2>
      ${
        node.kind === 'expert' && (node.role || node.affiliation)
          ? html`<p class="muted">${[node.role, node.affiliation].filter(Boolean).join(' · ')}</p>`
          : nothing
      }
      ${node.text && node.text !== node.label ? html`<p>${node.text}</p>` : nothing}
      ${node.source && ctx.index.sources.has(node.source) ? html`<cite>From ${citation(ctx, node.source)}</cite>` : nothing}
      ${
        a
          ? html`<div class="meter" title="Strength ${percent(a.strength)}">
              <span class="muted">Strength</span>
              <div class="bar" role="meter" aria-label="Strength" aria-valuemin="0" aria-valuemax="100" aria-valuenow=${Math.round(a.strength * 100)}>
                <svg viewBox="0 0 100 1" preserveAspectRatio="none" aria-hidden="true"><rect width=${Math.round(a.strength * 100)} height="1"></rect></svg>
              </div>
              <strong>${percent(a.strength)}</strong>
              <span class="status ${a.status}">${capitalise(a.status)}</span>
            </div>
            <p class="explanation">${a.explanation}</p>`
          : nothing
      }
      ${node.kind === 'expert' ? alignment(ctx, node.id) : nothing}
      ${relationList(ctx, 'Supported by', of(incoming, 'supports'), 'from')}
      ${relationList(ctx, 'Disputed by', of(incoming, 'disputes'), 'from')}
      ${relationList(ctx, 'Supports', of(outgoing, 'supports'), 'to')}
      ${relationList(ctx, 'Disputes', of(outgoing, 'disputes'), 'to')}
      ${incoming.length + outgoing.length === 0 ? html`<p class="muted">No relations.</p>` : nothing}
    </div>
  `;
}

function relationList(
  ctx: DebateContext,
  title: string,
  relations: Relation[],
  end: 'from' | 'to',
): TemplateResult | typeof nothing {
  if (relations.length === 0) return nothing;
  return html`
    <h3>${title} (${relations.length})</h3>
    <ul class="relations">
      ${relations.map((r) => {
        const other = ctx.index.nodes.get(r[end]);
        return html`<li class=${r.type}>
          ${nodeLink(ctx, r[end])}
          ${other ? html`<span class="verb"> · ${KIND_LABELS[other.kind].toLowerCase()}</span>` : nothing}
          ${r.quote ? html`<blockquote>“${r.quote}”</blockquote>` : nothing}
          ${r.source ? html`<cite>${citation(ctx, r.source)}</cite>` : nothing}
        </li>`;
      })}
    </ul>
  `;
}

/**
 * Who an expert agrees and disagrees with (the analysis' derived edges), strongest first, each with the
 * claims or evidence it rests on, so "who disagrees with whom" reads without tracing lines.
 */
function alignment(ctx: DebateContext, expert: string): TemplateResult | typeof nothing {
  const edges = ctx.result.derivedEdges.filter((e) => e.from === expert || e.to === expert);
  if (edges.length === 0) return nothing;
  const camp = ctx.result.nodes[expert]?.camp;
  const section = (type: DerivedEdge['type'], title: string) => {
    const list = edges.filter((e) => e.type === type).sort((x, y) => y.weight - x.weight);
    if (list.length === 0) return nothing;
    return html`
      <h3>${title} (${list.length})</h3>
      <ul class="relations">
        ${list.map((e) => {
          const other = e.from === expert ? e.to : e.from;
          return html`<li class=${type === 'agrees' ? 'supports' : 'disputes'}>
            ${nodeLink(ctx, other)} ${basis(ctx, e)}
          </li>`;
        })}
      </ul>
    `;
  };
  return html`
    ${typeof camp === 'number' ? html`<p class="muted">Camp ${camp + 1} of ${ctx.result.camps.length} (experts who agree most with each other).</p>` : nothing}
    ${section('agrees', 'Agrees with')} ${section('disagrees', 'Disagrees with')}
  `;
}

/** A source's title (a link only for http(s) URLs), publisher and date. */
function citation(ctx: DebateContext, sourceId: string): TemplateResult {
  const s = ctx.index.sources.get(sourceId);
  if (!s) return html`${sourceId}`;
  const meta = [s.publisher, s.date].filter(Boolean).join(', ');
  const url = s.url && /^https?:\/\//i.test(s.url) ? s.url : null;
  return html`${
    url
      ? html`<a href=${url} target="_blank" rel="noopener noreferrer">${s.title}</a>`
      : html`<span>${s.title}</span>`
  }${meta ? html` — ${meta}` : nothing}`;
}
