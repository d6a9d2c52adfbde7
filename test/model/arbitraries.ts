import fc from 'fast-check';
import type { Dataset } from '../../src/model/index.ts';

// Generators of valid datasets for property tests: unique ids, relations between distinct nodes,
// no repeated (from, to, type), optional fields, and unknown "x-" fields holding any JSON value.

const slug = fc.stringMatching(/^[a-z][a-z0-9-]{0,11}$/);
const text = fc.string({ minLength: 1, maxLength: 40 }).filter((s) => s.trim().length > 0);
const extras = fc.dictionary(fc.stringMatching(/^x-[a-z]{1,6}$/), fc.jsonValue({ maxDepth: 3 }), {
  maxKeys: 2,
});
const date = fc
  .date({ min: new Date('1950-01-01'), max: new Date('2099-12-31'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

export const validDataset: fc.Arbitrary<Dataset> = fc
  .record({
    sourceIds: fc.uniqueArray(slug, { maxLength: 3 }),
    nodeIds: fc.uniqueArray(slug, { minLength: 1, maxLength: 12 }),
    extras,
  })
  .chain(({ sourceIds, nodeIds, extras: topExtras }) => {
    const sourceRef =
      sourceIds.length > 0
        ? fc.option(fc.constantFrom(...sourceIds), { nil: undefined })
        : fc.constant(undefined);
    const sources = fc.tuple(
      ...sourceIds.map((id) =>
        fc.record(
          { id: fc.constant(id), title: text, date: fc.option(date, { nil: undefined }) },
          { requiredKeys: ['id', 'title'] },
        ),
      ),
    );
    const nodes = fc.tuple(
      ...nodeIds.map((id) =>
        fc.record(
          {
            id: fc.constant(id),
            kind: fc.constantFrom('claim' as const, 'expert' as const, 'evidence' as const),
            label: text,
            text: text,
            weight: fc.double({ min: 0, max: 1, noNaN: true }),
            source: sourceRef,
            tags: fc.array(text, { maxLength: 2 }),
            extras,
          },
          { requiredKeys: ['id', 'kind', 'label'] },
        ),
      ),
    );
    const pairs = nodeIds.flatMap((from) =>
      nodeIds.filter((to) => to !== from).map((to) => [from, to] as const),
    );
    const relations =
      pairs.length === 0
        ? fc.constant([] as never[])
        : fc.uniqueArray(
            fc.record({
              pair: fc.constantFrom(...pairs),
              type: fc.constantFrom('supports' as const, 'disputes' as const),
              source: sourceRef,
              quote: fc.option(text, { nil: undefined }),
            }),
            { maxLength: 20, selector: (r) => `${r.pair[0]} ${r.type} ${r.pair[1]}` },
          );
    return fc.record({ sources, nodes, relations }).map(
      (parts): Dataset =>
        dropUndefined({
          format: 'argument-graph',
          version: 1,
          ...topExtras,
          sources: parts.sources,
          nodes: parts.nodes.map(({ extras: nodeExtras, ...node }) => ({ ...node, ...nodeExtras })),
          relations: parts.relations.map(({ pair: [from, to], ...rest }) => ({ from, to, ...rest })),
        }) as Dataset,
    );
  });

/** What JSON would do to the value: optional fields left undefined disappear. */
function dropUndefined<T>(value: T): T {
  return JSON.parse(JSON.stringify(value));
}
