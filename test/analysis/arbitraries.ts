import fc from 'fast-check';
import type { ArgumentNode, Dataset, NodeKind, Relation, RelationType } from '../../src/model/index.ts';

export interface DatasetShape {
  /** Only relations from a later node to an earlier one: no cycles. */
  acyclic?: boolean;
  maxNodes?: number;
  maxRelations?: number;
}

const kind = fc.constantFrom<NodeKind>('claim', 'expert', 'evidence');
const relationType = fc.constantFrom<RelationType>('supports', 'disputes');

/** Valid datasets (unique ids, resolvable ends, no self or repeated relations), cyclic unless asked not to be. */
export function datasetArbitrary({ acyclic = false, maxNodes = 12, maxRelations = 30 }: DatasetShape = {}) {
  return fc
    .array(
      fc.record({ kind, weight: fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: undefined }) }),
      {
        minLength: 1,
        maxLength: maxNodes,
        size: 'max',
      },
    )
    .chain((specs) => {
      const nodes: ArgumentNode[] = specs.map(({ kind, weight }, i) => ({
        id: `${kind}-${i}`,
        kind,
        label: `${kind} ${i}`,
        ...(weight === undefined ? {} : { weight }),
      }));
      const end = fc.nat({ max: nodes.length - 1 });
      const relation = fc
        .record({ a: end, b: end, type: relationType })
        .filter(({ a, b }) => a !== b)
        .map(({ a, b, type }): Relation => {
          const [from, to] = acyclic ? [Math.max(a, b), Math.min(a, b)] : [a, b];
          return { from: nodes[from].id, to: nodes[to].id, type };
        });
      const relations =
        nodes.length < 2
          ? fc.constant<Relation[]>([])
          : fc.uniqueArray(relation, {
              maxLength: maxRelations,
              size: 'max',
              selector: (r) => `${r.from} ${r.type} ${r.to}`,
            });
      return relations.map(
        (relations): Dataset => ({ format: 'argument-graph', version: 1, sources: [], nodes, relations }),
      );
    });
}

/** A small dataset from a compact description: nodes as [id, kind, weight?], relations as "a + b" / "a - b". */
export function dataset(nodes: Array<[string, NodeKind, number?]>, relations: string[]): Dataset {
  return {
    format: 'argument-graph',
    version: 1,
    sources: [],
    nodes: nodes.map(([id, kind, weight]) => ({
      id,
      kind,
      label: id,
      ...(weight === undefined ? {} : { weight }),
    })),
    relations: relations.map((text) => {
      const [from, sign, to] = text.split(' ');
      return { from, to, type: sign === '+' ? 'supports' : 'disputes' };
    }),
  };
}
