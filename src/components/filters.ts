import { html, nothing, type TemplateResult } from 'lit';
import type { NodeKind, RelationType, Source } from '../model/index.ts';
import { capitalise, KIND_PLURALS, type Visibility } from '../view/index.ts';

export const KINDS: readonly NodeKind[] = ['claim', 'expert', 'evidence'];
export const RELATIONS: readonly RelationType[] = ['supports', 'disputes'];

/** What the user chose to see: kinds, relation types, one source article, derived lines, focus mode. */
export interface Filters {
  kinds: ReadonlySet<NodeKind>;
  relations: ReadonlySet<RelationType>;
  article: string | null;
  derived: boolean;
  focus: boolean;
  hops: number;
}

export const DEFAULT_FILTERS: Filters = {
  kinds: new Set(KINDS),
  relations: new Set(RELATIONS),
  article: null,
  derived: true,
  focus: false,
  hops: 1,
};

/**
 * Filters as a page may set them from JavaScript: missing fields take their defaults, arrays become sets,
 * unknown kinds and relation types drop out, `hops` stays a whole number from 1 to 3.
 */
export function normalizeFilters(value: unknown): Filters {
  const given = (typeof value === 'object' && value !== null ? value : {}) as Partial<
    Record<keyof Filters, unknown>
  >;
  const setOf = <T>(input: unknown, allowed: readonly T[], fallback: ReadonlySet<T>): ReadonlySet<T> =>
    input instanceof Set || Array.isArray(input)
      ? new Set([...input].filter((item): item is T => allowed.includes(item as T)))
      : fallback;
  const hops = Number(given.hops);
  return {
    kinds: setOf(given.kinds, KINDS, DEFAULT_FILTERS.kinds),
    relations: setOf(given.relations, RELATIONS, DEFAULT_FILTERS.relations),
    article: typeof given.article === 'string' && given.article ? given.article : null,
    derived: typeof given.derived === 'boolean' ? given.derived : DEFAULT_FILTERS.derived,
    focus: given.focus === true,
    hops: Number.isInteger(hops) ? Math.min(3, Math.max(1, hops)) : DEFAULT_FILTERS.hops,
  };
}

/** A copy of `set` with `value` added or removed. */
export function toggled<T>(set: ReadonlySet<T>, value: T, on: boolean): Set<T> {
  const next = new Set(set);
  if (on) next.add(value);
  else next.delete(value);
  return next;
}

/** How many filters hide something (shown on the Filters button). Focus mode has its own button. */
export function activeFilterCount(filters: Filters): number {
  return (
    KINDS.length -
    filters.kinds.size +
    (RELATIONS.length - filters.relations.size) +
    (filters.article ? 1 : 0) +
    (filters.derived ? 0 : 1)
  );
}

/** The filters as the graph view applies them; focus needs a selection. */
export function toVisibility(filters: Filters, selected: string | null): Visibility {
  return {
    kinds: filters.kinds,
    relations: filters.relations,
    article: filters.article,
    derived: filters.derived,
    focus: filters.focus && selected ? { id: selected, hops: filters.hops } : null,
  };
}

/** The filter panel under the toolbar. */
export function renderFilters(
  filters: Filters,
  sources: readonly Source[],
  open: boolean,
  change: (next: Filters) => void,
): TemplateResult {
  return html`
    <div class="filters" id="filters" part="filters" ?hidden=${!open}>
      <fieldset>
        <legend>Show</legend>
        ${KINDS.map((kind) =>
          checkbox('kind', kind, filters.kinds.has(kind), capitalise(KIND_PLURALS[kind]), (on) =>
            change({ ...filters, kinds: toggled(filters.kinds, kind, on) }),
          ),
        )}
      </fieldset>
      <fieldset>
        <legend>Relations</legend>
        ${RELATIONS.map((type) =>
          checkbox('relation', type, filters.relations.has(type), capitalise(type), (on) =>
            change({ ...filters, relations: toggled(filters.relations, type, on) }),
          ),
        )}
        ${checkbox('derived', 'on', filters.derived, 'Agree / disagree lines', (on) =>
          change({ ...filters, derived: on }),
        )}
      </fieldset>
      ${
        sources.length > 0
          ? html`<label
            >Source
            <select
              name="article"
              @change=${(e: Event) =>
                change({ ...filters, article: (e.target as HTMLSelectElement).value || null })}
            >
              <option value="" ?selected=${!filters.article}>All sources</option>
              ${sources.map(
                (s) =>
                  html`<option value=${s.id} ?selected=${filters.article === s.id}>
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

/** One labelled checkbox of the filter panel. */
function checkbox(
  name: string,
  value: string,
  checked: boolean,
  label: string,
  onToggle: (on: boolean) => void,
): TemplateResult {
  return html`<label
    ><input
      type="checkbox"
      name=${name}
      value=${value}
      .checked=${checked}
      @change=${(e: Event) => onToggle((e.target as HTMLInputElement).checked)}
    />${label}</label
  >`;
}
