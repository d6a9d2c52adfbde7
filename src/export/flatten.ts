import type { EdgeAttributes, NodeAttributes } from '../analysis/types.ts';

/** A value GraphML and GEXF attributes can hold. */
export type Scalar = string | number | boolean;
export type FlatAttributes = Record<string, Scalar>;

/** How lists of plain values (tags, `via`) are joined into one string. */
export const LIST_SEPARATOR = '; ';

/**
 * Flattens nested attributes for formats with scalar attributes only: objects become dotted names
 * (`position.x`), lists of plain values one string joined with LIST_SEPARATOR, other lists JSON text.
 * Missing values, null and non-finite numbers are left out.
 */
export function flatten(
  record: Record<string, unknown>,
  prefix = '',
  out: FlatAttributes = {},
): FlatAttributes {
  for (const [key, value] of Object.entries(record)) {
    const name = prefix ? `${prefix}.${key}` : key;
    if (value === null || value === undefined) continue;
    if (typeof value === 'string' || typeof value === 'boolean') out[name] = value;
    else if (typeof value === 'number') {
      if (Number.isFinite(value)) out[name] = value;
    } else if (Array.isArray(value)) {
      out[name] = value.every((item) => ['string', 'number', 'boolean'].includes(typeof item))
        ? value.join(LIST_SEPARATOR)
        : JSON.stringify(value);
    } else if (typeof value === 'object') flatten(value as Record<string, unknown>, name, out);
  }
  return out;
}

/**
 * A node's attributes for GraphML and GEXF: its dataset fields (the id is the node's key) and what the
 * analysis computed (baseScore, strength, status, camp, component, controversy, degree, betweenness).
 */
export function nodeAttributes(attributes: NodeAttributes): FlatAttributes {
  const { node, ...computed } = attributes;
  const { id: _id, ...fields } = node;
  return flatten({ ...fields, ...computed });
}

/**
 * An edge's attributes: `type` and `derived`, then the relation's fields for an asserted edge (its
 * endpoints are the edge's own) or `rule`, `weight` and `via` for a derived one.
 */
export function edgeAttributes(attributes: EdgeAttributes): FlatAttributes {
  if (!attributes.derived) {
    const { from: _from, to: _to, type: _type, ...fields } = attributes.relation;
    return flatten({ type: attributes.type, derived: false, ...fields });
  }
  const { type, derived, rule, weight, via } = attributes;
  return flatten({ type, derived, rule, weight, via });
}

/**
 * An edge's id in GraphML and GEXF: the graph key behind a prefix (the view's Cytoscape edge ids use the same
 * `rel:` for relations; this module does not import the view so the lazy export bundle stays separate). Derived
 * keys start with a control character (so they never equal a relation key) that XML cannot carry; the prefixes
 * keep the two kinds apart instead.
 */
export function exportEdgeId(key: string, attributes: EdgeAttributes): string {
  return attributes.derived ? `der:${key.startsWith('\u001f') ? key.slice(1) : key}` : `rel:${key}`;
}
